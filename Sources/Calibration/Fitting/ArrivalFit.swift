import SimKernel

/// Arrival rates and their day-to-day variation, from counts per day and interval.
///
/// The model is the scenario format's: on a day of weekday w, interval i receives
/// Poisson(B·λ_{w,i}) calls, where B is the day's busyness factor, gamma of mean 1 and
/// coefficient of variation c, shared by every interval of the day. A day's total N then has
/// mean Λ_w = Σᵢ λ_{w,i} and variance Λ_w + Λ_w² c².
///
/// c² is estimated by the method of moments pooled over weekdays,
/// ĉ² = Σ_w (n_w − 1)(s²_w − Λ̂_w) / Σ_w (n_w − 1) Λ̂_w² (s²_w the sample variance of the
/// day totals, unbiased for Var N), floored at 0 before the square root.
///
/// Its standard error and interval come from a seeded bootstrap over days (each weekday's days
/// resampled with replacement among themselves, so each keeps its own level) rather than the
/// delta method: ĉ is a square root of a floored ratio, whose derivative 1/(2c) blows up at the
/// c = 0 a Poisson centre sits at, and whose variance depends on the busyness factor's fourth
/// moment, which the data would have to supply anyway. Only the daily totals are resampled, so
/// 200 replicates cost little; the replicates' sd is the standard error and the interval is
/// the estimate ± 1.96 of it, floored at 0 — not the replicates' quantiles: with few days per
/// weekday (two weeks of history) a resample repeats a day often, its variance shrinks, and the
/// percentile interval can lie wholly below the estimate.
public struct ArrivalFit: Sendable, Equatable {
  /// The mean count of each interval on each weekday (0 = Monday … 6 = Sunday), with the
  /// standard error sd/√days; an empty array for a weekday without days. With a single day the
  /// standard error is infinite.
  public var intervalMeans: [[ParameterEstimate]]
  /// The mean daily total per weekday, nil for a weekday without days.
  public var dailyTotals: [ParameterEstimate?]
  /// How many days of each weekday were given.
  public var dayCounts: [Int]
  /// c, the coefficient of variation of the day's busyness factor (bootstrap SE and interval).
  public var busynessCV: ParameterEstimate
  /// The pooled dispersion index Σ(n_w − 1)s²_w / Σ(n_w − 1)Λ̂_w of the daily totals: 1 for
  /// Poisson days, 1 + Λc² with busyness (bootstrap SE and interval).
  public var dispersionIndex: ParameterEstimate

  /// The fit from `counts[day][interval]` (every day the same number of intervals) and the
  /// weekday of each day.
  ///
  /// - Throws: `FittingError` when the lengths disagree, a count is negative or a weekday is
  ///   outside 0...6. With no weekday seen on two days there is no day-to-day variance to
  ///   measure: the busyness cv is then 0 with an infinite standard error.
  public init(
    counts: [[Int]], weekdays: [Int], bootstrapReplicates: Int = 200, seed: UInt64 = 20
  ) throws {
    guard counts.count == weekdays.count else {
      throw FittingError.mismatchedLengths(
        what: "weekdays", expected: counts.count, found: weekdays.count)
    }
    let intervals = counts.first?.count ?? 0
    for (day, row) in counts.enumerated() {
      guard row.count == intervals else {
        throw FittingError.mismatchedLengths(
          what: "counts[\(day)]", expected: intervals, found: row.count)
      }
      if let bad = row.firstIndex(where: { $0 < 0 }) {
        throw FittingError.invalidValue(what: "counts[\(day)]", index: bad, value: Double(row[bad]))
      }
    }
    if let bad = weekdays.firstIndex(where: { !(0...6).contains($0) }) {
      throw FittingError.invalidValue(what: "weekdays", index: bad, value: Double(weekdays[bad]))
    }
    let days = (0..<7).map { w in counts.indices.filter { weekdays[$0] == w } }
    dayCounts = days.map(\.count)
    intervalMeans = days.map { indices in
      guard !indices.isEmpty else { return [] }
      return (0..<intervals).map { i in Self.meanEstimate(indices.map { Double(counts[$0][i]) }) }
    }
    let totals = days.map { indices in indices.map { Double(counts[$0].reduce(0, +)) } }
    dailyTotals = totals.map { $0.isEmpty ? nil : Self.meanEstimate($0) }

    guard dayCounts.contains(where: { $0 >= 2 }) else {
      // No weekday seen twice: no day-to-day variance to measure. The means stand (with
      // infinite standard errors); the busyness is unknown: 0, unbounded.
      let unknown = ParameterEstimate(
        value: 0, standardError: .infinity, lower95: 0, upper95: .infinity,
        count: dayCounts.reduce(0, +))
      busynessCV = unknown
      dispersionIndex = ParameterEstimate(
        value: 1, standardError: .infinity, lower95: 0, upper95: .infinity, count: unknown.count)
      return
    }
    let observed = Self.moments(totals)
    var rng = Xoshiro256StarStar(seed: seed)
    var cvReplicates: [Double] = []
    var indexReplicates: [Double] = []
    for _ in 0..<bootstrapReplicates {
      let resampled = totals.map { sample in
        sample.map { _ in
          sample[min(sample.count - 1, Int(rng.nextUnitInterval() * Double(sample.count)))]
        }
      }
      let moments = Self.moments(resampled)
      cvReplicates.append(moments.cv)
      indexReplicates.append(moments.dispersionIndex)
    }
    let dayTotal = dayCounts.reduce(0, +)
    busynessCV = Self.bootstrapEstimate(observed.cv, cvReplicates, count: dayTotal)
    dispersionIndex = Self.bootstrapEstimate(
      observed.dispersionIndex, indexReplicates, count: dayTotal)
  }

  /// The mean with standard error sd/√n (infinite for one value).
  static func meanEstimate(_ values: [Double]) -> ParameterEstimate {
    let tally = Tally(values)
    let se = tally.standardDeviation.map { $0 / Double(tally.count).squareRoot() } ?? .infinity
    return ParameterEstimate(value: tally.mean, standardError: se, count: tally.count)
  }

  /// ĉ and the dispersion index from the day totals of each weekday.
  static func moments(_ totals: [[Double]]) -> (cv: Double, dispersionIndex: Double) {
    var excess = 0.0
    var squares = 0.0
    var variance = 0.0
    var level = 0.0
    for sample in totals where sample.count >= 2 {
      let tally = Tally(sample)
      let weight = Double(sample.count - 1)
      let s2 = tally.sampleVariance!
      excess += weight * (s2 - tally.mean)
      squares += weight * tally.mean * tally.mean
      variance += weight * s2
      level += weight * tally.mean
    }
    let c2 = squares > 0 ? excess / squares : 0
    return (max(0, c2).squareRoot(), level > 0 ? variance / level : 1)
  }

  /// The estimate with the replicates' sd as standard error and the normal interval, floored
  /// at 0 (both figures are non-negative).
  static func bootstrapEstimate(_ value: Double, _ replicates: [Double], count: Int)
    -> ParameterEstimate
  {
    guard replicates.count >= 2 else {
      return ParameterEstimate(
        value: value, standardError: .infinity, lower95: -.infinity, upper95: .infinity,
        count: count)
    }
    let se = Tally(replicates).standardDeviation!
    return ParameterEstimate(
      value: value, standardError: se, lower95: max(0, value - ParameterEstimate.z95 * se),
      upper95: value + ParameterEstimate.z95 * se, count: count)
  }
}
