import ContactCentre
import SimKernel

/// Turns a scenario's JSON tree into a `CentreConfiguration`, section by section.
struct ScenarioDecoder {
  let diagnostics: Diagnostics
  /// The directory of the scenario file: relative paths inside it start here.
  let directory: String
  let file: String

  func decode(_ root: JSONNode) -> CentreConfiguration? {
    typealias Keys = ScenarioKeys
    guard let scenario = ObjectReader(root, at: .root, diagnostics, format: Keys.format)
    else { return nil }
    // The names of outcomes, reasons, branches and domains everywhere below are the
    // vocabulary's: it is read first.
    _ = scenario.read(Keys.formatVersion)
    if let vocabulary = scenario.read(Keys.vocabulary) { diagnostics.vocabulary = vocabulary }
    let defaultName = file.split(separator: "/").last.map(String.init) ?? file
    let name = scenario.read(Keys.name) ?? defaultName
    _ = scenario.read(Keys.description)
    let seed = scenario.read(Keys.seed) ?? 1
    let start = scenario.read(Keys.start) ?? .zero
    let duration = scenario.read(Keys.duration)
    let warmup = scenario.read(Keys.warmup) ?? .zero
    let interval = scenario.read(Keys.interval) ?? .minutes(15)
    let serviceLevel = scenario.read(Keys.serviceLevel, with: Self.serviceLevel)
    let shortAbandon = scenario.read(Keys.shortAbandon) ?? .zero
    let conventions = scenario.read(Keys.reporting)
    let rules = scenario.read(Keys.rules)
    let emergency = scenario.read(Keys.emergency)

    if let duration, warmup >= duration, let node = scenario.member("warmup") {
      diagnostics.invalid(node, at: JSONPath.root.key("warmup"), "must be shorter than duration")
    }

    // References resolve against every declared id, even if a declaration has other errors,
    // so that one mistake is not reported again at every place that names it.
    var context = ScenarioContext(
      callTypeIds: Self.declaredIds(scenario.member("callTypes")),
      segmentIds: Self.declaredIds(scenario.member("segments")),
      teamIds: Self.declaredIds(scenario.member("teams")),
      planIds: Self.declaredIds(
        scenario.member("routing").flatMap { node -> JSONNode? in
          guard case .object(let members) = node.value else { return nil }
          return members.first { $0.key == "plans" }?.value
        }),
      interval: interval, start: start, duration: duration ?? .hours(24),
      directory: directory, behaviour: .ideal,
      staffNumbers: Self.declaredStaffNumbers(scenario.member("teams")),
      isEmergencyDay: scenario.has("emergency"))
    context.lineIds = Self.declaredIds(scenario.member("lines"))
    context.behaviour =
      scenario.read(Keys.agentBehaviour, with: behaviour(base: .ideal)) ?? .ideal

    let callTypes = scenario.read(
      Keys.callTypes, with: Parse.array(nonEmpty: true, callType(context)))
    checkUnique(callTypes?.map(\.id) ?? [], in: scenario, key: Keys.callTypes.key)
    let segments = scenario.read(Keys.segments)
    checkUnique(segments ?? [], in: scenario, key: "segments")
    // Rosters are read only when they fit: anonymous agents take memory as they are read.
    let teams =
      checkRosterSize(scenario.member("teams"))
      ? scenario.read(Keys.teams, with: Parse.array(nonEmpty: true, team(context))) : nil
    checkUnique(teams?.map(\.id) ?? [], in: scenario, key: "teams")
    checkCasegroups(teams ?? [], in: scenario)
    let routing = scenario.read(Keys.routing, with: routingSection(context))
    checkUniquePlans(routing?.plans ?? [], in: scenario)
    if let casegroups = routing?.casegroups, let teams, let segments {
      checkCasegroupEvents(casegroups, teams: teams, segments: segments, in: scenario)
    }
    context.teamLeaders = teams.map(Self.teamLeaders)
    let lines = scenario.read(Keys.lines, with: Parse.array(nonEmpty: true, line(context)))
    checkUnique(lines?.map(\.id) ?? [], in: scenario, key: "lines")
    if let lines, let teams {
      checkEveryLineIsServed(lines, teams: teams, scenario: scenario)
    }
    let busyness = scenario.read(Keys.busyness, with: busynessSection(context))
    checkUnique(busyness?.map(\.busyness.id) ?? [], in: scenario, key: Keys.busyness.key)
    let redials = scenario.read(Keys.redials)
    let outbound = scenario.read(Keys.outbound, with: outbound(context))
    let pulse = scenario.read(Keys.pulse)
    let aac = scenario.read(Keys.aac, with: aacSection(context))
    let incidents = scenario.read(Keys.incidents, with: Self.incidentsSection)
    let exceptions = scenario.read(Keys.exceptions, with: exceptionsSection(context))
    let serviceRequests = scenario.read(
      Keys.serviceRequests, with: serviceRequestsSection(context, teams: teams))
    checkBackOffice(lines: lines, aac: aac, scenario: scenario)
    let scheduling = scenario.read(Keys.scheduling, with: schedulingSection(context))
    if outbound?.callBacks != nil, let callTypes {
      checkCallBackChains(callTypes, in: scenario)
    }
    // Names resolve against every declared id, so with an error somewhere a reference may
    // point past a list that did not decode (a transfer to a segment whose declaration is
    // wrong): only a scenario without errors becomes a configuration.
    guard diagnostics.errors.isEmpty, let duration, let rules, let callTypes, let segments,
      let teams, let lines
    else {
      return nil
    }
    var configuration = CentreConfiguration(
      name: name, seed: seed, startOfDay: start, duration: duration, warmup: warmup,
      interval: interval, serviceLevelThreshold: serviceLevel?.threshold ?? .seconds(20),
      serviceLevelTarget: serviceLevel?.target ?? 0.8, shortAbandon: shortAbandon, rules: rules,
      lines: lines, callTypes: callTypes, segments: segments, teams: teams,
      casegroups: routing?.casegroups ?? CasegroupRules(), plans: routing?.plans ?? [],
      emergency: emergency, redials: redials ?? .none, outbound: outbound)
    for group in busyness ?? [] {
      for line in group.lines { configuration.lines[line].arrivals.sharedBusyness = group.busyness }
    }
    configuration.vocabulary = diagnostics.vocabulary
    configuration.pulse = pulse ?? PulseKeys.standard
    configuration.conventions = conventions ?? .standard
    configuration.aac = aac
    configuration.incidents = incidents
    configuration.exceptions = exceptions
    configuration.serviceRequests = serviceRequests
    configuration.scheduling = scheduling
    return configuration
  }

