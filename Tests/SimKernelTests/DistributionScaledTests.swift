import Testing

@testable import SimKernel

/// `Distribution.scaled(by:)`: every draw multiplied by the factor, so the mean scales and the
/// coefficient of variation stays.
struct DistributionScaledTests {
  static let distributions: [Distribution] = [
    .fixed(120), .exponential(mean: 300), .uniform(min: 30, max: 90),
    .lognormal(mean: 360, sd: 180), .gamma(mean: 240, sd: 120), .erlang(mean: 200, k: 3),
    .triangular(min: 60, mode: 120, max: 600),
    .empirical(values: [30, 60, 600], weights: [1, 2, 1]),
  ]

  @Test(arguments: distributions)
  func aScaledDistributionDrawsTheSameValuesTimesTheFactor(_ distribution: Distribution) {
    let factor = 1.75
    let scaled = distribution.scaled(by: factor)
    #expect(abs(scaled.mean - distribution.mean * factor) <= 1e-9 * scaled.mean)
    #expect(
      abs(scaled.variance - distribution.variance * factor * factor)
        <= 1e-9 * max(1, scaled.variance))
    var first = Xoshiro256StarStar(seed: 11)
    var second = Xoshiro256StarStar(seed: 11)
    for _ in 0..<1000 {
      let value = distribution.sample(using: &first) * factor
      let draw = scaled.sample(using: &second)
      #expect(abs(draw - value) <= 1e-9 * max(1, value))
    }
  }
}
