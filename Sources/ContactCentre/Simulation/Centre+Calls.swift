import SimKernel

extension Centre {
  /// Offers a call to an agent: answered at once by instant agents, otherwise it rings.
  mutating func offer(slot: Int, to agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let team = Int(agents[agent].team)
    calls[slot].ticket &+= 1  // its waiting-list entries are stale from now
    calls[slot].agent = Int32(agent)
    agents[agent].call = UInt32(slot)
    guard !instant[team] else {
      answer(slot: slot, agent: agent, in: &simulation)
      return
    }
    calls[slot].phase = .ringing
    let ring = behaviours[team].answerDelay.sampleDuration(using: &teamRandom[team])
    let missProbability = behaviours[team].missProbability
    let missing = missProbability > 0 && teamRandom[team].nextUnitInterval() < missProbability
    agents[agent].missing = missing || ring >= ronaTimeout
    let until = now + (agents[agent].missing ? ronaTimeout : ring)
    agents[agent].timerAt = until
    setState(agent: agent, to: .reserved, now: now)
    simulation.schedule(.ringEnd(agent: Int32(agent)), at: until)
  }

  /// The offered call is picked up, or it rings out and is redirected (RONA).
  mutating func endRinging(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    guard agents[agent].state == .reserved, agents[agent].timerAt == now else { return }
    agents[agent].timerAt = .distantFuture
    let slot = Int(agents[agent].call)
    guard agents[agent].missing else {
      answer(slot: slot, agent: agent, in: &simulation)
      return
    }
    // Redirect On No Answer: back in the queue at its old place, offered to someone else.
    if calls[slot].counted {
      record(calls[slot]) { $0.redirectedOnNoAnswer += 1 }
    }
    if now >= countFrom { agentTally[agent].redirectedOnNoAnswer += 1 }
    calls[slot].phase = .waiting
    calls[slot].agent = -1
    calls[slot].ticket &+= 1
    reoffer(slot: slot, in: &simulation)
    // Steps that fell due while it rang take effect now.
    if calls[slot].phase == .waiting && calls[slot].nextStepAt <= now {
      advanceSteps(slot: slot, in: &simulation)
    }
    armTimer(slot: slot, in: &simulation)
    let team = Int(agents[agent].team)
    switch behaviours[team].afterMiss {
    case .ready:
      becomeAvailable(agent: agent, in: &simulation)
    case .notReady(let reason, let length):
      if now >= countFrom { statistics.ronaNotReady += 1 }
      let duration = length.sampleDuration(using: &teamRandom[team])
      goNotReady(agent: agent, reason: reason, for: duration, in: &simulation)
    }
  }

  /// The agent talks with the caller for the call's talk time (identification included).
  mutating func answer(slot: Int, agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    calls[slot].phase = .talking
    calls[slot].wait = now - calls[slot].queuedAt
    setState(agent: agent, to: .talking, now: now)
    simulation.schedule(.talkEnd(agent: Int32(agent)), at: now + calls[slot].talk)
  }

  /// The caller leaves: the call counts as answered; the agent wraps up, or with no ACW is
  /// done with the call at once.
  mutating func endTalk(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let slot = Int(agents[agent].call)
    let call = calls[slot]
    let wrapUp = min(call.acw, acwLimit)
    if call.acw > acwLimit {
      // ACW ends at the limit; the rest is done as NotReady – Customer Related Clerical Work.
      agents[agent].clericalLeft = call.acw - acwLimit
      if call.counted { agentTally[agent].acwTimeouts += 1 }
    }
    guard wrapUp > .zero else {
      if call.counted { countAnswered(call, agent: agent, handledNow: true) }
      releaseCall(slot: slot)
      afterWork(agent: agent, in: &simulation)
      return
    }
    if call.counted { countAnswered(call, agent: agent, handledNow: false) }
    calls[slot].phase = .wrappingUp
    setState(agent: agent, to: .afterCallWork, now: now)
    simulation.schedule(.wrapUpEnd(agent: Int32(agent)), at: now + wrapUp)
  }

  /// After Call Work ends, by itself or at the ACW limit: the call is handled.
  mutating func endWrapUp(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let slot = Int(agents[agent].call)
    let call = calls[slot]
    if call.counted {
      let handle = (call.talk + min(call.acw, acwLimit)).microseconds
      record(call) { $0.countHandled(handleTime: handle) }
      teamCallTallies[Int(agents[agent].team)].countHandled(handleTime: handle)
      agentTally[agent].handled += 1
      agentTally[agent].handleTime += handle
    }
    releaseCall(slot: slot)
    afterWork(agent: agent, in: &simulation)
  }

  /// Counts an answered call in its tallies, its agent's team's and its agent's; with
  /// `handledNow` (no ACW), its handling too, in the same pass.
  @inline(__always)
  mutating func countAnswered(_ call: Call, agent: Int, handledNow: Bool) {
    let wait = call.wait.microseconds
    let withinThreshold = wait <= serviceLevelThreshold
    let team = Int(agents[agent].team)
    agentTally[agent].answered += 1
    guard handledNow else {
      record(call) { $0.countAnswered(wait: wait, withinThreshold: withinThreshold) }
      teamCallTallies[team].countAnswered(wait: wait, withinThreshold: withinThreshold)
      return
    }
    let handle = call.talk.microseconds
    record(call) {
      $0.countAnswered(wait: wait, withinThreshold: withinThreshold)
      $0.countHandled(handleTime: handle)
    }
    teamCallTallies[team].countAnswered(wait: wait, withinThreshold: withinThreshold)
    teamCallTallies[team].countHandled(handleTime: handle)
    agentTally[agent].handled += 1
    agentTally[agent].handleTime += handle
  }

  /// A waiting or ringing caller hangs up.
  mutating func abandon(slot: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let call = calls[slot]
    if call.counted {
      let wait = (now - call.queuedAt).microseconds
      let short = wait <= shortAbandon
      record(call) {
        $0.abandoned += 1
        $0.waited += 1
        if short { $0.shortAbandoned += 1 }
        if wait > $0.longestWait { $0.longestWait = wait }
      }
    }
    releaseCall(slot: slot)
    if call.phase == .ringing {
      let agent = Int(call.agent)
      agents[agent].timerAt = .distantFuture
      becomeAvailable(agent: agent, in: &simulation)
    }
  }
}
