import SimKernel

extension WhatIf {
  /// Named agents Ready from the instant: each must be NotReady at it and take calls.
  static func bringBack(
    _ agents: [Int], _ configuration: CentreConfiguration, _ now: inout CentreNow
  ) throws(WhatIfError) {
    let roster = configuration.roster
    for slot in agents {
      guard roster.indices.contains(slot) else {
        throw WhatIfError(.agents, "no agent \(slot) on the scenario's roster")
      }
      let name = configuration.agentName(slot: slot)
      let entry = roster[slot]
      guard configuration.teams[entry.team].takesCalls(entry.profile) else {
        throw WhatIfError(.agents, "\(name) is a team leader, who takes no calls")
      }
      let at = clock(now.time, configuration)
      guard let index = now.agents.firstIndex(where: { $0.agent == slot }) else {
        throw WhatIfError(
          .agents, "\(name) is not NotReady at \(at): the snapshot does not name them")
      }
      guard now.agents[index].state == .notReady else {
        throw WhatIfError(
          .agents,
          "\(name) is not NotReady at \(at) (\(now.agents[index].state.reportName))")
      }
      now.agents[index].comeBack()
    }
  }

  /// `count` agents of `team` NotReady (in `reason`, if given) Ready from the instant, those
  /// NotReady longest first (ties by roster slot); team leaders who take no calls are left.
  static func bringBack(
    _ count: Int, of team: Int, in reason: NotReadyReason?,
    _ configuration: CentreConfiguration, _ now: inout CentreNow
  ) throws(WhatIfError) {
    guard configuration.teams.indices.contains(team) else {
      throw WhatIfError(.team, "no team \(team) in the scenario")
    }
    guard count > 0 else { throw WhatIfError(.count, "bring back at least one agent") }
    let roster = configuration.roster
    let spec = configuration.teams[team]
    let notReady = now.agents.indices.filter { index in
      let agent = now.agents[index]
      guard agent.state == .notReady, roster.indices.contains(agent.agent) else { return false }
      let entry = roster[agent.agent]
      return entry.team == team && spec.takesCalls(entry.profile)
        && (reason == nil || agent.reason == reason)
    }.sorted {
      (-now.agents[$0].inState.microseconds, now.agents[$0].agent)
        < (-now.agents[$1].inState.microseconds, now.agents[$1].agent)
    }
    guard notReady.count >= count else {
      let reasonText = reason.map { " in \(configuration.vocabulary.name(of: $0))" } ?? ""
      let counted =
        switch notReady.count {
        case 0: "no agent of \(spec.id) is"
        case 1: "only 1 agent of \(spec.id) is"
        default: "only \(notReady.count) agents of \(spec.id) are"
        }
      throw WhatIfError(
        .count,
        "\(counted) NotReady\(reasonText) at \(clock(now.time, configuration)), not \(count)")
    }
    for index in notReady.prefix(count) { now.agents[index].comeBack() }
  }

  /// Each shift's next period of `reason` (under way or still to come on the instant's day)
  /// starts at `start`; the team's agents in `reason` at the instant are Ready from it.
  static func moveBreak(
    team: Int, reason: NotReadyReason, to start: SimInstant,
    _ configuration: inout CentreConfiguration, _ now: inout CentreNow
  ) throws(WhatIfError) {
    guard configuration.teams.indices.contains(team) else {
      throw WhatIfError(.team, "no team \(team) in the scenario")
    }
    let spec = configuration.teams[team]
    let name = configuration.vocabulary.name(of: reason)
    let at = clock(now.time, configuration)
    guard spec.shifts.contains(where: { $0.notReady.contains { $0.reason == reason } }) else {
      let reasons = Set(spec.shifts.flatMap { $0.notReady.map(\.reason) }).sorted {
        $0.index < $1.index
      }.map(configuration.vocabulary.name(of:))
      throw WhatIfError(
        .reason,
        "\(spec.id) has no \(name) period on its roster"
          + (reasons.isEmpty
            ? " (it has no scheduled NotReady periods)"
            : " (it has: \(reasons.joined(separator: ", ")))"))
    }
    guard start >= now.time else {
      throw WhatIfError(
        .start, "\(clock(start, configuration)) is before the snapshot's instant, \(at)")
    }
    let day = SimDuration.hours(24).microseconds
    let dayEnd = SimDuration(microseconds: (now.time.microseconds / day + 1) * day)
    var moved = 0
    var outside: Shift?
    for (index, shift) in spec.shifts.enumerated() {
      // The shift's next period of the reason: the first not over for every agent of the
      // shift at the instant (those over are taken), if it is on the instant's day.
      let next = shift.notReady.indices.filter { place in
        let period = shift.notReady[place]
        return period.reason == reason
          && period.start + period.spread + period.duration > now.time.sinceStart
          && period.start < dayEnd
      }.min { shift.notReady[$0].start < shift.notReady[$1].start }
      guard let place = next else { continue }
      let period = shift.notReady[place]
      let begins = max(start, now.time + soonestStart).sinceStart
      // A shift the new time does not fit (a late shift, say) keeps its period.
      guard begins >= shift.start, begins + period.duration <= shift.end else {
        outside = outside ?? shift
        continue
      }
      configuration.teams[team].shifts[index].notReady[place].start = begins
      moved += 1
    }
    guard moved > 0 else {
      guard let shift = outside else {
        throw WhatIfError(.reason, "\(spec.id)'s \(name) periods are all over at \(at)")
      }
      throw WhatIfError(
        .start,
        "\(name) at \(clock(start, configuration)) falls outside \(spec.id)'s shift"
          + " \(clock(SimInstant(since: shift.start), configuration))–"
          + "\(clock(SimInstant(since: shift.end), configuration))")
    }
    let roster = configuration.roster
    for index in now.agents.indices {
      let agent = now.agents[index]
      guard agent.state == .notReady, agent.reason == reason, roster.indices.contains(agent.agent),
        roster[agent.agent].team == team
      else { continue }
      now.agents[index].comeBack()
    }
  }
}

extension CentreNow.Agent {
  /// Ready from the instant.
  mutating func comeBack() {
    state = .ready
    reason = nil
    inState = .zero
    queue = nil
  }
}
