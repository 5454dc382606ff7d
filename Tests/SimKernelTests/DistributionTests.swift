import Testing

@testable import SimKernel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - Reference CDFs, written independently of the samplers

private func exponentialCDF(mean: Double) -> @Sendable (Double) -> Double {
  { x in x <= 0 ? 0 : 1 - exp(-x / mean) }
}

private func uniformCDF(min: Double, max: Double) -> @Sendable (Double) -> Double {
  { x in Swift.min(1, Swift.max(0, (x - min) / (max - min))) }
}

/// The lognormal CDF, parameterised like the constructor: by the mean and standard deviation
/// of the variable itself.
private func lognormalCDF(mean: Double, sd: Double) -> @Sendable (Double) -> Double {
  let sigma2 = log(1 + sd * sd / (mean * mean))
  let mu = log(mean) - sigma2 / 2
  return { x in x <= 0 ? 0 : 0.5 * erfc(-(log(x) - mu) / (2 * sigma2).squareRoot()) }
}

/// The Erlang CDF in closed form: 1 − Σ_{j<k} e^{−λx} (λx)^j / j!, with λ = k / mean.
private func erlangCDF(mean: Double, k: Int) -> @Sendable (Double) -> Double {
  let rate = Double(k) / mean
  return { x in
    guard x > 0 else { return 0 }
    let lambdaX = rate * x
    var term = exp(-lambdaX)
    var sum = term
    for j in 1..<max(k, 1) {
      term *= lambdaX / Double(j)
      sum += term
    }
    return 1 - sum
  }
}

/// The gamma CDF for the given mean and standard deviation (shape mean²/sd², scale sd²/mean).
private func gammaCDF(mean: Double, sd: Double) -> @Sendable (Double) -> Double {
  let shape = mean * mean / (sd * sd)
  let scale = sd * sd / mean
  return { x in SpecialFunctions.regularizedGammaP(shape, x / scale) }
}

private func triangularCDF(min a: Double, mode c: Double, max b: Double)
  -> @Sendable (Double) -> Double
{
  { x in
    if x <= a { return 0 }
    if x >= b { return 1 }
    if x <= c { return (x - a) * (x - a) / ((b - a) * (c - a)) }
    return 1 - (b - x) * (b - x) / ((b - a) * (b - c))
  }
}

/// The excess kurtosis of a lognormal with the given mean and standard deviation.
private func lognormalExcessKurtosis(mean: Double, sd: Double) -> Double {
  let sigma2 = log(1 + sd * sd / (mean * mean))
  return exp(4 * sigma2) + 2 * exp(3 * sigma2) + 3 * exp(2 * sigma2) - 6
}

/// The excess kurtosis of a discrete distribution over `values` with relative `weights`.
private func discreteExcessKurtosis(values: [Double], weights: [Double]) -> Double {
  let total = weights.reduce(0, +)
  let mean = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } / total
  let m2 = zip(values, weights).reduce(0) { $0 + pow($1.0 - mean, 2) * $1.1 } / total
  let m4 = zip(values, weights).reduce(0) { $0 + pow($1.0 - mean, 4) * $1.1 } / total
  return m4 / (m2 * m2) - 3
}

// MARK: - Cases

/// One distribution under test, with its exact excess kurtosis (for the standard error of the
/// sample variance) and, when it is continuous, its exact CDF.
private struct Case: Sendable, CustomTestStringConvertible {
  var name: String
  var distribution: Distribution
  var excessKurtosis: Double
  var cdf: (@Sendable (Double) -> Double)?

  var testDescription: String { name }
}

private let empiricalValues: [Double] = [30, 60, 120, 300]
private let empiricalWeights: [Double] = [1, 2, 3, 4]

