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
    agents[agent].call = UInt32(slot)
    var ring = SimDuration.zero
    var missing = false
    if !instant[team] {
      var random = offerRandom(slot: slot)
      ring = behaviours[team].answerDelay.sampleDuration(using: &random)
      let missProbability = behaviours[team].missProbability
      missing = missProbability > 0 && random.nextUnitInterval() < missProbability
      missing = missing || ring >= ronaTimeout
      drawPatience(slot: slot)  // the caller may hang up while it rings
    }
    let answerAt = now + ring
    setState(agent: agent, to: .reserved, now: now)
    guard missing || calls[slot].abandonAt < answerAt else {
      handle(slot: slot, agent: agent, answeredAt: answerAt, in: &simulation)
      return
    }
    calls[slot].phase = .ringing
    agents[agent].missing = missing
    let until = missing ? now + ronaTimeout : answerAt
    agents[agent].timerAt = until
    simulation.schedule(.ringEnd(agent: Int32(agent)), at: until)
  }

  /// The draws of the call's current offer (how long it rings, whether the agent misses it)
  /// or, `after` it rang out, of the agent's NotReady time: keyed by the caller and how many
  /// times the call rang out before, so that the same offer draws the same whichever agent
  /// it goes to, and whatever happened elsewhere (common random numbers).
  @inline(__always)
  func offerRandom(slot: Int, after: Bool = false) -> SplitMix64 {
    let offer = UInt64(calls[slot].ronas) &+ (after ? 0x100 : 0)
    return offers.stream(calls[slot].caller, offer)
  }

  /// The agent will answer at `answeredAt`, talk for the call's talk time and wrap up for its
  /// ACW up to the limit: nothing can interrupt that, so the states in between are accounted
  /// when it ends (`endHandling`), or by `settleHandling` for a look before then.
  mutating func handle(
    slot: Int, agent: Int, answeredAt: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) {
    calls[slot].phase = .talking
    calls[slot].wait = answeredAt - calls[slot].queuedAt
    agents[agent].answerAt = answeredAt
    let holder = Int(calls[slot].holder)
    if holder >= 0 {
      if calls[slot].isIncidentCall {
        answerAAC(
          slot: slot, answeredAt: answeredAt, talkEnd: answeredAt + calls[slot].talk,
          in: &simulation)
      } else {
        reachRecipient(slot: slot, holder: holder, answeredAt: answeredAt, in: &simulation)
      }
    }
    let talkEnd = answeredAt + calls[slot].talk
    let outcome = calls[slot].outcome
    if hasIncidents && outcome == .unresolvedEscalated && !calls[slot].isIncidentCall {
      escalate(slot: slot, agent: agent, at: talkEnd, in: &simulation)
    }
    if outcome == .callTransferred && !calls[slot].isTransferLeg {
      simulation.schedule(.transferStart(agent: Int32(agent)), at: talkEnd)
      return
    }
    let done = talkEnd + min(calls[slot].acw, acwLimit)
    simulation.schedule(.handlingEnd(agent: Int32(agent)), at: done)
    // The caller's next move is certain now: whether they ring again after this outcome.
    if redialsAfterOutcomes, !calls[slot].isIncidentCall, let rule = redials.rule(after: outcome) {
      var random = samplers[Int(calls[slot].callType)].redialRandom(ofCaller: calls[slot].caller)
      if random.nextUnitInterval() < rule.probability {
        let delay = rule.delay.sampleDuration(using: &random)
        scheduleRedial(of: calls[slot], at: talkEnd + delay, afterAbandon: false, in: &simulation)
      }
    }
  }

  /// Brings the books of an agent handling a call up to `now`: Talking from the answer, ACW
  /// from the end of talk. The call is answered once `now` reaches the answer.
  mutating func settleHandling(agent: Int, now: SimInstant) {
    let answerAt = agents[agent].answerAt
    guard answerAt <= now else { return }
    let slot = Int(agents[agent].call)
    if agents[agent].state == .reserved {
      setState(agent: agent, to: .talking, now: answerAt)
    }
    let talkEnd = answerAt + calls[slot].talk
    if talkEnd <= now && calls[slot].acw > .zero && agents[agent].state == .talking {
      setState(agent: agent, to: .afterCallWork, now: talkEnd)
      calls[slot].phase = .wrappingUp
    }
  }

  /// The call handled by `agent` is done, wrap-up included: it counts as answered and handled.
  mutating func endHandling(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    settleHandling(agent: agent, now: simulation.now)
    agents[agent].answerAt = .distantFuture
    let slot = Int(agents[agent].call)
    finishCall(
      slot: slot, agent: agent, handleTime: calls[slot].talk + min(calls[slot].acw, acwLimit),
      answeredAlready: false, in: &simulation)
  }

  /// The agent's work on the call is done: it is counted handled (and answered, unless it was
  /// already), closes with its outcome, and the agent moves on; ACW cut at the limit goes on as
  /// NotReady – Customer Related Clerical Work.
  mutating func finishCall(
    slot: Int, agent: Int, handleTime: SimDuration, answeredAlready: Bool,
    in simulation: inout Simulation<CentreEvent>
  ) {
    let acw = calls[slot].acw
    let counted = calls[slot].counted
    if acw > acwLimit {
      agents[agent].clericalLeft = acw - acwLimit
      if counted { agentTally[agent].acwTimeouts += 1 }
    }
    if counted {
      if answeredAlready {
        countHandled(slot: slot, agent: agent, handleTime: handleTime)
      } else {
        countAnswered(slot: slot, agent: agent, handleTime: handleTime)
      }
    }
    let form = close(slot: slot, agent: agent, handleTime: handleTime)
    if recordsCalls {
      keepRecord(
        calls[slot], agent: agent, answered: calls[slot].queuedAt + calls[slot].wait,
        ended: simulation.now, end: .handled, bogusCallerForm: form)
    }
    if calls[slot].outcome == .callBackRequest {
      requestCallBack(after: calls[slot], agent: agent, in: &simulation)
    }
    releaseCall(slot: slot)
    afterWork(agent: agent, in: &simulation)
  }

  /// The offered call is picked up, or it rings out and is redirected (RONA).
  mutating func endRinging(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    guard agents[agent].state == .reserved, agents[agent].timerAt == now else { return }
    agents[agent].timerAt = .distantFuture
    let slot = Int(agents[agent].call)
    guard agents[agent].missing else {
      handle(slot: slot, agent: agent, answeredAt: now, in: &simulation)
      return
    }
    if checks && violation == nil { violation = checkRedirect(agent: agent, at: now) }
    // Redirect On No Answer: back in the queue at its old place, offered to someone else.
    if calls[slot].counted {
      record(calls[slot]) { $0.redirectedOnNoAnswer += 1 }
    }
    if now >= countFrom { agentTally[agent].redirectedOnNoAnswer += 1 }
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
    switch behaviours[team].afterMiss {
    case .ready:
      becomeAvailable(agent: agent, in: &simulation)
    case .notReady(let reason, let length):
      if now >= countFrom { statistics.ronaNotReady += 1 }
      var random = offerRandom(slot: slot, after: true)
      let duration = length.sampleDuration(using: &random)
      goNotReady(agent: agent, reason: reason, for: duration, in: &simulation)
    }
  }

  /// Counts the handling of a call counted as answered before (a transferred call).
  mutating func countHandled(slot: Int, agent: Int, handleTime: SimDuration) {
    let handle = handleTime.microseconds
    record(slot: slot) { $0.countHandled(handleTime: handle) }
    teamCallTallies[Int(agents[agent].team)].countHandled(handleTime: handle)
    agentTally[agent].handled += 1
    agentTally[agent].handleTime += handle
  }

  /// Counts an answered call in its tallies, its agent's team's and its agent's, and with a
  /// `handleTime` (its wrap-up done), its handling too, in the same pass.
  @inline(__always)
  mutating func countAnswered(slot: Int, agent: Int, handleTime: SimDuration?) {
    let wait = calls[slot].wait.microseconds
    let withinThreshold = wait <= serviceLevelThreshold
    let team = Int(agents[agent].team)
    agentTally[agent].answered += 1
    guard let handle = handleTime?.microseconds else {
      record(slot: slot) { $0.countAnswered(wait: wait, withinThreshold: withinThreshold) }
      teamCallTallies[team].countAnswered(wait: wait, withinThreshold: withinThreshold)
      return
    }
    record(slot: slot) {
      $0.countAnswered(wait: wait, withinThreshold: withinThreshold)
      $0.countHandled(handleTime: handle)
    }
    teamCallTallies[team].countAnswered(wait: wait, withinThreshold: withinThreshold)
    teamCallTallies[team].countHandled(handleTime: handle)
    agentTally[agent].handled += 1
    agentTally[agent].handleTime += handle
  }

  /// The call activity closes with its outcome (`handleTime`: the wrap-up is done), counted
  /// for the call's queue, line, the agent's team and the agent; a failed security check is
  /// reported (SASC), and the third consecutive one for a SCIN produces a bogus caller form.
  /// Returns whether the call produced a bogus caller form.
  @discardableResult
  mutating func close(slot: Int, agent: Int, handleTime: SimDuration?) -> Bool {
    let outcome = calls[slot].outcome
    if calls[slot].counted {
      tallyOutcomes.add(outcome, row: Int(calls[slot].tally))
      lineOutcomes.add(outcome, row: Int(calls[slot].line))
      teamOutcomes.add(outcome, row: Int(agents[agent].team))
      if keepsIntervals { agentOutcomes.add(outcome, row: agent) }
      if calls[slot].interpreted {
        statistics.interpretation.answered += 1
        if let handleTime {
          statistics.interpretation.handled += 1
          statistics.interpretation.handleTime += handleTime.microseconds
        }
      }
    }
    guard handleTime != nil, checksSecurity[Int(calls[slot].callType)] else { return false }
    let scin = calls[slot].casegroup
    guard outcome == .failedSecurityCheck else {
      if scin >= 0 { consecutiveFailures[scin] = nil }
      return false
    }
    if calls[slot].counted { statistics.security.failedChecks += 1 }
    guard scin >= 0 else { return false }
    let failures = (consecutiveFailures[scin] ?? 0) + 1
    guard failures == SecurityCheck.failuresForBogusCallerForm else {
      consecutiveFailures[scin] = failures
      return false
    }
    consecutiveFailures[scin] = nil
    if calls[slot].counted { statistics.security.bogusCallerForms.append(Int(scin)) }
    return true
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
    keepRecord(
      call, agent: call.phase == .ringing ? Int(call.agent) : -1, answered: nil, ended: now,
      end: .abandoned)
    releaseCall(slot: slot)
    if let rule = redials.afterAbandon {
      var random = samplers[Int(call.callType)].redialRandom(ofCaller: call.caller)
      if random.nextUnitInterval() < rule.probability {
        let delay = rule.delay.sampleDuration(using: &random)
        scheduleRedial(of: call, at: now + delay, afterAbandon: true, in: &simulation)
      }
    }
    if call.phase == .ringing {
      let agent = Int(call.agent)
      agents[agent].timerAt = .distantFuture
      becomeAvailable(agent: agent, in: &simulation)
    }
  }
}
