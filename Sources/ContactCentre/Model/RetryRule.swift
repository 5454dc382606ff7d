import SimKernel

/// When an outbound call that did not connect is dialled again.
public struct RetryRule: Sendable, Equatable {
  /// The outcome that brings a retry (one that did not connect).
  public var outcome: Outcome
  /// How long after the attempt the next one is due.
  public var after: SimDuration
  /// The most attempts in all, the first included: 1 = never retried.
  public var maxAttempts: Int

  /// Creates a retry rule.
  public init(outcome: Outcome, after: SimDuration, maxAttempts: Int) {
    self.outcome = outcome
    self.after = after
    self.maxAttempts = maxAttempts
  }
}
