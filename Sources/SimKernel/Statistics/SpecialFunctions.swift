#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The special functions the fits and the estimators need: log-gamma, digamma and trigamma, the
/// regularised incomplete gamma functions, and the normal and gamma quantiles.
public enum SpecialFunctions {
  /// ln Γ(x) for x > 0 (the C library's `lgamma`).
  public static func logGamma(_ x: Double) -> Double { lgamma(x) }

  /// ψ(x) = d/dx ln Γ(x) for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then
  /// the asymptotic series to x⁻¹⁴ (its next term is below 1e-16 there).
  public static func digamma(_ x: Double) -> Double {
    var x = x
    var shift = 0.0
    while x < 10 {
      shift -= 1 / x
      x += 1
    }
    let i2 = 1 / (x * x)
    let series =
      i2
      * (1.0 / 12 - i2
        * (1.0 / 120 - i2
          * (1.0 / 252 - i2
            * (1.0 / 240 - i2 * (1.0 / 132 - i2 * (691.0 / 32_760 - i2 / 12))))))
    return shift + log(x) - 0.5 / x - series
  }

  /// ψ′(x), the derivative of the digamma function, for x > 0: the recurrence
  /// ψ′(x) = ψ′(x + 1) + 1/x² up to x ≥ 10, then the asymptotic series to x⁻¹⁵.
  public static func trigamma(_ x: Double) -> Double {
    var x = x
    var shift = 0.0
    while x < 10 {
      shift += 1 / (x * x)
      x += 1
    }
    let i1 = 1 / x
    let i2 = i1 * i1
    let series =
      i1 + i2 / 2 + i1 * i2
      * (1.0 / 6 - i2
        * (1.0 / 30 - i2
          * (1.0 / 42 - i2 * (1.0 / 30 - i2 * (5.0 / 66 - i2 * (691.0 / 2_730 - i2 * 7 / 6))))))
    return shift + series
  }

  /// The regularised lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), a > 0.
  public static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
    guard x > 0 else { return 0 }
    if x.isInfinite { return 1 }
    return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x)
  }

  /// The regularised upper incomplete gamma function Q(a, x) = 1 − P(a, x), accurate in the
  /// upper tail (where 1 − P would cancel).
  public static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
    guard x > 0 else { return 1 }
    if x.isInfinite { return 0 }
    return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x)
  }

  /// P(a, x) by its power series, for x < a + 1 (Numerical Recipes' gser).
  static func gammaSeries(_ a: Double, _ x: Double) -> Double {
    var denominator = a
    var term = 1 / a
    var sum = term
    for _ in 0..<100_000 {
      denominator += 1
      term *= x / denominator
      sum += term
      if abs(term) < abs(sum) * 1e-16 { break }
    }
    return sum * exp(a * log(x) - x - lgamma(a))
  }

  /// Q(a, x) by Lentz's continued fraction, for x ≥ a + 1 (Numerical Recipes' gcf).
  static func gammaContinuedFraction(_ a: Double, _ x: Double) -> Double {
    let tiny = 1e-300
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var fraction = d
    for i in 1...100_000 {
      let an = -Double(i) * (Double(i) - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let step = d * c
      fraction *= step
      if abs(step - 1) < 1e-16 { break }
    }
    return exp(a * log(x) - x - lgamma(a)) * fraction
  }

  /// Φ(z), the standard normal CDF.
  public static func normalCDF(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

  /// Φ⁻¹(p) for 0 < p < 1: Acklam's rational approximation (relative error 1.15e-9) refined by
  /// one Halley step on `erfc`, which brings it to full double precision.
  public static func normalQuantile(_ p: Double) -> Double {
    precondition(p > 0 && p < 1, "normalQuantile needs 0 < p < 1")
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
      7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00,
    ]
    let low = 0.02425
    var x: Double
    if p < low || p > 1 - low {
      let q = (-2 * log(p < low ? p : 1 - p)).squareRoot()
      x =
        (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
        / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
      if p > 1 - low { x = -x }
    } else {
      let q = p - 0.5
      let r = q * q
      x =
        (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
    // Halley's step on Φ(x) − p; the upper tail works on 1 − Φ to keep its digits.
    let error = p > 0.5 ? (p - 1) + 0.5 * erfc(x / 2.0.squareRoot()) : normalCDF(x) - p
    let u = (p > 0.5 ? -error : error) * (2 * Double.pi).squareRoot() * exp(x * x / 2)
    return x - u / (1 + x * u / 2)
  }

  /// The p-quantile of the gamma distribution with the given shape (and scale 1), 0 < p < 1.
  ///
  /// Newton's method on P(shape, x) = p (on Q(shape, x) = 1 − p above the median, where P has
  /// no digits left), from the Wilson–Hilferty guess, inside a bracket that every step keeps:
  /// a step that leaves it is replaced by bisection, so the solve always converges.
  public static func gammaQuantile(_ p: Double, shape: Double) -> Double {
    precondition(p > 0 && p < 1 && shape > 0, "gammaQuantile needs 0 < p < 1 and shape > 0")
    let upper = p > 0.5
    // Positive when x is past the quantile.
    func excess(_ x: Double) -> Double {
      upper ? (1 - p) - regularizedGammaQ(shape, x) : regularizedGammaP(shape, x) - p
    }
    let z = normalQuantile(p)
    let h = 1 / (9 * shape)
    var x = shape * pow(max(0, 1 - h + z * h.squareRoot()), 3)
    if !(x > 0) { x = pow(p * shape * exp(lgamma(shape)), 1 / shape) }
    if !(x > 0) || !x.isFinite { x = shape }
    var low = 0.0
    var high = max(x, 1.0)
    while excess(high) < 0 { high *= 2 }
    for _ in 0..<300 {
      let f = excess(x)
      if f == 0 { return x }
      if f < 0 { low = x } else { high = x }
      let density = exp((shape - 1) * log(x) - x - lgamma(shape))
      var next = density > 0 ? x - f / density : .nan
      if !(next > low && next < high) { next = (low + high) / 2 }
      if abs(next - x) <= 1e-14 * x || high - low <= 1e-15 * high { return next }
      x = next
    }
    return x
  }
}
