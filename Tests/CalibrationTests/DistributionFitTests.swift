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

@Suite struct DistributionFitTests {
  let k = FittingSamples.tolerance

  @Test func exponentialRecoversItsMean() throws {
    let n = 4_000
    let samples = FittingSamples.draw(.exponential(mean: 240), count: n, stream: "exp")
    let fits = try DistributionFits(samples: samples)
    let fit = try #require(fits.fit(.exponential))
    let se = 240 / Double(n).squareRoot()
    #expect(abs(fit.mean.value - 240) <= k * se)
    #expect(abs(fit.mean.standardError / se - 1) < 0.1)
    #expect(fit.goodness.kolmogorovSmirnovPValue > 0.001)
    // The Erlang's best k and the gamma's shape are 1 here.
    #expect(fits.fit(.erlang)?.k == 1)
    let gamma = try #require(fits.fit(.gamma))
    #expect(abs(gamma.sd!.value - 240) <= k * gamma.sd!.standardError)
  }

  /// Theory: μ̂, σ̂² independent with variances σ²/n and 2σ⁴/n; mean = e^(μ+σ²/2) and
  /// sd = mean·√(e^σ² − 1) by the delta method.
  @Test func lognormalRecoversMeanAndSD() throws {
    let n = 4_000
    let (mean, sd) = (300.0, 400.0)
    let samples = FittingSamples.draw(.lognormal(mean: mean, sd: sd), count: n, stream: "logn")
    let fits = try DistributionFits(samples: samples)
    #expect(fits.best.family == .lognormal)
    let fit = try #require(fits.fit(.lognormal))
    let v = log(1 + sd * sd / (mean * mean))
    let meanSE = mean * ((v + v * v / 2) / Double(n)).squareRoot()
    let dSdV = sd / 2 + mean * exp(v) / (2 * (exp(v) - 1).squareRoot())
    let sdSE = (sd * sd * v / Double(n) + dSdV * dSdV * 2 * v * v / Double(n)).squareRoot()
    #expect(abs(fit.mean.value - mean) <= k * meanSE)
    #expect(abs(fit.sd!.value - sd) <= k * sdSE)
    #expect(abs(fit.mean.standardError / meanSE - 1) < 0.15)
    #expect(abs(fit.sd!.standardError / sdSE - 1) < 0.25)
    let exponential = try #require(fits.fit(.exponential))
    #expect(exponential.goodness.kolmogorovSmirnovPValue < 1e-6)
    for other in fits.fits where other.family != .lognormal {
      #expect(fit.goodness.andersonDarling < other.goodness.andersonDarling)
      #expect(fit.goodness.kolmogorovSmirnov < other.goodness.kolmogorovSmirnov)
    }
  }

  /// Theory: in (mean, α) the information is diagonal, α/mean² and ψ′(α) − 1/α per value.
  @Test func gammaRecoversMeanAndSDAndBeatsTheErlang() throws {
    let n = 3_000
    let (mean, alpha) = (250.0, 2.5)
    let sd = mean / alpha.squareRoot()
    let samples = FittingSamples.draw(.gamma(mean: mean, sd: sd), count: n, stream: "gamma")
    let fits = try DistributionFits(samples: samples)
    #expect(fits.best.family == .gamma)
    let fit = try #require(fits.fit(.gamma))
    let meanSE = sd / Double(n).squareRoot()
    let varAlpha = 1 / (Double(n) * (SpecialFunctions.trigamma(alpha) - 1 / alpha))
    let sdSE =
      (meanSE * meanSE / alpha + mean * mean / (4 * pow(alpha, 3)) * varAlpha).squareRoot()
    #expect(abs(fit.mean.value - mean) <= k * meanSE)
    #expect(abs(fit.sd!.value - sd) <= k * sdSE)
    #expect(abs(fit.mean.standardError / meanSE - 1) < 0.15)
    #expect(abs(fit.sd!.standardError / sdSE - 1) < 0.2)
    for other in fits.fits where other.family != .gamma {
      #expect(fit.goodness.andersonDarling < other.goodness.andersonDarling)
    }
  }

