import SimKernel

/// Callers blocked by busy trunks or a full queue (`CentreConfiguration.blocksCallers`; the
/// hot path asks `blocksCallers` first, so a scenario with neither pays nothing). The rules
/// are ContactCenters' (Buist & L'Ecuyer): a contact that finds every trunk busy, or its
/// waiting queue at capacity, is blocked — it leaves at once, never served and never counted
/// abandoned; and the telephony's: a caller who finds every line of the IPCC busy hears engaged.
extension Centre {
  /// A caller (`call`, drawn: line, call type, caller) rings at `now`: counted among the line's
  /// callers of the interval; takes a trunk if the line has trunks. Returns false when every
  /// trunk is busy: the caller hears engaged, counted blocked, and is gone.
  mutating func admit(_ call: inout Call, line: Int, at now: SimInstant) -> Bool {
    let cell = line * recorder.statistics.blocking.intervals + interval(of: now)
    if call.counted { recorder.statistics.blocking.arrived[cell] += 1 }
    guard trunks.limits(line: line) else { return true }
    guard trunks.seize(line: line, at: now) else {
      if call.counted { recorder.statistics.blocking.trunks[cell] += 1 }
      recorder.log.keepCall(
        call, agent: -1, team: -1, answered: nil, ended: now, end: .blocked, queued: false)
      return false
    }
    call.holdsTrunk = true
    return true
  }

  /// Whether a caller from a line reaching `plan` at `now` finds it full: then they are
  /// counted blocked (queue full), their trunk is free again, and they are gone.
  mutating func findsQueueFull(_ call: borrowing Call, plan: Int, at now: SimInstant) -> Bool {
    guard trunks.isFull(queue: plan) else { return false }
    if call.counted {
      let intervals = recorder.statistics.blocking.intervals
      let interval = interval(of: now)
      recorder.statistics.blocking.queueFull[Int(call.line) * intervals + interval] += 1
      recorder.statistics.blocking.queueFullByQueue[plan * intervals + interval] += 1
    }
    recorder.log.keepCall(
      call, agent: -1, team: -1, answered: nil, ended: now, end: .queueFull, queued: false)
    releaseTrunk(of: call, at: now, now: now)
    return true
  }

  /// The caller of `call` hangs up at `instant` (now or, for a talk under way, its end): their
  /// trunk, if they hold one, is free from then.
  @inline(__always)
  mutating func releaseTrunk(of call: borrowing Call, at instant: SimInstant, now: SimInstant) {
    guard call.holdsTrunk else { return }
    trunks.release(line: Int(call.line), at: instant, now: now)
  }

  /// A call of `plan` is answered or leaves it (its caller hangs up): one fewer unanswered.
  @inline(__always)
  mutating func leaveQueue(plan: Int32) {
    trunks.unanswered[Int(plan)] -= 1
  }

  /// The reporting interval `now` falls in (the last for the run's end).
  private func interval(of now: SimInstant) -> Int {
    min(Int(now.microseconds / intervalLength), configuration.intervalCount - 1)
  }
}