private let cases: [Case] = [
  Case(
    name: "exponential(mean: 180)", distribution: .exponential(mean: 180), excessKurtosis: 6,
    cdf: exponentialCDF(mean: 180)),
  Case(
    name: "uniform(30, 90)", distribution: .uniform(min: 30, max: 90), excessKurtosis: -1.2,
    cdf: uniformCDF(min: 30, max: 90)),
  Case(
    name: "lognormal(mean: 180, sd: 120)", distribution: .lognormal(mean: 180, sd: 120),
    excessKurtosis: lognormalExcessKurtosis(mean: 180, sd: 120),
    cdf: lognormalCDF(mean: 180, sd: 120)),
  Case(
    name: "lognormal(mean: 5, sd: 1)", distribution: .lognormal(mean: 5, sd: 1),
    excessKurtosis: lognormalExcessKurtosis(mean: 5, sd: 1), cdf: lognormalCDF(mean: 5, sd: 1)),
  // Shape 0.25: the boosted path (shape < 1).
  Case(
    name: "gamma(mean: 2, sd: 4)", distribution: .gamma(mean: 2, sd: 4), excessKurtosis: 24,
    cdf: gammaCDF(mean: 2, sd: 4)),
  // Shape 4, an integer: checked against the closed-form Erlang CDF.
  Case(
    name: "gamma(mean: 10, sd: 5)", distribution: .gamma(mean: 10, sd: 5), excessKurtosis: 1.5,
    cdf: erlangCDF(mean: 10, k: 4)),
  // Shape 6.25: Marsaglia and Tsang directly, with a non-integer shape.
  Case(
    name: "gamma(mean: 100, sd: 40)", distribution: .gamma(mean: 100, sd: 40),
    excessKurtosis: 6 / 6.25, cdf: gammaCDF(mean: 100, sd: 40)),
  Case(
    name: "erlang(mean: 300, k: 3)", distribution: .erlang(mean: 300, k: 3), excessKurtosis: 2,
    cdf: erlangCDF(mean: 300, k: 3)),
  Case(
    name: "erlang(mean: 60, k: 1)", distribution: .erlang(mean: 60, k: 1), excessKurtosis: 6,
    cdf: erlangCDF(mean: 60, k: 1)),
  Case(
    name: "triangular(10, 20, 60)", distribution: .triangular(min: 10, mode: 20, max: 60),
    excessKurtosis: -0.6, cdf: triangularCDF(min: 10, mode: 20, max: 60)),
  Case(
    name: "triangular(0, 0, 10)", distribution: .triangular(min: 0, mode: 0, max: 10),
    excessKurtosis: -0.6, cdf: triangularCDF(min: 0, mode: 0, max: 10)),
  Case(
    name: "triangular(5, 15, 15)", distribution: .triangular(min: 5, mode: 15, max: 15),
    excessKurtosis: -0.6, cdf: triangularCDF(min: 5, mode: 15, max: 15)),
  Case(
    name: "empirical", distribution: .empirical(values: empiricalValues, weights: empiricalWeights),
    excessKurtosis: discreteExcessKurtosis(values: empiricalValues, weights: empiricalWeights),
    cdf: nil),
]

private let sampleCount = 100_000

/// `count` draws from `distribution` on a fixed stream named after the case.
private func draw(_ distribution: Distribution, count: Int = sampleCount, stream: String)
  -> [Double]
{
  var rng = RandomStreams(seed: 2_024).stream(stream)
  return (0..<count).map { _ in distribution.sample(using: &rng) }
}

/// The Kolmogorov–Smirnov statistic sup |F_n(x) − F(x)| of `samples` against `cdf`.
private func kolmogorovSmirnov(_ samples: [Double], cdf: (Double) -> Double) -> Double {
  let sorted = samples.sorted()
  let n = Double(sorted.count)
  var statistic = 0.0
  for (index, x) in sorted.enumerated() {
    let f = cdf(x)
    statistic = max(statistic, f - Double(index) / n, Double(index + 1) / n - f)
  }
  return statistic
}

// MARK: - Tests

@Suite struct DistributionTests {
  /// (distribution, mean, variance) from the textbook formulas in the natural parameters.
  @Test(
    arguments: [
      (Distribution.fixed(42), 42, 0),
      (.exponential(mean: 180), 180, 32_400),
      (.uniform(min: 30, max: 90), 60, 300),
      (.lognormal(mean: 180, sd: 120), 180, 14_400),
      (.gamma(mean: 2, sd: 4), 2, 16),
      (.erlang(mean: 300, k: 3), 300, 30_000),
      (.triangular(min: 10, mode: 20, max: 60), 30, 2_100.0 / 18),
      (.empirical(values: empiricalValues, weights: empiricalWeights), 171, 11_889),
    ] as [(Distribution, Double, Double)])
  func declaredMoments(distribution: Distribution, mean: Double, variance: Double) {
    #expect(abs(distribution.mean - mean) <= 1e-9 * max(1, mean))
    #expect(abs(distribution.variance - variance) <= 1e-9 * max(1, variance))
  }

