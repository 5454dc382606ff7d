import SimKernel

/// Callers blocked by busy trunks or a full queue (`CentreConfiguration.blocksCallers`; the
/// hot path asks `blocksCallers` first, so a scenario with neither pays nothing). The rules
/// are ContactCenters' (Buist & L'Ecuyer): a contact that finds its waiting queue at capacity
/// is blocked — it leaves at once, never served and never counted abandoned; and the
/// telephony's: a caller who finds every trunk of the line busy hears engaged.
extension Centre {
  /// A caller (`call`, drawn: line, call type, caller) rings at `now`: counted among the line's
  /// callers of the interval; takes a trunk if the line has trunks. Returns false when every
  /// trunk is busy: the caller hears engaged, counted blocked, and is gone.
  mutating func admit(_ call: inout Call, line: Int, at now: SimInstant) -> Bool {
    let cell = line * recorder.statistics.blocking.intervals + interval(of: now)
    if call.counted { recorder.statistics.blocking.arrived[cell] += 1 }
    return seizeTrunk(&call, line: line, cell: cell, at: now)
  }

  /// A caseworker's call to an AAC area line from inside the centre: one of the line's
  /// callers of the interval (as in its `arrived`), holding no trunk.
  mutating func countInternalCall(line: Int, at now: SimInstant) {
    let cell = line * recorder.statistics.blocking.intervals + interval(of: now)
    recorder.statistics.blocking.arrived[cell] += 1
  }

  private mutating func seizeTrunk(
    _ call: inout Call, line: Int, cell: Int, at now: SimInstant
  ) -> Bool {
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

  /// A caller from a line has entered their queue at `now` and would wait: if the queue
  /// already held its `maxWaiting` unanswered calls, they are turned away — blocked (queue
  /// full), not offered after all, their trunk free again, gone. A caller answered or offered
  /// at once is never turned away (M/M/c/K: only a caller who would wait needs a place).
  mutating func turnsAway(slot: Int, at now: SimInstant) -> Bool {
    let plan = Int(calls[slot].plan)
    let limit = trunks.maxWaiting[plan]
    guard limit >= 0 && trunks.unanswered[plan] > limit else { return false }
    trunks.unanswered[plan] -= 1
    let call = calls[slot]
    if call.counted {
      let redial = call.isRedial
      recorder.record(call) {
        $0.offered -= 1
        if redial { $0.redials -= 1 }
      }
      let intervals = recorder.statistics.blocking.intervals
      let interval = interval(of: now)
      recorder.statistics.blocking.queueFull[Int(call.line) * intervals + interval] += 1
      recorder.statistics.blocking.queueFullByQueue[plan * intervals + interval] += 1
    }
    recorder.log.keepCall(
      call, agent: -1, team: -1, answered: nil, ended: now, end: .queueFull, queued: false)
    releaseTrunk(of: call, at: now, now: now)
    calls.release(slot)
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
