import SimKernel
import Testing

@testable import ContactCentre

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The run-rate estimators (`RunRate`): the gamma posterior of the day's busyness against its
/// closed form and against days simulated with a known busyness, the clamping, the edge cases,
/// the handle-time factor against the central limit theorem, and the forecast they are
/// measured against.
struct RunRateTests {
  /// z for a two-sided check a correct estimator fails with probability 1e-4 (the checks are
  /// deterministic: fixed seeds; this only sets how wide a tolerance the statistics allow).
  static let z = SpecialFunctions.normalQuantile(1 - 1e-4 / 2)

  @Test(arguments: [
    (expected: 100.0, counted: 130, prior: 4.0),
    (expected: 0.0, counted: 7, prior: 4.0),
    (expected: 250.0, counted: 0, prior: 25.0),
    (expected: 12.5, counted: 9, prior: 0.5),
  ])
  func posteriorIsTheClosedForm(expected: Double, counted: Int, prior: Double) {
    let arrivals = RunRate.Arrivals(expected: expected, counted: counted, priorShape: prior)
    let shape = prior + Double(counted)
    let rate = prior + expected
    #expect(arrivals.posteriorShape == shape)
    #expect(arrivals.posteriorRate == rate)
    #expect(abs(arrivals.mean - shape / rate) < 1e-15)
    #expect(abs(arrivals.sd * arrivals.sd - shape / (rate * rate)) < 1e-15)
    #expect(arrivals.ratio == (expected > 0 ? Double(counted) / expected : nil))
    let summary = arrivals.summary
    #expect(summary.expected == expected && summary.observed == Double(counted))
    #expect(summary.level == 0.9)
  }

  /// No call yet: the posterior mean k/(k + Λ) falls below 1 as the quiet morning goes on;
  /// nothing expected: the prior moved by the calls alone, (k + N)/k, and no plain ratio.
  @Test func edgeCases() {
    let quiet = RunRate.Arrivals(expected: 20, counted: 0)
    #expect(abs(quiet.mean - 4.0 / 24) < 1e-15)
    #expect(quiet.ratio == 0)
    #expect(quiet.estimate == 0.5 && quiet.isClamped)
    let nothingExpected = RunRate.Arrivals(expected: 0, counted: 2)
    #expect(abs(nothingExpected.mean - 1.5) < 1e-15)
    #expect(nothingExpected.ratio == nil)
    #expect(!nothingExpected.isClamped)
    let nothing = RunRate.Arrivals(expected: 0, counted: 0)
    #expect(nothing.mean == 1 && abs(nothing.sd - 0.5) < 1e-15)
  }

  /// Gamma(1, rate r) is exponential: its p-quantile is −ln(1 − p)/r; Gamma(2, 1)'s median is
  /// 1.678346990016661 (the root of 1 − (1 + x)e^−x = 1/2); and in general P(k + N,
  /// (k + Λ)·quantile(p)) = p.
  @Test func quantilesAreTheGammaQuantiles() {
    let exponential = RunRate.Arrivals(expected: 3, counted: 0, priorShape: 1)
    for p in [0.01, 0.05, 0.5, 0.95, 0.99] {
      #expect(abs(exponential.quantile(p) + log1p(-p) / 4) < 1e-12)
    }
    let two = RunRate.Arrivals(expected: 0, counted: 0, priorShape: 2)
    #expect(abs(two.quantile(0.5) * 2 - 1.678_346_990_016_661) < 1e-12)
    let large = RunRate.Arrivals(expected: 812.5, counted: 903)
    for p in [0.05, 0.5, 0.95] {
      let x = large.quantile(p) * large.posteriorRate
      #expect(abs(SpecialFunctions.regularizedGammaP(large.posteriorShape, x) - p) < 1e-10)
    }
    let interval = large.interval()
    #expect(interval.lowerBound == large.quantile(0.05))
    #expect(interval.upperBound == large.quantile(0.95))
  }

