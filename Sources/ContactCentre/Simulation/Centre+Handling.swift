import SimKernel

extension Centre {
  /// The agent will answer at `answeredAt`, talk for the call's talk time and wrap up for its
  /// ACW up to the limit: nothing can interrupt that, so the agent's activity (`handling`)
  /// knows its moments ahead and one event ends it (`handlingEnd`, or `transferStart` for a
  /// call to be transferred).
  mutating func handle(
    slot: Int, agent: Int, answeredAt: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) {
    if serviceTimes.dependOnServer { takeServerTimes(slot: slot, agent: agent) }
    calls[slot].phase = .talking
    calls[slot].wait = answeredAt - calls[slot].queuedAt
    stopTimer(slot: slot)
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
    let transfers =
      transfersCalls && vocabulary.behaviour(of: outcome) == .transfers
      && !calls[slot].isTransferLeg
    if blocksCallers {
      // The caller hangs up when the talk ends, unless transferred: their new leg keeps the trunk.
      leaveQueue(plan: calls[slot].plan)
      if !transfers { releaseTrunk(of: calls[slot], at: talkEnd, now: simulation.now) }
    }
    let done = transfers ? talkEnd : talkEnd + min(calls[slot].acw, acwLimit)
    agents.move(
      agent,
      to: .handling(call: UInt32(slot), answer: answeredAt, talkEnd: talkEnd, done: done),
      at: simulation.now, recorder: &recorder)
    if backOffice.hasIncidents && vocabulary.behaviour(of: outcome) == .escalates
      && !calls[slot].isIncidentCall
    {
      escalate(slot: slot, agent: agent, at: talkEnd, in: &simulation)
    }
    let token = agents.timers.arm(agent)
    if transfers {
      simulation.schedule(.transferStart(agent: Int32(agent), token: token), at: talkEnd)
      return
    }
    simulation.schedule(.handlingEnd(agent: Int32(agent), token: token), at: done)
    // The caller's next move is certain now: whether they ring again after this outcome.
    if redialsAfterOutcomes, !calls[slot].isIncidentCall, let rule = redials.rule(after: outcome) {
      var random = callers.samplers[Int(calls[slot].callType)].redialRandom(
        ofCaller: calls[slot].caller)
      if random.nextUnitInterval() < rule.probability {
        let delay = rule.delay.sampleDuration(using: &random)
        scheduleRedial(
          of: calls[slot], from: slot, at: talkEnd + delay, afterAbandon: false, in: &simulation)
      }
    }
  }

  /// The call handled by `agent` is done, wrap-up included: it counts as answered and handled.
  mutating func endHandling(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    guard let slot = agents[agent].activity.call else { return }
    finishCall(
      slot: slot, agent: agent, handleTime: calls[slot].talk + min(calls[slot].acw, acwLimit),
      hold: .zero, answeredAlready: false, in: &simulation)
  }

  /// The agent's work on the call is done: it is counted handled (and answered, unless it was
  /// already), closes with its outcome, and the agent moves on; ACW cut at the limit goes on as
  /// NotReady in the vocabulary's clerical reason (Customer Related Clerical Work). `hold`: a
  /// warm transfer's hold and consult.
  mutating func finishCall(
    slot: Int, agent: Int, handleTime: SimDuration, hold: SimDuration, answeredAlready: Bool,
    in simulation: inout Simulation<CentreEvent>
  ) {
    let acw = calls[slot].acw
    let counted = calls[slot].counted
    let team = Int(agents[agent].team)
    if acw > acwLimit {
      agents[agent].plans.clerical = acw - acwLimit
      if counted { recorder.agentTally[agent].acwTimeouts += 1 }
    }
    if counted {
      if answeredAlready {
        recorder.countHandled(calls[slot], agent: agent, team: team, handleTime: handleTime)
      } else {
        recorder.countAnswered(calls[slot], agent: agent, team: team, handleTime: handleTime)
      }
    }
    let form = close(slot: slot, agent: agent, handleTime: handleTime)
    recorder.log.keepCall(
      calls[slot], agent: agent, team: team, answered: calls[slot].queuedAt + calls[slot].wait,
      ended: simulation.now, end: .handled, bogusCallerForm: form, hold: hold)
    if makesCallBacks && vocabulary.behaviour(of: calls[slot].outcome) == .requestsCallBack {
      requestCallBack(after: calls[slot], agent: agent, in: &simulation)
    }
    calls.release(slot)
    afterWork(agent: agent, in: &simulation)
  }

  /// The call activity closes with its outcome (`handleTime`: the wrap-up is done), counted
  /// for the call's queue, line, the agent's team and the agent; then its security
  /// (`closeSecurity`). Returns whether the call produced a bogus caller form.
  @discardableResult
  mutating func close(slot: Int, agent: Int, handleTime: SimDuration?) -> Bool {
    let counted = calls[slot].counted
    if counted {
      recorder.countOutcome(
        calls[slot], agent: agent, team: Int(agents[agent].team), handleTime: handleTime)
    }
    guard handleTime != nil else { return false }
    let callType = Int(calls[slot].callType)
    let outcome = calls[slot].outcome
    let reported =
      outcome == vocabulary.failedSecurity
      && callers.samplers[callType].reportsFailedCheck(ofCaller: calls[slot].caller)
    return closeSecurity(
      callType: callType, scin: calls[slot].casegroup, outcome: outcome, counted: counted,
      reported: reported)
  }
}
