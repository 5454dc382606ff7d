import SimKernel

extension Centre {
  /// Offers a call to an agent. A call that will be picked up (no miss, its caller patient
  /// enough to hear it ring out) is settled now as one piece of work — ringing, talk and
  /// wrap-up — ending in one event (`handlingEnd`); one that rings out keeps its ring timer.
  mutating func offer(slot: Int, to agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let team = Int(agents[agent].team)
    calls[slot].ticket &+= 1  // its waiting-list entries are stale from now
    calls[slot].agent = Int32(agent)
    if holdsCalls && calls[slot].onVirtualHold {
      callBack(slot: slot, agent: agent, in: &simulation)
      return
    }
    var ring = SimDuration.zero
    var missing = false
    if !agents.answersInstantly[team] {
      var random = callers.offerDraws(calls[slot])
      ring = agents.behaviours[team].answerDelay.sampleDuration(using: &random)
      let missProbability = agents.behaviours[team].missProbability
      missing = missProbability > 0 && random.nextUnitInterval() < missProbability
      missing = missing || ring >= ronaTimeout
      drawPatience(slot: slot)  // the caller may hang up while it rings
    }
    let answerAt = now + ring
    guard missing || calls[slot].abandonAt < answerAt else {
      handle(slot: slot, agent: agent, answeredAt: answerAt, in: &simulation)
      return
    }
    calls[slot].phase = .ringing
    let until = missing ? now + ronaTimeout : answerAt
    agents.move(
      agent, to: .ringing(call: UInt32(slot), until: until, missing: missing), at: now,
      recorder: &recorder)
    let token = agents.timers.arm(agent)
    simulation.schedule(.ringEnd(agent: Int32(agent), token: token), at: until)
  }

  /// The offered call is picked up, or it rings out and is redirected (RONA).
  mutating func endRinging(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    guard case .ringing(let call, _, let missing) = agents[agent].activity else { return }
    let slot = Int(call)
    guard missing else {
      handle(slot: slot, agent: agent, answeredAt: now, in: &simulation)
      return
    }
    if checks && violation == nil { violation = checkRedirect(agent: agent, at: now) }
    // Redirect On No Answer: back in the queue at its old place, offered to someone else.
    if calls[slot].counted {
      recorder.record(calls[slot]) { $0.redirectedOnNoAnswer += 1 }
      recorder.agentTally[agent].redirectedOnNoAnswer += 1
    }
    calls[slot].ronas &+= 1
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
    switch agents.behaviours[team].afterMiss {
    case .ready:
      becomeAvailable(agent: agent, in: &simulation)
    case .notReady(let reason, let length):
      if now >= countFrom { recorder.statistics.ronaNotReady += 1 }
      var random = callers.offerDraws(calls[slot], after: true)
      let duration = length.sampleDuration(using: &random)
      goNotReady(agent: agent, reason: reason, cause: .afterMiss, for: duration, in: &simulation)
    }
  }

  /// A waiting or ringing caller hangs up.
  mutating func abandon(slot: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let call = calls[slot]
    if call.counted { recorder.countAbandoned(call, at: now) }
    if holdsCalls && call.onVirtualHold && call.counted {
      recorder.recordVirtualHold(call) { $0.notReached += 1 }
    }
    if blocksCallers {
      leaveQueue(plan: call.plan)
      releaseTrunk(of: call, at: now, now: now)
    }
    let ringing = call.phase == .ringing ? Int(call.agent) : -1
    recorder.log.keepCall(
      call, agent: ringing, team: ringing >= 0 ? Int(agents[ringing].team) : -1, answered: nil,
      ended: now, end: .abandoned)
    calls.release(slot)
    if let rule = redials.afterAbandon {
      var random = callers.samplers[Int(call.callType)].redialRandom(ofCaller: call.caller)
      if random.nextUnitInterval() < rule.probability {
        let delay = rule.delay.sampleDuration(using: &random)
        scheduleRedial(of: call, from: slot, at: now + delay, afterAbandon: true, in: &simulation)
      }
    }
    if ringing >= 0 { becomeAvailable(agent: ringing, in: &simulation) }
  }
}
