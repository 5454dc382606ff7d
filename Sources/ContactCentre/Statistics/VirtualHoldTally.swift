/// Callback in queue (virtual hold) of one queue, or one queue in one reporting interval (the
/// interval its calls queued in), counted apart from the calls' answers and abandons:
/// completed call-backs are among the answered calls, those not reached among the abandoned,
/// and accepted − completed − not reached were still waiting for their call-back (or being
/// dialled) at the end of the run, among the unresolved.
public struct VirtualHoldTally: Sendable, Equatable, BitwiseCopyable {
  /// Callers still waiting at the plan's `offerAfter`, offered a call-back.
  public var offered = 0
  /// Offered callers who accepted: they hung up and kept their place.
  public var accepted = 0
  /// Call-backs that reached the caller (answered calls).
  public var completed = 0
  /// Call-backs that did not reach the caller (abandoned calls).
  public var notReached = 0
  /// Total time from the offer's acceptance to the completed call-back's answer, microseconds.
  public var timeToCallBack: Int64 = 0

  /// Creates an empty tally.
  public init() {}

  /// Adds `other`'s counts and sums to these.
  public mutating func merge(_ other: VirtualHoldTally) {
    offered += other.offered
    accepted += other.accepted
    completed += other.completed
    notReached += other.notReached
    timeToCallBack += other.timeToCallBack
  }

  /// Accepted callers not called back (reached or not) by the end of the run.
  public var pendingAtEnd: Int { accepted - completed - notReached }

  /// Mean time from acceptance to a completed call-back, seconds; nil with none.
  public var averageTimeToCallBack: Double? {
    completed > 0 ? Double(timeToCallBack) / 1e6 / Double(completed) : nil
  }
}

extension RunStatistics {
  /// The virtual hold of queue `queue` over the run.
  public func virtualHold(queue: Int) -> VirtualHoldTally {
    var total = VirtualHoldTally()
    for index in stride(from: queue, to: virtualHoldRows.count, by: queues.count) {
      total.merge(virtualHoldRows[index])
    }
    return total
  }

  /// The virtual hold of queue `queue` in reporting interval `interval` (kept with the
  /// intervals only).
  public func virtualHold(interval: Int, queue: Int) -> VirtualHoldTally {
    let index = interval * queues.count + queue
    guard !intervals.isEmpty, index < virtualHoldRows.count else { return VirtualHoldTally() }
    return virtualHoldRows[index]
  }
}
