import SimKernel

/// How a call closed as Call-back Request becomes an outbound call-back.
public struct CallBackRule: Sendable, Equatable {
  /// Who makes the call-back.
  public enum Caller: String, Sendable, CaseIterable {
    /// The caseworker who took the call.
    case caseworker
    /// Anyone in that caseworker's team.
    case team
  }

  /// How long after the request the call-back is due.
  public var due: SimDuration
  /// Who makes it.
  public var by: Caller

  /// Creates a call-back rule.
  public init(due: SimDuration, by: Caller) {
    self.due = due
    self.by = by
  }
}
