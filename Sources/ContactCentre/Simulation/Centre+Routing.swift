import SimKernel

extension Centre {
  /// Takes the call through every step of its plan that is due, registering it with each
  /// step's target and offering it to a Ready agent there if one exists; notes when the next
  /// step is due (the call's timer wakes it then).
  mutating func advanceSteps(slot: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let steps = layout.planSteps.range(Int(calls[slot].plan))
    let queuedAt = calls[slot].queuedAt
    var next = Int(calls[slot].step) + 1
    while next < steps.count {
      let route = layout.routes[steps.lowerBound + next]
      let due = queuedAt + SimDuration(microseconds: route.after)
      guard due <= now else {
        calls[slot].nextStepAt = due
        return
      }
      calls[slot].step = Int8(next)
      let applied: UInt64 = 1 << UInt64(next)
      next += 1
      guard let list = list(for: route, slot: slot) else { continue }
      guard calls[slot].phase != .ringing else {
        calls[slot].appliedSteps |= applied  // a RONA puts the call back in every list it reached
        continue
      }
      let agent = takeReadyAgent(for: route, slot: slot)
      if route.skipIfNoneReady && agent == nil { continue }
      calls[slot].appliedSteps |= applied
      guard let agent else {
        lists[list].insert(entry(slot))
        continue
      }
      offer(slot: slot, to: agent, in: &simulation)
      if calls[slot].phase != .ringing { return }
    }
    calls[slot].nextStepAt = .distantFuture
  }

  /// The call's timer: the caller hangs up, or the call reaches its next routing step.
  mutating func wake(slot: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let phase = calls[slot].phase
    guard phase == .waiting || phase == .ringing, calls[slot].timerAt == now else { return }
    calls[slot].timerAt = .distantFuture
    if calls[slot].abandonAt <= now {
      abandon(slot: slot, in: &simulation)
      return
    }
    if phase == .waiting && calls[slot].nextStepAt <= now {
      advanceSteps(slot: slot, in: &simulation)
    }
    armTimer(slot: slot, in: &simulation)
  }

  /// Schedules the call's timer for its next step or the end of its patience, whichever comes
  /// first. A ringing call needs waking only if its caller hangs up before the ring ends: a
  /// RONA re-arms the timer.
  mutating func armTimer(slot: Int, in simulation: inout Simulation<CentreEvent>) {
    var due = SimInstant.distantFuture
    let abandonAt = calls[slot].abandonAt
    switch calls[slot].phase {
    case .waiting:
      due = min(abandonAt, calls[slot].nextStepAt)
    case .ringing:
      if abandonAt < agents[Int(calls[slot].agent)].timerAt { due = abandonAt }
    case .free, .inIVR, .talking, .wrappingUp, .awaitingRedial:
      return
    }
    let now = simulation.now
    guard due < .distantFuture else { return }
    // A timer already pending no later than `due` wakes the call in time and re-arms.
    let timerAt = calls[slot].timerAt
    if timerAt > now && timerAt <= due { return }
    calls[slot].timerAt = due
    simulation.schedule(.callTimer(call: Int32(slot)), at: due)
  }

  /// The waiting list of a step for the call in `slot`; nil when the step needs an owner, team
  /// or segment the call does not have (an orphaned casegroup skips its owner step).
  @inline(__always) func list(for route: StepRoute, slot: Int) -> Int? {
    let base = Int(route.listBase)
    switch route.kind {
    case .owner: return calls[slot].owner >= 0 ? base + Int(calls[slot].owner) : nil
    case .ownerTeam: return calls[slot].ownerTeam >= 0 ? base + Int(calls[slot].ownerTeam) : nil
    case .ownerSegment:
      return calls[slot].ownerSegment >= 0 ? base + Int(calls[slot].ownerSegment) : nil
    case .fixed: return base
    }
  }

  func entry(_ slot: Int) -> WaitEntry {
    WaitEntry(
      queuedAt: calls[slot].queuedAt.microseconds, caller: calls[slot].caller,
      slot: UInt32(slot), ticket: calls[slot].ticket)
  }

