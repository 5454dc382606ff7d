import SimKernel

/// Callback in queue (virtual hold) for a routing plan: a caller still waiting `offerAfter` in
/// the queue is offered a call-back; one who accepts hangs up but keeps their place, has no
/// patience left (they do not abandon), and, when an agent takes the call at the head of the
/// queue, the agent dials them (Genesys "in-queue callback", Cisco "Courtesy Callback"; the
/// seeds' caseworkers dial call-backs, PRODUCT §2 Outbound).
public struct VirtualHold: Sendable, Equatable {
  /// Time in queue when the caller still waiting is offered the call-back.
  public var offerAfter: SimDuration
  /// The share of callers offered who accept.
  public var acceptShare: Double
  /// The share of call-backs that reach the caller; one not reached closes (not retried) and
  /// counts as abandoned.
  public var reachShare: Double
  /// Dialling and ringing before the caller answers the call-back (or is found not to).
  public var dialTime: Distribution

  /// Creates a virtual hold rule.
  public init(
    offerAfter: SimDuration, acceptShare: Double, reachShare: Double = 1,
    dialTime: Distribution = .fixed(0)
  ) {
    self.offerAfter = offerAfter
    self.acceptShare = acceptShare
    self.reachShare = reachShare
    self.dialTime = dialTime
  }
}
