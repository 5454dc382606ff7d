import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// `"aac": {"areas": [AREA, …], "evaluation": {…}}`: the Area Advice Centre's desk.
  func aacSection(_ context: ScenarioContext) -> Parse.Parser<AreaAdviceCentre> {
    { node, path, diagnostics in
      typealias Keys = AACKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let areas = reader.read(Keys.areas, with: Parse.array(nonEmpty: true, Self.area(context)))
      let evaluation = reader.read(Keys.evaluation, with: Self.incidentEvaluation)
      if let areas, let nodes = reader.member(Keys.areas.key).map(Self.elements) {
        checkAreas(areas, nodes: nodes, at: path.key(Keys.areas.key))
      }
      guard let areas, let evaluation else { return nil }
      return AreaAdviceCentre(areas: areas, evaluation: evaluation)
    }
  }

  /// `{"prefix": "PLY", "name": "Plymouth", "line": ID, "teams": [ID, …]}`; the name defaults
  /// to the prefix.
  static func area(_ context: ScenarioContext) -> Parse.Parser<AreaAdviceCentre.Area> {
    { node, path, diagnostics in
      typealias Keys = AreaKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let prefix = reader.read(Keys.prefix)
      let name = reader.read(Keys.name)
      let line = reader.read(Keys.line, with: reference(to: context.lineIds, kind: "line"))
      let teams = reader.read(
        Keys.teams, with: Parse.array(reference(to: context.teamIds, kind: "team")))
      guard let prefix, let line, name != nil || !reader.has(Keys.name.key),
        teams != nil || !reader.has(Keys.teams.key)
      else { return nil }
      return AreaAdviceCentre.Area(
        prefix: prefix, name: name ?? prefix, line: line, teams: teams ?? [])
    }
  }

  /// Prefixes are unique, a line is one area's and a team is in one area at most.
  func checkAreas(_ areas: [AreaAdviceCentre.Area], nodes: [JSONNode], at path: JSONPath) {
    var prefixes: [String: Int] = [:]
    var lines: [Int: Int] = [:]
    var teams: [Int: Int] = [:]
    for (index, area) in areas.enumerated() {
      let areaPath = path.index(index)
      let node = nodes[index]
      if let first = prefixes[area.prefix] {
        diagnostics.invalid(
          Self.member("prefix", of: node) ?? node, at: areaPath.key("prefix"),
          "duplicate prefix \"\(area.prefix)\" (also areas[\(first)])")
      } else {
        prefixes[area.prefix] = index
      }
      if let first = lines[area.line] {
        diagnostics.invalid(
          Self.member("line", of: node) ?? node, at: areaPath.key("line"),
          "this line is already the line of area \"\(areas[first].prefix)\": each area has its"
            + " own line")
      } else {
        lines[area.line] = index
      }
      let teamNodes = Self.elements(Self.member("teams", of: node))
      for (position, team) in area.teams.enumerated() {
        if let first = teams[team] {
          let problem =
            first == index ? "listed twice" : "already in area \"\(areas[first].prefix)\""
          diagnostics.invalid(
            position < teamNodes.count ? teamNodes[position] : node,
            at: areaPath.key("teams").index(position),
            "this team is \(problem): a team's caseworkers ring one area's line")
        } else {
          teams[team] = index
        }
      }
    }
  }

  /// `{"reject", "resolve", "callBack", "assign"}`: blocks whose shares sum to 1 (a block left
  /// out has share 0).
  static func incidentEvaluation(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> IncidentEvaluation?
  {
    typealias Keys = EvaluationKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let reject = reader.read(Keys.reject, with: rejection)
    let resolve = reader.read(Keys.resolve, with: resolution)
    let callBack = reader.read(Keys.callBack, with: callBackBlock)
    let assign = reader.read(Keys.assign, with: assignment)
    let unread = [
      (Keys.reject.key, reject == nil), (Keys.resolve.key, resolve == nil),
      (Keys.callBack.key, callBack == nil), (Keys.assign.key, assign == nil),
    ]
    guard !unread.contains(where: { key, isNil in isNil && reader.has(key) }) else { return nil }
    let shares = [
      reject?.share ?? 0, resolve?.share ?? 0, callBack?.share ?? 0, assign?.share ?? 0,
    ]
    guard Parse.checkSum(shares, node, path, diagnostics) else { return nil }
    // Who is assigned to an Expert Domain: the share assigned at once, and the resolutions in
    // the call or on the call-back that do not work.
    var assignedBecause: [String] = []
    if let assign, assign.share > 0 { assignedBecause.append("assign.share is \(assign.share)") }
    if let resolve, resolve.share > 0, resolve.success < 1 {
      assignedBecause.append("resolve.success is \(resolve.success)")
    }
    if let callBack, callBack.share > 0, callBack.success < 1 {
      assignedBecause.append("callBack.success is \(callBack.success)")
    }
    if let because = assignedBecause.first {
      guard let assign else {
        diagnostics.report(
          .missingKey, at: path.key(Keys.assign.key), node.location,
          "required key \"assign\" is missing: incidents are assigned to an Expert Domain"
            + " (\(because))")
        return nil
      }
      let assignNode = reader.member(Keys.assign.key)
      let assignPath = path.key(Keys.assign.key)
      guard !assign.domains.isEmpty else {
        diagnostics.report(
          .missingKey, at: assignPath.key(AssignKeys.domains.key), assignNode?.location,
          "required key \"domains\" is missing: incidents are assigned to an Expert Domain"
            + " (\(because))")
        return nil
      }
      // At least 1 %: an incident is escalated 100 times on average at worst, and a scenario
      // with no delays cannot loop at one instant for ever (the fuzzer's kind of hang).
      guard assign.emailSuccess >= 0.01 else {
        let emailNode = assignNode.flatMap { member(AssignKeys.emailSuccess.key, of: $0) }
        diagnostics.invalid(
          emailNode ?? node, at: assignPath.key(AssignKeys.emailSuccess.key),
          "must be at least 0.01 when incidents are assigned (\(because)): an incident whose"
            + " emailed resolutions (almost) never work would be escalated for ever")
        return nil
      }
    }
    // A block left out has share 0 and the model's values.
    var evaluation = IncidentEvaluation(
      reject: 0, rejectReasons: [], resolve: 0, callBack: 0, assign: 0, domains: [])
    if let reject {
      evaluation.reject = reject.share
      evaluation.rejectReasons = reject.reasons
    }
    if let resolve {
      evaluation.resolve = resolve.share
      evaluation.resolveSuccess = resolve.success
    }
    if let callBack {
      evaluation.callBack = callBack.share
      evaluation.callBackAfter = callBack.after
      evaluation.callBackTalk = callBack.talk
      evaluation.callBackSuccess = callBack.success
    }
    if let assign {
      evaluation.assign = assign.share
      evaluation.domains = assign.domains
      evaluation.emailSuccess = assign.emailSuccess
      evaluation.response = assign.response
      evaluation.respondWithin = assign.respondWithin
    }
    return evaluation
  }

  /// `{"share", "reasons": {REASON: share, …}}`; reasons are required when share > 0.
  static func rejection(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> (share: Double, reasons: [NamedShare])?
  {
    typealias Keys = RejectKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let share = reader.read(Keys.share)
    let reasons =
      (share ?? 0) > 0
      ? reader.read(Keys.reasons, requiredBecause: "incidents are rejected: share > 0")
      : reader.read(Keys.reasons)
    guard let share, reasons != nil || !reader.has(Keys.reasons.key) else { return nil }
    return (share, reasons ?? [])
  }

  /// `{"share", "success"}`.
  static func resolution(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> (share: Double, success: Double)?
  {
    typealias Keys = ResolveKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let share = reader.read(Keys.share)
    let success = reader.read(Keys.success)
    guard let share, let success else { return nil }
    return (share, success)
  }

  struct CallBackBlock {
    var share: Double
    var after: Distribution
    var talk: Distribution
    var success: Double
  }

  /// `{"share", "after", "talk", "success"}`.
  static func callBackBlock(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> CallBackBlock?
  {
    typealias Keys = CallBackKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let share = reader.read(Keys.share)
    let after = reader.read(Keys.after)
    let talk = reader.read(Keys.talk)
    let success = reader.read(Keys.success)
    guard let share, let after, let talk, let success else { return nil }
    return CallBackBlock(share: share, after: after, talk: talk, success: success)
  }

  struct Assignment {
    var share: Double
    var domains: [IncidentEvaluation.DomainShare]
    var emailSuccess: Double
    var response: Distribution
    var respondWithin: SimDuration
  }

  /// `{"share", "domains": [{"domain", "share", "delay"}, …], "emailSuccess", "response",
  /// "respondWithin"}`.
  static func assignment(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Assignment?
  {
    typealias Keys = AssignKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let share = reader.read(Keys.share)
    let domains = reader.read(Keys.domains, with: Parse.array(nonEmpty: true, domainShare))
    let emailSuccess = reader.read(Keys.emailSuccess)
    let response = reader.read(Keys.response)
    let within = reader.read(Keys.respondWithin)
    guard let share, domains != nil || !reader.has(Keys.domains.key), let emailSuccess,
      let response, let within
    else { return nil }
    if let domains, let domainsNode = reader.member(Keys.domains.key) {
      let nodes = elements(domainsNode)
      let domainsPath = path.key(Keys.domains.key)
      var seen: Set<Int> = []
      for (index, domain) in domains.enumerated()
      where !seen.insert(domain.domain.index).inserted {
        diagnostics.invalid(
          member(DomainShareKeys.domain.key, of: nodes[index]) ?? nodes[index],
          at: domainsPath.index(index).key(DomainShareKeys.domain.key),
          "\"\(diagnostics.vocabulary.name(of: domain.domain))\" is listed twice")
        return nil
      }
      guard Parse.checkSum(domains.map(\.share), domainsNode, domainsPath, diagnostics)
      else { return nil }
    }
    return Assignment(
      share: share, domains: domains ?? [], emailSuccess: emailSuccess, response: response,
      respondWithin: within)
  }

  /// `{"domain": NAME, "share": P, "delay": D}`.
  static func domainShare(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> IncidentEvaluation.DomainShare?
  {
    typealias Keys = DomainShareKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let domain = reader.read(Keys.domain)
    let share = reader.read(Keys.share)
    let delay = reader.read(Keys.delay)
    guard let domain, let share, let delay else { return nil }
    return IncidentEvaluation.DomainShare(domain: domain, share: share, delay: delay)
  }

  /// The elements of an array node (none for anything else).
  static func elements(_ node: JSONNode?) -> [JSONNode] {
    guard case .array(let elements)? = node?.value else { return [] }
    return elements
  }

  /// The value of `key` in an object node, if any.
  static func member(_ key: String, of node: JSONNode) -> JSONNode? {
    guard case .object(let members) = node.value else { return nil }
    return members.first { $0.key == key }?.value
  }
}
