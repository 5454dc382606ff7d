import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// A call type: talk, ACW, patience, and how its calls end — outcomes, security,
  /// interpretation and transfers.
  func callType(_ context: ScenarioContext) -> Parse.Parser<CallType> {
    { node, path, diagnostics in
      typealias Keys = CallTypeKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let id = reader.read(Keys.id)
      let hasAHT = reader.has(Keys.aht.key)
      // With a forecast's AHT and no talk, talk is exponential with the mean the AHT leaves.
      let shape: Distribution? =
        hasAHT && !reader.has(Keys.talk.key)
        ? .exponential(mean: 1) : reader.required(Keys.talk)
      let acw = reader.read(Keys.acw)
      let aht = reader.read(Keys.aht, with: forecastHandleTime(context))
      var talk = shape
      var talkScale: PeriodFactors?
      if hasAHT {
        talk = shape.flatMap { shape in
          aht.flatMap { aht in
            acw.flatMap {
              Self.talk(shape, meeting: aht.average, acw: $0, at: path.key(Keys.aht.key), reader)
            }
          }
        }
        if let aht, let acw, talk != nil {
          talkScale = Self.talkScale(aht, acw: acw, at: path.key(Keys.aht.key), reader)
        }
      }
      let patience = reader.read(Keys.patience)
      let inbound = outcomeMix(Keys.outcomes, reader)
      let outbound = outcomeMix(Keys.outboundOutcomes, reader)
      let security = reader.read(Keys.security, with: Self.securityCheck)
      let interpretation = reader.read(Keys.interpretation, with: Self.interpretation)
      let transfer = reader.read(Keys.transfer, with: transfer(context))
      let factors = reader.read(Keys.proficiencyFactors, with: Self.proficiencyFactors)

      var valid = true
      let vocabulary = diagnostics.vocabulary
      let decidedBySecurity =
        "cannot be in an outcome mix: it is decided by the call type's"
        + " \"security\" check (its \"failShare\")"
      if let inbound {
        valid =
          checkOutcomes(inbound, at: path.key(Keys.outcomes.key)) { outcome in
            let behaviour = vocabulary.behaviour(of: outcome)
            if behaviour == .failsSecurity { return decidedBySecurity }
            if behaviour.isOutboundOnly {
              return "ends only a call the agent dialled: put it in \"outboundOutcomes\""
            }
            return nil
          } && valid
      }
      if let outbound {
        valid =
          checkOutcomes(outbound, at: path.key(Keys.outboundOutcomes.key)) {
            vocabulary.behaviour(of: $0) == .failsSecurity ? decidedBySecurity : nil
          } && valid
      }
      valid = checkTransferOutcome(reader, inbound: inbound, outbound: outbound) && valid
      if let security, security.failShare > 0, vocabulary.failedSecurity == nil,
        let node = reader.member(Keys.security.key)
      {
        let failShare = SecurityKeys.failShare.key
        diagnostics.invalid(
          Self.member(failShare, of: node) ?? node, at: path.key(Keys.security.key).key(failShare),
          "no outcome of the vocabulary has the behaviour \"failsSecurity\": calls that fail the"
            + " check need one to close with")
        valid = false
      }
      guard let id, let talk, let acw, let inbound, let outbound, valid,
        !hasAHT || talkScale != nil, reader.has(Keys.proficiencyFactors.key) == (factors != nil)
      else { return nil }
      var callType = CallType(
        id: id, talk: talk, acw: acw, patience: patience,
        outcomes: Self.mix(inbound, vocabulary), outboundOutcomes: Self.mix(outbound, vocabulary),
        security: security,
        interpretation: interpretation, transfer: transfer)
      callType.talkScale = talkScale
      callType.proficiencyFactors = factors ?? []
      return callType
    }
  }

  /// The outcome mix of `field`; none when left out (every call closes with the vocabulary's
  /// resolved outcome: `OutcomeMix.resolved`); nil when it is given and not a mix (the error
  /// reported).
  func outcomeMix(_ field: Field<[OutcomeShare]>, _ reader: ObjectReader) -> [OutcomeShare]? {
    let problems = diagnostics.errors.count
    let mix = reader.read(field)
    return diagnostics.errors.count == problems ? mix ?? [] : nil
  }

  /// `{"csv": FILE, "column": NAME, "calls": NAME, "timeColumn": NAME}`: the average handle
  /// time of a forecast, in seconds, over the run and interval by interval.
  func forecastHandleTime(_ context: ScenarioContext) -> Parse.Parser<ForecastCSV.HandleTime> {
    { node, path, diagnostics in
      typealias Keys = ForecastHandleTimeKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let file = reader.read(Keys.csv)
      let column = reader.read(Keys.column)
      let calls = reader.read(Keys.calls)
      let timeColumn = reader.read(Keys.timeColumn)
      guard let file, let column, let csvNode = reader.member(Keys.csv.key),
        !reader.has(Keys.calls.key) || calls != nil,
        !reader.has(Keys.timeColumn.key) || timeColumn != nil
      else { return nil }
      return ForecastCSV(context, diagnostics).handleTime(
        column: column, weights: calls, timeColumn: timeColumn,
        ForecastCSV.Origin(file: file, node: csvNode, path: path.key(Keys.csv.key)))
    }
  }

  /// The talk distribution stretched so that talk and ACW take the forecast's handle time on
  /// average.
  static func talk(
    _ talk: Distribution, meeting aht: Double, acw: Distribution, at path: JSONPath,
    _ reader: ObjectReader
  ) -> Distribution? {
    let node = reader.member(CallTypeKeys.aht.key) ?? reader.node
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

  /// The factor on talk per period that makes each forecast interval's handle time its own
  /// AHT (talk stretched to the run's AHT times the factor, plus the ACW): (AHT of the
  /// interval − mean ACW) / (AHT of the run − mean ACW), 1 where the forecast has no AHT. Nil
  /// when an interval's AHT is not more than the mean ACW (the error reported).
  static func talkScale(
    _ aht: ForecastCSV.HandleTime, acw: Distribution, at path: JSONPath, _ reader: ObjectReader
  ) -> PeriodFactors? {
    let node = reader.member(CallTypeKeys.aht.key) ?? reader.node
    let dayTalk = aht.average - acw.mean
    var factors: [Double] = []
    for (period, seconds) in aht.perPeriod.enumerated() {
      guard let seconds else {
        factors.append(1)
        continue
      }
      guard seconds > acw.mean else {
        reader.diagnostics.invalid(
          node, at: path,
          "the forecast's average handle time on line \(aht.lines[period] ?? 0)"
            + " (\(DurationText.describe(.seconds(seconds)))) is not more than the mean ACW"
            + " (\(DurationText.describe(.seconds(acw.mean)))): nothing would be left for talk")
        return nil
      }
      factors.append((seconds - acw.mean) / dayTalk)
    }
    return PeriodFactors(period: aht.period, factors: factors)
  }

  /// The mix of `shares`; none given: the vocabulary's resolved outcome alone.
  static func mix(_ shares: [OutcomeShare], _ vocabulary: Vocabulary) -> OutcomeMix {
    shares.isEmpty ? .only(vocabulary.resolved) : OutcomeMix(shares.map { ($0.outcome, $0.share) })
  }

  /// Calls closed with an outcome that transfers (Call Transferred) need a `transfer` saying
  /// where they go, and a `transfer` needs some calls to transfer. A mix is nil when it is not
  /// one (its error reported).
  func checkTransferOutcome(
    _ reader: ObjectReader, inbound: [OutcomeShare]?, outbound: [OutcomeShare]?
  ) -> Bool {
    typealias Keys = CallTypeKeys
    let vocabulary = diagnostics.vocabulary
    let hasTransfer = reader.has(Keys.transfer.key)
    var transfers = false
    for (key, mix) in [(Keys.outcomes.key, inbound), (Keys.outboundOutcomes.key, outbound)] {
      guard
        let entry = mix?.first(where: {
          vocabulary.behaviour(of: $0.outcome) == .transfers && $0.share > 0
        })
      else { continue }
      transfers = true
      if !hasTransfer {
        let name = vocabulary.name(of: entry.outcome)
        diagnostics.report(
          .invalidValue, at: reader.path.key(key).key(name), entry.location,
          "calls closed as \"\(name)\" need a \"transfer\" on the call type, saying"
            + " where they go")
        return false
      }
    }
    // Only when both mixes are readable can "no mix transfers" be told from a mix in error.
    if hasTransfer, !transfers, inbound != nil, outbound != nil,
      let node = reader.member(Keys.transfer.key)
    {
      let names = vocabulary.outcomes(.transfers).map(vocabulary.name(of:))
      diagnostics.invalid(
        node, at: reader.path.key(Keys.transfer.key),
        names.isEmpty
          ? "no outcome of the vocabulary transfers calls (the behaviour \"transfers\"), so no"
            + " call is transferred: remove \"transfer\""
          : "no outcome mix gives \"\(names[0])\" a share, so no call is transferred: add it"
            + " to \"outcomes\" or remove \"transfer\"")
      return false
    }
    return true
  }

  /// `{"time": D, "failShare": P}`.
  static func securityCheck(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> SecurityCheck?
  {
    typealias Keys = SecurityKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let time = reader.read(Keys.time)
    let failShare = reader.read(Keys.failShare)
    let reportShare = reader.read(Keys.reportShare)
    guard let time, let failShare, let reportShare else { return nil }
    return SecurityCheck(time: time, failShare: failShare, reportShare: reportShare)
  }

  /// `{"share": P, "connect": D, "extraTalk": D}`.
  static func interpretation(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Interpretation?
  {
    typealias Keys = InterpretationKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let share = reader.read(Keys.share)
    let connect = reader.read(Keys.connect)
    let extraTalk = reader.read(Keys.extraTalk)
    guard let share, let connect, let extraTalk else { return nil }
    return Interpretation(share: share, connect: connect, extraTalk: extraTalk)
  }

  /// `{"targets": [{"agent" | "team" | "segment": NAME, "share": P}, …], "consult": D,
  /// "cold": false, "fallback": TEAM, "hold": DURATION}`.
  func transfer(_ context: ScenarioContext) -> Parse.Parser<Transfer> {
    { node, path, diagnostics in
      typealias Keys = TransferKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let targets = reader.read(
        Keys.targets, with: Parse.array(nonEmpty: true, Self.transferTarget(context)))
      // A cold or hold that is not one reads as its default, its error reported.
      guard let cold = reader.read(Keys.cold) else { return nil }
      let consult = reader.read(Keys.consult)
      let fallback = reader.read(
        Keys.fallback, with: Self.reference(to: context.teamIds, kind: "team"))
      if cold, !context.isEmergencyDay, let node = reader.member(Keys.cold.key) {
        diagnostics.invalid(
          node, at: path.key(Keys.cold.key),
          "cold transfers are allowed only on an emergency day (top-level \"emergency\")")
        return nil
      }
      let hold = reader.read(Keys.hold)
      if cold, let node = reader.member(Keys.hold.key) {
        diagnostics.invalid(
          node, at: path.key(Keys.hold.key),
          "a cold transfer holds nobody: remove \"hold\" or make the transfer warm")
        return nil
      }
      if cold, let node = reader.member(Keys.consult.key) {
        diagnostics.invalid(
          node, at: path.key(Keys.consult.key),
          "a cold transfer has no consultation: remove \"consult\" or make the transfer warm")
        return nil
      }
      if !cold && consult == nil {
        if !reader.has(Keys.consult.key) {
          diagnostics.report(
            .missingKey, at: path.key(Keys.consult.key), node.location,
            "required key \"consult\" is missing (the warm transfer's consultation)")
        }
        return nil
      }
      guard let targets, let hold, let targetsNode = reader.member(Keys.targets.key),
        Parse.checkSum(
          targets.map(\.share), targetsNode, path.key(Keys.targets.key), diagnostics)
      else { return nil }
      if reader.has(Keys.fallback.key) && fallback == nil { return nil }
      guard let whenNobodyAnswers = Self.whenNobodyAnswers(reader, cold: cold, context)
      else { return nil }
      return Transfer(
        targets: targets, consult: consult ?? .fixed(0), cold: cold, fallback: fallback,
        hold: hold, whenNobodyAnswers: whenNobodyAnswers)
    }
  }

  /// `{"team": ID, "share": P}`, `{"segment": ID, …}` or `{"agent": STAFF NUMBER, …}`.
  static func transferTarget(_ context: ScenarioContext) -> Parse.Parser<Transfer.TargetShare> {
    { node, path, diagnostics in
      typealias Keys = TransferTargetKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let share = reader.read(Keys.share)
      let kinds = Keys.kinds.filter(reader.has)
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
      case Keys.agent.key:
        target = reader.read(Keys.agent, with: staffNumber(context)).map {
          .agent(staffNumber: $0)
        }
      case Keys.team.key:
        target = reader.read(Keys.team, with: reference(to: context.teamIds, kind: "team")).map {
          .team($0)
        }
      default:
        target = reader.read(
          Keys.segment, with: reference(to: context.segmentIds, kind: "segment")
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
