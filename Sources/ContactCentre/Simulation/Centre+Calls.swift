import SimKernel

extension Centre {
  mutating func scheduleArrival(
    line: Int, after time: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) {
    if let next = arrivals[line].next(after: time, before: end) {
      simulation.schedule(.arrival(line: Int32(line)), at: next)
    }
  }

  /// A caller rings: draw their talk, ACW and patience, then queue or answer at once.
  mutating func arrive(line: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    scheduleArrival(line: line, after: now, in: &simulation)
    let callType = configuration.lines[line].callType
    let spec = configuration.callTypes[callType]
    let queue = Int(queueOfCallType[callType])
    let talk = spec.talk.sampleDuration(using: &talkRandom[callType])
    let acw = spec.acw.sampleDuration(using: &acwRandom[callType])
    let patience = spec.patience?.sampleDuration(using: &patienceRandom[callType])
    guard queue >= 0 else { return }

    let reference = allocateCall()
    let slot = Int(reference.slot)
    let counted = now >= countFrom
    let interval = Int(now.microseconds / configuration.interval.microseconds)
    calls[slot].phase = .waiting
    calls[slot].counted = counted
    calls[slot].queue = Int32(queue)
    calls[slot].interval = Int32(interval)
    calls[slot].queuedAt = now
    calls[slot].talk = talk
    calls[slot].acw = acw
    if counted {
      record(queue: queue, interval: interval) { $0.offered += 1 }
    }
    if let agent = takeReadyAgent(forQueue: queue) {
      answer(slot: slot, agent: agent, in: &simulation)
      return
    }
    waiting[queue].append(reference)
    if let patience {
      simulation.schedule(.abandon(reference), at: now + patience)
    }
  }

  /// A waiting caller hangs up, unless the call has been answered since.
  mutating func abandon(_ reference: CallReference, now: SimInstant) {
    let slot = Int(reference.slot)
    guard calls[slot].generation == reference.generation, calls[slot].phase == .waiting else {
      return
    }
    let call = calls[slot]
    if call.counted {
      let wait = (now - call.queuedAt).microseconds
      let short = wait <= configuration.shortAbandon.microseconds
      record(queue: Int(call.queue), interval: Int(call.interval)) {
        $0.abandoned += 1
        $0.waited += 1
        if short { $0.shortAbandoned += 1 }
        if wait > $0.longestWait { $0.longestWait = wait }
      }
    }
    releaseCall(slot: slot)
  }

  /// Connects a call to an agent: the agent talks for the call's talk time.
  mutating func answer(slot: Int, agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    calls[slot].phase = .talking
    calls[slot].wait = now - calls[slot].queuedAt
    agentCall[agent] = UInt32(slot)
    setState(agent: agent, to: .talking, now: now)
    simulation.schedule(.talkEnd(agent: Int32(agent)), at: now + calls[slot].talk)
  }

  /// The caller leaves: the call counts as answered; the agent wraps up or is Ready.
  mutating func endTalk(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let slot = Int(agentCall[agent])
    let call = calls[slot]
    if call.counted {
      let wait = call.wait.microseconds
      let withinThreshold = wait <= configuration.serviceLevelThreshold.microseconds
      record(queue: Int(call.queue), interval: Int(call.interval)) {
        $0.answered += 1
        $0.answeredWait += wait
        if withinThreshold { $0.answeredWithinThreshold += 1 }
        if wait > 0 { $0.waited += 1 }
        if wait > $0.longestWait { $0.longestWait = wait }
      }
    }
    guard call.acw > .zero else {
      completeHandling(slot: slot, wrapUp: .zero)
      becomeReady(agent: agent, in: &simulation)
      return
    }
    calls[slot].phase = .wrappingUp
    setState(agent: agent, to: .afterCallWork, now: now)
    let wrapUp = min(call.acw, configuration.rules.acwLimit)
    simulation.schedule(.wrapUpEnd(agent: Int32(agent)), at: now + wrapUp)
  }

  /// After Call Work ends, by itself or at the ACW limit; the agent is made Ready.
  mutating func endWrapUp(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let slot = Int(agentCall[agent])
    let acw = calls[slot].acw
    let limit = configuration.rules.acwLimit
    if acw > limit && simulation.now >= countFrom {
      statistics.acwTimeouts += 1
    }
    completeHandling(slot: slot, wrapUp: min(acw, limit))
    becomeReady(agent: agent, in: &simulation)
  }

  /// Records the handle time of a finished call and frees its slot.
  mutating func completeHandling(slot: Int, wrapUp: SimDuration) {
    let call = calls[slot]
    if call.counted {
      let handle = (call.talk + wrapUp).microseconds
      record(queue: Int(call.queue), interval: Int(call.interval)) {
        $0.handled += 1
        $0.handleTime += handle
      }
    }
    releaseCall(slot: slot)
  }

  mutating func allocateCall() -> CallReference {
    if let slot = freeSlots.popLast() {
      return CallReference(slot: slot, generation: calls[Int(slot)].generation)
    }
    calls.append(Call())
    return CallReference(slot: UInt32(calls.count - 1), generation: 0)
  }

  mutating func releaseCall(slot: Int) {
    calls[slot].phase = .free
    calls[slot].generation &+= 1
    freeSlots.append(UInt32(slot))
  }
}