  /// The string `id`s of the objects in an array section, whatever else is wrong with them.
  static func declaredIds(_ section: JSONNode?) -> [String] {
    guard case .array(let elements)? = section?.value else { return [] }
    return elements.compactMap { element in
      guard case .object(let members) = element.value,
        case .string(let id)? = members.first(where: { $0.key == "id" })?.value.value
      else { return nil }
      return id
    }
  }

  /// Every staff number given on a team's roster, whatever else is wrong with the teams.
  static func declaredStaffNumbers(_ teams: JSONNode?) -> [String] {
    func member(_ key: String, of node: JSONNode) -> JSONNode? {
      guard case .object(let members) = node.value else { return nil }
      return members.first { $0.key == key }?.value
    }
    func elements(_ node: JSONNode?) -> [JSONNode] {
      guard case .array(let elements)? = node?.value else { return [] }
      return elements
    }
    var numbers: [String] = []
    var seen: Set<String> = []
    for team in elements(teams) {
      for shift in elements(member("shifts", of: team)) {
        for agent in elements(member("agents", of: shift)) {
          guard case .string(let number)? = member("staffNumber", of: agent)?.value,
            seen.insert(number).inserted
          else { continue }
          numbers.append(number)
        }
      }
    }
    return numbers
  }

  /// The reporting interval: whole seconds that divide a day evenly.
  static func serviceLevel(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> ServiceLevelKeys.Goal?
  {
    typealias Keys = ServiceLevelKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    guard let threshold = reader.read(Keys.threshold), let target = reader.read(Keys.target)
    else { return nil }
    return (threshold, target)
  }

  /// `{"serviceLevelThreshold", "abandonsInServiceLevel", "shortAbandonsInAbandonRate",
  /// "answeredCounted"}`: the ACD conventions; every key left out has its declared default.
  static func reporting(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> ReportingConventions?
  {
    typealias Keys = ReportingKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format),
      let threshold = reader.read(Keys.serviceLevelThreshold),
      let abandons = reader.read(Keys.abandonsInServiceLevel),
      let shortAbandons = reader.read(Keys.shortAbandonsInAbandonRate),
      let answered = reader.read(Keys.answeredCounted)
    else { return nil }
    return ReportingConventions(
      threshold: threshold, abandonsInServiceLevel: abandons,
      shortAbandonsInAbandonRate: shortAbandons, answeredCounted: answered)
  }

  /// `{"ronaTimeout", "acwLimit", "idleLogout"}`: the telephony timers.
  static func rules(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> Rules? {
    typealias Keys = RulesKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let ronaTimeout = reader.read(Keys.ronaTimeout)
    let acwLimit = reader.read(Keys.acwLimit)
    let idleLogout = reader.read(Keys.idleLogout)
    guard let ronaTimeout, let acwLimit, let idleLogout else { return nil }
    return Rules(ronaTimeout: ronaTimeout, acwLimit: acwLimit, idleLogout: idleLogout)
  }

  /// A name that must be one of `ids`; parsed to its index.
  static func reference(to ids: [String], kind: String) -> Parse.Parser<Int> {
    { node, path, diagnostics in
      guard let name = Parse.string(node, path, diagnostics) else { return nil }
      guard let index = ids.firstIndex(of: name) else {
        diagnostics.report(
          .unknownReference, at: path, node.location,
          "no \(kind) \"\(VisibleText.prefix(name))\""
            + NameHint.reference(for: name, among: ids, diagnostics))
        return nil
      }
      return index
    }
  }

  func checkUnique(_ ids: [String], in scenario: ObjectReader, key: String) {
    var seen: Set<String> = []
    guard case .array(let nodes)? = scenario.member(key)?.value else { return }
    for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
      let path = JSONPath.root.key(key).index(index).key("id")
      diagnostics.report(
        .invalidValue, at: path, nodes[index].location, "duplicate id \"\(id)\"")
    }
  }

  /// Every call type a line brings must reach a queue: through the IVR or the line's plan, or
  /// else through a team that handles it.
  func checkEveryLineIsServed(_ lines: [Line], teams: [Team], scenario: ObjectReader) {
    guard case .array(let nodes)? = scenario.member("lines")?.value else { return }
    for (index, line) in lines.enumerated() where line.ivr == nil && line.plan == nil {
      for share in line.callTypes
      where !teams.contains(where: { $0.handles.contains(share.callType) }) {
        let remedy =
          line.kind == .aac
          ? "give the line a \"plan\", or list its call type in the \"handles\" of AAC's team"
          : "give the line a \"plan\" or an \"ivr\", or list its call type in a team's"
            + " \"handles\""
        diagnostics.report(
          .unknownReference, at: JSONPath.root.key("lines").index(index), nodes[index].location,
          "no team handles this line's calls: " + remedy)
      }
    }
  }

  func checkUniquePlans(_ plans: [RoutingPlan], in scenario: ObjectReader) {
    var seen: Set<String> = []
    for plan in plans where !seen.insert(plan.id).inserted {
      diagnostics.report(
        .invalidValue, at: JSONPath.root.key("routing").key("plans"),
        scenario.member("routing")?.location, "duplicate plan id \"\(plan.id)\"")
    }
  }

  /// The most agents the rosters of a scenario may list between them (each shift entry's
  /// agents once, however many days it repeats on).
  static let maximumRosterAgents = 10_000_000
  /// The most casegroups the teams may own between them (a casegroup's number is 32-bit).
  static let maximumCasegroups = Int(Int32.max)

  /// Whether the rosters of `teams` list at most `maximumRosterAgents` agents; counted on the
  /// JSON, before any is read.
  func checkRosterSize(_ teams: JSONNode?) -> Bool {
    func member(_ key: String, of node: JSONNode) -> JSONNode? {
      guard case .object(let members) = node.value else { return nil }
      return members.first { $0.key == key }?.value
    }
    func count(_ node: JSONNode?) -> Double {
      switch node?.value {
      case .number(let number)?: max(number.double, 0)
      case .array(let agents)?: Double(agents.count)
      default: 0
      }
    }
    guard let teams, case .array(let elements) = teams.value else { return true }
    var total = 0.0
    for team in elements {
      total += count(member("agents", of: team))
      if case .array(let shifts)? = member("shifts", of: team)?.value {
        for shift in shifts { total += count(member("agents", of: shift)) }
      }
    }
    guard total > Double(Self.maximumRosterAgents) else { return true }
    diagnostics.invalid(
      teams, at: JSONPath.root.key("teams"),
      "the rosters list \(Int(min(total, 1e18))) agents between them, more than the"
        + " \(Self.maximumRosterAgents) a scenario may have (each shift counted once, however many"
        + " days it repeats)")
    return false
  }

  /// The teams' casegroups fit in `maximumCasegroups`.
  func checkCasegroups(_ teams: [Team], in scenario: ObjectReader) {
    guard case .array(let nodes)? = scenario.member("teams")?.value else { return }
    var total = 0
    for (index, team) in teams.enumerated() {
      total += team.casegroups
      guard total > Self.maximumCasegroups else { continue }
      diagnostics.invalid(
        nodes[index], at: JSONPath.root.key("teams").index(index).key("casegroups"),
        "the teams own \(total) casegroups up to this one, more than the"
          + " \(Self.maximumCasegroups) a scenario may have")
      return
    }
  }

  /// A call-back that always ends in a Call-back Request (an outcome that requests a call-back)
  /// brings another: with no time spent talking they would follow one another for ever at the
  /// same moment.
  func checkCallBackChains(_ callTypes: [CallType], in scenario: ObjectReader) {
    guard case .array(let nodes)? = scenario.member("callTypes")?.value else { return }
    for (index, callType) in callTypes.enumerated() {
      let spoken = callType.talk.mean + callType.acw.mean + (callType.security?.time.mean ?? 0)
      let callBacks = diagnostics.vocabulary.outcomes(.requestsCallBack)
      guard callType.outboundOutcomes.share(of: callBacks) >= 1 - 1e-9, spoken < 1,
        case .object(let members) = nodes[index].value,
        let node = members.first(where: { $0.key == "outboundOutcomes" })?.value
      else { continue }
      diagnostics.invalid(
        node, at: JSONPath.root.key("callTypes").index(index).key("outboundOutcomes"),
        "every call-back would end in a Call-back Request and bring another at once: with talk"
          + " and ACW averaging under a second they would follow one another for ever")
    }
  }
}
