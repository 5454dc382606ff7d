import Testing

@testable import SimKernel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The mean and the (n − 1) sample variance by the textbook two-pass formulas.
private func twoPass(_ values: [Double]) -> (mean: Double, variance: Double) {
  let mean = values.reduce(0, +) / Double(values.count)
  let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
  return (mean, squares / Double(values.count - 1))
}

/// `count` values around `offset`: a large offset tests that the running update keeps its
/// precision where the naive sum-of-squares formula would cancel catastrophically.
private func values(seed: UInt64, count: Int, offset: Double, scale: Double) -> [Double] {
  var rng = Xoshiro256StarStar(seed: seed)
  return (0..<count).map { _ in offset + scale * (rng.nextUnitInterval() - 0.3) }
}

private func relativeError(_ actual: Double, _ expected: Double) -> Double {
  abs(actual - expected) / max(abs(expected), 1e-300)
}

private func instant(seconds: Int) -> SimInstant { SimInstant(since: .seconds(seconds)) }

@Suite struct TallyTests {
  @Test func emptyTally() {
    let tally = Tally()
    #expect(tally.count == 0)
    #expect(tally.mean == 0)
    #expect(tally.sampleVariance == nil)
    #expect(tally.standardDeviation == nil)
    #expect(tally.halfWidth95 == nil)
    #expect(tally.minimum == .infinity)
    #expect(tally.maximum == -.infinity)
  }

  @Test func oneObservationHasNoVariance() {
    let tally = Tally([4.5])
    #expect(tally.count == 1)
    #expect(tally.mean == 4.5)
    #expect(tally.sampleVariance == nil)
    #expect(tally.halfWidth95 == nil)
    #expect(tally.minimum == 4.5)
    #expect(tally.maximum == 4.5)
  }

  /// (seed, count, offset, scale).
  @Test(
    arguments: [
      (1, 2, 0, 1), (2, 10, 0, 1), (3, 1_000, 0, 100), (4, 10_000, 1e6, 1), (5, 10_000, 1e7, 10),
      (6, 5_000, -250, 1e4),
    ] as [(UInt64, Int, Double, Double)])
  func meanAndVarianceMatchTwoPass(seed: UInt64, count: Int, offset: Double, scale: Double) throws {
    let data = values(seed: seed, count: count, offset: offset, scale: scale)
    let tally = Tally(data)
    let reference = twoPass(data)
    #expect(tally.count == count)
    #expect(relativeError(tally.mean, reference.mean) < 1e-12)
    let variance = try #require(tally.sampleVariance)
    #expect(relativeError(variance, reference.variance) < 1e-8, "\(variance) vs \(reference)")
    let deviation = try #require(tally.standardDeviation)
    #expect(relativeError(deviation * deviation, variance) < 1e-12)
    #expect(tally.minimum == data.min())
    #expect(tally.maximum == data.max())
  }

  /// Merging the tallies of two parts equals tallying the whole, wherever it is split.
  @Test(arguments: [0, 1, 2, 500, 999, 1_000])
  func mergeEqualsAddingEverything(split: Int) throws {
    let data = values(seed: 11, count: 1_000, offset: 5_000, scale: 30)
    let whole = Tally(data)
    var merged = Tally(data[..<split])
    merged.merge(Tally(data[split...]))
    #expect(merged.count == whole.count)
    #expect(relativeError(merged.mean, whole.mean) < 1e-12)
    let mergedVariance = try #require(merged.sampleVariance)
    let wholeVariance = try #require(whole.sampleVariance)
    #expect(relativeError(mergedVariance, wholeVariance) < 1e-9)
    #expect(merged.minimum == whole.minimum)
    #expect(merged.maximum == whole.maximum)
  }

  @Test func mergeOfEmptyTalliesIsEmpty() {
    var tally = Tally()
    tally.merge(Tally())
    #expect(tally == Tally())
    let some = Tally([1, 2, 3])
    var copy = some
    copy.merge(Tally())
    #expect(copy == some)
  }

  /// [1, 2, 3, 4, 5]: s² = 2.5, so the half-width is t(0.975, 4) · √2.5 / √5.
  @Test func halfWidthOfAKnownSample() throws {
    let tally = Tally([1, 2, 3, 4, 5])
    #expect(tally.mean == 3)
    #expect(tally.sampleVariance == 2.5)
    let halfWidth = try #require(tally.halfWidth95)
    #expect(abs(halfWidth - 1.963_243_161_477_560_7) < 1e-9)
  }
}

@Suite struct StudentTTests {
  /// Two-sided 95 % critical values from the standard t table.
  @Test(
    arguments: [
      (1, 12.7062), (2, 4.3027), (3, 3.1824), (4, 2.7764), (5, 2.5706), (10, 2.2281),
      (30, 2.0423), (1_000, 1.9623),
    ] as [(Int, Double)])
  func quantileMatchesTable(degreesOfFreedom: Int, expected: Double) {
    let quantile = StudentT.quantile(0.975, degreesOfFreedom: degreesOfFreedom)
    #expect(abs(quantile - expected) < 1e-4, "t(0.975, \(degreesOfFreedom)) = \(quantile)")
    let lower = StudentT.quantile(0.025, degreesOfFreedom: degreesOfFreedom)
    #expect(abs(lower + quantile) < 1e-10)
  }