  /// A day running at three times its forecast is projected at the upper bound, and every
  /// draw stays within the bounds.
  @Test func clampsToTheBounds() {
    let busy = RunRate.Arrivals(expected: 100, counted: 300)
    #expect(busy.isClamped && busy.estimate == 2)
    #expect(busy.interval() == 2...2)
    #expect(abs(busy.clampedProbability - 1) < 1e-9)
    var random = Xoshiro256StarStar(seed: 3)
    for _ in 0..<1000 {
      let draw = busy.draw(using: &random)
      #expect(draw == 2)
    }
    let narrow = RunRate.Arrivals(expected: 50, counted: 55, bounds: 1.0...1.05)
    for _ in 0..<1000 {
      #expect(narrow.bounds.contains(narrow.draw(using: &random)))
    }
    #expect(narrow.summary.clampedProbability > 0.3)
  }

  /// The draws have the posterior's mean and variance (tolerances: the standard error of a
  /// mean of M draws, and of their variance, which for a near-normal gamma is σ²√(2/(M − 1))).
  @Test func drawsFollowThePosterior() {
    let arrivals = RunRate.Arrivals(expected: 80, counted: 95, bounds: 0...Double.infinity)
    var random = Xoshiro256StarStar(seed: 21)
    let count = 20_000
    let draws = (0..<count).map { _ in arrivals.draw(using: &random) }
    let mean = draws.reduce(0, +) / Double(count)
    let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count - 1)
    let sd2 = arrivals.sd * arrivals.sd
    #expect(abs(mean - arrivals.mean) < Self.z * arrivals.sd / Double(count).squareRoot())
    // The gamma's excess kurtosis 6/shape widens the variance's error a little: allowed for.
    let kurtosis = 6 / arrivals.posteriorShape
    #expect(abs(variance - sd2) < Self.z * sd2 * ((2 + kurtosis) / Double(count - 1)).squareRoot())
  }

  /// Days simulated as the model says (B ~ Gamma(k, k), then N ~ Poisson(B·Λ)): the posterior
  /// mean's error averages 0 (tolerance z times the errors' standard error), and the 90%
  /// interval covers B on 90% of days (tolerance z·√(0.9·0.1/D), the binomial's).
  @Test(arguments: [(prior: 4.0, expected: 150.0), (prior: 25.0, expected: 40.0)])
  func calibratedOnSimulatedDays(prior: Double, expected: Double) {
    let days = 4000
    let busyness = Distribution.gamma(mean: 1, sd: 1 / prior.squareRoot())
    var random = Xoshiro256StarStar(seed: 2026)
    var errors: [Double] = []
    var covered = 0
    for _ in 0..<days {
      let factor = busyness.sample(using: &random)
      let counted = Self.poisson(mean: factor * expected, using: &random)
      let arrivals = RunRate.Arrivals(
        expected: expected, counted: counted, priorShape: prior, bounds: 0...Double.infinity)
      errors.append(arrivals.mean - factor)
      if arrivals.interval(level: 0.9).contains(factor) { covered += 1 }
    }
    let bias = errors.reduce(0, +) / Double(days)
    let spread =
      (errors.reduce(0) { $0 + ($1 - bias) * ($1 - bias) } / Double(days - 1)).squareRoot()
    #expect(abs(bias) < Self.z * spread / Double(days).squareRoot())
    let coverage = Double(covered) / Double(days)
    #expect(abs(coverage - 0.9) < Self.z * (0.9 * 0.1 / Double(days)).squareRoot())
  }

  /// A Poisson count: unit-rate exponential gaps that fit in `mean`.
  static func poisson(mean: Double, using random: inout Xoshiro256StarStar) -> Int {
    var count = 0
    var time = random.nextUnitExponential()
    while time < mean {
      count += 1
      time += random.nextUnitExponential()
    }
    return count
  }
}
