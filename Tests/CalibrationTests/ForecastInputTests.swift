import SimKernel
import Testing

@testable import Calibration

/// What a forecast makes of awkward histories: bad values refused with the queue and the
/// interval, too little history refused saying how much is needed, closed and unseen weekdays
/// forecast 0 and said so, handle times averaged by handled calls with their fallbacks.
@Suite struct ForecastInputTests {
  static let monday = LocalTime.days(year: 2024, month: 3, day: 4)

  /// `days` days from Monday 4 March 2024 of queue `queue`: hourly intervals 08:00–12:00 with
  /// `calls(day, hour)` offered, half of them handled at `aht(day, hour)`.
  static func history(
    queue: String = "client", days: Int = 21, calls: (Int, Int) -> Double = { _, h in Double(h) },
    aht: (Int, Int) -> Double = { _, _ in 300 }
  ) -> [IntervalRecord] {
    (0..<days).flatMap { day in
      (8..<12).map { hour in
        let offered = calls(day, hour)
        return IntervalRecord(
          queue: queue,
          start: LocalTime(seconds: Double((monday + day) * 86_400 + hour * 3_600)),
          length: 3_600, offered: offered, handled: offered / 2,
          averageHandleTime: aht(day, hour))
      }
    }
  }

  static func error(_ history: [IntervalRecord], days: [Int] = [monday + 21]) -> String? {
    do {
      _ = try IntervalForecaster().forecast(history: history, days: days)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func tooLittleHistoryIsRefusedSayingHowMuchIsNeeded() throws {
    let message = Self.error(Self.history(days: 13))
    #expect(
      message
        == "queue \"client\" has 13 days with calls in the last 8 weeks of its history; a"
        + " forecast needs at least 14 (2 weeks), to tell the weekdays, the level and the trend"
        + " from the noise")
    #expect(Self.error(Self.history(days: 14)) == nil)
    // A window too short to hold two weeks refuses every history.
    #expect(
      throws: ForecastError.tooLittleHistory(queue: "client", days: 7, needed: 14, windowWeeks: 1)
    ) {
      try IntervalForecaster(windowWeeks: 1).forecast(
        history: Self.history(), days: [Self.monday + 21])
    }
    // Days without calls do not count.
    let quiet = Self.history(calls: { day, hour in day < 10 ? 0 : Double(hour) })
    #expect(Self.error(quiet)?.hasPrefix("queue \"client\" has 11 days with calls") == true)
  }

