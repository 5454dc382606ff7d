import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// A call type: talk, ACW, patience, and how its calls end — outcomes, security,
  /// interpretation and transfers.
  func callType(_ context: ScenarioContext) -> Parse.Parser<CallType> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: [
        "id", "talk", "acw", "patience", "outcomes", "outboundOutcomes", "security",
        "interpretation", "transfer", "aht",
      ])
      let id = reader.required("id", Parse.identifier)
      // With a forecast's AHT and no talk, talk is exponential with the mean the AHT leaves.
      let shape: Distribution? =
        reader.has("aht") && !reader.has("talk")
        ? .exponential(mean: 1) : reader.required("talk", Parse.distribution)
      let acw = reader.optional("acw", Parse.distribution) ?? .fixed(0)
      let aht = reader.optional("aht", forecastHandleTime(context))
      var talk = shape
      if reader.has("aht") {
        talk = shape.flatMap { shape in
          aht.flatMap { Self.talk(shape, meeting: $0, acw: acw, at: path.key("aht"), reader) }
        }
      }
      let patience = reader.optional("patience", Parse.distribution)
      let inbound = reader.optional("outcomes", Self.outcomeShares)
      let outbound = reader.optional("outboundOutcomes", Self.outcomeShares)
      let security = reader.optional("security", Self.securityCheck)
      let interpretation = reader.optional("interpretation", Self.interpretation)
      let transfer = reader.optional("transfer", transfer(context))

      var valid = true
      let decidedBySecurity =
        "cannot be in an outcome mix: it is decided by the call type's"
        + " \"security\" check (its \"failShare\")"
      if let inbound {
        valid =
          checkOutcomes(inbound, at: path.key("outcomes")) { outcome in
            if outcome == .failedSecurityCheck { return decidedBySecurity }
            if outcome.isOutboundOnly {
              return "ends only a call the agent dialled: put it in \"outboundOutcomes\""
            }
            return nil
          } && valid
      }
      if let outbound {
        valid =
          checkOutcomes(outbound, at: path.key("outboundOutcomes")) {
            $0 == .failedSecurityCheck ? decidedBySecurity : nil
          } && valid
      }
      valid = checkTransferOutcome(reader, inbound: inbound, outbound: outbound) && valid
      guard let id, let talk, valid else { return nil }
      if reader.has("outcomes") && inbound == nil { return nil }
      if reader.has("outboundOutcomes") && outbound == nil { return nil }
      return CallType(
        id: id, talk: talk, acw: acw, patience: patience,
        outcomes: inbound.map(Self.mix) ?? .resolved,
        outboundOutcomes: outbound.map(Self.mix) ?? .resolved, security: security,
        interpretation: interpretation, transfer: transfer)
    }
  }

  /// `{"csv": FILE, "column": NAME, "calls": NAME, "timeColumn": NAME}`: the average handle
  /// time of a forecast, in seconds.
  func forecastHandleTime(_ context: ScenarioContext) -> Parse.Parser<Double> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: ["csv", "column", "calls", "timeColumn"])
      let file = reader.required("csv", Parse.path)
      let column = reader.required("column", Parse.identifier)
      let calls = reader.optional("calls", Parse.identifier)
      let timeColumn = reader.optional("timeColumn", Parse.identifier)
      guard let file, let column, let csvNode = reader.member("csv"),
        !reader.has("calls") || calls != nil, !reader.has("timeColumn") || timeColumn != nil
      else { return nil }
      return ForecastCSV(context, diagnostics).averageHandleTime(
        column: column, weights: calls, timeColumn: timeColumn,
        ForecastCSV.Origin(file: file, node: csvNode, path: path.key("csv")))
    }
  }

  /// The talk distribution stretched so that talk and ACW take the forecast's handle time on
  /// average.
  static func talk(
    _ talk: Distribution, meeting aht: Double, acw: Distribution, at path: JSONPath,
    _ reader: ObjectReader
  ) -> Distribution? {
    let node = reader.member("aht") ?? reader.node
    let target = aht - acw.mean
    guard target > 0 else {
      reader.diagnostics.invalid(
        node, at: path,
        "the forecast's average handle time (\(DurationText.describe(.seconds(aht)))) is not"
          + " more than the mean ACW (\(DurationText.describe(.seconds(acw.mean)))):"
          + " nothing would be left for talk")
      return nil
    }
    guard talk.mean > 0 else {
      reader.diagnostics.invalid(
        node, at: path, "talk has a mean of 0, so it cannot be stretched to the forecast's AHT")
      return nil
    }
    return talk.scaled(by: target / talk.mean)
  }

  static func mix(_ shares: [OutcomeShare]) -> OutcomeMix {
    OutcomeMix(shares.map { ($0.outcome, $0.share) })
  }

  /// Calls closed as Call Transferred need a `transfer` saying where they go, and a
  /// `transfer` needs some calls to transfer.
  func checkTransferOutcome(
    _ reader: ObjectReader, inbound: [OutcomeShare]?, outbound: [OutcomeShare]?
  ) -> Bool {
    let hasTransfer = reader.has("transfer")
    var transfers = false
    for (key, mix) in [("outcomes", inbound), ("outboundOutcomes", outbound)] {
      guard
        let entry = mix?.first(where: { $0.outcome == .callTransferred && $0.share > 0 })
      else { continue }
      transfers = true
      if !hasTransfer {
        diagnostics.report(
          .invalidValue, at: reader.path.key(key).key(entry.outcome.name), entry.location,
          "calls closed as \"Call Transferred\" need a \"transfer\" on the call type, saying"
            + " where they go")
        return false
      }
    }
    // Only when both mixes are readable can "no mix transfers" be told from a mix in error.
    let mixesRead =
      (inbound != nil || !reader.has("outcomes"))
      && (outbound != nil || !reader.has("outboundOutcomes"))
    if hasTransfer, !transfers, mixesRead, let node = reader.member("transfer") {
      diagnostics.invalid(
        node, at: reader.path.key("transfer"),
        "no outcome mix gives \"Call Transferred\" a share, so no call is transferred: add it"
          + " to \"outcomes\" or remove \"transfer\"")
      return false
    }
    return true
  }

  /// `{"time": D, "failShare": P}`.
  static func securityCheck(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> SecurityCheck?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["time", "failShare"])
    let time = reader.required("time", Parse.distribution)
    let failShare = reader.optional("failShare", Parse.probability) ?? 0
    guard let time else { return nil }
    return SecurityCheck(time: time, failShare: failShare)
  }

  /// `{"share": P, "connect": D, "extraTalk": D}`.
  static func interpretation(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Interpretation?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["share", "connect", "extraTalk"])
    let share = reader.required("share", Parse.probability)
    let connect = reader.optional("connect", Parse.distribution) ?? .fixed(0)
    let extraTalk = reader.optional("extraTalk", Parse.distribution) ?? .fixed(0)
    guard let share else { return nil }
    return Interpretation(share: share, connect: connect, extraTalk: extraTalk)
  }

  /// `{"targets": [{"agent" | "team" | "segment": NAME, "share": P}, …], "consult": D,
  /// "cold": false, "fallback": TEAM, "hold": DURATION}`.
  func transfer(_ context: ScenarioContext) -> Parse.Parser<Transfer> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: ["targets", "consult", "cold", "fallback", "hold"])
      let targets = reader.required(
        "targets", Parse.array(nonEmpty: true, Self.transferTarget(context)))
      let cold = reader.optional("cold", Parse.boolean) ?? false
      let consult = reader.optional("consult", Parse.distribution)
      let fallback = reader.optional(
        "fallback", Self.reference(to: context.teamIds, kind: "team"))
      if cold, !context.isEmergencyDay, let node = reader.member("cold") {
        diagnostics.invalid(
          node, at: path.key("cold"),
          "cold transfers are allowed only on an emergency day (top-level \"emergency\")")
        return nil
      }
      let hold = reader.optional("hold", Parse.duration(atLeast: .hold))
      if cold, let node = reader.member("hold") {
        diagnostics.invalid(
          node, at: path.key("hold"),
          "a cold transfer holds nobody: remove \"hold\" or make the transfer warm")
        return nil
      }
      if reader.has("hold") && hold == nil { return nil }
      if cold, let node = reader.member("consult") {
        diagnostics.invalid(
          node, at: path.key("consult"),
          "a cold transfer has no consultation: remove \"consult\" or make the transfer warm")
        return nil
      }
      if !cold && consult == nil {
        if !reader.has("consult") {
          diagnostics.report(
            .missingKey, at: path.key("consult"), node.location,
            "required key \"consult\" is missing (the warm transfer's consultation)")
        }
        return nil
      }
      guard let targets, let targetsNode = reader.member("targets"),
        Parse.checkSum(targets.map(\.share), targetsNode, path.key("targets"), diagnostics)
      else { return nil }
      if reader.has("fallback") && fallback == nil { return nil }
      return Transfer(
        targets: targets, consult: consult ?? .fixed(0), cold: cold, fallback: fallback,
        hold: hold ?? Transfer.standardHold)
    }
  }

  /// `{"team": ID, "share": P}`, `{"segment": ID, …}` or `{"agent": STAFF NUMBER, …}`.
  static func transferTarget(_ context: ScenarioContext) -> Parse.Parser<Transfer.TargetShare> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: ["agent", "team", "segment", "share"])
      let share = reader.required("share", Parse.probability)
      let kinds = ["agent", "team", "segment"].filter(reader.has)
      guard kinds.count == 1, let kind = kinds.first else {
        diagnostics.invalid(
          node, at: path,
          kinds.isEmpty
            ? "a transfer target has one of \"agent\" (a staff number), \"team\" or \"segment\""
            : "has \(kinds.joined(separator: " and ")); give exactly one")
        return nil
      }
      let target: Transfer.Target?
      switch kind {
      case "agent":
        target = reader.optional("agent", staffNumber(context)).map {
          .agent(staffNumber: $0)
        }
      case "team":
        target = reader.optional("team", reference(to: context.teamIds, kind: "team")).map {
          .team($0)
        }
      default:
        target = reader.optional(
          "segment", reference(to: context.segmentIds, kind: "segment")
        ).map { .segment($0) }
      }
      guard let target, let share else { return nil }
      return Transfer.TargetShare(target: target, share: share)
    }
  }

  /// A staff number that some agent on a team's roster has.
  static func staffNumber(_ context: ScenarioContext) -> Parse.Parser<String> {
    { node, path, diagnostics in
      guard let number = Parse.identifier(node, path, diagnostics) else { return nil }
      guard context.staffNumbers.contains(number) else {
        diagnostics.report(
          .unknownReference, at: path, node.location,
          "no agent with staff number \"\(number)\" on any team's roster"
            + NameHint.reference(for: number, among: context.staffNumbers, diagnostics))
        return nil
      }
      return number
    }
  }
}
