import SimKernel

/// The security questions every call of a type starts with, and how often callers fail them.
public struct SecurityCheck: Sendable, Equatable {
  /// How many consecutive failed calls for one SCIN make the caseworker complete a bogus
  /// caller form (CMSF5550): the third, say the procedures.
  public static let failuresForBogusCallerForm = 3

  /// Time spent on the security questions, at the start of the talk.
  public var time: Distribution
  /// The share of calls that fail the check: they end after the questions with Failed
  /// Security Check and a report to the Security Advice and Support Centre.
  public var failShare: Double

  /// Creates a security check.
  public init(time: Distribution, failShare: Double) {
    self.time = time
    self.failShare = failShare
  }
}