  @Test func badValuesAreRefusedWithTheQueueAndTheInterval() {
    var history = Self.history()
    history[5].offered = -3
    #expect(
      Self.error(history)
        == "queue \"client\", interval 2024-03-05T09:00: offered is -3.0; it must be a number ≥ 0")
    history = Self.history()
    history[2].averageHandleTime = .nan
    #expect(Self.error(history)?.contains("the average handle time is nan") == true)
    history = Self.history()
    history[3].length = 1_800
    #expect(Self.error(history)?.contains("1800.0 s long, but the queue's other") == true)
    history = Self.history()
    history[3].length = 700
    #expect(Self.error(history)?.contains("divides the day") == true)
    history = Self.history()
    history[1].start.seconds += 600
    #expect(Self.error(history)?.contains("does not start on the queue's 3600 s grid") == true)
    history = Self.history()
    history[4].length = 1e300
    #expect(Self.error(history)?.contains("an interval must be a whole number of seconds") == true)
    history = Self.history()
    history[4].start.seconds = -.infinity
    #expect(
      Self.error(history)
        == "queue \"client\": an interval starts at -inf s, not a time of the calendar")
    history[4].start.seconds = 1e300
    #expect(Self.error(history)?.hasSuffix("not a time of the calendar") == true)
    history = Self.history()
    history.append(history[0])
    #expect(
      Self.error(history) == "queue \"client\" has two records for the interval 2024-03-04T08:00")
    #expect(Self.error([]) == "the history has no intervals: nothing to forecast from")
    #expect(Self.error(Self.history(), days: []) == "no day to forecast")
  }

  /// A weekday without calls in the window is closed; one the window never saw (an export that
  /// leaves closed days out) has no history; both are forecast 0 and say so.
  @Test func closedAndUnseenWeekdaysAreForecastZeroAndSaySo() throws {
    let history = Self.history(calls: { day, hour in day % 7 == 5 ? 0 : Double(hour) })
      .filter { ($0.start.day - Self.monday) % 7 != 6 }
    let saturday = Self.monday + 26
    let sunday = Self.monday + 27
    let forecast = try IntervalForecaster().forecast(
      history: history, days: [Self.monday + 21, saturday, sunday])
    let days = try #require(forecast.queues.first).days
    #expect(days.map(\.status) == [.open, .closed, .noHistory])
    #expect(days[1].total == 0 && days[2].total == 0)
    #expect(days[1].intervals.count == 24 && days[1].intervals.allSatisfy { $0.volume == 0 })
    let summaries = forecast.summaries
    #expect(summaries.map(\.weekday) == ["Monday", "Saturday", "Sunday"])
    #expect(summaries.map(\.date) == ["2024-03-25", "2024-03-30", "2024-03-31"])
    #expect(summaries[2].status == .noHistory)
  }

  /// Without noise or trend the forecast is the history: 8 + 9 + 10 + 11 = 38 calls a day,
  /// split as they came, with an interval of no width around the total.
  @Test func aSteadyHistoryIsForecastAsItIs() throws {
    let forecast = try IntervalForecaster().forecast(
      history: Self.history(), days: [Self.monday + 30])
    let queue = try #require(forecast.queues.first)
    #expect(queue.intervalLength == 3_600 && queue.hasHandleTime)
    let day = try #require(queue.days.first)
    #expect(abs(day.total - 38) < 1e-9)
    #expect(abs(day.central95.low - 38) < 1e-9 && abs(day.central95.high - 38) < 1e-9)
    #expect(abs(day.intervals[9].volume - 9) < 1e-9)
    // A Poisson count of mean 9: P(N ≤ 3) = 0.0212, P(N ≤ 4) = 0.0550; P(N ≤ 14) = 0.9585,
    // P(N ≤ 15) = 0.9780.
    #expect(day.intervals[9].central95 == PredictionInterval(low: 4, high: 15))
  }

  /// A holiday (no calls on a weekday otherwise open) is left out of the fit and weighs
  /// nothing in the profile: the next Monday is a steady Monday.
  @Test func aHolidayDoesNotDragItsWeekdayDown() throws {
    let history = Self.history(calls: { day, hour in day == 7 ? 0 : Double(hour) })
    let forecast = try IntervalForecaster().forecast(history: history, days: [Self.monday + 21])
    let day = try #require(forecast.queues.first?.days.first)
    #expect(day.status == .open && abs(day.total - 38) < 1e-9)
    #expect(abs(day.intervals[11].volume - 11) < 1e-9)
  }

  /// AHT per weekday and interval is the handled-weighted mean; an interval without handled
  /// calls takes its weekday's mean, and a weekday without any the queue's.
  @Test func handleTimesAreWeightedByHandledCallsWithFallbacks() throws {
    // Mondays: 08:00 alternates 200 s (week 1, 8 calls) and 400 s (weeks 2, 3: 16 calls, 24
    // handled of 8 + 16 … ): weights are handled calls, half the offered.
    let history = Self.history(
      calls: { day, hour in
        if day % 7 == 1 { return hour == 8 ? 0 : Double(hour) }  // Tuesdays: none at 08:00
        if day % 7 == 0 && hour == 8 { return day == 0 ? 8 : 16 }
        return Double(hour)
      },
      aht: { day, hour in
        if day % 7 == 0 && hour == 8 { return day == 0 ? 200 : 400 }
        return day % 7 == 2 ? 0 : 300 + Double(hour)
      })
    let forecast = try IntervalForecaster().forecast(
      history: history, days: [Self.monday + 21, Self.monday + 22, Self.monday + 23])
    let days = try #require(forecast.queues.first).days
    // Monday 08:00: (4·200 + 8·400 + 8·400) / 20 = 360.
    #expect(days[0].intervals[8].averageHandleTime == 360)
    #expect(days[0].intervals[9].averageHandleTime == 309)
    // Tuesday 08:00 had no calls: Tuesday's handled-weighted mean of 09:00–11:00.
    let tuesday: Double = (2_781 + 3_100 + 3_421) / 30  // (9·309 + 10·310 + 11·311) / 30
    #expect(abs((days[1].intervals[8].averageHandleTime ?? 0) - tuesday) < 1e-9)
    // Wednesdays recorded no AHT (0): the queue's mean.
    let queueMean = try #require(days[2].intervals[0].averageHandleTime)
    #expect(days[2].intervals.allSatisfy { $0.averageHandleTime == queueMean })
    #expect(queueMean > 300 && queueMean < 360)
  }

  @Test func countQuantilesArePoissonOrNegativeBinomial() {
    // Poisson(10): F(3) = 0.0103, F(4) = 0.0293, F(16) = 0.9730, F(17) = 0.9857.
    #expect(CountQuantiles.quantiles(mean: 10, variance: 10, [0.025, 0.975]) == [4, 17])
    // Negative binomial, r = 2, mean 10 (variance 60): F(0) = (1/6)² = 0.0278.
    #expect(CountQuantiles.quantiles(mean: 10, variance: 60, [0.025, 0.5]).first == 0)
    let large = CountQuantiles.quantiles(mean: 20_000, variance: 20_000, [0.5])
    #expect(large == [20_000])
  }
}
