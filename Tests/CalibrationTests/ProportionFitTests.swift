import SimKernel
import Testing

@testable import Calibration

@Suite struct ProportionFitTests {
  /// Wilson's interval worked out by hand (z = 1.959964): 8 of 10 gives [0.49016, 0.94332];
  /// 0 of 20 gives [0, z²/(n + z²)].
  @Test func wilsonIntervalMatchesWorkedValues() throws {
    let eight = try ProportionFit.share(successes: 8, trials: 10)
    #expect(eight.value == 0.8)
    #expect(abs(eight.lower95 - 0.490_162_471_536_641_8) < 1e-12)
    #expect(abs(eight.upper95 - 0.943_317_848_545_624_7) < 1e-12)
    #expect(abs(eight.standardError - (0.8 * 0.2 / 10).squareRoot()) < 1e-15)
    let none = try ProportionFit.share(successes: 0, trials: 20)
    #expect(none.lower95 == 0)
    #expect(abs(none.upper95 - 0.161_125_158_052_819_4) < 1e-12)
    #expect(none.standardError == 0)
  }

  /// A ring-out share of 7 % over 5 000 offers drawn from a seeded stream: within 4 binomial
  /// standard errors (see FittingSamples.tolerance), the interval around the estimate.
  @Test func shareIsRecoveredFromBernoulliTrials() throws {
    var rng = RandomStreams(seed: 9).stream("rona")
    let trials = 5_000
    let successes = (0..<trials).count { _ in rng.nextUnitInterval() < 0.07 }
    let share = try ProportionFit.share(successes: successes, trials: trials)
    let se = (0.07 * 0.93 / Double(trials)).squareRoot()
    #expect(abs(share.value - 0.07) <= FittingSamples.tolerance * se)
    #expect(share.lower95 < share.value && share.value < share.upper95)
    #expect(share.count == trials)
  }

  @Test func badCountsAreRefused() {
    #expect(throws: FittingError.self) { try ProportionFit.share(successes: 0, trials: 0) }
    #expect(throws: FittingError.self) { try ProportionFit.share(successes: 11, trials: 10) }
    #expect(throws: FittingError.self) { try ProportionFit.share(successes: -1, trials: 10) }
  }
}
