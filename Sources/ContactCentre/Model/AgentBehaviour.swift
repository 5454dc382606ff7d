import SimKernel

/// How a team's agents behave at the phone: ringing, missed calls, logging back in, shrinkage.
public struct AgentBehaviour: Sendable, Equatable {
  /// What an agent does after missing an offered call (RONA).
  public enum AfterMiss: Sendable, Equatable {
    /// Made Ready again at once.
    case ready
    /// Put NotReady with this reason for this long.
    case notReady(NotReadyReason, Distribution)
  }

  /// Unscheduled NotReady time: a share of logged-in time with a reason, in episodes.
  public struct Shrinkage: Sendable, Equatable {
    /// The reason code.
    public var reason: NotReadyReason
    /// The long-run share of logged-in time (approximate: episodes wait for a call to end).
    public var share: Double
    /// The mean length of one episode (exponential).
    public var meanLength: SimDuration

    /// Creates a shrinkage rule.
    public init(reason: NotReadyReason, share: Double, meanLength: SimDuration) {
      self.reason = reason
      self.share = share
      self.meanLength = meanLength
    }
  }

  /// Ring time before the agent answers an offered call.
  public var answerDelay: Distribution
  /// The probability that an agent lets an offered call ring out (a RONA).
  public var missProbability: Double
  /// What an agent does after a RONA.
  public var afterMiss: AfterMiss
  /// How long an auto-logged-out agent takes to notice and log back in; nil = stays out.
  public var relogDelay: Distribution?
  /// Unscheduled NotReady time.
  public var shrinkage: [Shrinkage]
  /// The share of caseworkers who, their ACW cut at the limit with clerical work left, put
  /// themselves NotReady – Customer Related Clerical Work for it, as seed 002 asks: "If a
  /// caseworker requires more than 10 minutes ACW to complete additional work on a case, they
  /// will need to put their Call Status to Not Ready and enter the reason code as Customer
  /// Related Clerical Work." The others stay Available and do it between calls (in Ready
  /// time). 1 by default.
  public var clericalNotReadyShare: Double
  /// How long those who do put themselves NotReady take to do so after the cut, Available
  /// meanwhile ("automatically set to Available by the system"): a call offered then is taken,
  /// and the clerical work resumed after it. 0 by default.
  public var clericalNotReadyDelay: Distribution

  /// Agents who answer at once, never miss a call and take no unscheduled NotReady: the core.
  public static let ideal = AgentBehaviour(
    answerDelay: .fixed(0), missProbability: 0, afterMiss: .ready, relogDelay: .fixed(0),
    shrinkage: [])

  /// Creates a behaviour.
  public init(
    answerDelay: Distribution, missProbability: Double, afterMiss: AfterMiss,
    relogDelay: Distribution?, shrinkage: [Shrinkage], clericalNotReadyShare: Double = 1,
    clericalNotReadyDelay: Distribution = .fixed(0)
  ) {
    self.answerDelay = answerDelay
    self.missProbability = missProbability
    self.afterMiss = afterMiss
    self.relogDelay = relogDelay
    self.shrinkage = shrinkage
    self.clericalNotReadyShare = clericalNotReadyShare
    self.clericalNotReadyDelay = clericalNotReadyDelay
  }

  /// Whether clerical work left from a cut ACW may wait while the caseworker is Available:
  /// not when every caseworker puts themselves NotReady for it at once (the default).
  public var clericalWorkMayWait: Bool {
    clericalNotReadyShare < 1 || clericalNotReadyDelay != .fixed(0)
  }

  /// Whether calls are answered the instant they are offered (no ringing state at all).
  public var answersInstantly: Bool { missProbability == 0 && answerDelay == .fixed(0) }
}
