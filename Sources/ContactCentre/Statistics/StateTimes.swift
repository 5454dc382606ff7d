import SimKernel

/// Time spent in each agent state, NotReady split by reason, in integer microseconds; and the
/// time an agent slot was off shift (logged out, and not due to be logged in), which is no
/// state CC Pulse counts: LoggedOut is an agent on shift who is not logged in.
public struct StateTimes: Sendable, Equatable {
  /// The number of buckets with `reasons` reason codes: the states other than NotReady, then
  /// one per reason, then off shift.
  public static func bucketCount(reasons: Int) -> Int {
    AgentState.notReady.rawValue + reasons + 1
  }

  /// The bucket of time off shift, with `reasons` reason codes.
  public static func offShiftBucket(reasons: Int) -> Int { bucketCount(reasons: reasons) - 1 }

  /// The bucket of `state` (with `reason` when NotReady; ignored otherwise).
  @inline(__always)
  public static func bucket(_ state: AgentState, _ reason: NotReadyReason?) -> Int {
    state == .notReady ? state.rawValue + (reason?.index ?? 0) : state.rawValue
  }

  /// Microseconds per bucket.
  public var microseconds: [Int64]

  /// All-zero state times for `reasons` reason codes (`Vocabulary.notReadyReasons`).
  public init(reasons: Int) {
    microseconds = Array(repeating: 0, count: Self.bucketCount(reasons: reasons))
  }

  /// State times of `microseconds` per bucket (as many as `bucketCount` makes).
  public init(microseconds: [Int64]) {
    precondition(microseconds.count > AgentState.notReady.rawValue, "a bucket per state")
    self.microseconds = microseconds
  }

  /// The number of reason codes NotReady time is split by.
  public var reasons: Int { microseconds.count - AgentState.notReady.rawValue - 1 }

  /// The bucket of time off shift.
  public var offShiftBucket: Int { microseconds.count - 1 }

  /// The time spent in `state` (NotReady: all reasons together).
  public subscript(state: AgentState) -> SimDuration {
    guard state == .notReady else { return SimDuration(microseconds: microseconds[state.rawValue]) }
    return (0..<reasons).reduce(.zero) { $0 + self[reason: NotReadyReason($1)] }
  }

  /// The time spent NotReady with `reason`.
  public subscript(reason reason: NotReadyReason) -> SimDuration {
    SimDuration(microseconds: microseconds[Self.bucket(.notReady, reason)])
  }

  /// The time off shift.
  public var offShift: SimDuration { SimDuration(microseconds: microseconds[offShiftBucket]) }

  /// Adds `other`'s times to these (both split by the same reasons).
  public mutating func merge(_ other: StateTimes) {
    for index in microseconds.indices { microseconds[index] += other.microseconds[index] }
  }

  /// Logged-in time: every state but LoggedOut.
  public var loggedIn: SimDuration {
    AgentState.allCases.filter { $0 != .loggedOut }.reduce(.zero) { $0 + self[$1] }
  }

  /// Time busy with calls: ringing, talk, hold and ACW.
  public var busy: SimDuration {
    AgentState.allCases.filter(\.isBusy).reduce(.zero) { $0 + self[$1] }
  }

  /// (Ringing + talk + hold + ACW) / (that + Ready idle); nil when there was no such time.
  public var occupancy: Double? {
    let busy = self.busy
    let available = busy + self[.ready]
    return available > .zero ? busy.seconds / available.seconds : nil
  }
}
