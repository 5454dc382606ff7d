import SimKernel

extension Centre {
  /// The call enters its plan's queue: it is offered, and patience starts. `limited`: a
  /// caller from a line, turned away if they would wait in a full queue (`turnsAway`).
  mutating func enterQueue(
    slot: Int, limited: Bool = false, in simulation: inout Simulation<CentreEvent>
  ) {
    let now = simulation.now
    if !backOffice.locks.isEmpty && calls[slot].casegroup >= 0 && !calls[slot].isTransferLeg
      && !calls[slot].isIncidentCall
    {
      applyLock(slot: slot)
    }
    calls[slot].tally = recorder.tally(plan: Int(calls[slot].plan), at: now)
    if blocksCallers { trunks.unanswered[Int(calls[slot].plan)] += 1 }
    calls[slot].step = -1
    calls[slot].appliedSteps = 0
    if calls[slot].counted { recorder.countOffered(calls[slot]) }
    advanceSteps(slot: slot, in: &simulation)
    if limited && calls[slot].phase == .waiting && turnsAway(slot: slot, at: now) { return }
    calls[slot].offeredAtOnce = calls[slot].phase != .waiting
    // Patience matters to every caller not answered on the spot (a ringing caller's was drawn
    // when the call was offered).
    if calls[slot].phase == .waiting { drawPatience(slot: slot) }
    armTimer(slot: slot, in: &simulation)
  }

