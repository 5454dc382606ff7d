import SimKernel

/// Time spent in each agent state, NotReady split by reason, in integer microseconds; and the
/// time an agent slot was off shift (logged out, and not due to be logged in), which is no
/// state CC Pulse counts: LoggedOut is an agent on shift who is not logged in.
public struct StateTimes: Sendable, Equatable {
  /// The number of buckets: the states other than NotReady, then one per reason, then off shift.
  public static let bucketCount =
    AgentState.notReady.rawValue + NotReadyReason.allCases.count + 1

  /// The bucket of time off shift.
  public static let offShiftBucket = bucketCount - 1

  /// The bucket of `state` (with `reason` when NotReady).
  @inline(__always)
  public static func bucket(_ state: AgentState, _ reason: NotReadyReason) -> Int {
    state == .notReady ? state.rawValue + reason.rawValue : state.rawValue
  }

  /// Microseconds per bucket.
  public var microseconds: [Int64] = Array(repeating: 0, count: bucketCount)

  /// Creates all-zero state times.
  public init() {}

  /// The time spent in `state` (NotReady: all reasons together).
  public subscript(state: AgentState) -> SimDuration {
    guard state == .notReady else { return SimDuration(microseconds: microseconds[state.rawValue]) }
    return NotReadyReason.allCases.reduce(.zero) { $0 + self[reason: $1] }
  }

  /// The time spent NotReady with `reason`.
  public subscript(reason reason: NotReadyReason) -> SimDuration {
    SimDuration(microseconds: microseconds[Self.bucket(.notReady, reason)])
  }

  /// The time off shift.
  public var offShift: SimDuration { SimDuration(microseconds: microseconds[Self.offShiftBucket]) }

  /// Adds `other`'s times to these.
  public mutating func merge(_ other: StateTimes) {
    for index in microseconds.indices { microseconds[index] += other.microseconds[index] }
  }

  /// Logged-in time: every state but LoggedOut.
  public var loggedIn: SimDuration {
    AgentState.allCases.filter { $0 != .loggedOut }.reduce(.zero) { $0 + self[$1] }
  }

  /// (Ringing + talk + hold + ACW) / (that + Ready idle); nil when there was no such time.
  public var occupancy: Double? {
    let busy = AgentState.allCases.filter(\.isBusy).reduce(.zero) { $0 + self[$1] }
    let available = busy + self[.ready]
    return available > .zero ? busy.seconds / available.seconds : nil
  }
}
