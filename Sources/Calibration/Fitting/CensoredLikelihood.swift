import SimKernel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The censored log-likelihood of patience and its maximisation per family.
///
/// The abandons' part of the lognormal's and gamma's likelihood depends on them only through
/// sums (of w, of ln w, of squared deviations of ln w), kept once; only the answered callers'
/// ln S is evaluated value by value, from logarithms also kept once. The maximisation calls the
/// likelihood a few hundred times, so this is most of its cost.
struct CensoredLikelihood {
  let events: [Double]
  let censored: [Double]
  private let censoredLogs: [Double]
  private let eventSum: Double
  private let eventLogSum: Double
  private let eventLogMean: Double
  /// Σ (ln w − mean ln w)² over the abandons.
  private let eventLogSquares: Double

  init(events: [Double], censored: [Double]) {
    self.events = events
    self.censored = censored
    censoredLogs = censored.map { log($0) }
    eventSum = events.reduce(0, +)
    let logs = events.map { log($0) }
    let logSum = logs.reduce(0, +)
    let logMean = logSum / Double(logs.count)
    eventLogSum = logSum
    eventLogMean = logMean
    eventLogSquares = logs.reduce(0) { $0 + ($1 - logMean) * ($1 - logMean) }
  }

  /// Σ_abandoned ln f(w) + Σ_answered ln S(w), value by value: the definition.
  func directLogLikelihood(_ distribution: ParametricDistribution) -> Double {
    events.reduce(0) { $0 + distribution.logDensity($1) }
      + censored.reduce(0) { $0 + distribution.logSurvival($1) }
  }

  /// The same from the kept sums for the lognormal and gamma.
  func logLikelihood(_ distribution: ParametricDistribution) -> Double {
    let d = Double(events.count)
    switch distribution {
    case .lognormal(let mu, let sigma):
      let offset = eventLogMean - mu
      let squares = eventLogSquares + d * offset * offset
      let density =
        -eventLogSum - d * log(sigma) - d / 2 * log(2 * Double.pi) - squares / (2 * sigma * sigma)
      let survival = censoredLogs.reduce(0) {
        $0 + log(max(SpecialFunctions.normalCDF((mu - $1) / sigma), 1e-300))
      }
      return density + survival
    case .gamma(let shape, let scale):
      let density =
        (shape - 1) * eventLogSum - eventSum / scale - d * (shape * log(scale) + lgamma(shape))
      return density + censored.reduce(0) { $0 + distribution.logSurvival($1) }
    default:
      return directLogLikelihood(distribution)
    }
  }

  /// λ̂ = d / Σw, so the mean is Σw / d; the observed information d/λ² gives se(mean) = mean/√d.
  func exponential() -> PatienceFit.Model {
    let d = Double(events.count)
    let mean = exponentialMean
    let distribution = ParametricDistribution.exponential(mean: mean)
    return PatienceFit.Model(
      distribution: distribution,
      mean: ParameterEstimate(
        value: mean, standardError: mean / d.squareRoot(), count: events.count),
      sd: nil, logLikelihood: logLikelihood(distribution), parameterCount: 1)
  }

  /// Parameters (μ, ln σ), from σ = the sd of the abandoned waits' logarithms (at least 0.3) and
  /// μ placing the mean at the exponential's.
  func lognormal() -> PatienceFit.Model {
    let logs = events.map { log($0) }
    let meanLog = logs.reduce(0, +) / Double(logs.count)
    let sdLog = (logs.reduce(0) { $0 + ($1 - meanLog) * ($1 - meanLog) } / Double(logs.count))
      .squareRoot()
    let sigma = max(0.3, sdLog)
    let start = [log(exponentialMean) - sigma * sigma / 2, log(sigma)]
    return fit(start: start) { .lognormal(mu: $0[0], sigma: exp($0[1])) }
  }

  /// Parameters (ln α, ln θ), from the exponential's fit (α = 1), a member of the family.
  func gamma() -> PatienceFit.Model {
    fit(start: [0, log(exponentialMean)]) { .gamma(shape: exp($0[0]), scale: exp($0[1])) }
  }

  /// Total wait over abandons.
  private var exponentialMean: Double {
    (eventSum + censored.reduce(0, +)) / Double(events.count)
  }

  /// Maximises over two parameters scaled near 1, then reads the standard errors of the mean
  /// and sd from the observed information.
  private func fit(
    start: [Double], _ member: @escaping ([Double]) -> ParametricDistribution
  ) -> PatienceFit.Model {
    let objective = { (parameters: [Double]) -> Double in
      -logLikelihood(member(parameters))
    }
    let (point, value) = NelderMead.minimize(objective, from: start, steps: [0.3, 0.3])
    let information = ObservedInformation(objective, at: point)
    let distribution = member(point)
    let count = events.count
    return PatienceFit.Model(
      distribution: distribution,
      mean: ParameterEstimate(
        value: distribution.mean,
        standardError: information.standardError { member($0).mean }, count: count),
      sd: ParameterEstimate(
        value: distribution.sd, standardError: information.standardError { member($0).sd },
        count: count),
      logLikelihood: -value, parameterCount: 2)
  }
}
