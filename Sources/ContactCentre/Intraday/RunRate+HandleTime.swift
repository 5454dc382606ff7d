import SimKernel

extension RunRate {
  /// The factor on handle times so far: the mean handle time of the calls handled over the
  /// scenario's, with the standard error the central limit theorem gives it, bounded.
  ///
  /// From n calls handled in H seconds against an expected m seconds per call of sd s: factor
  /// (H/n)/m, standard error (s/√n)/m; each replication draws the factor from that normal,
  /// clamped to `bounds`. With n = 0 the factor is 1, without uncertainty.
  public struct HandleTime: Sendable, Equatable {
    /// n: the calls handled so far.
    public let handled: Int
    /// H: their total handle time, in seconds.
    public let totalSeconds: Double
    /// m: the scenario's mean handle time per call, in seconds.
    public let expectedMean: Double
    /// s: the scenario's standard deviation of the handle time per call, in seconds.
    public let expectedSD: Double
    /// The bounds every draw and the estimate are clamped to.
    public let bounds: ClosedRange<Double>

    /// The factor from `handled` calls n ≥ 0 taking `totalSeconds` H, against an expected mean
    /// m > 0 and sd s ≥ 0 per call, with the draws clamped to `bounds`.
    public init(
      handled: Int, totalSeconds: Double, expectedMean: Double, expectedSD: Double,
      bounds: ClosedRange<Double> = RunRate.handleTimeBounds
    ) {
      precondition(handled >= 0 && totalSeconds >= 0, "handle-time factor needs n, H ≥ 0")
      precondition(expectedMean > 0 && expectedSD >= 0, "handle-time factor needs m > 0, s ≥ 0")
      self.handled = handled
      self.totalSeconds = totalSeconds
      self.expectedMean = expectedMean
      self.expectedSD = expectedSD
      self.bounds = bounds
    }

    /// The plain ratio (H/n)/m, unclamped; nil when no call was handled.
    public var ratio: Double? {
      handled > 0 ? totalSeconds / Double(handled) / expectedMean : nil
    }
    /// The standard error (s/√n)/m of the ratio; 0 when no call was handled.
    public var standardError: Double {
      handled > 0 ? expectedSD / Double(handled).squareRoot() / expectedMean : 0
    }
    /// The point estimate: the ratio clamped to `bounds`, 1 when no call was handled.
    public var estimate: Double { RunRate.clamp(ratio ?? 1, to: bounds) }
    /// Whether the ratio lies outside `bounds`.
    public var isClamped: Bool { !bounds.contains(ratio ?? 1) }

    /// The central interval of probability `level` of the factor drawn (the normal's
    /// quantiles clamped to `bounds`).
    public func interval(level: Double = RunRate.summaryLevel) -> ClosedRange<Double> {
      let z = SpecialFunctions.normalQuantile(0.5 + level / 2) * standardError
      let centre = ratio ?? 1
      return RunRate.clamp(centre - z, to: bounds)...RunRate.clamp(centre + z, to: bounds)
    }

    /// The probability that a draw is clamped.
    public var clampedProbability: Double {
      let centre = ratio ?? 1
      guard standardError > 0 else { return bounds.contains(centre) ? 0 : 1 }
      return SpecialFunctions.normalCDF((bounds.lowerBound - centre) / standardError)
        + SpecialFunctions.normalCDF((centre - bounds.upperBound) / standardError)
    }

    /// One replication's factor: a normal draw of mean `ratio` and sd `standardError`,
    /// clamped to `bounds`; by inversion of one uniform from `rng`, taken even when n = 0 so
    /// that the stream's use does not depend on the data.
    public func draw<G: RandomNumberGenerator>(using rng: inout G) -> Double {
      let z = SpecialFunctions.normalQuantile(rng.nextUnitInterval())
      return RunRate.clamp((ratio ?? 1) + standardError * z, to: bounds)
    }

    /// What the report shows: expected n·m and observed H handle seconds.
    public var summary: Summary {
      Summary(
        estimate: estimate, ratio: ratio, sd: standardError, interval: interval(),
        level: RunRate.summaryLevel, bounds: bounds, isClamped: isClamped,
        clampedProbability: clampedProbability, expected: Double(handled) * expectedMean,
        observed: totalSeconds)
    }
  }
}

extension RunRate.HandleTime {
  /// The handle-time factor of `queues` (nil = every queue) at `now`: n and H summed over the
  /// actuals of those queues that report a handle time, m and s those of the scenario's calls
  /// to them (`RunRate.handleTimeMoments`). Nil when the scenario expects no call there.
  ///
  /// Only intervals that ended at least m + 3s before the instant count: the calls of a later
  /// one are not all handled, and those still in hand are the long ones (the inspection
  /// paradox), so their mean would run short.
  public init?(
    configuration: CentreConfiguration, now: CentreNow, queues: [Int]? = nil,
    bounds: ClosedRange<Double> = RunRate.handleTimeBounds
  ) {
    guard
      let moments = RunRate.handleTimeMoments(configuration, queues: queues, now: now.time),
      moments.mean > 0
    else { return nil }
    let chosen = RunRate.queueMask(queues, count: configuration.queues.count)
    // The calls of an interval that has just ended are not all handled yet, and those still in
    // hand are the long ones: an interval counts once its calls have all likely ended.
    let settled = now.time.seconds - (moments.mean + 3 * moments.sd)
    var handled = 0
    var total = 0.0
    for actual in now.actuals
    where chosen.indices.contains(actual.queue) && chosen[actual.queue]
      && Double(actual.interval + 1) * configuration.interval.seconds <= settled
    {
      guard let time = actual.handleTime else { continue }
      handled += actual.handled
      total += time.seconds
    }
    self.init(
      handled: handled, totalSeconds: total, expectedMean: moments.mean, expectedSD: moments.sd,
      bounds: bounds)
  }
}

extension RunRate {
  /// The mean and sd of the handle time (talk + ACW, independent) of a call to `queues` (nil
  /// = every queue): the mixture of the call types' by the calls each was expected to bring
  /// them from t = 0 to `now` (over the whole run when `now` is t = 0); nil when none.
  ///
  /// The mean is the whole of an agent's time on the call, as the actuals' handle time counts
  /// it (`CentreNow.Actual.handleTime`): identification, security questions and interpreting
  /// with the talk, then ACW (`CallType.meanHandleTime`); the variance is talk's, ACW's and
  /// identification's.
  public static func handleTimeMoments(
    _ configuration: CentreConfiguration, queues: [Int]? = nil, now: SimInstant
  ) -> (mean: Double, sd: Double)? {
    let chosen = queueMask(queues, count: configuration.queues.count)
    let end = now > .zero ? now.sinceStart : configuration.duration
    var calls = 0.0
    var first = 0.0
    var second = 0.0
    for (index, line) in configuration.lines.enumerated() {
      let callers = line.arrivals.expectedCalls(from: .zero, to: end)
      for route in configuration.queueRoutes(ofLine: index) where chosen[route.queue] {
        let callType = configuration.callTypes[route.callType]
        let weight = callers * route.share
        let identification = route.branch.flatMap { line.ivr?.branches[$0].identification }
        let mean = callType.meanHandleTime(identification: identification?.mean ?? 0)
        calls += weight
        first += weight * mean
        let variance =
          callType.talk.variance + callType.acw.variance + (identification?.variance ?? 0)
        second += weight * (variance + mean * mean)
      }
    }
    guard calls > 0 else { return nil }
    let mean = first / calls
    return (mean, max(0, second / calls - mean * mean).squareRoot())
  }
}
