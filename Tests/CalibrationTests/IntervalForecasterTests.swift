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

/// Forecasts of a synthetic centre whose law is known: totals near the truth, intervals adding
/// up to the day, prediction intervals that hold what they say, and a hold-out week.
@Suite struct IntervalForecasterTests {
  static let centre = SyntheticCentre()
  /// Eight weeks of history ending on the centre's origin (a Sunday), and the week after.
  static let historyDays = (centre.origin - 55)..<(centre.origin + 1)
  static let nextWeek = Array((centre.origin + 1)...(centre.origin + 7))

  static func history(seed: UInt64) -> [IntervalRecord] {
    var rng = RandomStreams(seed: seed).stream("history")
    return centre.history(days: historyDays, using: &rng)
  }

  /// Each forecast day total lies within its 95 % interval's half-width (on the log scale) of
  /// the true expectation: that half-width is t·s·√(1 + h), over four standard deviations of
  /// the estimate's own error s·√h at these leverages (h ≈ 0.25), so a seed fails by chance
  /// with probability below 1e-4.
  @Test(arguments: 1...5 as ClosedRange<UInt64>)
  func dayTotalsAreNearTheTruth(seed: UInt64) throws {
    let forecast = try IntervalForecaster().forecast(
      history: Self.history(seed: seed), days: Self.nextWeek)
    let days = try #require(forecast.queues.first).days
    for day in days {
      let truth = Self.centre.expectedTotal(day: day.day)
      guard truth > 0 else {
        #expect(day.status == .closed && day.total == 0, "seed \(seed), Sunday")
        continue
      }
      #expect(day.status == .open)
      let halfWidth = (log(day.central95.high) - log(day.central95.low)) / 2
      #expect(
        abs(log(day.total / truth)) <= halfWidth,
        "seed \(seed), \(LocalTime.isoDate(ofDay: day.day)): \(day.total) for \(truth)")
      #expect(day.central80.low < day.total && day.total < day.central80.high)
      #expect(day.central95.low < day.central80.low && day.central80.high < day.central95.high)
    }
  }

  /// The intervals of every day add up to its total, and their expected calls follow the
  /// weekday's profile: the share estimate from eight days of about 1,000 calls has a standard
  /// error of √(p(1 − p)/8,000), and the day's total is within 15 % of the truth.
  @Test func intervalsAddUpToTheDayAndFollowTheProfile() throws {
    let forecast = try IntervalForecaster().forecast(
      history: Self.history(seed: 7), days: Self.nextWeek)
    for day in try #require(forecast.queues.first).days {
      let sum = day.intervals.reduce(0) { $0 + $1.volume }
      #expect(abs(sum - day.total) <= 1e-9 * max(1, day.total))
      let hundredths = ForecastCSVWriter.hundredths(day.intervals.map(\.volume))
      #expect(hundredths.reduce(0, +) == Int((day.total * 100).rounded()))
      guard day.total > 0 else { continue }
      let shares = Self.centre.shares(weekday: LocalTime.weekday(ofDay: day.day))
      for (interval, p) in zip(day.intervals, shares) {
        let share = interval.volume / day.total
        #expect(abs(share - p) <= 5 * (p * (1 - p) / 8_000).squareRoot() + 1e-12)
        #expect(interval.central95.low <= interval.central80.low)
        #expect(interval.central80.high <= interval.central95.high)
      }
    }
  }

  /// Over many centres (six weeks of history each), the actual Wednesday after the history falls in
  /// the forecast's intervals about as often as they say: within three binomial standard
  /// deviations for the day's total; an interval's count, being whole, is covered at least as
  /// often as nominal, so only from below for the intervals (pooled over the day).
  @Test func predictionIntervalsCoverAsOftenAsTheySay() throws {
    let replications = 200
    var centre = Self.centre
    centre.length = 3_600  // hours and six weeks keep the 200 histories quick
    let wednesday = Self.centre.origin + 3
    var dayHits = (narrow: 0, wide: 0)
    var intervalHits = (narrow: 0, wide: 0)
    var intervals = 0
    for replication in 0..<replications {
      let streams = RandomStreams(seed: 2_024, replication: replication)
      var historyStream = streams.stream("history")
      var futureStream = streams.stream("future")
      let history = centre.history(
        days: (centre.origin - 41)..<(centre.origin + 1), using: &historyStream)
      let forecast = try IntervalForecaster(windowWeeks: 6).forecast(
        history: history, days: [wednesday])
      let day = try #require(forecast.queues.first?.days.first)
      let actual = centre.counts(day: wednesday, using: &futureStream)
      let total = actual.reduce(0, +)
      if day.central80.contains(total) { dayHits.narrow += 1 }
      if day.central95.contains(total) { dayHits.wide += 1 }
      for (interval, count) in zip(day.intervals, actual) where interval.volume > 0 {
        intervals += 1
        if interval.central80.contains(count) { intervalHits.narrow += 1 }
        if interval.central95.contains(count) { intervalHits.wide += 1 }
      }
    }
    func tolerance(_ p: Double, _ n: Int) -> Double { 3 * (p * (1 - p) / Double(n)).squareRoot() }
    let day80 = Double(dayHits.narrow) / Double(replications)
    let day95 = Double(dayHits.wide) / Double(replications)
    let interval80 = Double(intervalHits.narrow) / Double(intervals)
    let interval95 = Double(intervalHits.wide) / Double(intervals)
    print(
      "forecast coverage over \(replications) days: day total 80 % → \(day80), 95 % → \(day95);"
        + " intervals 80 % → \(interval80), 95 % → \(interval95)")
    #expect(abs(day80 - 0.80) <= tolerance(0.80, replications))
    #expect(abs(day95 - 0.95) <= tolerance(0.95, replications))
    // Pooled intervals of one day share its total, so count days, not intervals, for the
    // tolerance.
    #expect(interval80 >= 0.80 - tolerance(0.80, replications))
    #expect(interval95 >= 0.95 - tolerance(0.95, replications))
    #expect(interval80 <= 0.90 && interval95 <= 0.99)
  }

  /// The last week of nine forecast from the eight before. A day's total has a relative noise
  /// of about √(cv² + 1/E + estimate) ≈ 7 % here, so its mean absolute error is near 5 %; an
  /// interval of ~60 calls adds Poisson noise of ~13 %.
  @Test func aHoldOutWeekIsForecastWithinItsNoise() throws {
    var rng = RandomStreams(seed: 99).stream("history")
    let all = Self.centre.history(
      days: (Self.centre.origin - 62)..<(Self.centre.origin + 1), using: &rng)
    let holdOut = Array((Self.centre.origin - 6)...Self.centre.origin)
    let training = all.filter { $0.start.day < holdOut[0] }
    let forecast = try IntervalForecaster().forecast(history: training, days: holdOut)
    let days = try #require(forecast.queues.first).days
    var absolutePercentage: [Double] = []
    var intervalError = 0.0
    var intervalCalls = 0.0
    for day in days {
      var actual = [Double](repeating: 0, count: Self.centre.slots)
      for record in all where record.start.day == day.day {
        actual[Int(record.start.secondsOfDay) / Self.centre.length] = record.offered
      }
      let total = actual.reduce(0, +)
      guard total > 0 else {
        #expect(day.total == 0)
        continue
      }
      absolutePercentage.append(abs(day.total - total) / total)
      for (interval, count) in zip(day.intervals, actual) {
        intervalError += abs(interval.volume - count)
        intervalCalls += count
      }
    }
    let mape = absolutePercentage.reduce(0, +) / Double(absolutePercentage.count)
    let wape = intervalError / intervalCalls
    print("hold-out week: day totals MAPE \(mape), intervals WAPE \(wape)")
    #expect(mape < 0.12)
    #expect(wape < 0.25)
  }
}

