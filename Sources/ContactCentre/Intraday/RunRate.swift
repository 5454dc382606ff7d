import SimKernel

/// Re-forecast at run rate: how the day has run so far against its forecast, as factors on the
/// rest of the day's arrivals (`RunRate.Arrivals`) and handle times (`RunRate.HandleTime`),
/// each with its uncertainty, bounded, and drawn afresh by every replication.
///
/// The arrivals' estimator is exact under the scenario's own model: each line's calls are
/// Poisson with rate B·λ(t), B a day-level busyness factor Gamma(k, k) of mean 1 and sd 1/√k;
/// so given N calls counted where Λ were expected, B | N ~ Gamma(k + N, k + Λ). See
/// docs/forecasting.md, "Re-forecast at run rate (intraday)".
public enum RunRate {
  /// The prior shape k when the scenario states no busyness: Gamma(4, 4), sd 0.5, a prior that
  /// a morning's calls soon outweigh (N calls weigh as much as k = N prior calls).
  public static let defaultPriorShape = 4.0
  /// The arrivals factor's default bounds: no more than twice, no less than half the forecast.
  public static let arrivalBounds: ClosedRange<Double> = 0.5...2.0
  /// The handle-time factor's default bounds.
  public static let handleTimeBounds: ClosedRange<Double> = 0.7...1.5
  /// The level of the intervals `Summary` shows.
  public static let summaryLevel = 0.9

  /// What a report shows of one factor: the estimate, the plain ratio beside it, the
  /// uncertainty, the bounds and what it was estimated from.
  public struct Summary: Sendable, Equatable {
    /// The point estimate, clamped to `bounds`: what a single projection would use.
    public var estimate: Double
    /// Observed over expected, unbounded and unshrunk; nil when nothing was expected.
    public var ratio: Double?
    /// The standard deviation of the estimate (posterior sd, or standard error), unclamped.
    public var sd: Double
    /// The central `level` interval of the factor the replications draw (clamped to `bounds`).
    public var interval: ClosedRange<Double>
    /// The interval's probability (0.9).
    public var level: Double
    /// The bounds every draw is clamped to.
    public var bounds: ClosedRange<Double>
    /// Whether the unclamped point estimate lies outside `bounds`.
    public var isClamped: Bool
    /// The probability that a replication's draw is clamped.
    public var clampedProbability: Double
    /// What the forecast expected so far: calls Λ, or handle seconds n·m.
    public var expected: Double
    /// What was observed so far: calls N, or handle seconds H.
    public var observed: Double

    /// Creates a summary.
    public init(
      estimate: Double, ratio: Double?, sd: Double, interval: ClosedRange<Double>, level: Double,
      bounds: ClosedRange<Double>, isClamped: Bool, clampedProbability: Double, expected: Double,
      observed: Double
    ) {
      self.estimate = estimate
      self.ratio = ratio
      self.sd = sd
      self.interval = interval
      self.level = level
      self.bounds = bounds
      self.isClamped = isClamped
      self.clampedProbability = clampedProbability
      self.expected = expected
      self.observed = observed
    }
  }

  /// The prior shape k = 1/sd² of the busyness factor `profile`'s line has: its own
  /// (`overdispersion`) times the shared one (`sharedBusyness`), whose product of two
  /// independent mean-1 factors has variance (1 + a²)(1 + b²) − 1; `defaultPriorShape` when
  /// the line has neither.
  public static func priorShape(of profile: ArrivalProfile) -> Double {
    let variance = busynessVariance(of: profile)
    return variance > 0 ? 1 / variance : defaultPriorShape
  }

  /// The prior shape of the factor shared by the lines reaching `queues` (nil = all):
  /// k = 1 / Σ wᵢ vᵢ, the variances vᵢ of the lines' factors (`priorShape(of:)`) weighted by
  /// the share wᵢ of the calls each line was expected to offer those queues from t = 0 to
  /// `now`; `defaultPriorShape` when no call was expected there.
  ///
  /// Exact when the lines share one busyness factor (`SharedBusyness`) or are one line;
  /// otherwise one factor stands for several, an approximation that keeps the prior's spread.
  public static func priorShape(
    _ configuration: CentreConfiguration, queues: [Int]? = nil, now: SimInstant
  ) -> Double {
    let chosen = queueMask(queues, count: configuration.queues.count)
    var calls = 0.0
    var weighted = 0.0
    for (index, line) in configuration.lines.enumerated() {
      let share = configuration.queueRoutes(ofLine: index).reduce(0.0) {
        $0 + (chosen[$1.queue] ? $1.share : 0)
      }
      let expected = line.arrivals.expectedCalls(from: .zero, to: now.sinceStart) * share
      calls += expected
      weighted += expected / priorShape(of: line.arrivals)
    }
    return calls > 0 && weighted > 0 ? calls / weighted : defaultPriorShape
  }

  /// The variance of the product of a line's own and shared busyness factors.
  static func busynessVariance(of profile: ArrivalProfile) -> Double {
    let own = max(0, profile.overdispersion)
    let shared = max(0, profile.sharedBusyness?.cv ?? 0)
    return (1 + own * own) * (1 + shared * shared) - 1
  }

  /// Which queues `queues` names (nil = every one), as a mask over `count` queues.
  static func queueMask(_ queues: [Int]?, count: Int) -> [Bool] {
    guard let queues else { return Array(repeating: true, count: count) }
    var mask = Array(repeating: false, count: count)
    for queue in queues where mask.indices.contains(queue) { mask[queue] = true }
    return mask
  }

  /// `value` clamped to `bounds`.
  static func clamp(_ value: Double, to bounds: ClosedRange<Double>) -> Double {
    min(max(value, bounds.lowerBound), bounds.upperBound)
  }
}
