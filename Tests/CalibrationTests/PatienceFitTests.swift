import SimKernel
import Testing

@testable import Calibration

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct PatienceFitTests {
  let k = FittingSamples.tolerance

  /// Patience exponential of mean 180 s (rate λ), answers after exponential waits of mean 60 s
  /// (rate μ): a caller abandons with probability λ/(λ + μ) = ¼, so 75 % of patience is
  /// censored. The abandoned callers' waits are min(patience, answer), exponential of mean
  /// 1/(λ + μ) = 45 s whatever the truth: the naive estimate is 4 times too short. The
  /// censored MLE's standard error is mean/√(expected abandons).
  @Test func heavyCensoringBiasesTheNaiveMeanButNotTheMLE() throws {
    let n = 4_000
    let data = FittingSamples.censoredWaits(
      patience: .exponential(mean: 180), answer: .exponential(mean: 60), count: n,
      stream: "patience-exp")
    let fit = try PatienceFit(waits: data.waits, abandoned: data.abandoned)
    let abandons = Double(n) / 4
    #expect(abs(fit.censoredShare - 0.75) <= k * (0.75 * 0.25 / Double(n)).squareRoot())
    #expect(abs(fit.naiveMean.value - 45) <= k * 45 / abandons.squareRoot())
    let exponential = try #require(fit.model(.exponential))
    let se = 180 / abandons.squareRoot()
    #expect(abs(exponential.mean.value - 180) <= k * se)
    #expect(abs(exponential.mean.standardError / se - 1) < 0.1)
    // The gamma nests the exponential: its sd recovers the exponential's sd = mean.
    let gamma = try #require(fit.model(.gamma))
    #expect(abs(gamma.mean.value - 180) <= k * gamma.mean.standardError)
    #expect(abs(gamma.sd!.value - 180) <= k * gamma.sd!.standardError)
    #expect(gamma.logLikelihood >= exponential.logLikelihood - 1e-6)
    #expect(fit.best.family != .lognormal)
    // Kaplan–Meier from the same waits: its median is 180·ln 2 within the KM tolerance (the
    // median's standard error as in KaplanMeierTests).
    let median = try #require(fit.kaplanMeier.median)
    let (lambda, mu) = (1.0 / 180, 1.0 / 60)
    let trueMedian = 180 * log(2.0)
    let medianSE =
      (lambda * (exp((lambda + mu) * trueMedian) - 1) / (Double(n) * (lambda + mu)))
      .squareRoot() / lambda
    #expect(abs(median.value / log(2.0) - 180) <= k * medianSE / log(2.0))
  }

  /// Lognormal patience of mean 200 s and sd 250 s under the same answers: the lognormal is
  /// chosen and recovers both parameters within 4 of its observed-information standard errors
  /// (whose own accuracy the next test checks), while the naive mean falls far short.
  @Test func lognormalPatienceIsRecoveredUnderCensoring() throws {
    let data = FittingSamples.censoredWaits(
      patience: .lognormal(mean: 200, sd: 250), answer: .exponential(mean: 60), count: 6_000,
      stream: "patience-logn")
    let fit = try PatienceFit(waits: data.waits, abandoned: data.abandoned)
    #expect(fit.best.family == .lognormal)
    let model = fit.best
    #expect(abs(model.mean.value - 200) <= k * model.mean.standardError)
    #expect(abs(model.sd!.value - 250) <= k * model.sd!.standardError)
    #expect(fit.naiveMean.value < model.mean.value - k * model.mean.standardError)
    #expect(fit.censoredShare > 0.6)
  }

  /// The observed-information standard errors against the spread of 60 fits (kept few for the
  /// test's run time): an sd from R replicates is within ±1/√(2R) ≈ 9 % of the truth (one SE),
  /// so 4 × that plus the small-sample bias of the SE makes the 40 % allowed.
  @Test func observedInformationMatchesTheSpreadOfEstimates() throws {
    var means: [Double] = []
    var reported = 0.0
    let replicates = 60
    for r in 0..<replicates {
      let data = FittingSamples.censoredWaits(
        patience: .lognormal(mean: 200, sd: 250), answer: .exponential(mean: 60), count: 600,
        stream: "spread-\(r)")
      let model = try PatienceFit(
        waits: data.waits, abandoned: data.abandoned, families: [.lognormal]
      ).best
      means.append(model.mean.value)
      reported += model.mean.standardError / Double(replicates)
    }
    let spread = Tally(means).standardDeviation!
    #expect(abs(reported / spread - 1) < 0.4, "\(reported) vs \(spread)")
  }

  /// The likelihood kept in sums equals the definition, value by value.
  @Test func likelihoodFromSumsMatchesTheDefinition() {
    let data = FittingSamples.censoredWaits(
      patience: .gamma(mean: 150, sd: 100), answer: .exponential(mean: 40), count: 500,
      stream: "patience-sums")
    let likelihood = CensoredLikelihood(
      events: zip(data.waits, data.abandoned).filter { $0.1 }.map(\.0),
      censored: zip(data.waits, data.abandoned).filter { !$0.1 }.map(\.0))
    let members: [ParametricDistribution] = [
      .lognormal(mu: 4.5, sigma: 0.8), .lognormal(mu: 3, sigma: 2), .gamma(shape: 2.2, scale: 70),
      .gamma(shape: 0.4, scale: 300), .exponential(mean: 120),
    ]
    for member in members {
      let direct = likelihood.directLogLikelihood(member)
      #expect(abs(likelihood.logLikelihood(member) - direct) < 1e-9 * abs(direct), "\(member)")
    }
  }

  @Test func zeroAbandonsAreCountedAndBadInputRefused() throws {
    var data = FittingSamples.censoredWaits(
      patience: .exponential(mean: 100), answer: .exponential(mean: 50), count: 300,
      stream: "patience-zero")
    data.waits += [0, 0, 0]
    data.abandoned += [true, true, false]
    let fit = try PatienceFit(waits: data.waits, abandoned: data.abandoned)
    #expect(fit.zeroAbandonCount == 2)
    #expect(fit.abandonedCount == data.abandoned.count { $0 })
    #expect(fit.answeredCount + fit.abandonedCount == 303)
    #expect(fit.naiveMean.count == fit.abandonedCount - 2)
    #expect(fit.models.map(\.aic) == fit.models.map(\.aic).sorted())
    #expect(throws: FittingError.self) {
      try PatienceFit(waits: [10, 20, 30], abandoned: [true, false, false])
    }
    #expect(throws: FittingError.self) { try PatienceFit(waits: [10, 20], abandoned: [true]) }
  }
}
