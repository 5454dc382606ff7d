import SimKernel

extension Centre {
  /// A warm transfer's `hold` is up and nobody has answered: the caseworker takes the caller
  /// back and closes the call with `outcome` (Call-back Request by default) instead of Call
  /// Transferred — seed 002 asks for a warm handover ("Will the caseworker need to complete a
  /// warm handover when transferring a call? Yes"), so on a normal day the caller is never
  /// left in a queue unannounced.
  ///
  /// The leg waiting in the transfer queue is the consult call the caseworker hangs up: it
  /// leaves the queue counted abandoned there (an ACD counts a consult call dropped before it
  /// is answered so), and in `transfers.takenBack`; the caller does not ring again for it.
  /// The call the caseworker held is no longer counted `transferred`, and the caller may ring
  /// again after its new outcome as after any other.
  mutating func takeBack(
    call slot: Int, leg: Int, closingWith outcome: Outcome,
    in simulation: inout Simulation<CentreEvent>
  ) {
    let now = simulation.now
    let consultCall = calls[leg]
    if consultCall.counted {
      recorder.countAbandoned(consultCall, at: now)
      recorder.statistics.transfers.takenBack += 1
    }
    let ringing = consultCall.phase == .ringing ? Int(consultCall.agent) : -1
    recorder.log.keepCall(
      consultCall, agent: ringing, team: ringing >= 0 ? Int(agents[ringing].team) : -1,
      answered: nil, ended: now, end: .abandoned)
    stopTimer(slot: leg)
    if blocksCallers {
      // The caller, taken back, hangs up now: the consult call's trunk (theirs) is free.
      leaveQueue(plan: consultCall.plan)
      releaseTrunk(of: consultCall, at: now, now: now)
    }
    calls.release(leg)
    if calls[slot].counted { recorder.record(calls[slot]) { $0.transferred -= 1 } }
    calls[slot].outcome = outcome
    if redialsAfterOutcomes, !calls[slot].isIncidentCall, let rule = redials.rule(after: outcome) {
      var random = callers.samplers[Int(calls[slot].callType)].redialRandom(
        ofCaller: calls[slot].caller)
      if random.nextUnitInterval() < rule.probability {
        let delay = rule.delay.sampleDuration(using: &random)
        scheduleRedial(
          of: calls[slot], from: slot, at: now + delay, afterAbandon: false, in: &simulation)
      }
    }
    if ringing >= 0 { becomeAvailable(agent: ringing, in: &simulation) }
  }
}
