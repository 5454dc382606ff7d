import SimKernel

/// Which Ready agent of a routing step's target takes a call, for the steps whose `select` is
/// not `longestIdle` (issue 18 part 3; `AgentSelection`). The longest-idle default never
/// comes here: `Centre.takeReadyAgent` goes straight to the Ready lines.
///
/// Owns: each team's agent slots, each agent's proficiency level, the weights of weighted
/// steps' teams, and the keyed streams of weighted draws.
struct AgentSelector {
  /// Per team: its agent slots (a team's slots are consecutive).
  let teamSlots: [Range<Int>]
  /// Per agent slot: the proficiency level of its roster entry.
  let level: [Int8]
  /// Per position of the team pool: the weight of its team in its step's weighted draw (1
  /// where a step gives none).
  let poolWeight: [Double]
  /// Per call type: the keyed streams of its callers' weighted draws.
  let draws: [KeyedStreams]
  /// Every team, as a pool (`teams: t ..< t + 1` is team t alone).
  let eachTeam: [Int32]

  init(_ configuration: CentreConfiguration, layout: CentreLayout, streams: RandomStreams) {
    var slots: [Range<Int>] = []
    var first = 0
    for team in configuration.teams.indices {
      var end = first
      while end < layout.agents.count && layout.agents[end].team == team { end += 1 }
      slots.append(first..<end)
      first = end
    }
    teamSlots = slots
    level = configuration.teams.flatMap { team in
      team.shifts.flatMap { $0.agents.map { Int8($0.proficiency) } }
    }
    var weights = Array(repeating: 1.0, count: layout.teamPool.count)
    let steps = configuration.plans.flatMap(\.steps)
    for (index, step) in steps.enumerated() {
      guard case .weightedRandom(let stepWeights) = step.select, !stepWeights.isEmpty
      else { continue }
      for (position, weight) in zip(layout.stepTeams[index], stepWeights) {
        weights[position] = weight
      }
    }
    poolWeight = weights
    draws = configuration.callTypes.map { streams.keyed("select/\($0.id)") }
    eachTeam = configuration.teams.indices.map(Int32.init)
  }
}

extension Centre {
  /// Takes a Ready agent of the teams at `positions` of `pool` for the call in `slot` by the
  /// step's `select`, if one is Ready. Weights are the team pool's: a weighted step names its
  /// teams (`pool` is `layout.teamPool`).
  mutating func selectReady(
    _ select: AgentSelection.Kind, teams positions: Range<Int>, of pool: [Int32],
    route: StepRoute, slot: Int, at now: SimInstant
  ) -> Int? {
    switch select {
    case .longestIdle:
      return agents.takeReady(teams: positions, pool: pool)
    case .teamOrder:
      for position in positions {
        if let agent = agents.takeReady(team: Int(pool[position])) { return agent }
      }
      return nil
    case .weightedRandom:
      return takeWeighted(teams: positions, of: pool, route: route, slot: slot)
    case .leastOccupied, .highestProficiency:
      return bestReady(select, teams: positions, of: pool, at: now)
    }
  }

  /// A team drawn with probability proportional to its weight times its Ready agents
  /// (ContactCenters' `selectUniform` when the weights are 1: a Ready agent drawn uniformly),
  /// and its longest-idle agent. The uniform is keyed by the caller, the step and the call's
  /// ring-outs: the same offer draws the same, whatever else happened.
  private mutating func takeWeighted(
    teams positions: Range<Int>, of pool: [Int32], route: StepRoute, slot: Int
  ) -> Int? {
    // Weights belong to a step naming its teams; elsewhere every team weighs 1.
    let weighted = route.kind == .fixed
    var total = 0.0
    for position in positions {
      let weight = weighted ? selector.poolWeight[position] : 1
      total += weight * Double(readyCount(Int(pool[position])))
    }
    guard total > 0 else { return nil }
    let offer = UInt64(UInt32(bitPattern: route.listBase)) << 16 | UInt64(calls[slot].ronas)
    var random = selector.draws[Int(calls[slot].callType)].salted(SplitMix64.mix(offer))
      .stream(hashing: calls[slot].caller)
    var rest = random.nextUnitInterval() * total
    var chosen = -1
    for position in positions {
      let team = Int(pool[position])
      let share = (weighted ? selector.poolWeight[position] : 1) * Double(readyCount(team))
      guard share > 0 else { continue }
      chosen = team
      if rest < share { break }
      rest -= share
    }
    return agents.takeReady(team: chosen)
  }

  /// How many agents of `team` are Ready.
  private func readyCount(_ team: Int) -> Int {
    var count = 0
    for agent in selector.teamSlots[team] where agents[agent].isReady && agents[agent].takesCalls {
      count += 1
    }
    return count
  }

  /// The Ready agent of the teams least occupied so far, or of the highest proficiency; ties
  /// by longest idle, then roster order. Taken as an owner is: leaving Ready leaves its
  /// Ready-line entry stale.
  private func bestReady(
    _ select: AgentSelection.Kind, teams positions: Range<Int>, of pool: [Int32],
    at now: SimInstant
  ) -> Int? {
    var best = -1
    var bestScore = 0.0
    var bestSince = SimInstant.distantFuture
    for position in positions {
      for agent in selector.teamSlots[Int(pool[position])]
      where agents[agent].isReady && agents[agent].takesCalls {
        // Lower is better.
        let score =
          select == .leastOccupied
          ? occupancy(agent, at: now) : -Double(selector.level[agent])
        let since = agents[agent].since
        if best < 0 || score < bestScore || (score == bestScore && since < bestSince) {
          best = agent
          bestScore = score
          bestSince = since
        }
      }
    }
    return best >= 0 ? best : nil
  }

  /// A Ready agent's occupancy so far: time busy (reserved, talking, ACW, outbound,
  /// consulting) over time logged in (those, Ready, NotReady), in the counted period up to
  /// `now`; 0 before any.
  func occupancy(_ agent: Int, at now: SimInstant) -> Double {
    let base = agent * Recorder.stateStride
    var busy: Int64 = 0
    for state in 0..<AgentState.notReady.rawValue where AgentState(rawValue: state)!.isBusy {
      busy += recorder.stateTime[base + state]
    }
    var loggedIn = busy + recorder.stateTime[base + AgentState.ready.rawValue]
    for reason in 0..<recorder.reasonCount {
      loggedIn += recorder.notReadyTime[agent * recorder.reasonCount + reason]
    }
    // The Ready stint under way is not accounted yet.
    let from = max(agents[agent].since, countFrom)
    if now > from { loggedIn += (now - from).microseconds }
    return loggedIn > 0 ? Double(busy) / Double(loggedIn) : 0
  }
}
