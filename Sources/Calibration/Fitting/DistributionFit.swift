/// The maximum-likelihood fit of one family to a sample of positive durations.
///
/// Standard errors come from the expected (Fisher) information at the estimate, carried to the
/// scenario format's parameters (mean and sd) by the delta method.
public struct DistributionFit: Sendable, Equatable {
  /// The fitted member, in natural parameters.
  public var distribution: ParametricDistribution
  /// The mean, the format's first parameter for every family.
  public var mean: ParameterEstimate
  /// The standard deviation, for the lognormal and gamma (the format's `sd`); nil otherwise.
  public var sd: ParameterEstimate?
  /// The number of stages, for the Erlang (chosen as the integer of highest likelihood).
  public var k: Int?
  /// Σ ln f(xᵢ) at the estimate.
  public var logLikelihood: Double
  /// Free parameters: 1 for the exponential, 2 for the others (the Erlang's k counts).
  public var parameterCount: Int
  /// Akaike's criterion 2p − 2 ln L: lower is better.
  public var aic: Double { 2 * Double(parameterCount) - 2 * logLikelihood }
  /// Kolmogorov–Smirnov, Anderson–Darling and the Q-Q points.
  public var goodness: GoodnessOfFit

  /// The family.
  public var family: DistributionFamily { distribution.family }
}
