import ContactCentre
import SimKernel

extension ScenarioDecoder {
  static let incidentKeys = [
    "perCaseworkerHour", "fromEscalated", "local", "document", "approval", "reason",
  ]
  static let localStepKeys = ["time", "solves"]
  static let exceptionKeys = [
    "at", "reportsPerBatch", "reasons", "triage", "amsFixed", "handOver", "work", "teams",
    "reserve",
  ]
  static let triageKeys = ["technicalSkip", "ams", "caseworker"]

  /// `"incidents": {"perCaseworkerHour", "fromEscalated", "local", "document", "approval",
  /// "reason"}`: problems caseworkers meet and raise with AAC.
  static func incidentsSection(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Incidents?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: incidentKeys)
    let perHour = reader.required("perCaseworkerHour", problemRate)
    let fromEscalated = reader.optional("fromEscalated", Parse.probability)
    let local = reader.optional("local", localSteps)
    let document = reader.optional("document", Parse.distribution)
    let approval = reader.optional("approval", Parse.distribution)
    let reason = reader.optional("reason", notReadyReason)
    let unread = [
      ("fromEscalated", fromEscalated == nil), ("local", local == nil),
      ("document", document == nil), ("approval", approval == nil), ("reason", reason == nil),
    ]
    guard let perHour, !unread.contains(where: { key, isNil in isNil && reader.has(key) }) else {
      return nil
    }
    let defaults = Incidents(perCaseworkerHour: 0)
    return Incidents(
      perCaseworkerHour: perHour, fromEscalated: fromEscalated ?? defaults.fromEscalated,
      local: local ?? defaults.local, document: document ?? defaults.document,
      approval: approval ?? defaults.approval, reason: reason ?? defaults.reason)
  }

  /// Problems per caseworker-hour: not negative, and fewer than one a minute.
  static func problemRate(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Double?
  {
    guard let rate = Parse.nonNegative(node, path, diagnostics) else { return nil }
    guard rate <= 60 else {
      diagnostics.invalid(
        node, at: path, "\(Parse.literal(node)) problems an hour is more than one a minute")
      return nil
    }
    return rate
  }

  /// `{"procedures", "colleagues", "teamLeader", "adviceAndGuidance"}`, each `{"time", "solves"}`;
  /// kept in the procedures' order whatever the order of the keys.
  static func localSteps(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> [Incidents.Local]?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: Incidents.LocalStep.allCases.map(\.key))
    var steps: [Incidents.Local] = []
    var failed = false
    for step in Incidents.LocalStep.allCases where reader.has(step.key) {
      guard let local = reader.optional(step.key, localStep(step)) else {
        failed = true
        continue
      }
      steps.append(local)
    }
    return failed ? nil : steps
  }

  static func localStep(_ step: Incidents.LocalStep) -> Parse.Parser<Incidents.Local> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: localStepKeys)
      let time = reader.required("time", Parse.distribution)
      let solves = reader.required("solves", Parse.probability)
      guard let time, let solves else { return nil }
      return Incidents.Local(step: step, time: time, solves: solves)
    }
  }

  /// `"exceptions": {"at", "reportsPerBatch", "reasons", "triage", "amsFixed", "handOver",
  /// "work", "teams", "reserve"}`: the nightly case-closure failure reports.
  func exceptionsSection(_ context: ScenarioContext) -> Parse.Parser<CaseClosureExceptions> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: Self.exceptionKeys)
      let at = reader.required("at", Parse.clockTime)
      let perBatch = reader.required("reportsPerBatch", Self.callCount)
      let reasons = Self.reasonShares(reader, required: true)
      let triage = reader.required("triage", Self.triage)
      let amsFixed = reader.optional("amsFixed", Parse.probability)
      let handOver = reader.optional("handOver", Parse.distribution)
      let work = reader.required("work", Parse.distribution)
      let teamReference = Self.reference(to: context.teamIds, kind: "team")
      var teams: [Int]? = []
      if (triage?.caseworker ?? 0) > 0 || reader.has("teams") {
        teams = reader.required(
          "teams", Parse.array(nonEmpty: true, teamReference),
          because: "exception work goes to caseworkers: triage.caseworker > 0")
      }
      let reserves = reader.optional("reserve", Parse.array(outboundReserve(context)))
      if let teams { checkExceptionTeams(teams, reserves: reserves, reader) }
      let unread = [
        ("amsFixed", amsFixed == nil), ("handOver", handOver == nil), ("reserve", reserves == nil),
      ]
      guard let at, let perBatch, let reasons, let triage, let work, let teams,
        !unread.contains(where: { key, isNil in isNil && reader.has(key) })
      else { return nil }
      let defaults = CaseClosureExceptions(
        at: .zero, reportsPerBatch: 0, reasons: [], technicalSkip: 1, ams: 0, caseworker: 0,
        work: .fixed(0), teams: [])
      return CaseClosureExceptions(
        at: at, reportsPerBatch: perBatch,
        reasons: reasons.map { CaseClosureExceptions.Reason(name: $0.name, share: $0.share) },
        technicalSkip: triage.technicalSkip, ams: triage.ams, caseworker: triage.caseworker,
        amsFixed: amsFixed ?? defaults.amsFixed, handOver: handOver ?? defaults.handOver,
        work: work, teams: teams, reserves: reserves?.flatMap { $0 } ?? defaults.reserves)
    }
  }

  /// `{"technicalSkip", "ams", "caseworker"}`: shares summing to 1 (a key left out is 0).
  static func triage(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> (technicalSkip: Double, ams: Double, caseworker: Double)?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: triageKeys)
    let shares = triageKeys.map { reader.optional($0, Parse.probability) }
    guard
      !zip(triageKeys, shares).contains(where: { key, share in share == nil && reader.has(key) })
    else { return nil }
    let values = shares.map { $0 ?? 0 }
    guard Parse.checkSum(values, node, path, diagnostics) else { return nil }
    return (values[0], values[1], values[2])
  }

  /// A team takes the items once, and a reserve keeps caseworkers of a team that takes them.
  func checkExceptionTeams(
    _ teams: [Int], reserves: [[OutboundReserve]]?, _ reader: ObjectReader
  ) {
    let teamNodes = Self.elements(reader.member("teams"))
    var seen: Set<Int> = []
    for (index, team) in teams.enumerated() where !seen.insert(team).inserted {
      diagnostics.invalid(
        teamNodes[index], at: reader.path.key("teams").index(index), "this team is listed twice")
    }
    let reserveNodes = Self.elements(reader.member("reserve"))
    for (index, reserve) in (reserves ?? []).enumerated() {
      guard let team = reserve.first?.team, !teams.contains(team) else { continue }
      let node = Self.member("team", of: reserveNodes[index]) ?? reserveNodes[index]
      diagnostics.invalid(
        node, at: reader.path.key("reserve").index(index).key("team"),
        "this team takes no exception work: list it in exceptions.teams")
    }
  }

  /// The rules that tie the back-office sections to the lines and to each other: an area's line
  /// is of kind `aac`, every `aac` line is an area's, and incidents need an area with teams.
  func checkBackOffice(
    lines: [Line]?, aac: AreaAdviceCentre?, scenario: ObjectReader
  ) {
    let areasPath = JSONPath.root.key("aac").key("areas")
    let areaNodes = Self.elements(scenario.member("aac").flatMap { Self.member("areas", of: $0) })
    let lineNodes = Self.elements(scenario.member("lines"))
    // A line whose kind is misspelt has had its error; its kind is not known.
    func kindIsKnown(_ line: Int) -> Bool {
      guard case .string(let name)? = Self.member("kind", of: lineNodes[line])?.value else {
        return true
      }
      return Line.Kind(rawValue: name) != nil
    }
    if let lines, let aac {
      for (index, area) in aac.areas.enumerated()
      where lines[area.line].kind != .aac && kindIsKnown(area.line) {
        let node = areaNodes[index]
        diagnostics.invalid(
          Self.member("line", of: node) ?? node, at: areasPath.index(index).key("line"),
          "line \"\(lines[area.line].id)\" is \(lines[area.line].kind == .employer ? "an" : "a")"
            + " \(lines[area.line].kind.rawValue) line: an area's line has \"kind\": \"aac\"")
      }
    }
    if let lines, aac != nil || !scenario.has("aac") {
      for (index, line) in lines.enumerated()
      where line.kind == .aac && aac?.area(line: index) == nil {
        let node = Self.member("kind", of: lineNodes[index]) ?? lineNodes[index]
        diagnostics.invalid(
          node, at: JSONPath.root.key("lines").index(index).key("kind"),
          "no AAC area has this line: name it as the \"line\" of an area in aac.areas")
      }
    }
    guard let node = scenario.member("incidents") else { return }
    if !scenario.has("aac") {
      diagnostics.report(
        .missingKey, at: JSONPath.root.key("incidents"), node.location,
        "incidents are raised with AAC: the scenario needs an \"aac\" section")
    } else if let aac, aac.areas.allSatisfy(\.teams.isEmpty) {
      diagnostics.invalid(
        node, at: JSONPath.root.key("incidents"),
        "no team is in an AAC area, so no caseworker could raise an incident: list the teams"
          + " in aac.areas[].teams")
    }
  }
}
