import SimKernel

extension Centre {
  /// Moves an agent to `state`, adding the time spent in the old state after the warm-up.
  @inline(__always)
  mutating func setState(agent: Int, to state: AgentState, now: SimInstant) {
    let old = agents[agent]
    let from = max(old.since, countFrom)
    if now > from {
      let index = Int(old.team) * AgentState.allCases.count + old.state.rawValue
      stateTime[index] += (now - from).microseconds
    }
    agents[agent].enter(state, at: now)
  }

  /// The agent is free: take the call that has waited longest in the agent's queues, or wait
  /// at the back of the team's Ready line.
  mutating func becomeReady(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let team = Int(agents[agent].team)
    var best = -1
    var bestSince = SimInstant.distantFuture
    for position in teamQueues.range(team) {
      let queue = teamQueues.element(position)
      while let head = waiting[queue].first,
        calls[Int(head.slot)].generation != head.generation
          || calls[Int(head.slot)].phase != .waiting
      {
        _ = waiting[queue].removeFirst()
      }
      if let head = waiting[queue].first, calls[Int(head.slot)].queuedAt < bestSince {
        best = queue
        bestSince = calls[Int(head.slot)].queuedAt
      }
    }
    if best >= 0, let head = waiting[best].removeFirst() {
      answer(slot: Int(head.slot), agent: agent, in: &simulation)
      return
    }
    setState(agent: agent, to: .ready, now: simulation.now)
    readyAgents[team].append(Int32(agent))
  }

  /// Takes the longest-idle Ready agent among the teams serving `queue`, if any.
  mutating func takeReadyAgent(forQueue queue: Int) -> Int? {
    var bestTeam = -1
    var bestSince = SimInstant.distantFuture
    for position in queueTeams.range(queue) {
      let team = queueTeams.element(position)
      if let agent = readyAgents[team].first, agents[Int(agent)].since < bestSince {
        bestTeam = team
        bestSince = agents[Int(agent)].since
      }
    }
    guard bestTeam >= 0, let agent = readyAgents[bestTeam].removeFirst() else { return nil }
    return Int(agent)
  }
}
