import SimKernel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The sufficient statistics of a positive sample and the maximum-likelihood fit of each family.
struct FittingSample {
  let sorted: [Double]
  let n: Double
  let mean: Double
  /// The mean of ln x.
  let meanLog: Double
  /// The (1/n) variance of ln x.
  let varianceLog: Double

  init(sorted: [Double]) {
    self.sorted = sorted
    n = Double(sorted.count)
    mean = sorted.reduce(0, +) / n
    let logs = sorted.map { log($0) }
    let meanLog = logs.reduce(0, +) / n
    self.meanLog = meanLog
    varianceLog = logs.reduce(0) { $0 + ($1 - meanLog) * ($1 - meanLog) } / n
  }

  func fit(_ family: DistributionFamily) -> DistributionFit {
    switch family {
    case .exponential: exponential()
    case .lognormal: lognormal()
    case .gamma: gamma()
    case .erlang: erlang()
    }
  }

  /// Σ ln f(xᵢ) for a member.
  func logLikelihood(_ distribution: ParametricDistribution) -> Double {
    sorted.reduce(0) { $0 + distribution.logDensity($1) }
  }

  private func make(
    _ distribution: ParametricDistribution, mean: ParameterEstimate, sd: ParameterEstimate?,
    k: Int? = nil, logLikelihood: Double, parameterCount: Int
  ) -> DistributionFit {
    DistributionFit(
      distribution: distribution, mean: mean, sd: sd, k: k, logLikelihood: logLikelihood,
      parameterCount: parameterCount,
      goodness: GoodnessOfFit(sorted: sorted, distribution: distribution))
  }

  /// The mean is x̄, with Var = mean²/n.
  func exponential() -> DistributionFit {
    let distribution = ParametricDistribution.exponential(mean: mean)
    return make(
      distribution,
      mean: ParameterEstimate(value: mean, standardError: mean / n.squareRoot(), count: count),
      sd: nil, logLikelihood: -n * log(mean) - n, parameterCount: 1)
  }

  /// μ̂ and σ̂² are the mean and (1/n) variance of ln x, independent with variances σ²/n and
  /// 2σ⁴/n; mean = e^(μ+σ²/2) and sd = mean·√(e^σ² − 1) by the delta method.
  func lognormal() -> DistributionFit {
    let v = varianceLog
    let sigma = v.squareRoot()
    let distribution = ParametricDistribution.lognormal(mu: meanLog, sigma: sigma)
    let m = distribution.mean
    let s = distribution.sd
    let varMu = v / n
    let varV = 2 * v * v / n
    let meanSE = (m * m * varMu + m * m / 4 * varV).squareRoot()
    let dSdV = s / 2 + m * exp(v) / (2 * (exp(v) - 1).squareRoot())
    let sdSE = (s * s * varMu + dSdV * dSdV * varV).squareRoot()
    let logL = -n * meanLog - n * log(sigma) - n / 2 * log(2 * Double.pi) - n / 2
    return make(
      distribution, mean: ParameterEstimate(value: m, standardError: meanSE, count: count),
      sd: ParameterEstimate(value: s, standardError: sdSE, count: count), logLikelihood: logL,
      parameterCount: 2)
  }

  /// The shape solves ln α − ψ(α) = ln x̄ − mean(ln x) (Newton from Minka's start), the mean is
  /// x̄. In (mean, α) the information is diagonal: α/mean² and ψ′(α) − 1/α per value; the sd
  /// mean/√α follows by the delta method.
  func gamma() -> DistributionFit {
    let alpha = gammaShape()
    let distribution = ParametricDistribution.gamma(shape: alpha, scale: mean / alpha)
    let varMean = mean * mean / (n * alpha)
    let varAlpha = 1 / (n * (SpecialFunctions.trigamma(alpha) - 1 / alpha))
    let sd = mean / alpha.squareRoot()
    let dSdMean = 1 / alpha.squareRoot()
    let dSdAlpha = -mean / (2 * pow(alpha, 1.5))
    let sdSE = (dSdMean * dSdMean * varMean + dSdAlpha * dSdAlpha * varAlpha).squareRoot()
    return make(
      distribution,
      mean: ParameterEstimate(value: mean, standardError: varMean.squareRoot(), count: count),
      sd: ParameterEstimate(value: sd, standardError: sdSE, count: count),
      logLikelihood: logLikelihood(distribution), parameterCount: 2)
  }

  /// The gamma shape of highest likelihood.
  func gammaShape() -> Double {
    let s = log(mean) - meanLog
    var alpha = (3 - s + ((s - 3) * (s - 3) + 24 * s).squareRoot()) / (12 * s)
    for _ in 0..<100 {
      let g = log(alpha) - SpecialFunctions.digamma(alpha) - s
      let slope = 1 / alpha - SpecialFunctions.trigamma(alpha)
      var next = alpha - g / slope
      if !(next > 0) { next = alpha / 2 }
      if abs(next - alpha) <= 1e-13 * alpha { return next }
      alpha = next
    }
    return alpha
  }

  /// The profile likelihood in the shape is concave (its slope n(ln α − ψ(α) − s) falls), so the
  /// best integer k is the floor or the ceiling of the gamma shape (at least 1). The mean is x̄
  /// with Var = mean²/(n k).
  func erlang() -> DistributionFit {
    let alpha = gammaShape()
    let floor = max(1, Int(alpha.rounded(.down)))
    var best = (k: floor, distribution: ParametricDistribution.erlang(k: floor, mean: mean))
    var bestLogL = logLikelihood(best.distribution)
    let ceiling = floor + 1
    let above = ParametricDistribution.erlang(k: ceiling, mean: mean)
    let aboveLogL = logLikelihood(above)
    if aboveLogL > bestLogL {
      best = (ceiling, above)
      bestLogL = aboveLogL
    }
    let meanSE = mean / (n * Double(best.k)).squareRoot()
    return make(
      best.distribution, mean: ParameterEstimate(value: mean, standardError: meanSE, count: count),
      sd: nil, k: best.k, logLikelihood: bestLogL, parameterCount: 2)
  }

  private var count: Int { sorted.count }
}
