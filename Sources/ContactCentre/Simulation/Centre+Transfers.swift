import SimKernel

extension Centre {
  /// The caseworker has talked and cannot answer the query: the call is transferred (outcome
  /// Call Transferred). The caller becomes a new leg in the transfer target's queue. Warm, the
  /// caseworker holds the caller until the recipient is reached and consults them; cold (an
  /// emergency day), the caseworker wraps up at once.
  mutating func startTransfer(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    guard let slot = agents[agent].activity.call else { return }
    let call = calls[slot]
    if call.counted {
      recorder.countAnswered(call, agent: agent, team: Int(agents[agent].team), handleTime: nil)
      recorder.record(call) { $0.transferred += 1 }
    }
    calls[slot].phase = .wrappingUp
    let callType = Int(call.callType)
    let transfer = configuration.callTypes[callType].transfer!
    var random = callers.samplers[callType].transferRandom(ofCaller: call.caller)
    let target = position(drawnBy: random.nextUnitInterval(), among: transfer.targets.map(\.share))
    let drawn = callers.samplers[callType].follow(caller: call.caller, as: .transferLeg)
    let (caller, drawnTalk, acw) = serviceTimes.ownTimes(callType: callType, drawn)
    let talk = callers.samplers[callType].talk(drawnTalk, at: now)
    var leg = call
    leg.phase = .waiting
    leg.isRedial = false
    leg.isTransferLeg = true
    leg.ronas = 0  // the leg's own offers: its RONAs, and their keyed draws, start afresh
    leg.holder = transfer.cold ? -1 : Int32(agent)
    leg.caller = caller
    leg.talk = talk
    leg.acw = acw
    leg.outcome =
      callers.samplers[callType].conversation(ofCaller: caller, recipient: true)
      .outcome
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
      let recipient = Int(agents.personSlot[person])
      leg.owner = Int32(recipient)
      leg.ownerTeam = agents[recipient].team
    }
    if call.counted {
      if transfer.cold {
        recorder.statistics.transfers.cold += 1
      } else {
        recorder.statistics.transfers.warm += 1
      }
    }
    if transfer.cold {
      wrapUp(agent: agent, in: &simulation)
    } else {
      agents.move(
        agent, to: .consulting(call: UInt32(slot), heldLeg: -1, until: .distantFuture), at: now,
        recorder: &recorder)
    }
    calls[slot].holdsTrunk = false  // the caller's trunk goes with them, to the new leg
    let legSlot = calls.allocate(leg)
    enterQueue(slot: legSlot, in: &simulation)
    if calls[legSlot].phase == .waiting && leg.counted {
      recorder.statistics.transfers.toFallback += 1
    }
    // Not picked up at once (nobody Ready, or the recipient's phone rings out): the caseworker
    // holds the caller — for the hold at most, unless they keep holding.
    if !transfer.cold && calls[legSlot].holder == Int32(agent) {
      let until = transfer.whenNobodyAnswers == .keepHolding ? .distantFuture : now + transfer.hold
      agents.update(
        agent, to: .consulting(call: UInt32(slot), heldLeg: Int32(legSlot), until: until))
      guard until < .distantFuture else { return }
      let token = agents.timers.arm(agent)
      simulation.schedule(.consultEnd(agent: Int32(agent), token: token), at: until)
    }
  }

  /// A warm transfer's recipient has answered: both consult for the consult time, then the
  /// recipient talks with the caller (the consult is part of their talk) and the caseworker
  /// who held the call wraps up.
  mutating func reachRecipient(
    slot: Int, holder: Int, answeredAt: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) {
    let callType = Int(calls[slot].callType)
    var random = callers.consults.stream(calls[slot].caller)
    let consult = configuration.callTypes[callType].transfer!.consult.sampleDuration(
      using: &random)
    calls[slot].talk = calls[slot].talk + consult
    calls[slot].holder = -1
    if calls[slot].counted {
      recorder.statistics.transfers.consultTime += consult.microseconds
    }
    guard case .consulting(let held, _, _) = agents[holder].activity else { return }
    agents.update(holder, to: .consulting(call: held, heldLeg: -1, until: answeredAt + consult))
    let token = agents.timers.arm(holder)
    simulation.schedule(.consultEnd(agent: Int32(holder), token: token), at: answeredAt + consult)
  }

  /// The consult is over, or the caseworker has held the caller as long as they may: either
  /// way they wrap the call up. A caller still waiting is taken back (`takeBack`), or, on an
  /// emergency day, may be left in the queue, held by nobody (`handOver`, counted in
  /// `transfers.handedOver`): either way a caseworker is never held indefinitely — nor in a
  /// circle, holding a caller who waits for their own team.
  mutating func endConsult(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    guard case .consulting(let held, let leg, _) = agents[agent].activity else { return }
    if leg >= 0 {
      let transfer = configuration.callTypes[Int(calls[Int(held)].callType)].transfer!
      if case .takeBack(let outcome) = transfer.whenNobodyAnswers {
        takeBack(call: Int(held), leg: Int(leg), closingWith: outcome, in: &simulation)
      } else {
        calls[Int(leg)].holder = -1
        if calls[Int(leg)].counted { recorder.statistics.transfers.handedOver += 1 }
      }
    }
    wrapUp(agent: agent, in: &simulation)
  }

  /// After Call Work for the call in hand (one whose caller has gone elsewhere), up to the
  /// limit.
  mutating func wrapUp(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    guard let slot = agents[agent].activity.call else { return }
    let until = now + min(calls[slot].acw, acwLimit)
    agents.move(
      agent, to: .wrappingUp(call: UInt32(slot), until: until), at: now, recorder: &recorder)
    let token = agents.timers.arm(agent)
    simulation.schedule(.wrapUpEnd(agent: Int32(agent), token: token), at: until)
  }

  /// The wrap-up of a transferred call is done: it is handled, and closes with its outcome.
  mutating func endWrapUp(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    guard let slot = agents[agent].activity.call else { return }
    let answeredAt = calls[slot].queuedAt + calls[slot].wait
    finishCall(
      slot: slot, agent: agent, handleTime: simulation.now - answeredAt,
      hold: agents[agent].since - (answeredAt + calls[slot].talk), answeredAlready: true,
      in: &simulation)
  }
}
