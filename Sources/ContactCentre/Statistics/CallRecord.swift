import SimKernel

/// One call as it happened, for `calls.csv`: kept only when asked for (memory grows with calls).
public struct CallRecord: Sendable, Equatable {
  /// How the call left the centre.
  public enum End: String, Sendable {
    /// Talked and wrapped up (its outcome says how it ended; Call Transferred: a new leg
    /// follows, with its own record).
    case handled
    /// Answered and its talk over, but the agent's work on it — holding or consulting for a
    /// warm transfer, the wrap-up — not done when the run ended: answered, not handled, with
    /// its outcome.
    case unfinished
    /// The caller hung up in queue (or while it rang).
    case abandoned
    /// The caller hung up in the IVR.
    case ivrHangUp
    /// Still in the IVR, waiting, ringing or talking when the run ended (talk so far).
    case unresolved
    /// The caller found every trunk of the line busy and heard engaged (`Line.trunks`).
    case blocked
    /// The caller found their queue full (`RoutingPlan.maxWaiting`) and was turned away.
    case queueFull
  }

  public var direction: Direction
  /// The line rung (−1 for outbound), the call type, the IVR branch taken (nil with no IVR).
  public var line: Int
  public var callType: Int
  public var branch: IVRBranch.Kind?
  /// The casegroup the caller's SCIN belongs to, −1 when none (no valid SCIN).
  public var scin: Int
  public var isRedial: Bool
  public var isTransferLeg: Bool
  /// The queue (routing plan) and the agent (roster slot; −1 for none) and their team.
  public var queue: Int
  public var agent: Int
  public var team: Int
  public var arrived: SimInstant
  /// Entered the queue; answered (nil if never); left the centre or the agent's hands.
  public var queued: SimInstant?
  public var answered: SimInstant?
  public var ended: SimInstant
  /// Talk (so far, for a call still talking at the end); the transferring agent's hold and
  /// consult before a warm transfer's wrap-up; After Call Work (so far, for an unfinished call).
  public var talk: SimDuration
  public var hold: SimDuration
  public var acw: SimDuration
  public var redirectedOnNoAnswer: Int
  public var outcome: Outcome?
  /// The third consecutive failed security check for its SCIN: a bogus caller form (CMSF5550).
  public var bogusCallerForm: Bool
  public var end: End
  /// Offered to an agent the moment it entered its queue (false when it queued, or never
  /// queued).
  public var offeredAtOnce = false

  public enum Direction: String, Sendable {
    case inbound
    case outbound
  }

  /// Wait: queue entry to answer (or to hanging up), nil for a call that never queued.
  public var wait: SimDuration? {
    guard let queued else { return nil }
    return (answered ?? ended) - queued
  }
}
