import SimKernel

/// The centre's timers from the telephony procedures.
public struct Rules: Sendable, Equatable {
  /// Redirect On No Answer: an offered call not answered by then goes back to the queue.
  public var ronaTimeout: SimDuration
  /// After Call Work ends by itself after this long and the agent is made Ready.
  public var acwLimit: SimDuration
  /// An agent Ready this long with no call and no NotReady is logged out.
  public var idleLogout: SimDuration

  /// The seeds' values: 15 s, 10 min, 90 min.
  public static let seeds = Rules(
    ronaTimeout: .seconds(15), acwLimit: .minutes(10), idleLogout: .minutes(90))

  /// Creates rules.
  public init(ronaTimeout: SimDuration, acwLimit: SimDuration, idleLogout: SimDuration) {
    self.ronaTimeout = ronaTimeout
    self.acwLimit = acwLimit
    self.idleLogout = idleLogout
  }
}
