import ContactCentre
import SimKernel

extension ScenarioDecoder {
  static let aacKeys = ["areas", "evaluation"]
  static let areaKeys = ["prefix", "name", "line", "teams"]
  static let evaluationKeys = ["reject", "resolve", "callBack", "assign"]
  static let rejectKeys = ["share", "reasons"]
  static let resolveKeys = ["share", "success"]
  static let callBackKeys = ["share", "after", "talk", "success"]
  static let assignKeys = ["share", "domains", "emailSuccess", "response", "respondWithin"]
  static let domainKeys = ["domain", "share", "delay"]
  /// The model's defaults for the keys an evaluation may leave out.
  static let evaluationDefaults = IncidentEvaluation(
    reject: 0, rejectReasons: [], resolve: 0, callBack: 0, assign: 0, domains: [])

  /// `"aac": {"areas": [AREA, …], "evaluation": {…}}`: the Area Advice Centre's desk.
  func aacSection(_ context: ScenarioContext) -> Parse.Parser<AreaAdviceCentre> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: Self.aacKeys)
      let areas = reader.required("areas", Parse.array(nonEmpty: true, Self.area(context)))
      let evaluation = reader.required("evaluation", Self.incidentEvaluation)
      if let areas, let nodes = reader.member("areas").map(Self.elements) {
        checkAreas(areas, nodes: nodes, at: path.key("areas"))
      }
      guard let areas, let evaluation else { return nil }
      return AreaAdviceCentre(areas: areas, evaluation: evaluation)
    }
  }

  /// `{"prefix": "PLY", "name": "Plymouth", "line": ID, "teams": [ID, …]}`; the name defaults
  /// to the prefix.
  static func area(_ context: ScenarioContext) -> Parse.Parser<AreaAdviceCentre.Area> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: areaKeys)
      let prefix = reader.required("prefix", incidentPrefix)
      let name = reader.optional("name", Parse.identifier)
      let line = reader.required("line", reference(to: context.lineIds, kind: "line"))
      let teams = reader.optional(
        "teams", Parse.array(reference(to: context.teamIds, kind: "team")))
      guard let prefix, let line, name != nil || !reader.has("name"),
        teams != nil || !reader.has("teams")
      else { return nil }
      return AreaAdviceCentre.Area(
        prefix: prefix, name: name ?? prefix, line: line, teams: teams ?? [])
    }
  }

  /// Three capital letters, the start of the area's incident numbers (PLY12345).
  static func incidentPrefix(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> String?
  {
    guard let text = Parse.string(node, path, diagnostics) else { return nil }
    guard text.count == 3, text.allSatisfy({ ("A"..."Z").contains($0) }) else {
      diagnostics.invalid(
        node, at: path,
        "\"\(text)\" is not an incident-number prefix (three capital letters, e.g. \"PLY\")")
      return nil
    }
    return text
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
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: evaluationKeys)
    let reject = reader.optional("reject", rejection)
    let resolve = reader.optional("resolve", resolution)
    let callBack = reader.optional("callBack", callBackBlock)
    let assign = reader.optional("assign", assignment)
    let unread = [
      ("reject", reject == nil), ("resolve", resolve == nil), ("callBack", callBack == nil),
      ("assign", assign == nil),
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
          .missingKey, at: path.key("assign"), node.location,
          "required key \"assign\" is missing: incidents are assigned to an Expert Domain"
            + " (\(because))")
        return nil
      }
      guard !assign.domains.isEmpty else {
        diagnostics.report(
          .missingKey, at: path.key("assign").key("domains"), reader.member("assign")?.location,
          "required key \"domains\" is missing: incidents are assigned to an Expert Domain"
            + " (\(because))")
        return nil
      }
      // At least 1 %: an incident is escalated 100 times on average at worst, and a scenario
      // with no delays cannot loop at one instant for ever (the fuzzer's kind of hang).
      guard assign.emailSuccess >= 0.01 else {
        let emailNode = reader.member("assign").flatMap { member("emailSuccess", of: $0) }
        diagnostics.invalid(
          emailNode ?? node, at: path.key("assign").key("emailSuccess"),
          "must be at least 0.01 when incidents are assigned (\(because)): an incident whose"
            + " emailed resolutions (almost) never work would be escalated for ever")
        return nil
      }
    }
    let defaults = evaluationDefaults
    return IncidentEvaluation(
      reject: reject?.share ?? 0, rejectReasons: reject?.reasons ?? [],
      resolve: resolve?.share ?? 0, resolveSuccess: resolve?.success ?? defaults.resolveSuccess,
      callBack: callBack?.share ?? 0, callBackAfter: callBack?.after ?? defaults.callBackAfter,
      callBackTalk: callBack?.talk ?? defaults.callBackTalk,
      callBackSuccess: callBack?.success ?? defaults.callBackSuccess, assign: assign?.share ?? 0,
      domains: assign?.domains ?? [], emailSuccess: assign?.emailSuccess ?? defaults.emailSuccess,
      response: assign?.response ?? defaults.response,
      respondWithin: assign?.respondWithin ?? defaults.respondWithin)
  }

  /// `{"share", "reasons": {REASON: share, …}}`; reasons are required when share > 0.
  static func rejection(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> (share: Double, reasons: [IncidentEvaluation.Reason])?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: rejectKeys)
    let share = reader.required("share", Parse.probability)
    let reasons = reasonShares(
      reader, required: (share ?? 0) > 0, because: "incidents are rejected: share > 0")
    guard let share, let reasons else { return nil }
    return (share, reasons.map { IncidentEvaluation.Reason(name: $0.name, share: $0.share) })
  }

  /// `{"share", "success"}`.
  static func resolution(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> (share: Double, success: Double)?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: resolveKeys)
    let share = reader.required("share", Parse.probability)
    let success = reader.optional("success", Parse.probability)
    guard let share, success != nil || !reader.has("success") else { return nil }
    return (share, success ?? evaluationDefaults.resolveSuccess)
  }

  /// `{"share", "after", "talk", "success"}`.
  static func callBackBlock(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> (share: Double, after: Distribution?, talk: Distribution?, success: Double)?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: callBackKeys)
    let share = reader.required("share", Parse.probability)
    let after = reader.optional("after", Parse.distribution)
    let talk = reader.optional("talk", Parse.distribution)
    let success = reader.optional("success", Parse.probability)
    let unread = [("after", after == nil), ("talk", talk == nil), ("success", success == nil)]
    guard let share, !unread.contains(where: { key, isNil in isNil && reader.has(key) }) else {
      return nil
    }
    return (share, after, talk, success ?? evaluationDefaults.callBackSuccess)
  }

  struct Assignment {
    var share: Double
    var domains: [IncidentEvaluation.DomainShare]
    var emailSuccess: Double
    var response: Distribution?
    var respondWithin: SimDuration?
  }

  /// `{"share", "domains": [{"domain", "share", "delay"}, …], "emailSuccess", "response",
  /// "respondWithin"}`.
  static func assignment(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Assignment?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: assignKeys)
    let share = reader.required("share", Parse.probability)
    let domains = reader.optional("domains", Parse.array(nonEmpty: true, domainShare))
    let emailSuccess = reader.optional("emailSuccess", Parse.probability)
    let response = reader.optional("response", Parse.distribution)
    let within = reader.optional("respondWithin", Parse.positiveDuration)
    let unread = [
      ("domains", domains == nil), ("emailSuccess", emailSuccess == nil),
      ("response", response == nil), ("respondWithin", within == nil),
    ]
    guard let share, !unread.contains(where: { key, isNil in isNil && reader.has(key) }) else {
      return nil
    }
    if let domains, let domainsNode = reader.member("domains") {
      let nodes = elements(domainsNode)
      var seen: Set<Int> = []
      for (index, domain) in domains.enumerated()
      where !seen.insert(domain.domain.index).inserted {
        diagnostics.invalid(
          member("domain", of: nodes[index]) ?? nodes[index],
          at: path.key("domains").index(index).key("domain"),
          "\"\(diagnostics.vocabulary.name(of: domain.domain))\" is listed twice")
        return nil
      }
      guard Parse.checkSum(domains.map(\.share), domainsNode, path.key("domains"), diagnostics)
      else { return nil }
    }
    return Assignment(
      share: share, domains: domains ?? [],
      emailSuccess: emailSuccess ?? evaluationDefaults.emailSuccess, response: response,
      respondWithin: within)
  }

  /// `{"domain": NAME, "share": P, "delay": D}`.
  static func domainShare(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> IncidentEvaluation.DomainShare?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: domainKeys)
    let domain = reader.required("domain", expertDomain)
    let share = reader.required("share", Parse.probability)
    let delay = reader.required("delay", Parse.distribution)
    guard let domain, let share, let delay else { return nil }
    return IncidentEvaluation.DomainShare(domain: domain, share: share, delay: delay)
  }

  /// One of the vocabulary's Expert Domains (the procedures' seven by default), spelt exactly.
  static func expertDomain(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> ExpertDomain?
  {
    guard let name = Parse.string(node, path, diagnostics) else { return nil }
    let vocabulary = diagnostics.vocabulary
    guard let domain = vocabulary.domain(named: name) else {
      diagnostics.invalid(
        node, at: path,
        "\"\(VisibleText.prefix(name))\" is not an Expert Domain"
          + ObjectReader.hint(for: name, among: vocabulary.expertDomains))
      return nil
    }
    return domain
  }

  /// `"reasons": {NAME: share, …}` of `reader`: non-empty names, shares summing to 1; `[]` when
  /// absent and not `required` (an error saying `because` when it is).
  static func reasonShares(_ reader: ObjectReader, required: Bool, because: String? = nil)
    -> [(name: String, share: Double)]?
  {
    guard required || reader.has("reasons") else { return [] }
    let shares =
      if let because { reader.required("reasons", Parse.shares, because: because) } else {
        reader.required("reasons", Parse.shares)
      }
    guard let shares else { return nil }
    let path = reader.path.key("reasons")
    for (name, _, location) in shares where name.isEmpty || String(name.trimmingSpaces) != name {
      reader.diagnostics.report(
        .invalidValue, at: path.key(name), location,
        "\"\(name)\" is not a usable reason (non-empty, no outer spaces)")
      return nil
    }
    return shares.map { ($0.key, $0.share) }
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
