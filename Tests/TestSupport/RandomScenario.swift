import SimKernel

/// A valid scenario drawn at random from the whole format — IVR, call-type mixes, routing plans
/// with every kind of step, rosters with named agents, team leaders and breaks, agent behaviour
/// with RONA and shrinkage, casegroups, outcomes, security, interpretation, warm and cold
/// transfers, redials, call-backs, activity plans, retries and reserves, Pulse thresholds, the
/// AAC desk with caseworkers' incidents, case-closure exceptions — as
/// JSON text, small enough to simulate in a few milliseconds: a few hours, a few agents.
///
/// The same seed always gives the same text (the generator draws with its own arithmetic, not
/// the standard library's).
public struct RandomScenario {
  private var random: SplitMix64
  /// The text of the scenario.
  public private(set) var json = ""

  private var callTypes: [String] = []
  private var teams: [String] = []
  private var segments: [String] = []
  private var plans: [String] = []
  private var staffNumbers: [String] = []
  /// The call types some team handles: lines without an IVR or plan bring only these.
  private var handled: [String] = []
  private var isEmergency = false
  /// The run's start and end, in minutes from midnight.
  private var startMinute = 0
  private var endMinute = 0
  private var intervalMinutes = 15
  /// The calendar days the run reaches into.
  private var days = 1

