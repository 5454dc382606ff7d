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
        max(0, (mean + normalQuantile(p) * max(variance, mean).squareRoot()).rounded(.up))
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

  /// The standard normal quantile, by Acklam's rational approximation refined with one Halley
  /// step (relative error near 1e-15).
  static func normalQuantile(_ p: Double) -> Double {
    let a = [
      -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
      1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
    ]
    let b = [
      -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
      6.680131188771972e+01, -1.328068155288572e+01,
    ]
    let c = [
      -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
      -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
    ]
    let d = [
      7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
      3.754408661907416e+00,
    ]
    let x: Double
    if p < 0.02425 {
      let q = (-2 * log(p)).squareRoot()
      x =
        (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
        / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    } else if p <= 1 - 0.02425 {
      let q = p - 0.5
      let r = q * q
      x =
        (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    } else {
      let q = (-2 * log(1 - p)).squareRoot()
      x =
        -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
        / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
    let error = 0.5 * erfc(-x / 2.0.squareRoot()) - p
    let u = error * (2 * Double.pi).squareRoot() * exp(x * x / 2)
    return x - u / (1 + x * u / 2)
  }
}
