import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// `"incidents": {"perCaseworkerHour", "fromEscalated", "local", "document", "approval",
  /// "reason"}`: problems caseworkers meet and raise with AAC.
  static func incidentsSection(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Incidents?
  {
    typealias Keys = IncidentsKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let perHour = reader.read(Keys.perCaseworkerHour)
    let fromEscalated = reader.read(Keys.fromEscalated)
    let local = reader.read(Keys.local, with: localSteps)
    let document = reader.read(Keys.document)
    let approval = reader.read(Keys.approval)
    // Left out, the reason is the vocabulary's clerical one (`Incidents.reason` nil).
    let reason = reader.read(Keys.reason)
    guard let perHour, let fromEscalated, local != nil || !reader.has(Keys.local.key),
      let document, let approval, reason != nil || !reader.has(Keys.reason.key)
    else { return nil }
    return Incidents(
      perCaseworkerHour: perHour, fromEscalated: fromEscalated, local: local ?? [],
      document: document, approval: approval, reason: reason)
  }

  /// `{"procedures", "colleagues", "teamLeader", "adviceAndGuidance"}`, each `{"time", "solves"}`;
  /// kept in the procedures' order whatever the order of the keys.
  static func localSteps(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> [Incidents.Local]?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics, format: LocalStepsKeys.format)
    else { return nil }
    var steps: [Incidents.Local] = []
    var failed = false
    for (step, field) in LocalStepsKeys.steps where reader.has(field.key) {
      guard let local = reader.read(field, with: localStep(step)) else {
        failed = true
        continue
      }
      steps.append(local)
    }
    return failed ? nil : steps
  }

  static func localStep(_ step: Incidents.LocalStep) -> Parse.Parser<Incidents.Local> {
    if step == .adviceAndGuidance { return adviceAndGuidance }
    return { node, path, diagnostics in
      typealias Keys = LocalStepKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let time = reader.read(Keys.time)
      let solves = reader.read(Keys.solves)
      guard let time, let solves else { return nil }
      return Incidents.Local(step: step, time: time, solves: solves)
    }
  }

  /// `{"time", "solves", "response": {"referred", "caseSpecific", "urgentShare", "urgent",
  /// "review"}}`:
  /// Advice and Guidance, whose answer comes days later given `response`.
  static func adviceAndGuidance(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Incidents.Local?
  {
    typealias Keys = AdviceAndGuidanceStepKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let time = reader.read(Keys.time)
    let solves = reader.read(Keys.solves)
    let answer = reader.read(Keys.response, with: adviceResponse)
    guard let time, let solves, answer != nil || !reader.has(Keys.response.key) else {
      return nil
    }
    return Incidents.Local(step: .adviceAndGuidance, time: time, solves: solves, answer: answer)
  }

  static func adviceResponse(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> AdviceAndGuidance?
  {
    typealias Keys = AdviceResponseKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let referred = reader.read(Keys.referred)
    let caseSpecific = reader.read(Keys.caseSpecific)
    let urgentShare = reader.read(Keys.urgentShare)
    let urgent = reader.read(Keys.urgent)
    let review = reader.read(Keys.review)
    guard let referred, let caseSpecific, let urgentShare, let urgent, let review else {
      return nil
    }
    return AdviceAndGuidance(
      referred: referred, response: caseSpecific, urgentShare: urgentShare, urgentResponse: urgent,
      review: review)
  }

  /// `"exceptions": {"at", "reportsPerBatch", "reasons", "triage", "amsFixed", "handOver",
  /// "work", "teams", "reserve"}`: the nightly case-closure failure reports.
  func exceptionsSection(_ context: ScenarioContext) -> Parse.Parser<CaseClosureExceptions> {
    { node, path, diagnostics in
      typealias Keys = ExceptionsKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let at = reader.read(Keys.at)
      let perBatch = reader.read(Keys.reportsPerBatch)
      let reasons = reader.read(Keys.reasons)
      let triage = reader.read(Keys.triage, with: Self.triage)
      let amsFixed = reader.read(Keys.amsFixed)
      let handOver = reader.read(Keys.handOver)
      let work = reader.read(Keys.work)
      let teamReference = Self.reference(to: context.teamIds, kind: "team")
      var teams: [Int]? = []
      if (triage?.caseworker ?? 0) > 0 || reader.has(Keys.teams.key) {
        teams = reader.required(
          Keys.teams.key, Parse.array(nonEmpty: true, teamReference),
          because: "exception work goes to caseworkers: triage.caseworker > 0")
      }
      let reserves = reader.read(Keys.reserve, with: Parse.array(outboundReserve(context)))
      if let teams { checkExceptionTeams(teams, reserves: reserves, reader) }
      guard let at, let perBatch, let reasons, let triage, let amsFixed, let handOver, let work,
        let teams, reserves != nil || !reader.has(Keys.reserve.key)
      else { return nil }
      return CaseClosureExceptions(
        at: at, reportsPerBatch: perBatch, reasons: reasons,
        technicalSkip: triage.technicalSkip, ams: triage.ams, caseworker: triage.caseworker,
        amsFixed: amsFixed, handOver: handOver, work: work, teams: teams,
        reserves: reserves?.flatMap { $0 } ?? [])
    }
  }

  typealias Triage = (technicalSkip: Double, ams: Double, caseworker: Double)

  /// `{"technicalSkip", "ams", "caseworker"}`: shares summing to 1 (a key left out is 0).
  static func triage(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Triage?
  {
    typealias Keys = TriageKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let technicalSkip = reader.read(Keys.technicalSkip)
    let ams = reader.read(Keys.ams)
    let caseworker = reader.read(Keys.caseworker)
    guard let technicalSkip, let ams, let caseworker else { return nil }
    guard Parse.checkSum([technicalSkip, ams, caseworker], node, path, diagnostics) else {
      return nil
    }
    return (technicalSkip, ams, caseworker)
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