  @Test(arguments: [1, 2, 3, 5, 10, 30, 100, 1_000])
  func cdfOfQuantileRoundTrips(degreesOfFreedom: Int) {
    for probability in [0.001, 0.025, 0.1, 0.3, 0.5, 0.6, 0.9, 0.975, 0.995, 0.9999] {
      let t = StudentT.quantile(probability, degreesOfFreedom: degreesOfFreedom)
      let back = StudentT.cdf(t, degreesOfFreedom: degreesOfFreedom)
      #expect(abs(back - probability) < 1e-9, "df \(degreesOfFreedom), p \(probability)")
    }
  }

  /// df 1 is the Cauchy distribution, 1/2 + atan(t)/π; df 2 is 1/2 + t / (2 √(2 + t²)).
  @Test(arguments: [-50, -3, -1, -0.2, 0, 0.5, 1, 2.5, 10, 1e3])
  func cdfMatchesClosedForms(t: Double) {
    #expect(abs(StudentT.cdf(t, degreesOfFreedom: 1) - (0.5 + atan(t) / Double.pi)) < 1e-12)
    #expect(
      abs(StudentT.cdf(t, degreesOfFreedom: 2) - (0.5 + t / (2 * (2 + t * t).squareRoot())))
        < 1e-12)
    for degreesOfFreedom in [3, 7, 40] {
      let sum =
        StudentT.cdf(t, degreesOfFreedom: degreesOfFreedom)
        + StudentT.cdf(-t, degreesOfFreedom: degreesOfFreedom)
      #expect(abs(sum - 1) < 1e-12, "symmetry at df \(degreesOfFreedom)")
    }
  }
}

@Suite struct TimeAverageTests {
  /// 2 on [0, 10), 5 on [10, 30), 1 from 30: the integral to 40 s is 20 + 100 + 10 = 130.
  @Test func integralAndAverageOfAStepFunction() {
    var level = TimeAverage(value: 2)
    level.set(5, at: instant(seconds: 10))
    level.set(1, at: instant(seconds: 30))
    #expect(level.value == 1)
    #expect(level.integral(until: instant(seconds: 30)) == 120)
    #expect(level.integral(until: instant(seconds: 40)) == 130)
    #expect(level.average(until: instant(seconds: 40)) == 3.25)
  }

  @Test func severalChangesAtOneInstantCountOnlyTheLast() {
    var level = TimeAverage()
    level.set(100, at: instant(seconds: 5))
    level.set(7, at: instant(seconds: 5))
    level.set(3, at: instant(seconds: 5))
    #expect(level.integral(until: instant(seconds: 15)) == 30)
    #expect(level.average(until: instant(seconds: 15)) == 2)
  }

  @Test func emptyWindowHasNoAverage() {
    let level = TimeAverage(value: 4, at: instant(seconds: 60))
    #expect(level.origin == instant(seconds: 60))
    #expect(level.average(until: instant(seconds: 60)) == nil)
    #expect(level.integral(until: instant(seconds: 60)) == 0)
    #expect(level.average(until: instant(seconds: 90)) == 4)
  }

  @Test func resetForgetsTheWarmUpAndKeepsTheValue() {
    var level = TimeAverage(value: 10)
    level.set(2, at: instant(seconds: 100))
    level.reset(at: instant(seconds: 300))
    #expect(level.origin == instant(seconds: 300))
    #expect(level.value == 2)
    #expect(level.integral(until: instant(seconds: 300)) == 0)
    level.set(6, at: instant(seconds: 310))
    #expect(level.integral(until: instant(seconds: 320)) == 80)
    #expect(level.average(until: instant(seconds: 320)) == 4)
  }

  @Test func fractionalTimesUseMicroseconds() {
    var level = TimeAverage(value: 1)
    level.set(0, at: SimInstant(microseconds: 1_500_000))
    #expect(level.integral(until: SimInstant(microseconds: 3_000_000)) == 1.5)
    #expect(level.average(until: SimInstant(microseconds: 3_000_000)) == 0.5)
  }
}

@Suite struct EstimateTests {
  @Test func nilReplicationsAreLeftOut() throws {
    let estimate = Estimate(replications: [1, nil, 3, nil, 5])
    #expect(estimate.count == 3)
    #expect(estimate.mean == 3)
    // s = 2 over 3 values: t(0.975, 2) · 2 / √3.
    let halfWidth = try #require(estimate.halfWidth95)
    #expect(abs(halfWidth - 4.968_275_423_687_506) < 1e-8)
    #expect(estimate == Estimate(replications: [1, 3, 5]))
  }

  @Test func oneValueHasNoHalfWidth() {
    let estimate = Estimate(replications: [nil, 42, nil])
    #expect(estimate.count == 1)
    #expect(estimate.mean == 42)
    #expect(estimate.halfWidth95 == nil)
  }

  @Test(arguments: [[], [nil], [nil, nil, nil]] as [[Double?]])
  func noValuesHaveNoMean(replications: [Double?]) {
    let estimate = Estimate(replications: replications)
    #expect(estimate == Estimate(mean: nil, halfWidth95: nil, count: 0))
  }

  @Test func identicalValuesHaveZeroHalfWidth() {
    let estimate = Estimate(replications: [2.5, 2.5, 2.5, 2.5])
    #expect(estimate.mean == 2.5)
    #expect(estimate.halfWidth95 == 0)
    #expect(estimate.count == 4)
  }
}
