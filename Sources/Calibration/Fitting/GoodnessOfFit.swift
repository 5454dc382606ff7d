#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How well a fitted distribution matches the sample it was fitted to.
///
/// The p-value is Kolmogorov's asymptotic one for a distribution given in advance; with
/// parameters fitted to the same sample the statistic is smaller than that law expects
/// (Lilliefors), so the p-value is conservative: read it to compare families and to flag a gross
/// misfit, not as an exact test. The same holds for Anderson–Darling, which weighs the tails more.
public struct GoodnessOfFit: Sendable, Equatable {
  /// One point of a Q-Q plot: the fitted distribution's quantile and the sample's, at one level.
  public struct QuantilePair: Sendable, Equatable {
    public var probability: Double
    public var theoretical: Double
    public var empirical: Double
  }

  /// D = sup |F̂ₙ(x) − F(x)|.
  public var kolmogorovSmirnov: Double
  /// Kolmogorov's asymptotic P(D > observed) with Stephens' small-sample correction.
  public var kolmogorovSmirnovPValue: Double
  /// A² = −n − (1/n) Σ (2i − 1) [ln F(x₍ᵢ₎) + ln(1 − F(x₍ₙ₊₁₋ᵢ₎))].
  public var andersonDarling: Double
  /// Q-Q points at the levels (j − ½)/m, m = min(n, `maximumPoints`), in increasing order.
  public var quantilePairs: [QuantilePair]

  /// The measures for `sorted` (ascending, positive) against `distribution`.
  init(sorted: [Double], distribution: ParametricDistribution, maximumPoints: Int = 200) {
    let n = sorted.count
    let count = Double(n)
    let probabilities = sorted.map { distribution.cdf($0) }
    var d = 0.0
    var a2 = 0.0
    for i in 0..<n {
      let f = probabilities[i]
      d = max(d, Double(i + 1) / count - f, f - Double(i) / count)
      let lowerTail = log(max(f, 1e-300))
      let upperTail = log(max(distribution.survival(sorted[n - 1 - i]), 1e-300))
      a2 += Double(2 * i + 1) * (lowerTail + upperTail)
    }
    kolmogorovSmirnov = d
    let root = count.squareRoot()
    kolmogorovSmirnovPValue = Self.kolmogorovTail((root + 0.12 + 0.11 / root) * d)
    andersonDarling = -count - a2 / count
    let points = min(n, maximumPoints)
    quantilePairs = (0..<points).map { j in
      let p = (Double(j) + 0.5) / Double(points)
      return QuantilePair(
        probability: p, theoretical: distribution.quantile(p),
        empirical: Self.sampleQuantile(sorted, p))
    }
  }

  /// Kolmogorov's Q(λ) = 2 Σⱼ (−1)ʲ⁻¹ exp(−2j²λ²), 1 for λ below 0.2 (where Q > 1 − 1e-15).
  static func kolmogorovTail(_ lambda: Double) -> Double {
    guard lambda >= 0.2 else { return 1 }
    var sum = 0.0
    var sign = 1.0
    for j in 1...100 {
      let term = exp(-2 * Double(j * j) * lambda * lambda)
      sum += sign * term
      if term < 1e-17 { break }
      sign = -sign
    }
    return min(1, max(0, 2 * sum))
  }

  /// The p-quantile of a sorted sample, interpolated between order statistics at position
  /// n·p + ½ (Hyndman and Fan's type 5): x₍ᵢ₎ itself at p = (i − ½)/n.
  static func sampleQuantile(_ sorted: [Double], _ p: Double) -> Double {
    let position = Double(sorted.count) * p - 0.5
    if position <= 0 { return sorted[0] }
    if position >= Double(sorted.count - 1) { return sorted[sorted.count - 1] }
    let index = Int(position)
    let fraction = position - Double(index)
    return sorted[index] + fraction * (sorted[index + 1] - sorted[index])
  }
}
