/// A fitted parameter: its value, standard error, 95 % interval and the number of values behind it.
///
/// Called `ParameterEstimate`, not `Estimate`, because SimKernel's `Estimate` (a mean over
/// replications) is visible wherever Calibration is used, and one name for two types would be
/// ambiguous at every call site.
public struct ParameterEstimate: Sendable, Equatable {
  /// The point estimate.
  public var value: Double
  /// Its standard error; `.infinity` when the data do not bound it.
  public var standardError: Double
  /// The 95 % interval: `value ± 1.96 standardError` unless the estimator has a better one
  /// (Wilson's for a share, the Brookmeyer–Crowley interval for a median, a bootstrap's).
  public var lower95: Double
  public var upper95: Double
  /// How many values (observations, days, events) the estimate rests on.
  public var count: Int

  /// The two-sided 95 % standard normal quantile, Φ⁻¹(0.975).
  public static let z95 = 1.959_963_984_540_054

  /// An estimate with the normal (Wald) interval `value ± 1.96 standardError`.
  public init(value: Double, standardError: Double, count: Int) {
    self.init(
      value: value, standardError: standardError, lower95: value - Self.z95 * standardError,
      upper95: value + Self.z95 * standardError, count: count)
  }

  /// An estimate with an interval of its own.
  public init(
    value: Double, standardError: Double, lower95: Double, upper95: Double, count: Int
  ) {
    self.value = value
    self.standardError = standardError
    self.lower95 = lower95
    self.upper95 = upper95
    self.count = count
  }
}
