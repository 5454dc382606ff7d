#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Callers' patience estimated from their waits, where an answer censors the patience.
///
/// A caller who abandoned after waiting w had a patience of w; one answered after w had a
/// patience above w, unknown by how much. The likelihood is Σ_abandoned ln f(w) +
/// Σ_answered ln S(w), maximised in closed form for the exponential (mean = total wait /
/// abandons) and by Nelder–Mead for the lognormal and gamma, with standard errors from the
/// observed information. The mean of the abandoned callers' waits (`naiveMean`) is reported
/// beside it because it is what a centre usually quotes; under censoring it is biased low
/// (it is the mean of min(patience, wait for an answer) given abandonment).
///
/// Abandons after a wait of 0 have no density under these families: they are left out of the
/// parametric fits and counted in `zeroAbandonCount` (the Kaplan–Meier estimate keeps them).
public struct PatienceFit: Sendable, Equatable {
  /// One family fitted to the censored waits.
  public struct Model: Sendable, Equatable {
    public var distribution: ParametricDistribution
    /// The mean patience, the scenario format's first parameter.
    public var mean: ParameterEstimate
    /// The sd of the patience, for the lognormal and gamma.
    public var sd: ParameterEstimate?
    /// Σ ln f + Σ ln S at the estimate.
    public var logLikelihood: Double
    public var parameterCount: Int
    /// 2p − 2 ln L: lower is better.
    public var aic: Double { 2 * Double(parameterCount) - 2 * logLikelihood }
    public var family: DistributionFamily { distribution.family }
  }

  /// The models, lowest AIC first.
  public var models: [Model]
  /// The mean of the abandoned callers' waits, with its standard error (biased low, see above).
  public var naiveMean: ParameterEstimate
  /// The share of callers whose patience is censored (answered): answered / all.
  public var censoredShare: Double
  public var abandonedCount: Int
  public var answeredCount: Int
  /// Abandons at a wait of 0, left out of the parametric fits.
  public var zeroAbandonCount: Int
  /// The Kaplan–Meier estimate of the patience's survival from the same waits.
  public var kaplanMeier: KaplanMeier

  /// The model of lowest AIC.
  public var best: Model { models[0] }

  /// The model of `family`, if it was fitted.
  public func model(_ family: DistributionFamily) -> Model? {
    models.first { $0.family == family }
  }

  /// Fits `families` (exponential, lognormal and gamma; an Erlang asked for is ignored) to
  /// `waits` (seconds ≥ 0), `abandoned[i]` telling whether caller i abandoned (true) or was
  /// answered (false).
  ///
  /// - Throws: `FittingError` when the arrays differ in length, a wait is negative or not
  ///   finite, or fewer than two callers abandoned after a positive wait.
  public init(
    waits: [Double], abandoned: [Bool],
    families: [DistributionFamily] = [.exponential, .lognormal, .gamma]
  ) throws {
    kaplanMeier = try KaplanMeier(times: waits, observed: abandoned)
    let events = zip(waits, abandoned).filter { $0.1 && $0.0 > 0 }.map(\.0)
    let censored = zip(waits, abandoned).filter { !$0.1 }.map(\.0)
    abandonedCount = abandoned.count { $0 }
    answeredCount = censored.count
    zeroAbandonCount = abandonedCount - events.count
    censoredShare = Double(answeredCount) / Double(waits.count)
    guard events.count >= 2 else {
      throw FittingError.tooFewValues(
        what: "abandons after a positive wait", needed: 2, found: events.count)
    }
    let d = Double(events.count)
    let eventMean = events.reduce(0, +) / d
    let eventVariance = events.reduce(0) { $0 + ($1 - eventMean) * ($1 - eventMean) } / (d - 1)
    naiveMean = ParameterEstimate(
      value: eventMean, standardError: (eventVariance / d).squareRoot(), count: events.count)
    let likelihood = CensoredLikelihood(events: events, censored: censored)
    models = families.compactMap { family -> Model? in
      switch family {
      case .exponential: return likelihood.exponential()
      case .lognormal: return likelihood.lognormal()
      case .gamma: return likelihood.gamma()
      case .erlang: return nil
      }
    }.sorted { $0.aic < $1.aic }
  }
}

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
