import SimKernel

/// What one agent did in a replication.
public struct AgentTally: Sendable, Equatable, BitwiseCopyable {
  /// Calls answered (talk ended).
  public var answered = 0
  /// Calls whose handling (talk and ACW) finished.
  public var handled = 0
  /// Total talk + ACW of handled calls, microseconds.
  public var handleTime: Int64 = 0
  /// Offered calls the agent let ring out (RONA).
  public var redirectedOnNoAnswer = 0
  /// Times the idle timer logged the agent out.
  public var autoLogouts = 0
  /// After Call Work periods cut at the limit.
  public var acwTimeouts = 0
  /// Time logged out by the idle timer while on shift, microseconds (capacity lost).
  public var idleLoggedOut: Int64 = 0
  /// Outbound calls dialled, and those whose work is done with their handle time, µs.
  public var outboundDialled = 0
  public var outboundHandled = 0
  public var outboundHandleTime: Int64 = 0

  /// Creates an empty tally.
  public init() {}

  /// The mean handle time of the inbound calls handled, seconds (nil with none).
  public var averageHandleTime: Double? {
    handled > 0 ? SimDuration(microseconds: handleTime).seconds / Double(handled) : nil
  }

  /// The mean handle time of the outbound calls handled, seconds (nil with none).
  public var outboundAverageHandleTime: Double? {
    outboundHandled > 0
      ? SimDuration(microseconds: outboundHandleTime).seconds / Double(outboundHandled) : nil
  }

  /// Adds `other` to this tally.
  public mutating func merge(_ other: AgentTally) {
    answered += other.answered
    handled += other.handled
    handleTime += other.handleTime
    redirectedOnNoAnswer += other.redirectedOnNoAnswer
    autoLogouts += other.autoLogouts
    acwTimeouts += other.acwTimeouts
    idleLoggedOut += other.idleLoggedOut
    outboundDialled += other.outboundDialled
    outboundHandled += other.outboundHandled
    outboundHandleTime += other.outboundHandleTime
  }
}
