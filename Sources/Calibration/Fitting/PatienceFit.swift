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