/// Several queues at once, and the within-day dispersion the profile measures.
@Suite struct IntervalForecasterQueueTests {
  /// Two queues of one history are forecast apart, in the order of their names, each near its
  /// own truth (the tolerance as in `dayTotalsAreNearTheTruth`).
  @Test func queuesAreForecastApart() throws {
    var sales = SyntheticCentre()
    sales.queue = "sales"
    sales.level = 200
    sales.trendPerWeek = -0.02
    sales.writesClosedDays = false
    let client = SyntheticCentre()
    let days = (client.origin - 55)..<(client.origin + 1)
    var rng = RandomStreams(seed: 3).stream("history")
    let history = sales.history(days: days, using: &rng) + client.history(days: days, using: &rng)
    let week = Array((client.origin + 1)...(client.origin + 7))
    let forecast = try IntervalForecaster().forecast(history: history, days: week)
    #expect(forecast.queues.map(\.queue) == ["client", "sales"])
    for (queue, centre) in zip(forecast.queues, [client, sales]) {
      for day in queue.days where day.status == .open {
        let truth = centre.expectedTotal(day: day.day)
        let halfWidth = (log(day.central95.high) - log(day.central95.low)) / 2
        #expect(abs(log(day.total / truth)) <= halfWidth, "\(queue.queue) \(day.day)")
      }
    }
    // Sunday: written as zeros for client (closed), left out for sales (no history).
    #expect(forecast.queues.map { $0.days[6].status } == [.closed, .noHistory])
    #expect(forecast.summaries.count == 14)
  }

  /// Poisson intervals give a dispersion near 1: Pearson's statistic over its degrees of
  /// freedom has a standard deviation of √(2/df). Intervals with bursts of coefficient of
  /// variation c have a variance λ + c²λ², a dispersion near 1 + c²λ (λ ≈ 50 calls here).
  @Test func theWithinDayDispersionIsMeasured() throws {
    var centre = SyntheticCentre()
    let days = (centre.origin - 55)..<(centre.origin + 1)
    var rng = RandomStreams(seed: 11).stream("history")
    var queue = try QueueHistory(queue: "client", records: centre.history(days: days, using: &rng))
    var profile = IntradayProfile(window: queue.window(weeks: 8), slots: queue.slots)
    // 6 open weekdays, 8 days each; 20 intervals a weekday (8 on Saturdays).
    let freedom = 5 * 7 * 19 + 7 * 7
    #expect(profile.dispersion <= 1 + 4 * (2.0 / Double(freedom)).squareRoot())
    print("within-day dispersion: Poisson \(profile.dispersion)", terminator: "")
    centre.intervalCV = 0.2
    queue = try QueueHistory(queue: "client", records: centre.history(days: days, using: &rng))
    profile = IntradayProfile(window: queue.window(weeks: 8), slots: queue.slots)
    print(", bursts of cv 0.2: \(profile.dispersion)")
    #expect(profile.dispersion > 2 && profile.dispersion < 4.5)
  }
}
