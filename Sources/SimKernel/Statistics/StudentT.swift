#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Student's t distribution: its CDF and quantiles, for confidence intervals over replications.
public enum StudentT {
  /// P(T ≤ t) for `degreesOfFreedom` ≥ 1.
  public static func cdf(_ t: Double, degreesOfFreedom: Int) -> Double {
    let nu = Double(degreesOfFreedom)
    let tail = 0.5 * regularizedIncompleteBeta(x: nu / (nu + t * t), a: nu / 2, b: 0.5)
    return t >= 0 ? 1 - tail : tail
  }

  /// The t with P(T ≤ t) = `probability`, for 0 < probability < 1 and `degreesOfFreedom` ≥ 1.
  ///
  /// Solved by bisection on the exact CDF to 1e-12: replications are few, precision matters.
  public static func quantile(_ probability: Double, degreesOfFreedom: Int) -> Double {
    precondition(probability > 0 && probability < 1 && degreesOfFreedom >= 1)
    if probability < 0.5 { return -quantile(1 - probability, degreesOfFreedom: degreesOfFreedom) }
    var low = 0.0
    var high = 1.0
    while cdf(high, degreesOfFreedom: degreesOfFreedom) < probability { high *= 2 }
    for _ in 0..<200 where high - low > 1e-12 * max(1, high) {
      let middle = (low + high) / 2
      if cdf(middle, degreesOfFreedom: degreesOfFreedom) < probability {
        low = middle
      } else {
        high = middle
      }
    }
    return (low + high) / 2
  }

  /// The regularised incomplete beta function I_x(a, b) by Lentz's continued fraction.
  static func regularizedIncompleteBeta(x: Double, a: Double, b: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(1 - x)
    if x > (a + 1) / (a + b + 2) {
      return 1 - regularizedIncompleteBeta(x: 1 - x, a: b, b: a)
    }
    let tiny = 1e-300
    var c = 1.0
    var d = 1 - (a + b) * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var fraction = d
    for m in 1...500 {
      let m = Double(m)
      let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
      d = 1 + even * d
      if abs(d) < tiny { d = tiny }
      c = 1 + even / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      fraction *= d * c
      let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
      d = 1 + odd * d
      if abs(d) < tiny { d = tiny }
      c = 1 + odd / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let step = d * c
      fraction *= step
      if abs(step - 1) < 1e-15 { break }
    }
    return exp(logFront) * fraction / a
  }
}
