import SimKernel

/// A metric of two scenarios run with common random numbers: each side's estimate, and the
/// difference candidate − base over paired replications with its 95 % Student-t half-width.
///
/// Replication r of both scenarios drew the same callers, so the pair (base r, candidate r)
/// shares most of its noise and the differences d_r = candidate_r − base_r vary far less than
/// either side. The paired interval is d̄ ± t(0.975, n − 1) · s_d / √n. For contrast,
/// ``unpairedHalfWidth95`` is the Welch half-width the same figures would get if the two runs
/// had been independent (√(s_b²/n_b + s_c²/n_c) with Welch–Satterthwaite degrees of freedom,
/// rounded down).
public struct PairedDifference: Sendable, Equatable {
  /// The base scenario's mean over replications and its half-width.
  public var base: Estimate
  /// The candidate scenario's mean over replications and its half-width.
  public var candidate: Estimate
  /// The mean of candidate − base over the replications where both have a value (an empty
  /// denominator leaves a replication out), with the paired 95 % half-width.
  public var difference: Estimate
  /// The 95 % half-width of candidate mean − base mean treating the two runs as independent;
  /// nil unless each side has two values or more.
  public var unpairedHalfWidth95: Double?

  /// Whether the paired 95 % interval excludes 0; nil with fewer than two pairs.
  public var significant: Bool? {
    guard let mean = difference.mean, let halfWidth = difference.halfWidth95 else { return nil }
    return abs(mean) > halfWidth
  }

  /// The comparison of `base` and `candidate`, one value per replication in replication order
  /// (nil where the metric has no denominator).
  public init(base: [Double?], candidate: [Double?]) {
    precondition(base.count == candidate.count, "one value per replication on each side")
    self.base = Estimate(replications: base)
    self.candidate = Estimate(replications: candidate)
    difference = Estimate(
      replications: zip(base, candidate).map { pair in
        guard let base = pair.0, let candidate = pair.1 else { return nil }
        return candidate - base
      })
    unpairedHalfWidth95 = Self.welchHalfWidth(
      Tally(base.compactMap { $0 }), Tally(candidate.compactMap { $0 }))
  }

  /// The Welch 95 % half-width of the difference of the means of two independent samples.
  static func welchHalfWidth(_ first: Tally, _ second: Tally) -> Double? {
    guard let firstVariance = first.sampleVariance, let secondVariance = second.sampleVariance
    else { return nil }
    let firstShare = firstVariance / Double(first.count)
    let secondShare = secondVariance / Double(second.count)
    let variance = firstShare + secondShare
    guard variance > 0 else { return 0 }
    let degrees =
      variance * variance
      / (firstShare * firstShare / Double(first.count - 1) + secondShare * secondShare
        / Double(second.count - 1))
    let t = StudentT.quantile(0.975, degreesOfFreedom: max(1, Int(degrees.rounded(.down))))
    return t * variance.squareRoot()
  }
}
