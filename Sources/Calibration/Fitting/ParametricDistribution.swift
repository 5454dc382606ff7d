import SimKernel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One member of a family in its natural parameters, with the functions the fits need.
public enum ParametricDistribution: Sendable, Equatable {
  case exponential(mean: Double)
  /// ln X ~ N(mu, sigma²).
  case lognormal(mu: Double, sigma: Double)
  case gamma(shape: Double, scale: Double)
  case erlang(k: Int, mean: Double)

  /// The lognormal whose variable has this mean and standard deviation.
  public static func lognormal(mean: Double, sd: Double) -> ParametricDistribution {
    let sigma2 = log(1 + sd * sd / (mean * mean))
    return .lognormal(mu: log(mean) - sigma2 / 2, sigma: sigma2.squareRoot())
  }

  /// The family.
  public var family: DistributionFamily {
    switch self {
    case .exponential: .exponential
    case .lognormal: .lognormal
    case .gamma: .gamma
    case .erlang: .erlang
    }
  }

  /// The mean of the variable.
  public var mean: Double {
    switch self {
    case .exponential(let mean): mean
    case .lognormal(let mu, let sigma): exp(mu + sigma * sigma / 2)
    case .gamma(let shape, let scale): shape * scale
    case .erlang(_, let mean): mean
    }
  }

  /// The standard deviation of the variable.
  public var sd: Double {
    switch self {
    case .exponential(let mean): mean
    case .lognormal(_, let sigma): mean * (exp(sigma * sigma) - 1).squareRoot()
    case .gamma(let shape, let scale): shape.squareRoot() * scale
    case .erlang(let k, let mean): mean / Double(k).squareRoot()
    }
  }

  /// SimKernel's sampler for this member, in the scenario format's parameters.
  public var distribution: Distribution {
    switch self {
    case .exponential(let mean): .exponential(mean: mean)
    case .lognormal: .lognormal(mean: mean, sd: sd)
    case .gamma: .gamma(mean: mean, sd: sd)
    case .erlang(let k, let mean): .erlang(mean: mean, k: k)
    }
  }

  /// The shape and scale of a gamma or Erlang member.
  private var gammaParameters: (shape: Double, scale: Double)? {
    switch self {
    case .gamma(let shape, let scale): (shape, scale)
    case .erlang(let k, let mean): (Double(k), mean / Double(k))
    default: nil
    }
  }

  /// P(X ≤ x).
  public func cdf(_ x: Double) -> Double {
    guard x > 0 else { return 0 }
    switch self {
    case .exponential(let mean): return -expm1(-x / mean)
    case .lognormal(let mu, let sigma): return SpecialFunctions.normalCDF((log(x) - mu) / sigma)
    case .gamma, .erlang:
      let (shape, scale) = gammaParameters!
      return SpecialFunctions.regularizedGammaP(shape, x / scale)
    }
  }

  /// P(X > x), accurate in the upper tail.
  public func survival(_ x: Double) -> Double {
    guard x > 0 else { return 1 }
    switch self {
    case .exponential(let mean): return exp(-x / mean)
    case .lognormal(let mu, let sigma):
      return SpecialFunctions.normalCDF(-(log(x) - mu) / sigma)
    case .gamma, .erlang:
      let (shape, scale) = gammaParameters!
      return SpecialFunctions.regularizedGammaQ(shape, x / scale)
    }
  }

  /// ln f(x) for x > 0.
  public func logDensity(_ x: Double) -> Double {
    switch self {
    case .exponential(let mean): return -log(mean) - x / mean
    case .lognormal(let mu, let sigma):
      let z = (log(x) - mu) / sigma
      return -log(x) - log(sigma) - 0.5 * log(2 * Double.pi) - z * z / 2
    case .gamma, .erlang:
      let (shape, scale) = gammaParameters!
      return (shape - 1) * log(x) - x / scale - shape * log(scale) - lgamma(shape)
    }
  }

  /// ln P(X > x), floored at ln 1e-300 so that one far-out value cannot make a likelihood −∞.
  public func logSurvival(_ x: Double) -> Double {
    if case .exponential(let mean) = self { return -max(0, x) / mean }
    return log(max(survival(x), 1e-300))
  }

  /// The p-quantile, 0 < p < 1.
  public func quantile(_ p: Double) -> Double {
    switch self {
    case .exponential(let mean): return -mean * log1p(-p)
    case .lognormal(let mu, let sigma): return exp(mu + sigma * SpecialFunctions.normalQuantile(p))
    case .gamma, .erlang:
      let (shape, scale) = gammaParameters!
      return scale * SpecialFunctions.gammaQuantile(p, shape: shape)
    }
  }
}
