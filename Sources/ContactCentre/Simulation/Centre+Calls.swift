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
    let callType = Int(lineCallType[line])
    let queue = Int(queueOfCallType[callType])
    let (caller, talk, acw) = samplers[callType].draw()
    guard queue >= 0 else { return }

    let reference = allocateCall()
    let slot = Int(reference.slot)
    let counted = now >= countFrom
    let interval = Int(now.microseconds / intervalLength)
    calls[slot] = Call(
      generation: reference.generation, phase: .waiting, counted: counted, queue: Int32(queue),
      interval: Int32(interval), queuedAt: now, abandonAt: .distantFuture, wait: .zero,
      talk: talk, acw: acw)
    if counted {
      record(queue: queue, interval: interval) { $0.offered += 1 }
    }
    if let agent = takeReadyAgent(forQueue: queue) {
      answer(slot: slot, agent: agent, in: &simulation)
      return
    }
    waiting[queue].append(reference)
    if let patience = samplers[callType].patience(ofCaller: caller) {
      calls[slot].abandonAt = now + patience
      simulation.schedule(.abandon(call: Int32(slot)), at: now + patience)
    }
  }

  /// A waiting caller hangs up, unless the call has been answered since.
  ///
  /// The event names only the slot. If the slot has been reused by a caller whose patience ends
  /// at this very microsecond, that caller hangs up now — exactly when it would anyway — and its
  /// own event finds nobody waiting.
  mutating func abandon(slot: Int, now: SimInstant) {
    let call = calls[slot]
    guard call.phase == .waiting, call.abandonAt == now else { return }
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
    agents[agent].call = UInt32(slot)
    setState(agent: agent, to: .talking, now: now)
    simulation.schedule(.talkEnd(agent: Int32(agent)), at: now + calls[slot].talk)
  }

  /// The caller leaves: the call counts as answered; the agent wraps up or is Ready.
  mutating func endTalk(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let slot = Int(agents[agent].call)
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
    let wrapUp = min(call.acw, acwLimit)
    simulation.schedule(.wrapUpEnd(agent: Int32(agent)), at: now + wrapUp)
  }

  /// After Call Work ends, by itself or at the ACW limit; the agent is made Ready.
  mutating func endWrapUp(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let slot = Int(agents[agent].call)
    let acw = calls[slot].acw
    let limit = acwLimit
    if acw > limit && calls[slot].counted {
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