  /// Draws the caller's patience, from queue entry, unless drawn already (or they have none).
  @inline(__always)
  mutating func drawPatience(slot: Int) {
    guard calls[slot].abandonAt == .distantFuture, !calls[slot].isTransferLeg,
      !calls[slot].isIncidentCall,
      let patience = callers.samplers[Int(calls[slot].callType)].patience(
        ofCaller: calls[slot].caller)
    else { return }
    calls[slot].abandonAt = calls[slot].queuedAt + patience
  }

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
      guard let list = router.list(for: route, calls[slot]) else { continue }
      guard calls[slot].phase != .ringing else {
        calls[slot].appliedSteps |= applied  // a RONA puts the call back in every list it reached
        continue
      }
      let agent = takeReadyAgent(for: route, slot: slot, at: now)
      if route.skipIfNoneReady && agent == nil { continue }
      calls[slot].appliedSteps |= applied
      guard let agent else {
        router.insert(slot: slot, calls[slot], into: list, calls: calls)
        continue
      }
      offer(slot: slot, to: agent, in: &simulation)
      if calls[slot].phase != .ringing { return }
    }
    calls[slot].nextStepAt = .distantFuture
  }

  /// The call's timer: the caller hangs up, is offered a call-back in queue (`VirtualHold`), or
  /// the call reaches its next routing step.
  mutating func wake(slot: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let phase = calls[slot].phase
    calls[slot].timerAt = .distantFuture
    if calls[slot].abandonAt <= now {
      abandon(slot: slot, in: &simulation)
      return
    }
    if holdsCalls && phase == .waiting && holdOfferDue(slot: slot) <= now {
      offerVirtualHold(slot: slot, now: now)
    }
    if phase == .waiting && calls[slot].nextStepAt <= now {
      advanceSteps(slot: slot, in: &simulation)
    }
    armTimer(slot: slot, in: &simulation)
  }

  /// Sets the call's timer for its next step, the end of its patience or its call-back offer,
  /// whichever comes first. A ringing call needs waking only if its caller hangs up before the
  /// ring ends (or a call-back does not reach them): a RONA sets the timer again.
  mutating func armTimer(slot: Int, in simulation: inout Simulation<CentreEvent>) {
    var due = SimInstant.distantFuture
    let abandonAt = calls[slot].abandonAt
    switch calls[slot].phase {
    case .waiting:
      due = min(abandonAt, calls[slot].nextStepAt)
      if holdsCalls { due = min(due, max(simulation.now, holdOfferDue(slot: slot))) }
    case .ringing:
      if abandonAt < agents[Int(calls[slot].agent)].activity.until { due = abandonAt }
    case .free, .inIVR, .talking, .wrappingUp, .awaitingRedial:
      return
    }
    let now = simulation.now
    guard due < .distantFuture else { return }
    // A timer already pending no later than `due` wakes the call in time and sets it again.
    let timerAt = calls[slot].timerAt
    if timerAt > now && timerAt <= due && calls.timers.isPending(slot) { return }
    calls[slot].timerAt = due
    let token = calls.timers.arm(slot)
    simulation.schedule(.callTimer(call: Int32(slot), token: token), at: due)
  }

  /// The call leaves its waiting lists (answered): its timer goes stale.
  @inline(__always)
  mutating func stopTimer(slot: Int) {
    guard calls[slot].timerAt != .distantFuture else { return }  // none set
    calls.timers.cancel(slot)
    calls[slot].timerAt = .distantFuture
  }

  /// Takes the longest-idle Ready agent of a step's target for the call in `slot`, if any —
  /// or the one the step's `select` chooses (`selectReadyAgent`).
  @inline(__always)
  mutating func takeReadyAgent(for route: StepRoute, slot: Int, at now: SimInstant) -> Int? {
    guard route.select == .longestIdle else {
      return selectReadyAgent(for: route, slot: slot, at: now)
    }
    switch route.kind {
    case .owner:
      let owner = Int(calls[slot].owner)
      return agents[owner].isReady ? owner : nil
    case .ownerTeam:
      return agents.takeReady(team: Int(calls[slot].ownerTeam))
    case .ownerSegment:
      return agents.takeReady(
        teams: layout.segmentTeamRange[Int(layout.segment(ofOwnerTeam: calls[slot].ownerTeam))],
        pool: layout.teamPool)
    case .fixed:
      // A step naming one team (the core centre's) takes from its Ready line directly.
      guard route.endTeam &- route.firstTeam == 1 else {
        return agents.takeReady(teams: route.teams, pool: layout.teamPool)
      }
      return agents.takeReady(team: Int(layout.teamPool[Int(route.firstTeam)]))
    }
  }

  /// The Ready agent a step's `select` other than `longestIdle` chooses (out of line: the
  /// default path stays as short as before the policies).
  @inline(never)
  mutating func selectReadyAgent(for route: StepRoute, slot: Int, at now: SimInstant) -> Int? {
    switch route.kind {
    case .owner:
      let owner = Int(calls[slot].owner)
      return agents[owner].isReady ? owner : nil
    case .ownerTeam:
      let team = Int(calls[slot].ownerTeam)
      return selectReady(
        route.select, teams: team..<team + 1, of: selector.eachTeam, route: route, slot: slot,
        at: now)
    case .ownerSegment:
      let teams = layout.segmentTeamRange[
        Int(layout.segment(ofOwnerTeam: calls[slot].ownerTeam))]
      return selectReady(
        route.select, teams: teams, of: layout.teamPool, route: route, slot: slot, at: now)
    case .fixed:
      return selectReady(
        route.select, teams: route.teams, of: layout.teamPool, route: route, slot: slot, at: now)
    }
  }

  /// After a RONA: offer the call again to a Ready agent of any target it has reached,
  /// the earliest step first (its owner before the owner's team).
  mutating func reoffer(slot: Int, in simulation: inout Simulation<CentreEvent>) {
    let steps = layout.planSteps.range(Int(calls[slot].plan))
    for index in 0...Int(calls[slot].step)
    where calls[slot].appliedSteps & (1 << UInt64(index)) != 0 {
      let route = layout.routes[steps.lowerBound + index]
      guard let list = router.list(for: route, calls[slot]) else { continue }
      router.insert(slot: slot, calls[slot], into: list, calls: calls)
    }
    for index in 0...Int(calls[slot].step)
    where calls[slot].appliedSteps & (1 << UInt64(index)) != 0 {
      let route = layout.routes[steps.lowerBound + index]
      guard router.list(for: route, calls[slot]) != nil else { continue }
      if let agent = takeReadyAgent(for: route, slot: slot, at: simulation.now) {
        offer(slot: slot, to: agent, in: &simulation)
        return
      }
    }
  }
}
