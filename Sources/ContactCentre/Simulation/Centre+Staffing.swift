import SimKernel

// Teams staffed by counts with `idleFirst` leaving (docs/scenario-format.md §9, Staffing by
// counts): at each change of a count, agents of the team's pool log in or out, chosen then.
// ContactCenters' `DetailedAgentGroup.setNumAgents` is the rule followed: on a rise, ghost
// agents (busy, due to leave) stay first, then new agents log in; on a drop, the idle agent
// logged in longest leaves, else a busy one, who leaves once their call is done.

extension CentreLayout {
  /// The timetable's entries for the changes of every `idleFirst` team's count, and each such
  /// team's agent slots (its pool shift's).
  mutating func addStaffingChanges(_ configuration: CentreConfiguration) {
    staffingSlots = Array(repeating: 0..<0, count: configuration.teams.count)
    let end = SimInstant(since: configuration.duration)
    for (team, spec) in configuration.teams.enumerated() {
      guard let staffing = spec.staffing else { continue }
      let slots = agents.indices.filter { agents[$0].team == team }
      guard let first = slots.first, let last = slots.last else { continue }
      staffingSlots[team] = first..<(last + 1)
      for change in staffing.changes where SimInstant(since: change.time) < end {
        timetable.append(
          RosterEntry(
            time: SimInstant(since: change.time), agent: Int32(staffingChanges.count),
            what: RosterEntry.staffingChange))
        staffingChanges.append((Int32(team), Int32(change.agents)))
      }
    }
  }
}

extension Centre {
  /// A team's count changes: log agents in or choose who leaves.
  mutating func changeStaffing(index: Int, in simulation: inout Simulation<CentreEvent>) {
    let (team, target) = layout.staffingChanges[index]
    let slots = layout.staffingSlots[Int(team)]
    let on = slots.count { agents[$0].onShift }
    if Int(target) > on {
      join(Int(target) - on, from: slots, in: &simulation)
    } else if Int(target) < on {
      for agent in leavers(on - Int(target), from: slots) {
        endShift(agent: agent, in: &simulation)
      }
    }
  }

  /// `count` more agents: those due to leave after their call stay (logged in longest first),
  /// then agents off shift log in (in roster order) and take whatever is next.
  private mutating func join(
    _ count: Int, from slots: Range<Int>, in simulation: inout Simulation<CentreEvent>
  ) {
    let ghosts = slots.filter { !agents[$0].onShift && agents[$0].plans.logout }
      .sorted { (loggedInAt[$0], $0) < (loggedInAt[$1], $1) }
    for agent in ghosts.prefix(count) {
      agents[agent].onShift = true
      agents[agent].plans.logout = false
      joinShrinkagePool(agent: agent, in: &simulation)
      if backOffice.hasIncidents { scheduleProblem(agent: agent, in: &simulation) }
    }
    guard ghosts.count < count else { return }
    let now = simulation.now
    for agent in slots.filter({ agents[$0].isOffShift }).prefix(count - ghosts.count) {
      loggedInAt[agent] = now
      startShift(agent: agent, in: &simulation)
    }
  }

  /// The `count` agents on shift to leave: Ready ones, then NotReady (or logged out by the
  /// idle timer), then busy ones; within each, the one logged in longest, then roster order.
  func leavers(_ count: Int, from slots: Range<Int>) -> [Int] {
    func rank(_ activity: AgentActivity) -> Int {
      switch activity {
      case .ready: 0
      case .notReady, .loggedOut, .offShift: 1
      case .ringing, .handling, .consulting, .wrappingUp, .outbound: 2
      }
    }
    return slots.filter { agents[$0].onShift }
      .sorted {
        (rank(agents[$0].activity), loggedInAt[$0], $0)
          < (rank(agents[$1].activity), loggedInAt[$1], $1)
      }
      .prefix(count).map { $0 }
  }
}