  @Test func erlangFindsItsStages() throws {
    let n = 3_000
    let samples = FittingSamples.draw(.erlang(mean: 180, k: 3), count: n, stream: "erlang")
    let fits = try DistributionFits(samples: samples)
    let fit = try #require(fits.fit(.erlang))
    #expect(fit.k == 3)
    let se = 180 / (3 * Double(n)).squareRoot()
    #expect(abs(fit.mean.value - 180) <= k * se)
    #expect(abs(fit.mean.standardError / se - 1) < 0.1)
    // The Erlang is a gamma with whole shape: the gamma's likelihood is never lower.
    #expect(fits.fit(.gamma)!.logLikelihood >= fit.logLikelihood)
  }

  /// The delta-method standard errors against the spread of the estimates over 300 samples:
  /// an sd from R replicates is within ±1/√(2R) ≈ 4 % (one SE) of the truth, so 4 × that
  /// plus the O(1/n) small-sample bias of the SE makes the 20 % allowed.
  @Test func reportedStandardErrorsMatchTheSpreadOfEstimates() throws {
    var means: [Double] = []
    var sds: [Double] = []
    var reportedMean = 0.0
    var reportedSD = 0.0
    let replicates = 300
    for r in 0..<replicates {
      let samples = FittingSamples.draw(
        .lognormal(mean: 100, sd: 80), count: 200, stream: "spread", seed: UInt64(r))
      let fit = try DistributionFits(samples: samples, families: [.lognormal]).best
      means.append(fit.mean.value)
      sds.append(fit.sd!.value)
      reportedMean += fit.mean.standardError / Double(replicates)
      reportedSD += fit.sd!.standardError / Double(replicates)
    }
    let meanSpread = Tally(means).standardDeviation!
    let sdSpread = Tally(sds).standardDeviation!
    #expect(abs(reportedMean / meanSpread - 1) < 0.2, "\(reportedMean) vs \(meanSpread)")
    #expect(abs(reportedSD / sdSpread - 1) < 0.2, "\(reportedSD) vs \(sdSpread)")
  }

  @Test func zerosAndInvalidValuesAreDroppedAndCounted() throws {
    var samples = FittingSamples.draw(.exponential(mean: 60), count: 500, stream: "zeros")
    samples += [0, 0, 0, -4, .nan, .infinity]
    let fits = try DistributionFits(samples: samples)
    #expect(fits.sampleCount == 500)
    #expect(fits.zeroCount == 3)
    #expect(fits.invalidCount == 3)
    #expect(fits.fits.count == 4)
    #expect(fits.fits.map(\.aic) == fits.fits.map(\.aic).sorted())
    #expect(throws: FittingError.self) { try DistributionFits(samples: [0, 0, 5]) }
    #expect(throws: FittingError.self) { try DistributionFits(samples: [5, 5, 5]) }
  }

  /// At most 200 points, levels rising, and on the true family the quantiles agree.
  @Test func quantilePairsFollowTheFit() throws {
    let samples = FittingSamples.draw(.lognormal(mean: 120, sd: 60), count: 5_000, stream: "qq")
    let fit = try DistributionFits(samples: samples, families: [.lognormal]).best
    let pairs = fit.goodness.quantilePairs
    #expect(pairs.count == 200)
    #expect(zip(pairs, pairs.dropFirst()).allSatisfy { $0.probability < $1.probability })
    #expect(zip(pairs, pairs.dropFirst()).allSatisfy { $0.empirical <= $1.empirical })
    let middle = pairs[100]
    #expect(abs(middle.empirical / middle.theoretical - 1) < 0.05)
    let small = try DistributionFits(samples: [1, 2, 3, 5, 8], families: [.exponential]).best
    #expect(small.goodness.quantilePairs.map(\.empirical) == [1, 2, 3, 5, 8])
  }
}
