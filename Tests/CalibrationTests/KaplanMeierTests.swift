import SimKernel
import Testing

@testable import Calibration

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct KaplanMeierTests {
  /// Worked by hand: 7 times, a tie of an event and a censoring at 2, two events at 4.
  @Test func smallSampleWithTiesByHand() throws {
    let estimate = try KaplanMeier(
      times: [1, 2, 2, 3, 4, 4, 5], observed: [true, true, false, true, true, true, false])
    #expect(estimate.steps.map(\.time) == [1, 2, 3, 4])
    #expect(estimate.steps.map(\.atRisk) == [7, 6, 4, 3])
    #expect(estimate.steps.map(\.events) == [1, 1, 1, 2])
    let expected = [6.0 / 7, 5.0 / 7, 15.0 / 28, 5.0 / 28]
    for (step, s) in zip(estimate.steps, expected) { #expect(abs(step.survival - s) < 1e-15) }
    #expect(estimate.survival(at: 0.5) == 1)
    #expect(abs(estimate.survival(at: 3.5) - 15.0 / 28) < 1e-15)
    let greenwood = 1.0 / 42 + 1.0 / 30 + 1.0 / 12
    #expect(abs(estimate.standardError(at: 3) - 15.0 / 28 * greenwood.squareRoot()) < 1e-15)
    #expect(estimate.median?.value == 4)
    #expect(estimate.eventCount == 5)
    #expect(estimate.lastTime == 5)
    // ∫₀⁵ Ŝ = 1 + 6/7 + 5/7 + 15/28 + 5/28.
    let area = 1 + 6.0 / 7 + 5.0 / 7 + 15.0 / 28 + 5.0 / 28
    #expect(abs(estimate.restrictedMean().value - area) < 1e-12)
    #expect(abs(estimate.restrictedMean(upTo: 0.5).value - 0.5) < 1e-15)
  }

  /// Without censoring Ŝ is the empirical survival and ∫₀^max Ŝ the sample mean; its standard
  /// error is then about sd/√n.
  @Test func uncensoredRestrictedMeanIsTheSampleMean() throws {
    let n = 2_000
    let times = FittingSamples.draw(.gamma(mean: 90, sd: 50), count: n, stream: "km-full")
    let estimate = try KaplanMeier(times: times, observed: Array(repeating: true, count: n))
    let tally = Tally(times)
    let mean = estimate.restrictedMean()
    #expect(abs(mean.value - tally.mean) < 1e-9 * tally.mean)
    let se = tally.standardDeviation! / Double(n).squareRoot()
    #expect(abs(mean.standardError / se - 1) < 0.01)
    #expect(estimate.steps.last?.survival == 0)
  }

  /// Exponential patience (rate λ) censored by exponential answers (rate μ): with N callers,
  /// Var Ŝ(t) ≈ S(t)² λ (e^{(λ+μ)t} − 1) / (N(λ + μ)), and the median's standard error is that
  /// of Ŝ at the median over the density there, λ/2.
  @Test func censoredSurvivalAndMedianRecoverTheTruth() throws {
    let n = 4_000
    let (lambda, mu) = (1.0 / 180, 1.0 / 60)
    let data = FittingSamples.censoredWaits(
      patience: .exponential(mean: 180), answer: .exponential(mean: 60), count: n,
      stream: "km-censored")
    let estimate = try KaplanMeier(times: data.waits, observed: data.abandoned)
    func theoreticalSE(_ t: Double) -> Double {
      exp(-lambda * t)
        * (lambda * (exp((lambda + mu) * t) - 1) / (Double(n) * (lambda + mu))).squareRoot()
    }
    for t in [30.0, 90.0, 120.0] {
      let se = theoreticalSE(t)
      #expect(abs(estimate.survival(at: t) - exp(-lambda * t)) <= FittingSamples.tolerance * se)
      #expect(abs(estimate.standardError(at: t) / se - 1) < 0.2, "t=\(t)")
    }
    let trueMedian = log(2.0) / lambda
    let medianSE = 2 * theoreticalSE(trueMedian) / lambda
    let median = try #require(estimate.median)
    #expect(abs(median.value - trueMedian) <= FittingSamples.tolerance * medianSE)
    #expect(median.lower95 <= median.value && median.value < median.upper95)
    #expect(
      abs(median.standardError / medianSE - 1) < 0.5, "\(median.standardError) vs \(medianSE)")
  }

  @Test func badInputIsRefused() {
    #expect(throws: FittingError.self) { try KaplanMeier(times: [1, 2], observed: [true]) }
    #expect(throws: FittingError.self) { try KaplanMeier(times: [], observed: []) }
    #expect(throws: FittingError.self) { try KaplanMeier(times: [1, -2], observed: [true, true]) }
    #expect(throws: FittingError.self) { try KaplanMeier(times: [.nan], observed: [true]) }
  }

  /// Survival that never falls to ½ has no median.
  @Test func heavyCensoringLeavesNoMedian() throws {
    let estimate = try KaplanMeier(times: [1, 2, 3, 4], observed: [true, false, false, false])
    #expect(estimate.median == nil)
    #expect(estimate.survival(at: 10) == 0.75)
  }
}
