#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A probability distribution of a non-negative quantity (a duration in seconds, usually).
///
/// Parameters are checked by whoever builds the distribution (the scenario validator); the
/// constructors here derive the sampling parameters once so that sampling is cheap.
public struct Distribution: Sendable, Equatable, BitwiseCopyable {
  @usableFromInline
  enum Shape: Sendable, Equatable, BitwiseCopyable {
    case fixed(Double)
    case exponential(mean: Double)
    case uniform(min: Double, width: Double)
    case lognormal(mu: Double, sigma: Double)
    case gamma(shape: Double, scale: Double)
    case erlang(k: Int, stageMean: Double)
    case triangular(min: Double, mode: Double, max: Double)
    case empirical(EmpiricalTable)
  }

  @usableFromInline let shape: Shape

  /// The mean of the distribution.
  public let mean: Double

  /// The variance of the distribution.
  public let variance: Double

  init(_ shape: Shape, mean: Double, variance: Double) {
    self.shape = shape
    self.mean = mean
    self.variance = variance
  }

  /// Always `value`.
  public static func fixed(_ value: Double) -> Distribution {
    Distribution(.fixed(value), mean: value, variance: 0)
  }

  /// Exponential with the given mean.
  public static func exponential(mean: Double) -> Distribution {
    Distribution(.exponential(mean: mean), mean: mean, variance: mean * mean)
  }

  /// Uniform on [min, max].
  public static func uniform(min: Double, max: Double) -> Distribution {
    let width = max - min
    return Distribution(
      .uniform(min: min, width: width), mean: (min + max) / 2, variance: width * width / 12)
  }

  /// Lognormal with the given mean and standard deviation of the variable itself.
  public static func lognormal(mean: Double, sd: Double) -> Distribution {
    let sigma2 = log(1 + (sd * sd) / (mean * mean))
    return Distribution(
      .lognormal(mu: log(mean) - sigma2 / 2, sigma: sigma2.squareRoot()), mean: mean,
      variance: sd * sd)
  }

  /// Gamma with the given mean and standard deviation.
  public static func gamma(mean: Double, sd: Double) -> Distribution {
    let shape = (mean * mean) / (sd * sd)
    return Distribution(
      .gamma(shape: shape, scale: mean / shape), mean: mean, variance: sd * sd)
  }

  /// Erlang: the sum of `k` exponential stages, with the given overall mean.
  public static func erlang(mean: Double, k: Int) -> Distribution {
    Distribution(
      .erlang(k: k, stageMean: mean / Double(k)), mean: mean,
      variance: mean * mean / Double(k))
  }

  /// Triangular on [min, max] with the given mode.
  public static func triangular(min: Double, mode: Double, max: Double) -> Distribution {
    let mean = (min + mode + max) / 3
    let variance = (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18
    return Distribution(.triangular(min: min, mode: mode, max: max), mean: mean, variance: variance)
  }

  /// A discrete distribution over `values` with relative `weights` (which need not sum to 1).
  public static func empirical(values: [Double], weights: [Double]) -> Distribution {
    let total = weights.reduce(0, +)
    var running = 0.0
    let cumulative = weights.map { weight in
      running += weight / total
      return running
    }
    let mean = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } / total
    let second = zip(values, weights).reduce(0) { $0 + $1.0 * $1.0 * $1.1 } / total
    return Distribution(
      .empirical(EmpiricalTable(values: values, cumulative: cumulative)), mean: mean,
      variance: max(0, second - mean * mean))
  }

  /// Whether every sample is the same value.
  public var isFixed: Bool {
    if case .fixed = shape { return true }
    return false
  }

  /// Draws one value.
  @inlinable @inline(__always)
  public func sample<G: RandomNumberGenerator>(using rng: inout G) -> Double {
    switch shape {
    case .fixed(let value):
      return value
    case .exponential(let mean):
      return mean * rng.nextUnitExponential()
    case .uniform(let min, let width):
      return min + width * rng.nextUnitInterval()
    case .lognormal(let mu, let sigma):
      return exp(mu + sigma * Self.standardNormal(using: &rng))
    case .gamma(let shape, let scale):
      return scale * Self.standardGamma(shape: shape, using: &rng)
    case .erlang(let k, let stageMean):
      var product = 1.0
      var total = 0.0
      for _ in 0..<k {
        product *= rng.nextUnitInterval()
        if product < 1e-280 {
          total -= log(product)
          product = 1
        }
      }
      return stageMean * (total - log(product))
    case .triangular(let min, let mode, let max):
      let u = rng.nextUnitInterval()
      let split = (mode - min) / (max - min)
      if u < split {
        return min + ((max - min) * (mode - min) * u).squareRoot()
      }
      return max - ((max - min) * (max - mode) * (1 - u)).squareRoot()
    case .empirical(let table):
      return table.value(at: rng.nextUnitInterval())
    }
  }

  /// Draws one duration, rounded to the clock's resolution.
  @inlinable @inline(__always)
  public func sampleDuration<G: RandomNumberGenerator>(using rng: inout G) -> SimDuration {
    .seconds(sample(using: &rng))
  }

  /// A standard normal deviate (`NormalZiggurat`).
  @inlinable
  static func standardNormal<G: RandomNumberGenerator>(using rng: inout G) -> Double {
    NormalZiggurat.sample(using: &rng)
  }

  /// A Gamma(shape, 1) deviate by Marsaglia and Tsang's method, boosted for shape < 1.
  @inlinable
  static func standardGamma<G: RandomNumberGenerator>(shape: Double, using rng: inout G) -> Double {
    if shape < 1 {
      let boosted = standardGamma(shape: shape + 1, using: &rng)
      return boosted * pow(rng.nextUnitInterval(), 1 / shape)
    }
    let d = shape - 1.0 / 3.0
    let c = 1 / (9 * d).squareRoot()
    while true {
      var x: Double
      var v: Double
      repeat {
        x = standardNormal(using: &rng)
        v = 1 + c * x
      } while v <= 0
      v = v * v * v
      let u = rng.nextUnitInterval()
      if u < 1 - 0.0331 * x * x * x * x { return d * v }
      if log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
    }
  }
}

extension RandomNumberGenerator {
  /// An exponential deviate of mean 1, by inversion.
  @inlinable @inline(__always)
  public mutating func nextUnitExponential() -> Double {
    -log(nextUnitInterval())
  }
}
