import SimKernel

@testable import Calibration

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A centre whose calls follow a known law: weekday levels, a trend, an interval profile per
/// weekday, a gamma busyness factor per day and Poisson counts; for testing forecasts against
/// the truth.
struct SyntheticCentre {
  var queue = "client"
  /// Expected calls of a Wednesday at `origin`.
  var level = 1_000.0
  /// Monday first; Sunday closed (its records say 0 calls).
  var weekdayFactors = [1.25, 1.1, 1.0, 1.0, 0.9, 0.35, 0]
  /// Log growth per week.
  var trendPerWeek = 0.01
  /// The day trends start from (t = 0).
  var origin = LocalTime.days(year: 2024, month: 3, day: 3)
  /// The coefficient of variation of each day's busyness factor.
  var dayCV = 0.05
  /// The coefficient of variation of a factor drawn for each interval: bursts within the day.
  var intervalCV = 0.0
  /// Half-hour intervals.
  var length = 1_800
  /// Whether days without calls are written (as zero intervals) or left out.
  var writesClosedDays = true

  var slots: Int { 86_400 / length }

  /// The expected calls of `day` before its busyness factor.
  func expectedTotal(day: Int) -> Double {
    level * weekdayFactors[LocalTime.weekday(ofDay: day)]
      * exp(trendPerWeek * Double(day - origin) / 7)
  }

  /// Each interval's share of a day of `weekday`: open 08:00–18:00 (Saturdays 09:00–13:00), a
  /// morning peak, Mondays earlier.
  func shares(weekday: Int) -> [Double] {
    let (open, close) = weekday == 5 ? (9.0, 13.0) : (8.0, 18.0)
    let peak = weekday == 0 ? 10.0 : 11.0
    let raw = (0..<slots).map { k -> Double in
      let hour = Double(k * length) / 3_600 + Double(length) / 7_200
      guard hour > open, hour < close else { return 0 }
      return 1 + 2 * exp(-(hour - peak) * (hour - peak) / 4)
    }
    let sum = raw.reduce(0, +)
    return raw.map { sum > 0 ? $0 / sum : 0 }
  }

  /// The AHT of interval `k`: longer in the afternoon.
  func handleTime(slot k: Int) -> Double { 300 + 60 * Double(k * length) / 86_400 }

  /// The expected calls of every interval of `day` once its busyness factor is drawn.
  func rates(day: Int, using rng: inout Xoshiro256StarStar) -> [Double] {
    let factor =
      dayCV > 0 ? Distribution.gamma(mean: 1, sd: dayCV).sample(using: &rng) : 1
    let total = expectedTotal(day: day) * factor
    let burst = Distribution.gamma(mean: 1, sd: max(intervalCV, 1e-9))
    return shares(weekday: LocalTime.weekday(ofDay: day)).map { share in
      share * total * (intervalCV > 0 && share > 0 ? burst.sample(using: &rng) : 1)
    }
  }

  /// The calls of every interval of `day`, drawn.
  func counts(day: Int, using rng: inout Xoshiro256StarStar) -> [Double] {
    rates(day: day, using: &rng).map { Double(Poisson.draw(mean: $0, using: &rng)) }
  }

  /// The interval records of `days`, drawn with `rng`: 90 % of calls handled, at `handleTime`;
  /// the intervals outside opening hours left out, as exports do.
  func history(days: Range<Int>, using rng: inout Xoshiro256StarStar) -> [IntervalRecord] {
    var records: [IntervalRecord] = []
    for day in days {
      let counts = counts(day: day, using: &rng)
      let shares = shares(weekday: LocalTime.weekday(ofDay: day))
      let closed = expectedTotal(day: day) == 0 || shares.allSatisfy { $0 == 0 }
      if closed && !writesClosedDays { continue }
      // Like an export, only the open hours of an open day.
      for (k, offered) in counts.enumerated() where closed || shares[k] > 0 {
        let handled = (offered * 0.9).rounded()
        records.append(
          IntervalRecord(
            queue: queue, start: LocalTime(seconds: Double(day * 86_400 + k * length)),
            length: Double(length), offered: offered, handled: handled,
            averageHandleTime: handled > 0 ? handleTime(slot: k) : 0))
      }
    }
    return records
  }
}

/// Poisson draws: inversion for small means, Hörmann's PTRS (transformed rejection with
/// squeeze, 1993) from 10.
enum Poisson {
  static func draw(mean: Double, using rng: inout Xoshiro256StarStar) -> Int {
    guard mean > 0 else { return 0 }
    if mean < 10 {
      var k = 0
      var probability = exp(-mean)
      var cumulative = probability
      let u = rng.nextUnitInterval()
      while u > cumulative && k < 1_000 {
        k += 1
        probability *= mean / Double(k)
        cumulative += probability
      }
      return k
    }
    let root = mean.squareRoot()
    let logMean = log(mean)
    let b = 0.931 + 2.53 * root
    let a = -0.059 + 0.02483 * b
    let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
    let vr = 0.9277 - 3.6224 / (b - 2)
    while true {
      let u = rng.nextUnitInterval() - 0.5
      let v = rng.nextUnitInterval()
      let us = 0.5 - abs(u)
      let k = ((2 * a / us + b) * u + mean + 0.43).rounded(.down)
      if us >= 0.07 && v <= vr { return Int(k) }
      if k < 0 || (us < 0.013 && v > us) { continue }
      if log(v) + log(inverseAlpha) - log(a / (us * us) + b)
        <= -mean + k * logMean - lgamma(k + 1)
      {
        return Int(k)
      }
    }
  }
}
