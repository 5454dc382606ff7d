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

@Suite struct ArrivalFitTests {
  let k = FittingSamples.tolerance
  static let weeks = 52
  static let intervals = 16
  static let weekdayLevel = [1.2, 1.0, 1.0, 0.95, 1.1, 0.6, 0.4]

  /// λ_{w,i}: a hump over the day, scaled per weekday (a Monday of about 2 300 calls).
  static func rate(_ weekday: Int, _ interval: Int) -> Double {
    let hump = 0.6 + 0.8 * sin(Double.pi * (Double(interval) + 0.5) / Double(intervals))
    return weekdayLevel[weekday] * 100 * hump
  }

  static func dayTotal(_ weekday: Int) -> Double {
    (0..<intervals).reduce(0) { $0 + rate(weekday, $1) }
  }

  /// A Poisson count: the arrivals of a unit-rate process before `mean`, from SimKernel's
  /// exponential deviates.
  static func poisson(_ mean: Double, _ rng: inout Xoshiro256StarStar) -> Int {
    var clock = rng.nextUnitExponential()
    var count = 0
    while clock < mean {
      count += 1
      clock += rng.nextUnitExponential()
    }
    return count
  }

  /// 52 weeks of days, each scaled by a gamma busyness factor of mean 1 and cv `cv` (none at 0).
  static func days(cv: Double, stream: String) -> (counts: [[Int]], weekdays: [Int]) {
    var rng = RandomStreams(seed: 3).stream(stream)
    let busyness = Distribution.gamma(mean: 1, sd: cv)
    var counts: [[Int]] = []
    var weekdays: [Int] = []
    for day in 0..<(weeks * 7) {
      let weekday = day % 7
      let factor = cv > 0 ? busyness.sample(using: &rng) : 1
      counts.append((0..<intervals).map { poisson(factor * rate(weekday, $0), &rng) })
      weekdays.append(weekday)
    }
    return (counts, weekdays)
  }

  /// Var ĉ² ≈ Σ(n−1)² Var s²_w / (Σ(n−1)Λ_w²)², with Var s² = 2σ⁴/(n − 1) + κ₄/n and, for a
  /// gamma factor, σ² = Λ + Λ²c² and fourth cumulant κ₄ ≈ 6c⁶Λ⁴ (+ the Poisson's Λ, negligible).
  static func theoreticalSquaredCVSE(cv: Double) -> Double {
    let n = Double(weeks)
    var numerator = 0.0
    var denominator = 0.0
    for weekday in 0..<7 {
      let level = dayTotal(weekday)
      let variance = level + level * level * cv * cv
      let kappa4 = 6 * pow(cv, 6) * pow(level, 4) + level
      numerator += (n - 1) * (n - 1) * (2 * variance * variance / (n - 1) + kappa4 / n)
      denominator += (n - 1) * level * level
    }
    return numerator.squareRoot() / denominator
  }

  @Test func busynessCVIsRecoveredFromPoissonGammaDays() throws {
    let cv = 0.15
    let data = Self.days(cv: cv, stream: "busy")
    let fit = try ArrivalFit(counts: data.counts, weekdays: data.weekdays)
    let se = Self.theoreticalSquaredCVSE(cv: cv) / (2 * cv)
    #expect(abs(fit.busynessCV.value - cv) <= k * se, "\(fit.busynessCV.value) ± \(se)")
    #expect(abs(fit.busynessCV.standardError / se - 1) < 0.3, "\(fit.busynessCV) vs \(se)")
    #expect(fit.busynessCV.lower95 < fit.busynessCV.value)
    #expect(fit.busynessCV.value < fit.busynessCV.upper95)
    #expect(fit.dayCounts == Array(repeating: Self.weeks, count: 7))
    // Per weekday and interval: mean λ with Var = λ + λ²c² per day.
    for (weekday, interval) in [(0, 8), (5, 2), (6, 15)] {
      let lambda = Self.rate(weekday, interval)
      let se = ((lambda + lambda * lambda * cv * cv) / Double(Self.weeks)).squareRoot()
      let estimate = fit.intervalMeans[weekday][interval]
      #expect(abs(estimate.value - lambda) <= k * se)
      #expect(abs(estimate.standardError / se - 1) < 0.4)
    }
    let monday = Self.dayTotal(0)
    let mondaySE = ((monday + monday * monday * cv * cv) / Double(Self.weeks)).squareRoot()
    #expect(abs(fit.dailyTotals[0]!.value - monday) <= k * mondaySE)
  }

  /// On Poisson days ĉ² is about normal around 0 with the standard error above (c = 0), so ĉ
  /// stays below √(4 SE); the dispersion index is 1 within 4 of its standard error
  /// √(2Σ(n−1)Λ²)/Σ(n−1)Λ.
  @Test func poissonDaysShowNoBusyness() throws {
    let data = Self.days(cv: 0, stream: "calm")
    let fit = try ArrivalFit(counts: data.counts, weekdays: data.weekdays)
    #expect(fit.busynessCV.value <= (k * Self.theoreticalSquaredCVSE(cv: 0)).squareRoot())
    let n = Double(Self.weeks)
    let squares = (0..<7).reduce(0.0) { $0 + (n - 1) * Self.dayTotal($1) * Self.dayTotal($1) }
    let levels = (0..<7).reduce(0.0) { $0 + (n - 1) * Self.dayTotal($1) }
    let indexSE = (2 * squares).squareRoot() / levels
    #expect(abs(fit.dispersionIndex.value - 1) <= k * indexSE)
    #expect(abs(fit.dispersionIndex.standardError / indexSE - 1) < 0.3)
  }

  @Test func fixedSeedGivesTheSameBootstrap() throws {
    let data = Self.days(cv: 0.1, stream: "repeat")
    let first = try ArrivalFit(counts: data.counts, weekdays: data.weekdays, seed: 5)
    let second = try ArrivalFit(counts: data.counts, weekdays: data.weekdays, seed: 5)
    #expect(first == second)
  }

  @Test func badInputIsRefused() {
    #expect(throws: FittingError.self) { try ArrivalFit(counts: [[1], [2]], weekdays: [0]) }
    #expect(throws: FittingError.self) {
      try ArrivalFit(counts: [[1], [2, 3]], weekdays: [0, 0])
    }
    #expect(throws: FittingError.self) { try ArrivalFit(counts: [[1], [-2]], weekdays: [0, 0]) }
    #expect(throws: FittingError.self) { try ArrivalFit(counts: [[1], [2]], weekdays: [0, 7]) }
  }

  @Test func oneDayPerWeekdayGivesTheMeansAndAnUnknownBusyness() throws {
    // No day-to-day variance to measure: the means stand, the busyness is 0, unbounded.
    let fit = try ArrivalFit(counts: [[1, 3], [2, 4]], weekdays: [0, 1])
    #expect(
      fit.intervalMeans[0].map(\.value) == [1, 3] && fit.intervalMeans[1].map(\.value) == [2, 4])
    #expect(fit.busynessCV.value == 0 && fit.busynessCV.standardError == .infinity)
  }
}
