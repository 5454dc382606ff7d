#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension Distribution {
  /// The same distribution stretched by `factor` (> 0): every value multiplied by it, so the
  /// mean is multiplied by `factor` and the coefficient of variation is unchanged.
  public func scaled(by factor: Double) -> Distribution {
    switch shape {
    case .fixed(let value): .fixed(value * factor)
    case .exponential(let mean): .exponential(mean: mean * factor)
    case .uniform(let min, let width):
      Distribution(
        .uniform(min: min * factor, width: width * factor), mean: mean * factor,
        variance: variance * factor * factor)
    case .lognormal(let mu, let sigma):
      Distribution(
        .lognormal(mu: mu + log(factor), sigma: sigma), mean: mean * factor,
        variance: variance * factor * factor)
    case .gamma(let shape, let scale):
      Distribution(
        .gamma(shape: shape, scale: scale * factor), mean: mean * factor,
        variance: variance * factor * factor)
    case .erlang(let k, let stageMean):
      Distribution(
        .erlang(k: k, stageMean: stageMean * factor), mean: mean * factor,
        variance: variance * factor * factor)
    case .triangular(let min, let mode, let max):
      .triangular(min: min * factor, mode: mode * factor, max: max * factor)
    case .empirical(let table):
      Distribution(
        .empirical(
          EmpiricalTable(values: table.values.map { $0 * factor }, cumulative: table.cumulative)),
        mean: mean * factor, variance: variance * factor * factor)
    }
  }
}