  @Test func fixedAlwaysReturnsItsValue() {
    let fixed = Distribution.fixed(42)
    #expect(fixed.isFixed)
    #expect(!Distribution.exponential(mean: 42).isFixed)
    #expect(draw(fixed, count: 1_000, stream: "fixed").allSatisfy { $0 == 42 })
    let single = Distribution.empirical(values: [7], weights: [3])
    #expect(draw(single, count: 1_000, stream: "single").allSatisfy { $0 == 7 })
    #expect(single.mean == 7)
    #expect(single.variance == 0)
  }

  /// The sample mean must lie within 5 standard errors σ/√n of the declared mean. For the
  /// sample variance, Var(s²) = σ⁴ (2/(n − 1) + κ/n) with κ the excess kurtosis; s² is skewed
  /// for the heavy-tailed cases (κ up to 24), so its normal approximation is poorer in the tails
  /// and we allow 6 of those standard errors rather than 5.
  @Test(arguments: cases)
  fileprivate func sampleMomentsMatchDeclaredMoments(_ testCase: Case) {
    let samples = draw(testCase.distribution, stream: testCase.name)
    let n = Double(samples.count)
    #expect(samples.allSatisfy { $0 >= 0 && $0.isFinite }, "every sample is finite and ≥ 0")

    let mean = samples.reduce(0, +) / n
    let variance = samples.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
    let sigma2 = testCase.distribution.variance

    let meanTolerance = 5 * (sigma2 / n).squareRoot()
    #expect(
      abs(mean - testCase.distribution.mean) <= meanTolerance,
      "mean \(mean) vs \(testCase.distribution.mean) ± \(meanTolerance)")

    let varianceError = sigma2 * (2 / (n - 1) + testCase.excessKurtosis / n).squareRoot()
    #expect(
      abs(variance - sigma2) <= 6 * varianceError,
      "variance \(variance) vs \(sigma2) ± \(6 * varianceError)")
  }

  /// Kolmogorov–Smirnov against the exact CDF, at α = 0.001: D_n ≤ 1.95 / √n.
  @Test(arguments: cases.filter { $0.cdf != nil })
  fileprivate func kolmogorovSmirnovAgainstExactCDF(_ testCase: Case) throws {
    let cdf = try #require(testCase.cdf)
    let samples = draw(testCase.distribution, stream: "ks/" + testCase.name)
    let statistic = kolmogorovSmirnov(samples, cdf: cdf)
    let critical = 1.95 / Double(samples.count).squareRoot()
    #expect(statistic <= critical, "D = \(statistic), critical value \(critical)")
  }

  /// Sanity checks of the reference CDFs themselves, so that the KS tests test the samplers.
  @Test func referenceCDFsAgree() {
    for x in [0.01, 0.5, 1, 2.5, 4, 7, 12, 30] {
      #expect(abs(SpecialFunctions.regularizedGammaP(1, x) - (1 - exp(-x))) < 1e-12)
      #expect(abs(SpecialFunctions.regularizedGammaP(4, x) - erlangCDF(mean: 4, k: 4)(x)) < 1e-12)
      #expect(abs(gammaCDF(mean: 10, sd: 5)(x) - erlangCDF(mean: 10, k: 4)(x)) < 1e-12)
      // P(1/2, x) = erf(√x).
      #expect(abs(SpecialFunctions.regularizedGammaP(0.5, x) - erf(x.squareRoot())) < 1e-12)
    }
    #expect(abs(lognormalCDF(mean: 5, sd: 1)(exp(log(5) - log(1.04) / 2)) - 0.5) < 1e-12)
    #expect(triangularCDF(min: 10, mode: 20, max: 60)(20) == 0.2)
  }

  /// (values, weights): χ² goodness of fit at α = 0.001; zero-weight values are never drawn.
  @Test(
    arguments: [
      ([30, 60, 120, 300], [1, 2, 3, 4]),
      ([1, 2, 3, 4, 5, 6], [0.5, 0.1, 0.1, 0.1, 0.1, 0.1]),
      ([10, 20, 30], [1, 0, 1]),
      ([0, 5, 9], [0, 0.001, 0.999]),
    ] as [([Double], [Double])])
  func empiricalFrequenciesFitTheWeights(values: [Double], weights: [Double]) throws {
    // Upper 0.1 % points of χ² with 1 to 5 degrees of freedom.
    let critical: [Int: Double] = [1: 10.828, 2: 13.816, 3: 16.266, 4: 18.467, 5: 20.515]
    let samples = draw(
      .empirical(values: values, weights: weights), stream: "chi2/\(values)/\(weights)")
    var counts = [Double](repeating: 0, count: values.count)
    for sample in samples {
      let index = try #require(values.firstIndex(of: sample), "\(sample) is not a listed value")
      counts[index] += 1
    }
    let total = weights.reduce(0, +)
    let n = Double(samples.count)
    var chiSquare = 0.0
    var cells = 0
    for (count, weight) in zip(counts, weights) {
      if weight == 0 {
        #expect(count == 0, "a value of weight 0 was drawn")
        continue
      }
      let expected = n * weight / total
      chiSquare += (count - expected) * (count - expected) / expected
      cells += 1
    }
    let bound = try #require(critical[cells - 1])
    #expect(chiSquare <= bound, "χ² = \(chiSquare) with \(cells - 1) degrees of freedom")
  }

  /// With 700 stages, the running product of uniforms would underflow to zero (e^−700 is below
  /// 1e-280) without the sampler's rescaling.
  @Test func erlangWithManyStagesDoesNotUnderflow() {
    let erlang = Distribution.erlang(mean: 700, k: 700)
    let samples = draw(erlang, count: 2_000, stream: "erlang/700")
    #expect(samples.allSatisfy { $0.isFinite && $0 > 0 })
    let n = Double(samples.count)
    let mean = samples.reduce(0, +) / n
    #expect(abs(mean - 700) <= 5 * (erlang.variance / n).squareRoot(), "mean \(mean)")
  }

  /// `sampleDuration` is `sample` rounded to the nearest microsecond, drawing the same numbers.
  @Test(arguments: cases)
  fileprivate func sampleDurationRoundsToMicroseconds(_ testCase: Case) {
    var durations = RandomStreams(seed: 7).stream(testCase.name)
    var values = durations
    for _ in 0..<2_000 {
      let duration = testCase.distribution.sampleDuration(using: &durations)
      let value = testCase.distribution.sample(using: &values)
      #expect(duration.microseconds >= 0)
      #expect(abs(Double(duration.microseconds) - value * 1e6) <= 0.5 + 1e-6)
    }
    #expect(durations.next() == values.next(), "both paths consume the same draws")
  }

  /// (fixed value in seconds, microseconds).
  @Test(
    arguments: [
      (2.5, 2_500_000), (0.000_000_4, 0), (0.000_000_6, 1), (0.000_125, 125), (0, 0),
      (86_400.000_001, 86_400_000_001),
    ] as [(Double, Int64)])
  func sampleDurationOfAFixedValue(seconds: Double, microseconds: Int64) {
    var rng = Xoshiro256StarStar(seed: 0)
    #expect(Distribution.fixed(seconds).sampleDuration(using: &rng).microseconds == microseconds)
  }
}

