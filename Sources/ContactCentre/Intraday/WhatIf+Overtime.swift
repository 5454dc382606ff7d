import SimKernel

extension WhatIf {
  /// A new shift of `agents` anonymous agents at the end of `team`'s shifts, from `from` (no
  /// sooner than `soonestStart` after the instant) until `until`; the snapshot's roster
  /// slots of later teams move up by `agents`, so that every agent keeps their name
  /// (`CentreConfiguration.agentName(slot:)`).
  static func overtime(
    team: Int, agents: Int, from: SimInstant?, until: SimInstant,
    _ configuration: inout CentreConfiguration, _ now: inout CentreNow
  ) throws(WhatIfError) {
    guard configuration.teams.indices.contains(team) else {
      throw WhatIfError(.team, "no team \(team) in the scenario")
    }
    let spec = configuration.teams[team]
    guard spec.staffing == nil else {
      throw WhatIfError(
        .team,
        "\(spec.id) is staffed by counts whose leavers are chosen in the run (idleFirst):"
          + " give it overtime in its staffing")
    }
    guard agents > 0 else { throw WhatIfError(.count, "overtime needs at least one agent") }
    let at = clock(now.time, configuration)
    if let from, from < now.time {
      throw WhatIfError(
        .start,
        "overtime from \(clock(from, configuration)) starts before the snapshot's"
          + " instant, \(at)")
    }
    let start = max(from ?? now.time, now.time + soonestStart)
    guard until > start else {
      throw WhatIfError(
        .end,
        "overtime until \(clock(until, configuration)) ends before it starts"
          + " (\(clock(start, configuration)))")
    }
    // Slots from the first of the next team on move up.
    let roster = configuration.roster
    let firstAfter = roster.firstIndex { $0.team > team } ?? roster.count
    configuration.teams[team].shifts.append(
      Shift(
        start: start.sinceStart, end: until.sinceStart,
        agents: Array(repeating: AgentProfile(), count: agents)))
    for index in now.agents.indices where now.agents[index].agent >= firstAfter {
      now.agents[index].agent += agents
    }
  }
}
