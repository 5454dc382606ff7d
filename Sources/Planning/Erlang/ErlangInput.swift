/// The traffic and staffing figures one Erlang B, C or A calculation is made for.
///
/// Rates are per hour as planners quote them, times are in seconds. `patience` is the mean of
/// the exponential time a caller is willing to wait before hanging up; `nil` means callers never
/// abandon (Erlang C).
public struct ErlangInput: Sendable, Equatable {
  /// Offered calls per hour (λ · 3600); must be ≥ 0.
  public var callsPerHour: Double
  /// Mean handle time in seconds (1/μ); must be > 0.
  public var averageHandleTime: Double
  /// Number of agents n; must be ≥ 0.
  public var agents: Int
  /// Service-level threshold in seconds: a call answered within it counts as "in service level".
  public var threshold: Double
  /// Mean patience in seconds (1/θ), or `nil` when callers never abandon.
  public var patience: Double?

  /// Creates an input; `patience` defaults to `nil` (no abandonment, Erlang C).
  public init(
    callsPerHour: Double, averageHandleTime: Double, agents: Int, threshold: Double,
    patience: Double? = nil
  ) {
    self.callsPerHour = callsPerHour
    self.averageHandleTime = averageHandleTime
    self.agents = agents
    self.threshold = threshold
    self.patience = patience
  }

  /// The offered load in erlangs, a = λ · AHT = callsPerHour / 3600 · averageHandleTime.
  public var offeredLoad: Double { callsPerHour / 3600 * averageHandleTime }

  /// The arrival rate λ in calls per second.
  var arrivalRate: Double { callsPerHour / 3600 }
}
