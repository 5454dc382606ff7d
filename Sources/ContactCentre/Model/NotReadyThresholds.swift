import SimKernel

/// A time in a state past which CC Pulse colours an agent's cell, or none: a reason a team
/// leader never wants flagged (their own time off the phones) is `never`.
public enum PulseTimeLimit: Sendable, Equatable {
  case after(SimDuration)
  case never

  /// Whether `time` is past the limit (exactly on it is not).
  public func isPassed(by time: SimDuration) -> Bool {
    switch self {
    case .after(let limit): time > limit
    case .never: false
    }
  }

  /// The limit's length; nil for `never`.
  public var duration: SimDuration? {
    switch self {
    case .after(let limit): limit
    case .never: nil
    }
  }
}

/// When an agent's time NotReady for one reason code turns amber and red: a lunch is long at
/// an hour, a break at a quarter of one, a team leader's own time never.
public struct NotReadyThresholds: Sendable, Equatable {
  public var amber: PulseTimeLimit
  public var red: PulseTimeLimit

  public init(amber: PulseTimeLimit, red: PulseTimeLimit) {
    self.amber = amber
    self.red = red
  }

  /// Never coloured.
  public static let never = NotReadyThresholds(amber: .never, red: .never)
}

extension PulseThresholds {
  /// The thresholds of time NotReady for `reason`: its own (`notReadyReasons`, by the name
  /// `vocabulary` gives it); else none at all for the reason team leaders who take no calls
  /// are put in; else the thresholds of any reason (`notReadyAmber`, `notReadyRed`).
  public func notReady(_ reason: NotReadyReason, in vocabulary: Vocabulary)
    -> NotReadyThresholds
  {
    guard reason.index < vocabulary.notReadyReasons.count else { return anyNotReady }
    if let own = notReadyReasons[vocabulary.name(of: reason)] { return own }
    return vocabulary.behaviour(of: reason) == .teamLeader ? .never : anyNotReady
  }

  /// The thresholds of time NotReady for a reason without its own.
  public var anyNotReady: NotReadyThresholds {
    NotReadyThresholds(amber: .after(notReadyAmber), red: .after(notReadyRed))
  }
}
