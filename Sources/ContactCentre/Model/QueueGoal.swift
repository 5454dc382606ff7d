import SimKernel

/// A queue's own goal, where it differs from the centre's: its service-level threshold and
/// target, and the most of its callers who may abandon. A key left out is the centre's
/// (`serviceLevel`; for `maxAbandon`, the staffing command's `--max-abandon`).
///
/// The threshold is a figure's definition, not only a goal: the queue's calls count as
/// answered within the service level against it, in every report. A queue whose first step
/// waits for one person (the case owner) for 20 seconds, say, is measured against a threshold
/// past that wait.
public struct QueueGoal: Sendable, Equatable {
  /// The queue's service-level threshold; nil = the centre's.
  public var threshold: SimDuration?
  /// The queue's service-level target; nil = the centre's.
  public var target: Double?
  /// The most of the queue's callers who may abandon, as a share; nil = the staffing
  /// command's `--max-abandon`.
  public var maxAbandon: Double?

  /// Creates a goal.
  public init(threshold: SimDuration? = nil, target: Double? = nil, maxAbandon: Double? = nil) {
    self.threshold = threshold
    self.target = target
    self.maxAbandon = maxAbandon
  }
}

extension CentreConfiguration {
  /// The service-level threshold queue (plan) `plan`'s calls are counted against.
  public func serviceLevelThreshold(ofPlan plan: Int) -> SimDuration {
    plans[plan].goal?.threshold ?? serviceLevelThreshold
  }

  /// Queue (plan) `plan`'s service-level target.
  public func serviceLevelTarget(ofPlan plan: Int) -> Double {
    plans[plan].goal?.target ?? serviceLevelTarget
  }

  /// Whether some queue has a goal of its own.
  public var hasQueueGoals: Bool { plans.contains { $0.goal != nil } }
}
