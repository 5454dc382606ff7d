import SimKernel
import Testing

@testable import ContactCentre

extension RunRateTests {
  @Test func handleTimeFactorIsTheRatioWithItsStandardError() {
    let factor = RunRate.HandleTime(
      handled: 64, totalSeconds: 64 * 363, expectedMean: 330, expectedSD: 160)
    #expect(abs((factor.ratio ?? 0) - 1.1) < 1e-12)
    #expect(abs(factor.standardError - 160.0 / 8 / 330) < 1e-15)
    #expect(abs(factor.estimate - 1.1) < 1e-12 && !factor.isClamped)
    let interval = factor.interval()
    let half = 1.644_853_626_951_472_2 * factor.standardError
    #expect(abs(interval.lowerBound - (1.1 - half)) < 1e-9)
    #expect(abs(interval.upperBound - (1.1 + half)) < 1e-9)
    #expect(factor.summary.expected == 64 * 330 && factor.summary.observed == 64 * 363)

    let none = RunRate.HandleTime(handled: 0, totalSeconds: 0, expectedMean: 330, expectedSD: 160)
    #expect(none.ratio == nil && none.estimate == 1 && none.standardError == 0)
    #expect(none.interval() == 1...1 && none.clampedProbability == 0)
    var random = Xoshiro256StarStar(seed: 5)
    #expect(none.draw(using: &random) == 1)

    let slow = RunRate.HandleTime(
      handled: 400, totalSeconds: 400 * 600, expectedMean: 300, expectedSD: 100)
    #expect(slow.isClamped && slow.estimate == 1.5)
    for _ in 0..<200 { #expect(slow.draw(using: &random) == 1.5) }
  }

  /// Days of n calls whose handle times have the scenario's mean m and sd s: the factor's sd
  /// across days is the CLT's (s/√n)/m (tolerance z times the sample sd's relative standard
  /// error 1/√(2(D − 1))), and its 90% interval covers 1 on 90% of days (binomial tolerance);
  /// a day 10% slower is estimated at 1.1 on average.
  @Test func handleTimeStandardErrorIsTheCLTs() {
    let days = 3000
    let handled = 150
    let callType = Distribution.lognormal(mean: 330, sd: 160)
    var random = Xoshiro256StarStar(seed: 77)
    var ratios: [Double] = []
    var slower: [Double] = []
    var covered = 0
    for _ in 0..<days {
      var total = 0.0
      for _ in 0..<handled { total += callType.sample(using: &random) }
      let factor = RunRate.HandleTime(
        handled: handled, totalSeconds: total, expectedMean: 330, expectedSD: 160,
        bounds: 0...Double.infinity)
      ratios.append(factor.ratio ?? 0)
      if factor.interval().contains(1) { covered += 1 }
      slower.append(
        RunRate.HandleTime(
          handled: handled, totalSeconds: 1.1 * total, expectedMean: 330, expectedSD: 160
        ).estimate)
    }
    let mean = ratios.reduce(0, +) / Double(days)
    let sd = (ratios.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(days - 1)).squareRoot()
    let clt = 160 / Double(handled).squareRoot() / 330
    #expect(abs(sd / clt - 1) < Self.z / (2 * Double(days - 1)).squareRoot())
    #expect(abs(mean - 1) < Self.z * clt / Double(days).squareRoot())
    let coverage = Double(covered) / Double(days)
    #expect(abs(coverage - 0.9) < Self.z * (0.9 * 0.1 / Double(days)).squareRoot())
    let slowerMean = slower.reduce(0, +) / Double(days)
    #expect(abs(slowerMean - 1.1) < Self.z * 1.1 * clt / Double(days).squareRoot())
  }

  /// The handle-time draws are the normal's, clamped: mean and sd within their standard errors.
  @Test func handleTimeDrawsFollowTheNormal() {
    let factor = RunRate.HandleTime(
      handled: 25, totalSeconds: 25 * 310, expectedMean: 300, expectedSD: 150,
      bounds: 0...Double.infinity)
    var random = Xoshiro256StarStar(seed: 8)
    let count = 20_000
    let draws = (0..<count).map { _ in factor.draw(using: &random) }
    let mean = draws.reduce(0, +) / Double(count)
    let sd = (draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count - 1)).squareRoot()
    let se = factor.standardError
    #expect(abs(mean - (factor.ratio ?? 0)) < Self.z * se / Double(count).squareRoot())
    #expect(abs(sd / se - 1) < Self.z / (2 * Double(count - 1)).squareRoot())
  }
}