  /// Takes the longest-idle Ready agent of a step's target for the call in `slot`, if any.
  mutating func takeReadyAgent(for route: StepRoute, slot: Int) -> Int? {
    switch route.kind {
    case .owner:
      let owner = Int(calls[slot].owner)
      return agents[owner].state == .ready ? owner : nil
    case .ownerTeam:
      return takeReadyAgent(team: Int(calls[slot].ownerTeam))
    case .ownerSegment:
      return takeReadyAgent(teams: layout.segmentTeamRange[Int(calls[slot].ownerSegment)])
    case .fixed:
      return takeReadyAgent(teams: route.teams)
    }
  }

  /// The longest-idle valid Ready agent of one team; stale entries met on the way are dropped.
  mutating func takeReadyAgent(team: Int) -> Int? {
    while let head = readyLines[team].removeFirst() {
      if isValid(head) { return Int(head.agent) }
    }
    return nil
  }

  /// The longest-idle valid Ready agent among a set of teams (a range of the team pool).
  mutating func takeReadyAgent(teams positions: Range<Int>) -> Int? {
    if positions.count == 1 {
      return takeReadyAgent(team: Int(layout.teamPool[positions.lowerBound]))
    }
    var bestTeam = -1
    var bestSince = SimInstant.distantFuture
    for position in positions {
      let team = Int(layout.teamPool[position])
      while let head = readyLines[team].first, !isValid(head) {
        readyLines[team].removeFirst()
      }
      if let head = readyLines[team].first, agents[Int(head.agent)].since < bestSince {
        bestTeam = team
        bestSince = agents[Int(head.agent)].since
      }
    }
    guard bestTeam >= 0, let head = readyLines[bestTeam].removeFirst() else { return nil }
    return Int(head.agent)
  }

  @inline(__always) func isValid(_ entry: ReadyEntry) -> Bool {
    let agent = Int(entry.agent)
    return agents[agent].state == .ready && agents[agent].readyEpoch == entry.epoch
  }

  @inline(__always) func isWaiting(_ entry: WaitEntry) -> Bool {
    let slot = Int(entry.slot)
    return calls[slot].phase == .waiting && calls[slot].ticket == entry.ticket
  }

  /// The best call for a free agent: the highest priority, then the longest waiting, among the
  /// lists the agent takes calls from. Stale entries met on the way are dropped.
  mutating func takeWaitingCall(for agent: Int) -> Int? {
    var best = -1
    var bestEntry = WaitEntry(queuedAt: 0, caller: 0, slot: 0, ticket: 0)
    var bestPriority = Int32.min
    let team = Int(agents[agent].team)
    var position = layout.teamLists.range(team).lowerBound
    let teamEnd = layout.teamLists.range(team).upperBound
    var owner = 0
    while true {
      let list: Int
      if position < teamEnd {
        list = layout.teamLists.element(position)
        position += 1
      } else if owner < layout.ownerListBases.count {
        list = Int(layout.ownerListBases[owner]) + agent
        owner += 1
      } else {
        break
      }
      while let head = lists[list].first, !isWaiting(head) { lists[list].removeFirst() }
      guard let head = lists[list].first else { continue }
      let priority = layout.listPriority[list]
      if best < 0 || priority > bestPriority
        || (priority == bestPriority && head.precedes(bestEntry))
      {
        best = list
        bestEntry = head
        bestPriority = priority
      }
    }
    guard best >= 0 else { return nil }
    lists[best].removeFirst()
    return Int(bestEntry.slot)
  }

  /// After a RONA: offer the call again to a Ready agent of any target it has reached,
  /// the earliest step first (its owner before the owner's team).
  mutating func reoffer(slot: Int, in simulation: inout Simulation<CentreEvent>) {
    let steps = layout.planSteps.range(Int(calls[slot].plan))
    for index in 0...Int(calls[slot].step)
    where calls[slot].appliedSteps & (1 << UInt64(index)) != 0 {
      let route = layout.routes[steps.lowerBound + index]
      guard let list = list(for: route, slot: slot) else { continue }
      lists[list].insert(entry(slot))
    }
    for index in 0...Int(calls[slot].step)
    where calls[slot].appliedSteps & (1 << UInt64(index)) != 0 {
      let route = layout.routes[steps.lowerBound + index]
      guard list(for: route, slot: slot) != nil else { continue }
      if let agent = takeReadyAgent(for: route, slot: slot) {
        offer(slot: slot, to: agent, in: &simulation)
        return
      }
    }
  }
}
