import SimKernel

/// Calls the caseworkers dial: call-backs, activity plans, and the rules they dial by.
public struct Outbound: Sendable, Equatable {
  /// How a Call-back Request becomes an outbound call; nil = the request is only counted.
  public var callBacks: CallBackRule?
  /// Batches of outbound calls teams make in given hours.
  public var activityPlans: [ActivityPlan]
  /// The share of clients whose telephone contact is suppressed (opt-out, death): never
  /// dialled, counted as suppressed.
  public var suppressedShare: Double
  /// Dialling and ringing before an outcome that did not connect (`Outcome.isConnected`).
  public var dialTime: Distribution
  /// The wrap-up after an outcome that did not connect, instead of the call type's ACW.
  public var noContactAcw: Distribution
  /// When to try again after an outcome that did not connect; at most one rule per outcome.
  public var retries: [RetryRule]
  /// Agents kept for outbound calls only, in given hours; none = inbound always comes first.
  public var reserves: [OutboundReserve]

  /// Creates outbound rules.
  public init(
    callBacks: CallBackRule? = nil, activityPlans: [ActivityPlan] = [],
    suppressedShare: Double = 0, dialTime: Distribution = .fixed(30),
    noContactAcw: Distribution = .fixed(0), retries: [RetryRule] = [],
    reserves: [OutboundReserve] = []
  ) {
    self.callBacks = callBacks
    self.activityPlans = activityPlans
    self.suppressedShare = suppressedShare
    self.dialTime = dialTime
    self.noContactAcw = noContactAcw
    self.retries = retries
    self.reserves = reserves
  }

  /// The retry rule after `outcome`, if there is one.
  public func retry(after outcome: Outcome) -> RetryRule? {
    retries.first { $0.outcome == outcome }
  }
}
