/// Every family fitted to one sample, best first by AIC.
///
/// Values of 0 (a talk of 0 s: a caller gone before the greeting, a record the switch closed at
/// once) have no density under any of these families and would make every log-likelihood −∞:
/// they are dropped and counted in `zeroCount`, so the caller can model them apart (as a share,
/// with `ProportionFit`) or ignore them knowingly. Negative and non-finite values are dropped
/// and counted in `invalidCount`.
///
/// The Erlang is the gamma with a whole shape and counts its k as a parameter, so its AIC is
/// never below the gamma's: `best` is not the Erlang while the gamma is fitted too. It is listed
/// for a scenario that wants stages; compare its AIC with the gamma's to see what they cost.
public struct DistributionFits: Sendable, Equatable {
  /// The fits, lowest AIC first.
  public var fits: [DistributionFit]
  /// How many positive values were fitted.
  public var sampleCount: Int
  /// How many values were exactly 0 (dropped).
  public var zeroCount: Int
  /// How many values were negative, infinite or NaN (dropped).
  public var invalidCount: Int

  /// The fit of lowest AIC.
  public var best: DistributionFit { fits[0] }

  /// The fit of `family`, if it was asked for.
  public func fit(_ family: DistributionFamily) -> DistributionFit? {
    fits.first { $0.family == family }
  }

  /// Fits each of `families` to the positive values of `samples`.
  ///
  /// - Throws: `FittingError.tooFewValues` with fewer than two distinct positive values.
  public init(
    samples: [Double], families: [DistributionFamily] = DistributionFamily.allCases
  ) throws {
    let positive = samples.filter { $0 > 0 && $0.isFinite }.sorted()
    zeroCount = samples.count { $0 == 0 }
    invalidCount = samples.count - positive.count - zeroCount
    sampleCount = positive.count
    guard positive.count >= 2, positive[0] < positive[positive.count - 1] else {
      let distinct = positive.isEmpty ? 0 : (positive[0] < positive[positive.count - 1] ? 2 : 1)
      throw FittingError.tooFewValues(what: "distinct positive values", needed: 2, found: distinct)
    }
    let sample = FittingSample(sorted: positive)
    fits = families.map { sample.fit($0) }.sorted { $0.aic < $1.aic }
  }
}
