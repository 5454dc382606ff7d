import SimKernel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Quantiles of a count of calls with a given mean and variance: negative binomial when the
/// variance exceeds the mean (a Poisson count whose rate is itself uncertain — gamma-mixed),
/// Poisson otherwise; a normal approximation above `exactLimit`, where both are near normal.
enum CountQuantiles {
  /// Means above this use the normal approximation (summing the mass would be slow and gain
  /// nothing: the relative error of the normal quantile there is below 0.1 %).
  static let exactLimit = 5_000.0

  /// The smallest count whose CDF reaches each of `probabilities` (ascending, in (0, 1)).
  static func quantiles(mean: Double, variance: Double, _ probabilities: [Double]) -> [Double] {
    guard mean > 0 else { return probabilities.map { _ in 0 } }
    if mean > exactLimit {
      return probabilities.map { p in
        max(
          0,
          (mean + SpecialFunctions.normalQuantile(p) * max(variance, mean).squareRoot()).rounded(
            .up))
      }
    }
    // log P(0) and the ratio P(k+1)/P(k) = (k + r)/(k + 1) · q, as logs.
    let logZero: Double
    let logStep: (Double) -> Double
    if variance > mean * (1 + 1e-9) {
      let r = mean * mean / (variance - mean)
      let q = mean / (r + mean)
      logZero = r * log(r / (r + mean))
      logStep = { k in log((k + r) / (k + 1)) + log(q) }
    } else {
      logZero = -mean
      logStep = { k in log(mean / (k + 1)) }
    }
    var results: [Double] = []
    var cumulative = 0.0
    var logMass = logZero
    var k = 0.0
    for p in probabilities {
      while true {
        let next = cumulative + exp(logMass)
        // Stop at the quantile, or where rounding leaves the tail unreachable.
        if next >= p || next == cumulative && k > mean { break }
        cumulative = next
        logMass += logStep(k)
        k += 1
      }
      results.append(k)
    }
    return results
  }
}