  public init(seed: UInt64) {
    random = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 17)
    json = scenario().text
  }

  // MARK: - Drawing

  private mutating func below(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
  private mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }
  private mutating func unit() -> Double { Double(random.next() >> 11) * 0x1p-53 }
  private mutating func chance(_ probability: Double) -> Bool { unit() < probability }
  private mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
  /// A share rounded to thousandths, for readable files.
  private mutating func share(_ upTo: Double) -> Double { (unit() * upTo * 1000).rounded() / 1000 }
  /// Between one and all of `choices`, in their order.
  private mutating func subset<T>(_ choices: [T]) -> [T] {
    var chosen = choices.filter { _ in chance(0.5) }
    if chosen.isEmpty { chosen = [pick(choices)] }
    return chosen
  }

  /// Shares of `keys` summing to 1, as a GeneratedJSON object.
  private mutating func mix(_ keys: [String]) -> GeneratedJSON {
    let weights = keys.map { _ in 0.05 + unit() }
    let total = weights.reduce(0, +)
    return .object(zip(keys, weights).map { ($0, .number($1 / total)) })
  }

  private func clock(_ minute: Int) -> GeneratedJSON {
    let hours = minute / 60
    let minutes = minute % 60
    return .string((hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)")
  }

  /// A duration of about `seconds`, as a number or a string with units.
  private mutating func duration(_ seconds: Double) -> GeneratedJSON {
    let value = (seconds * 10).rounded() / 10
    if chance(0.5) { return .number(value) }
    return .string(value.rounded() == value ? "\(Int(value))s" : "\(value)s")
  }

  /// A distribution of mean about `mean` seconds: any of the eight forms.
  private mutating func distribution(_ mean: Double) -> GeneratedJSON {
    let mean = max(mean * (0.5 + unit()), 1)
    switch below(8) {
    case 0: return duration(mean)
    case 1: return .object([("exponential", .object([("mean", duration(mean))]))])
    case 2:
      return .object([
        ("uniform", .object([("min", duration(mean / 2)), ("max", duration(mean * 1.5))]))
      ])
    case 3:
      return .object([
        ("lognormal", .object([("mean", duration(mean)), ("sd", duration(mean / 2))]))
      ])
    case 4:
      return .object([("gamma", .object([("mean", duration(mean)), ("sd", duration(mean))]))])
    case 5:
      return .object([("erlang", .object([("mean", duration(mean)), ("k", .int(int(1...5)))]))])
    case 6:
      return .object([
        (
          "triangular",
          .object([
            ("min", duration(mean / 3)), ("mode", duration(mean)), ("max", duration(mean * 2)),
          ])
        )
      ])
    default:
      let count = int(1...4)
      return .object([
        (
          "empirical",
          .object([
            ("values", .array((0..<count).map { index in duration(mean * Double(index + 1) / 2) })),
            ("weights", .array((0..<count).map { _ in .number(1 + share(9)) })),
          ])
        )
      ])
    }
  }

  // MARK: - The scenario

  private mutating func scenario() -> GeneratedJSON {
    startMinute = 15 * int(0...48)  // 00:00 to 12:00
    days = chance(0.15) ? int(2...3) : 1
    let hours = days == 1 ? int(2...6) : 24 * (days - 1) + int(0...6)
    endMinute = startMinute + hours * 60
    intervalMinutes = pick([5, 10, 15, 30, 60])
    isEmergency = chance(0.2)
    callTypes = (0..<int(1...3)).map { "type-\($0)" }
    teams = (0..<int(1...4)).map { "team-\($0)" }
    segments = (0..<int(0...2)).map { "segment-\($0)" }
    plans = (0..<int(0...3)).map { "plan-\($0)" }

    var members: [(String, GeneratedJSON)] = [
      ("name", .string("random")), ("seed", .int(int(0...1_000_000))),
      ("start", clock(startMinute)), ("duration", .string("\(hours)h")),
      ("interval", .string("\(intervalMinutes)m")),
    ]
    if chance(0.3) { members.append(("warmup", .string("15m"))) }
    if chance(0.3) { members.append(("shortAbandon", duration(Double(int(0...10))))) }
    if chance(0.3) {
      members.append(
        ("serviceLevel", .object([("threshold", duration(20)), ("target", .number(share(1)))])))
    }
    if chance(0.5) {
      members.append(
        (
          "rules",
          .object([
            ("ronaTimeout", duration(Double(int(5...20)))),
            ("acwLimit", duration(Double(int(60...600)))),
            ("idleLogout", duration(Double(int(600...5400)))),
          ])
        ))
    }
    if chance(0.7) { members.append(("agentBehaviour", behaviour())) }
    if !segments.isEmpty {
      members.append(("segments", .array(segments.map { .object([("id", .string($0))]) })))
    }
    // Teams before call types and lines: call types' transfers name staff numbers.
    let teamList = teamsSection()
    members.append(("routing", routing()))
    members.append(("callTypes", .array(callTypes.indices.map { callType($0) })))
    members.append(("teams", teamList))
    var lines = (0..<int(1...3)).map { line($0) }
    let deskLines = chance(0.3) ? int(1...2) : 0
    lines += (0..<deskLines).map { deskLine($0) }
    members.append(("lines", .array(lines)))
    if isEmergency { members.append(("emergency", .string("strike day"))) }
    if chance(0.5) { members.append(("redials", redials())) }
    if chance(0.6) { members.append(("outbound", outbound())) }
    if chance(0.2) { members.append(("pulse", pulse())) }
    if deskLines > 0 {
      let (desk, areaTeams) = aac(lines: deskLines)
      members.append(("aac", desk))
      if areaTeams && chance(0.7) { members.append(("incidents", incidents())) }
    }
    if chance(0.25) { members.append(("exceptions", exceptions())) }
    return .object(members)
  }

  private static let reasons = [
    "Break", "Coaching", "Communications", "Customer Related Clerical Work", "Emotional Break",
    "Lunch", "Non Customer Related Work", "Outbound Call Preparation", "Team Leader", "Training",
  ]

  private mutating func behaviour() -> GeneratedJSON {
    var members: [(String, GeneratedJSON)] = []
    if chance(0.6) { members.append(("answerDelay", distribution(Double(int(2...20))))) }
    if chance(0.6) { members.append(("missProbability", .number(share(0.2)))) }
    if chance(0.5) {
      members.append(
        (
          "afterMiss",
          chance(0.3)
            ? .string("ready")
            : .object([("reason", .string(pick(Self.reasons))), ("duration", distribution(90))])
        ))
    }
    if chance(0.5) {
      members.append(("relogDelay", chance(0.2) ? .string("never") : distribution(300)))
    }
    if chance(0.5) {
      members.append(
        (
          "shrinkage",
          .array(
            (0..<int(0...3)).map { _ in
              .object([
                ("reason", .string(pick(Self.reasons))), ("share", .number(share(0.1))),
                ("meanLength", duration(Double(int(60...900)))),
              ])
            })
        ))
    }
    return .object(members)
  }

  private mutating func teamsSection() -> GeneratedJSON {
    // Every call type is handled by some team, so that lines without a plan are served.
    var handles = teams.map { _ in [String]() }
    for (index, callType) in callTypes.enumerated() where index == 0 || chance(0.8) {
      handles[below(teams.count)].append(callType)
      handled.append(callType)
    }
    return .array(
      teams.indices.map { index in
        var members: [(String, GeneratedJSON)] = [("id", .string(teams[index]))]
        if !segments.isEmpty && chance(0.7) { members.append(("segment", .string(pick(segments)))) }
        members.append(("handles", .array(handles[index].map(GeneratedJSON.string))))
        if chance(0.6) { members.append(("casegroups", .int(int(0...5000)))) }
        if chance(0.4) {
          members.append(("agents", .int(int(0...12))))
        } else {
          members.append(
            ("shifts", .array((0..<int(1...3)).map { shift(team: index, number: $0) })))
        }
        if chance(0.3) { members.append(("behaviour", behaviour())) }
        if chance(0.3) { members.append(("leadersTakeCalls", .bool(chance(0.5)))) }
        return .object(members)
      })
  }

  private mutating func shift(team: Int, number: Int) -> GeneratedJSON {
    let latest = min(endMinute, 23 * 60)
    let start = max(0, startMinute - 60 + 15 * int(0...((latest - startMinute + 60) / 15)))
    let end = min(24 * 60, start + 15 * int(2...24))
    var members: [(String, GeneratedJSON)] = [("start", clock(start)), ("end", clock(end))]
    members += day()
    if chance(0.5) {
      members.append(("agents", .int(int(1...10))))
    } else {
      let count = int(1...8)
      members.append(
        (
          "agents",
          .array(
            (0..<count).map { place in
              var agent: [(String, GeneratedJSON)] = []
              if chance(0.7) {
                let staffNumber = "T\(team)S\(number)A\(place)"
                staffNumbers.append(staffNumber)
                agent.append(("staffNumber", .string(staffNumber)))
              }
              if chance(0.3) { agent.append(("name", .string("Agent \(place)"))) }
              if place == 0 && chance(0.3) {
                agent.append(("isTeamLeader", .bool(true)))
              } else if chance(0.3) {
                agent.append(("teamLeader", .string("Leader \(team)")))
              }
              return .object(agent)
            })
        ))
    }
    if chance(0.5) && end - start >= 30 {
      members.append(
        (
          "notReady",
          .array(
            (0..<int(1...2)).map { _ in
              let length = int(5...min(30, end - start))
              let from = start + int(0...(end - start - length))
              return .object([
                ("reason", .string(pick(Self.reasons))), ("start", clock(from)),
                ("duration", .string("\(length)m")), ("spread", .string("\(int(0...20))m")),
              ])
            })
        ))
    }
    return .object(members)
  }

  private mutating func routing() -> GeneratedJSON {
    var members: [(String, GeneratedJSON)] = []
    if chance(0.5) {
      members.append(
        (
          "casegroups",
          .object([("orphaned", .number(share(0.2))), ("skew", .number(share(0.9)))])
        ))
    }
    members.append(
      (
        "plans",
        .array(
          plans.map { id in
            var after = 0
            let steps: [GeneratedJSON] = (0..<int(1...4)).map { _ in
              after += pick([0, 5, 20, 60])
              var step: [(String, GeneratedJSON)] = [("after", duration(Double(after)))]
              step.append(("target", target()))
              if chance(0.2) { step.append(("skipIfNoneReady", .bool(true))) }
              return .object(step)
            }
            var plan: [(String, GeneratedJSON)] = [("id", .string(id))]
            if chance(0.4) { plan.append(("priority", .int(int(-3...3)))) }
            plan.append(("steps", .array(steps)))
            return .object(plan)
          })
      ))
    return .object(members)
  }

  private mutating func target() -> GeneratedJSON {
    switch below(segments.isEmpty ? 4 : 5) {
    case 0: .string("owner")
    case 1: .string("ownerTeam")
    case 2: .string("ownerSegment")
    case 3: .object([("teams", .array(subset(teams).map(GeneratedJSON.string)))])
    default: .object([("segments", .array(subset(segments).map(GeneratedJSON.string)))])
    }
  }

  private static let inbound = [
    "Client Wishes to Call Back", "Bogus Call – Security Report", "Call-back Request",
    "Call Resolved", "Call Terminated by Client", "Call Terminated by CMEC",
    "Client Unavailable", "Lost Connection", "Signposted to DWP Dept", "Signposted to Options",
    "Signposted to Other Org", "Unresolved – Escalated", "Wrong Number",
  ]
  /// The outcomes only a dialled call can have.
  private static let dialledOnly = [
    "No Answer", "Line Engaged", "Voicemail – Message left", "Voicemail – No Message Left",
  ]
  private static let notConnected = [
    "No Answer", "Line Engaged", "Voicemail – Message left", "Voicemail – No Message Left",
    "Client Unavailable", "Wrong Number",
  ]

  private mutating func callType(_ index: Int) -> GeneratedJSON {
    var members: [(String, GeneratedJSON)] = [
      ("id", .string(callTypes[index])), ("talk", distribution(Double(int(60...400)))),
    ]
    if chance(0.6) { members.append(("acw", distribution(Double(int(10...200))))) }
    if chance(0.7) { members.append(("patience", distribution(Double(int(30...900))))) }
    let transfers = chance(0.4)
    if chance(0.7) || transfers {
      var outcomes = subset(Self.inbound)
      if transfers { outcomes.append("Call Transferred") }
      members.append(("outcomes", mix(outcomes)))
    }
    if chance(0.5) {
      members.append(("outboundOutcomes", mix(subset(Self.inbound + Self.dialledOnly))))
    }
    if chance(0.4) {
      members.append(
        ("security", .object([("time", distribution(45)), ("failShare", .number(share(0.2)))])))
    }
    if chance(0.3) {
      members.append(
        (
          "interpretation",
          .object([
            ("share", .number(share(0.3))), ("connect", distribution(60)),
            ("extraTalk", distribution(120)),
          ])
        ))
    }
    if transfers { members.append(("transfer", transfer())) }
    return .object(members)
  }

  private mutating func transfer() -> GeneratedJSON {
    let count = int(1...3)
    let kinds = (0..<count).map { _ in below(3) }
    let weights = mix(kinds.indices.map { "\($0)" })
    guard case .object(let shares) = weights else { return .null }
    let targets: [GeneratedJSON] = zip(kinds, shares).map { kind, share in
      switch kind {
      case 1 where !segments.isEmpty:
        .object([("segment", .string(pick(segments))), ("share", share.1)])
      case 2 where !staffNumbers.isEmpty:
        .object([("agent", .string(pick(staffNumbers))), ("share", share.1)])
      default: .object([("team", .string(pick(teams))), ("share", share.1)])
      }
    }
    var members: [(String, GeneratedJSON)] = [("targets", .array(targets))]
    if isEmergency && chance(0.5) {
      members.append(("cold", .bool(true)))
    } else {
      members.append(("consult", distribution(60)))
      if chance(0.5) { members.append(("hold", duration(Double(int(1...300))))) }
    }
    if chance(0.5) { members.append(("fallback", .string(pick(teams)))) }
    return .object(members)
  }

  private static let clientBranches = [
    "welsh", "hangUp", "validScin", "invalidScin", "incompleteScin", "noScin",
  ]
  private static let employerBranches = [
    "welsh", "hangUp", "validErn", "invalidErn", "incompleteErn", "thirdParty", "wrongOption",
  ]

  private mutating func line(_ index: Int) -> GeneratedJSON {
    let kind = pick(["client", "employer", "directDial"])
    var members: [(String, GeneratedJSON)] = [
      ("id", .string("line-\(index)")), ("kind", .string(kind)),
    ]
    // A line without an IVR or plan brings only call types some team handles.
    let routed = !plans.isEmpty && chance(0.7)
    let brought = routed ? callTypes : handled
    if chance(0.5) && brought.count > 1 {
      members.append(("callTypes", mix(subset(brought))))
    } else {
      members.append(("callType", .string(pick(brought))))
    }
    let intervals = (endMinute - startMinute + intervalMinutes - 1) / intervalMinutes
    var arrivals: [(String, GeneratedJSON)] =
      chance(0.5)
      ? [("perHour", .number(Double(int(0...120))))]
      : [("perInterval", .array((0..<int(1...intervals)).map { _ in .number(share(30)) }))]
    if chance(0.2) { arrivals.append(("overdispersion", .object([("cv", .number(share(0.3)))]))) }
    members.append(("arrivals", .object(arrivals)))
    if routed && kind != "directDial" && chance(0.7) {
      let branches = subset(kind == "client" ? Self.clientBranches : Self.employerBranches)
      guard case .object(let shares) = mix(branches) else { return .null }
      let list: [GeneratedJSON] = shares.map { branch, share in
        var members: [(String, GeneratedJSON)] = [("branch", .string(branch)), ("share", share)]
        if branch != "hangUp" { members.append(("plan", .string(pick(plans)))) }
        if branch != "hangUp" && chance(0.3) {
          members.append(("identification", distribution(60)))
        }
        if branch == "validScin" && !segments.isEmpty && chance(0.5) {
          members.append(("segments", .array(subset(segments).map(GeneratedJSON.string))))
        }
        return .object(members)
      }
      var ivr: [(String, GeneratedJSON)] = []
      if chance(0.7) { ivr.append(("time", distribution(30))) }
      ivr.append(("branches", .array(list)))
      members.append(("ivr", .object(ivr)))
    } else if routed {
      members.append(("plan", .string(pick(plans))))
    }
    return .object(members)
  }

  private mutating func redials() -> GeneratedJSON {
    let keys = subset(Self.inbound + ["Call Transferred", "Failed Security Check", "abandoned"])
    return .object(
      keys.map { key in
        (key, .object([("probability", .number(share(0.8))), ("delay", distribution(600))]))
      })
  }

  private mutating func window() -> [(String, GeneratedJSON)] {
    let latest = min(endMinute, 24 * 60)
    let from = startMinute + 15 * int(0...((latest - startMinute) / 15 - 1))
    let to = min(24 * 60, from + 15 * int(1...8))
    return [("from", clock(from)), ("to", clock(to))] + day()
  }

  /// On a run of several days, sometimes `day` or `everyDay`.
  private mutating func day() -> [(String, GeneratedJSON)] {
    guard days > 1 else { return [] }
    switch below(3) {
    case 0: return [("everyDay", .bool(true))]
    case 1: return [("day", .int(int(1...days)))]
    default: return []
    }
  }

  private mutating func outbound() -> GeneratedJSON {
    var members: [(String, GeneratedJSON)] = []
    if chance(0.6) {
      members.append(
        (
          "callBacks",
          .object([
            ("due", duration(Double(int(600...7200)))),
            ("by", .string(pick(["caseworker", "team"]))),
          ])
        ))
    }
    if chance(0.5) {
      members.append(
        (
          "activityPlans",
          .array(
            (0..<int(1...2)).map { _ in
              .object(
                [
                  ("team", .string(pick(teams))), ("callType", .string(pick(callTypes))),
                  ("perHour", .number(Double(int(0...10)))),
                ] + window() + [("due", .string("\(int(1...4))h"))])
            })
        ))
    }
    if chance(0.3) { members.append(("suppressedShare", .number(share(0.1)))) }
    if chance(0.5) { members.append(("dialTime", distribution(30))) }
    if chance(0.3) { members.append(("noContactAcw", distribution(30))) }
    if chance(0.5) {
      members.append(
        (
          "retry",
          .object(
            subset(Self.notConnected).map { outcome in
              (
                outcome,
                .object([
                  ("after", duration(Double(int(1...1800)))), ("maxAttempts", .int(int(1...4))),
                ])
              )
            })
        ))
    }
    if chance(0.3) {
      members.append(
        (
          "reserve",
          .array(
            (0..<int(1...2)).map { _ in
              .object([("team", .string(pick(teams))), ("agents", .int(int(1...3)))] + window())
            })
        ))
    }
    return .object(members)
  }

  // MARK: - The AAC desk and back-office work

  /// An AAC area's line: a call type some team handles, sometimes arrivals of its own.
  private mutating func deskLine(_ index: Int) -> GeneratedJSON {
    var members: [(String, GeneratedJSON)] = [
      ("id", .string("aac-\(index)")), ("kind", .string("aac")),
      ("callType", .string(pick(handled))),
    ]
    if chance(0.5) { members.append(("arrivals", .object([("perHour", .number(share(10)))]))) }
    return .object(members)
  }

  /// The desk: one area per AAC line, each with some teams (a team in one area at most); and
  /// whether any team is in an area.
  private mutating func aac(lines: Int) -> (GeneratedJSON, Bool) {
    var free = teams
    var anyTeam = false
    let areas: [GeneratedJSON] = (0..<lines).map { index in
      let mine = free.filter { _ in chance(0.5) }
      free.removeAll { mine.contains($0) }
      anyTeam = anyTeam || !mine.isEmpty
      return .object([
        ("prefix", .string(["PLY", "HAS", "BEL", "LEI", "NOR"][index])),
        ("line", .string("aac-\(index)")), ("teams", .array(mine.map(GeneratedJSON.string))),
      ])
    }
    guard case .object(let shares) = mix(subset(["reject", "resolve", "callBack", "assign"]))
    else { return (.null, false) }
    let shareOf = Dictionary(uniqueKeysWithValues: shares.map { ($0.0, $0.1) })
    var evaluation: [(String, GeneratedJSON)] = []
    if let reject = shareOf["reject"] {
      evaluation.append(
        ("reject", .object([("share", reject), ("reasons", mix(subset(["a", "b", "c"])))])))
    }
    if let resolve = shareOf["resolve"] {
      evaluation.append(("resolve", .object([("share", resolve), ("success", .number(share(1)))])))
    }
    if let callBack = shareOf["callBack"] {
      evaluation.append(
        (
          "callBack",
          .object([
            ("share", callBack), ("after", distribution(1800)), ("talk", distribution(300)),
            ("success", .number(share(1))),
          ])
        ))
    }
    // Resolutions that fail are assigned: the assign block is always there.
    let domains = subset([
      "Design / Procedures", "Policy", "Live Service Support", "CFAT", "OED/Customer", "NAT Lead",
      "OMC",
    ])
    guard case .object(let domainShares) = mix(domains) else { return (.null, false) }
    evaluation.append(
      (
        "assign",
        .object([
          ("share", shareOf["assign"] ?? .number(0)),
          (
            "domains",
            .array(
              domainShares.map {
                .object([
                  ("domain", .string($0.0)), ("share", $0.1), ("delay", distribution(3600)),
                ])
              })
          ),
          ("emailSuccess", .number(0.2 + share(0.8))), ("response", distribution(600)),
        ])
      ))
    return (.object([("areas", .array(areas)), ("evaluation", .object(evaluation))]), anyTeam)
  }

  private mutating func incidents() -> GeneratedJSON {
    var local: [(String, GeneratedJSON)] = []
    for step in subset(["procedures", "colleagues", "teamLeader", "adviceAndGuidance"]) {
      local.append(
        (step, .object([("time", distribution(600)), ("solves", .number(share(0.5)))])))
    }
    return .object([
      ("perCaseworkerHour", .number(share(2))), ("fromEscalated", .number(share(1))),
      ("local", .object(local)), ("document", distribution(600)),
      ("approval", distribution(1800)),
    ])
  }

  private mutating func exceptions() -> GeneratedJSON {
    let mine = subset(teams)
    var members: [(String, GeneratedJSON)] = [
      ("at", clock(60 * int(0...23))), ("reportsPerBatch", .number(Double(int(0...30)))),
      ("reasons", mix(subset(["Transition date not set", "Closure date before T-date"]))),
      ("triage", mix(["technicalSkip", "ams", "caseworker"])),
      ("amsFixed", .number(share(1))), ("handOver", distribution(3600)),
      ("work", distribution(900)), ("teams", .array(mine.map(GeneratedJSON.string))),
    ]
    if chance(0.3) {
      members.append(
        (
          "reserve",
          .array([
            .object([("team", .string(pick(mine))), ("agents", .int(int(1...2)))] + window())
          ])
        ))
    }
    return .object(members)
  }

  private mutating func pulse() -> GeneratedJSON {
    let amber = share(0.5)
    return .object([
      (
        "thresholds",
        .object([
          (
            "abandonRate",
            .object([("amber", .number(amber)), ("red", .number(amber + share(0.5)))])
          ),
          ("longestWait", .object([("amber", duration(30)), ("red", duration(90))])),
        ])
      )
    ])
  }
}

/// Just enough JSON to write a scenario, keys in the order given.
indirect enum GeneratedJSON {
  case object([(String, GeneratedJSON)])
  case array([GeneratedJSON])
  case string(String)
  case number(Double)
  case int(Int)
  case bool(Bool)
  case null

  var text: String {
    switch self {
    case .object(let members):
      "{"
        + members.map { "\(GeneratedJSON.string($0.0).text): \($0.1.text)" }.joined(separator: ", ")
        + "}"
    case .array(let elements): "[" + elements.map(\.text).joined(separator: ", ") + "]"
    case .string(let text): "\"" + text + "\""
    case .number(let value): "\(value)"
    case .int(let value): "\(value)"
    case .bool(let value): "\(value)"
    case .null: "null"
    }
  }
}
