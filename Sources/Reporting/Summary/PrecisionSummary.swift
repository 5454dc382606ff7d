/// How `ccsim run --precision` chose the number of replications: the metric whose 95 %
/// half-width had a target, the half-width reached and whether it met the target.
public struct PrecisionSummary: Sendable, Equatable {
  /// The metric (over the whole run) whose half-width was the stopping rule.
  public var metric: MetricName
  /// The target half-width: a share for shares (0.005 is half a percentage point), seconds for
  /// times.
  public var target: Double
  /// The half-width over the replications run; nil when the metric had fewer than two values.
  public var halfWidth95: Double?
  /// Whether the half-width is at most the target (false when the cap stopped the run first).
  public var reached: Bool

  /// Creates a precision summary.
  public init(metric: MetricName, target: Double, halfWidth95: Double?, reached: Bool) {
    self.metric = metric
    self.target = target
    self.halfWidth95 = halfWidth95
    self.reached = reached
  }
}
