import SimKernel

extension Centre {
  /// The caseworker has talked and cannot answer the query: the call is transferred (outcome
  /// Call Transferred). The caller becomes a new leg in the transfer target's queue. Warm, the
  /// caseworker holds the caller until the recipient is reached and consults them; cold (an
  /// emergency day), the caseworker wraps up at once.
  mutating func startTransfer(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    settleHandling(agent: agent, now: now)
    agents[agent].answerAt = .distantFuture
    let slot = Int(agents[agent].call)
    let call = calls[slot]
    if call.counted {
      countAnswered(slot: slot, agent: agent, handleTime: nil)
      record(call) { $0.transferred += 1 }
    }
    calls[slot].phase = .wrappingUp
    let callType = Int(call.callType)
    let transfer = configuration.callTypes[callType].transfer!
    var random = samplers[callType].transferRandom(ofCaller: call.caller)
    let target = position(drawnBy: random.nextUnitInterval(), among: transfer.targets.map(\.share))
    let (caller, talk, acw) = samplers[callType].follow(caller: call.caller, as: .transferLeg)
    var leg = call
    leg.phase = .waiting
    leg.isRedial = false
    leg.isTransferLeg = true
    leg.holder = transfer.cold ? -1 : Int32(agent)
    leg.caller = caller
    leg.talk = talk
    leg.acw = acw
    leg.outcome = samplers[callType].conversation(ofCaller: caller, recipient: true).outcome
    let arrived = call.arrivedAt
    leg.queuedAt = now
    leg.arrivedAt = arrived
    leg.abandonAt = .distantFuture
    leg.nextStepAt = .distantFuture
    leg.timerAt = .distantFuture
    leg.plan = Int32(configuration.transferPlans[callType][target])
    leg.owner = -1
    if case .agent(let staffNumber) = transfer.targets[target].target,
      let person = layout.staffPerson[staffNumber]
    {
      let recipient = Int(personSlot[person])
      leg.owner = Int32(recipient)
      leg.ownerTeam = agents[recipient].team
      leg.ownerSegment = layout.teamSegment[Int(agents[recipient].team)]
    }
    if call.counted {
      if transfer.cold { statistics.transfers.cold += 1 } else { statistics.transfers.warm += 1 }
    }
    if transfer.cold {
      wrapUp(agent: agent, in: &simulation)
    } else {
      setState(agent: agent, to: .consulting, now: now)
    }
    let legSlot = allocateCall(leg)
    enterQueue(slot: legSlot, in: &simulation)
    if calls[legSlot].phase == .waiting && leg.counted { statistics.transfers.toFallback += 1 }
    // Not picked up at once (nobody Ready, or the recipient's phone rings out): the caseworker
    // holds the caller, for the hold at most.
    if !transfer.cold && calls[legSlot].holder == Int32(agent) {
      agents[agent].heldLeg = Int32(legSlot)
      agents[agent].timerAt = now + transfer.hold
      simulation.schedule(.consultEnd(agent: Int32(agent)), at: now + transfer.hold)
    }
  }

  /// A warm transfer's recipient has answered: both consult for the consult time, then the
  /// recipient talks with the caller (the consult is part of their talk) and the caseworker
  /// who held the call wraps up.
  mutating func reachRecipient(
    slot: Int, holder: Int, answeredAt: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) {
    let callType = Int(calls[slot].callType)
    var random = consults.stream(calls[slot].caller)
    let consult = configuration.callTypes[callType].transfer!.consult.sampleDuration(
      using: &random)
    calls[slot].talk = calls[slot].talk + consult
    calls[slot].holder = -1
    agents[holder].heldLeg = -1
    if calls[slot].counted { statistics.transfers.consultTime += consult.microseconds }
    agents[holder].timerAt = answeredAt + consult
    simulation.schedule(.consultEnd(agent: Int32(holder)), at: answeredAt + consult)
  }

  /// The consult is over, or the caseworker has held the caller as long as they may: either
  /// way they wrap the call up. A caller still waiting is left in the queue, held by nobody
  /// (counted in `transfers.handedOver`), so that a caseworker is never held indefinitely —
  /// nor in a circle, holding a caller who waits for their own team.
  mutating func endConsult(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    guard agents[agent].state == .consulting, agents[agent].timerAt == simulation.now else {
      return
    }
    agents[agent].timerAt = .distantFuture
    let leg = Int(agents[agent].heldLeg)
    if leg >= 0 {
      agents[agent].heldLeg = -1
      calls[leg].holder = -1
      if calls[leg].counted { statistics.transfers.handedOver += 1 }
    }
    wrapUp(agent: agent, in: &simulation)
  }

  /// After Call Work for the call in hand (one whose caller has gone elsewhere), up to the
  /// limit.
  mutating func wrapUp(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let call = calls[Int(agents[agent].call)]
    setState(agent: agent, to: .afterCallWork, now: now)
    let until = now + min(call.acw, acwLimit)
    agents[agent].timerAt = until
    simulation.schedule(.wrapUpEnd(agent: Int32(agent)), at: until)
  }

  /// The wrap-up of a transferred call is done: it is handled, and closes with its outcome.
  mutating func endWrapUp(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    guard agents[agent].state == .afterCallWork, agents[agent].timerAt == simulation.now else {
      return
    }
    agents[agent].timerAt = .distantFuture
    let slot = Int(agents[agent].call)
    let call = calls[slot]
    let answeredAt = call.queuedAt + call.wait
    finishCall(
      slot: slot, agent: agent, handleTime: simulation.now - answeredAt, answeredAlready: true,
      in: &simulation)
  }
}
