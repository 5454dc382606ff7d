import SimKernel

extension RunRate {
  /// The day's busyness B so far: the posterior of the factor on the forecast's arrival rates
  /// given the calls counted, and the draws of it the replications make.
  ///
  /// Prior B ~ Gamma(shape k, rate k) (mean 1, sd 1/√k); calls so far N ~ Poisson(B·Λ), Λ the
  /// forecast's expected calls so far; so B | N ~ Gamma(k + N, k + Λ), of mean (k + N)/(k + Λ)
  /// and variance (k + N)/(k + Λ)², between the prior's 1 and the plain ratio N/Λ, nearer the
  /// ratio the more calls were expected.
  public struct Arrivals: Sendable, Equatable {
    /// Λ: the forecast's expected calls so far.
    public let expected: Double
    /// N: the calls counted so far.
    public let counted: Int
    /// k: the prior's shape (and rate).
    public let priorShape: Double
    /// The bounds every draw and the estimate are clamped to.
    public let bounds: ClosedRange<Double>

    /// The posterior from `expected` calls Λ ≥ 0, `counted` calls N ≥ 0 and the prior shape
    /// k > 0 (`RunRate.priorShape`), with the draws clamped to `bounds`.
    public init(
      expected: Double, counted: Int, priorShape: Double = RunRate.defaultPriorShape,
      bounds: ClosedRange<Double> = RunRate.arrivalBounds
    ) {
      precondition(expected >= 0 && counted >= 0, "run rate needs Λ ≥ 0 and N ≥ 0")
      precondition(priorShape > 0 && priorShape.isFinite, "run rate needs a prior shape k > 0")
      self.expected = expected
      self.counted = counted
      self.priorShape = priorShape
      self.bounds = bounds
    }

    /// The shape of the posterior gamma, k + N.
    public var posteriorShape: Double { priorShape + Double(counted) }
    /// The rate of the posterior gamma, k + Λ.
    public var posteriorRate: Double { priorShape + expected }
    /// The posterior mean (k + N)/(k + Λ), unclamped.
    public var mean: Double { posteriorShape / posteriorRate }
    /// The posterior standard deviation √(k + N)/(k + Λ).
    public var sd: Double { posteriorShape.squareRoot() / posteriorRate }
    /// The plain ratio N/Λ; nil when no call was expected.
    public var ratio: Double? { expected > 0 ? Double(counted) / expected : nil }
    /// The point estimate: the posterior mean clamped to `bounds`.
    public var estimate: Double { RunRate.clamp(mean, to: bounds) }
    /// Whether the posterior mean lies outside `bounds`.
    public var isClamped: Bool { !bounds.contains(mean) }

    /// The posterior's `p`-quantile, 0 < p < 1, unclamped.
    public func quantile(_ p: Double) -> Double {
      SpecialFunctions.gammaQuantile(p, shape: posteriorShape) / posteriorRate
    }

    /// The central credible interval of probability `level` of the factor drawn (the
    /// posterior's quantiles clamped to `bounds`, which are the clamped draw's quantiles).
    public func interval(level: Double = RunRate.summaryLevel) -> ClosedRange<Double> {
      let tail = (1 - level) / 2
      let lower = RunRate.clamp(quantile(tail), to: bounds)
      return lower...RunRate.clamp(quantile(1 - tail), to: bounds)
    }

    /// The probability that a draw is clamped: P(B < lower) + P(B > upper).
    public var clampedProbability: Double {
      SpecialFunctions.regularizedGammaP(posteriorShape, posteriorRate * bounds.lowerBound)
        + SpecialFunctions.regularizedGammaQ(posteriorShape, posteriorRate * bounds.upperBound)
    }

    /// One replication's factor: a posterior draw clamped to `bounds`.
    ///
    /// By inversion of one uniform (`quantile`), so a draw takes exactly one number from `rng`
    /// and two variants run with the same stream draw the same factor (common random numbers).
    public func draw<G: RandomNumberGenerator>(using rng: inout G) -> Double {
      RunRate.clamp(quantile(rng.nextUnitInterval()), to: bounds)
    }

    /// What the report shows.
    public var summary: Summary {
      Summary(
        estimate: estimate, ratio: ratio, sd: sd, interval: interval(), level: RunRate.summaryLevel,
        bounds: bounds, isClamped: isClamped, clampedProbability: clampedProbability,
        expected: expected, observed: Double(counted))
    }
  }
}

extension RunRate.Arrivals {
  /// The run rate of `queues` (nil = every queue) at `now`: Λ the calls the scenario's
  /// arrival profiles were expected to offer them from t = 0 to `now.time`
  /// (`CentreConfiguration.expectedOffered`), N the calls `now.actuals` count offered to them,
  /// and k = `priorShape` or, when nil, the scenario's (`RunRate.priorShape(_:queues:now:)`).
  ///
  /// Callers still in the IVR at `now` are expected but not yet offered, and redials and
  /// transfer legs are offered but not forecast: both are small beside a morning's calls.
  public init(
    configuration: CentreConfiguration, now: CentreNow, queues: [Int]? = nil,
    priorShape: Double? = nil, bounds: ClosedRange<Double> = RunRate.arrivalBounds
  ) {
    let chosen = RunRate.queueMask(queues, count: configuration.queues.count)
    let offered = configuration.expectedOffered(from: .zero, to: now.time.sinceStart)
    let expected = offered.indices.reduce(0.0) { $0 + (chosen[$1] ? offered[$1] : 0) }
    let counted = now.actuals.reduce(0) {
      $0 + (chosen.indices.contains($1.queue) && chosen[$1.queue] ? $1.offered : 0)
    }
    self.init(
      expected: expected, counted: counted,
      priorShape: priorShape ?? RunRate.priorShape(configuration, queues: queues, now: now.time),
      bounds: bounds)
  }
}