/// The ziggurat behind the lognormal and gamma samplers: normal in the body and in the tails.
@Suite struct NormalZigguratTests {
  static func samples(_ count: Int) -> [Double] {
    var rng = RandomStreams(seed: 7).stream("ziggurat")
    return (0..<count).map { _ in NormalZiggurat.sample(using: &rng) }
  }

  /// Kolmogorov–Smirnov against Φ at α = 0.001 on 200,000 deviates.
  @Test func theBodyIsNormal() {
    let values = Self.samples(200_000)
    let statistic = kolmogorovSmirnov(values) { 0.5 * erfc(-$0 / 2.0.squareRoot()) }
    #expect(statistic <= 1.95 / Double(values.count).squareRoot(), "D = \(statistic)")
  }

  /// Beyond the base layer's edge r (the tail method) and beyond 2 (the wedges): each count
  /// within 4.5 binomial standard deviations of its expectation, on each side.
  @Test(arguments: [NormalZiggurat.r, 2.0])
  func theTailsHaveTheirMass(beyond edge: Double) {
    let count = 2_000_000
    let values = Self.samples(count)
    let p = 0.5 * erfc(edge / 2.0.squareRoot())
    let expected = p * Double(count)
    let tolerance = 4.5 * (expected * (1 - p)).squareRoot()
    let above = Double(values.count { $0 > edge })
    let below = Double(values.count { $0 < -edge })
    #expect(abs(above - expected) <= tolerance, "above \(edge): \(above), expected \(expected)")
    #expect(abs(below - expected) <= tolerance, "below −\(edge): \(below), expected \(expected)")
  }

  @Test func theLayersCloseAtZero() {
    let (x, f) = NormalZiggurat.tables
    #expect(x[1] == NormalZiggurat.r && x[256] == 0 && f[256] == 1)
    #expect(zip(x.dropFirst(), x.dropFirst(2)).allSatisfy { $0 > $1 }, "edges decrease")
    #expect(x[255] > 0 && x[255] < 0.3)
  }
}
