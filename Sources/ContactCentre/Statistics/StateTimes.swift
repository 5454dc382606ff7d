import SimKernel

/// Time spent in each agent state, in integer microseconds.
public struct StateTimes: Sendable, Equatable {
  /// Microseconds per state, indexed by `AgentState.rawValue`.
  public var microseconds: [Int64] = Array(repeating: 0, count: AgentState.allCases.count)

  /// Creates all-zero state times.
  public init() {}

  /// The time spent in `state`.
  public subscript(state: AgentState) -> SimDuration {
    SimDuration(microseconds: microseconds[state.rawValue])
  }

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
