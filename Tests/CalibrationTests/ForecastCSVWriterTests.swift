import Foundation
import SimKernel
import Testing

@testable import Calibration

/// The forecast CSV: a golden file (which ScenarioTests' `WrittenForecastTests` reads
/// as a scenario's forecast), a synthetic centre's forecast read back, and the refusals.
@Suite struct ForecastCSVWriterTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/forecast.csv")
  static let monday = LocalTime.days(year: 2024, month: 3, day: 4)

  /// Two queues, two days of four six-hour intervals, made by hand.
  static func handMade() -> Forecast {
    func interval(_ k: Int, _ volume: Double, _ aht: Double?) -> IntervalForecast {
      IntervalForecast(
        start: k * 21_600, volume: volume,
        central80: PredictionInterval(
          low: (volume * 0.8).rounded(), high: (volume * 1.2).rounded()),
        central95: PredictionInterval(
          low: (volume * 0.7).rounded(), high: (volume * 1.3).rounded()),
        averageHandleTime: aht)
    }
    func day(_ day: Int, _ volumes: [Double], _ ahts: [Double?]) -> DayForecast {
      let total = volumes.reduce(0, +)
      return DayForecast(
        day: day, status: total > 0 ? .open : .closed, total: total,
        central80: PredictionInterval(low: total * 0.9, high: total * 1.1),
        central95: PredictionInterval(low: total * 0.85, high: total * 1.15),
        intervals: volumes.indices.map { interval($0, volumes[$0], ahts[$0]) })
    }
    let client = QueueForecast(
      queue: "client", intervalLength: 21_600, hasHandleTime: true,
      days: [
        day(monday, [0, 41.236, 63.004, 1.111], [312.04, 372.5, 401.26, 290]),
        day(monday + 1, [0, 40.001, 59.999, 0.333], [312, 370, 399.96, 290]),
      ])
    let sales = QueueForecast(
      queue: "sales, east", intervalLength: 21_600, hasHandleTime: false,
      days: [
        day(monday, [0, 10, 20, 0], [nil, nil, nil, nil]),
        day(monday + 1, [0, 0, 0, 0], [nil, nil, nil, nil]),
      ])
    return Forecast(days: [monday, monday + 1], queues: [client, sales])
  }

  /// The golden file, re-recorded with `CCSIM_RECORD_GOLDEN=1` (then review the diff).
  @Test func theHandMadeForecastIsWrittenAsTheGoldenFile() throws {
    let csv = try ForecastCSVWriter().csv(Self.handMade())
    if ProcessInfo.processInfo.environment["CCSIM_RECORD_GOLDEN"] == "1" {
      try Data(csv.utf8).write(to: Self.golden)
    }
    let golden = try String(contentsOf: Self.golden, encoding: .utf8)
    #expect(csv == golden)
    let lines = csv.split(separator: "\n")
    #expect(
      lines[0]
        == "Interval,client,client AHT,client low 80%,client high 80%,client low 95%,"
        + "client high 95%,\"sales, east\",\"sales, east low 80%\",\"sales, east high 80%\","
        + "\"sales, east low 95%\",\"sales, east high 95%\"")
    // 41.236 + 63.004 + 1.111 = 105.351: hundredths 4123.6, 6300.4, 111.1 → floor 4123,
    // 6300, 111 (10534) and the one missing to 10535 to the largest remainder.
    #expect(lines[2] == "2024-03-04T06:00,41.24,372.5,33,49,29,54,10.00,8,12,7,13")
    #expect(lines[3].hasPrefix("2024-03-04T12:00,63.00,401.3,"))
    #expect(lines[5].hasPrefix("2024-03-05T00:00,0.00,312.0,"))
  }

  /// A synthetic centre's week read back: one row per interval from midnight, each day's
  /// column adding up to its total to the hundredth, bounds in order.
  @Test func aForecastIsReadBackWithDaysAddingUp() throws {
    var centre = SyntheticCentre()
    centre.length = 900
    var rng = RandomStreams(seed: 5).stream("history")
    let history = centre.history(days: (centre.origin - 27)..<(centre.origin + 1), using: &rng)
    let days = Array((centre.origin + 1)...(centre.origin + 7))
    let forecast = try IntervalForecaster(windowWeeks: 4).forecast(history: history, days: days)
    let csv = try ForecastCSVWriter().csv(forecast)
    let rows = csv.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    #expect(
      rows[0] == ["Interval", "client", "client AHT"]
        + ["low 80%", "high 80%", "low 95%", "high 95%"].map { "client " + $0 })
    #expect(rows.count == 1 + 7 * 96)
    for (index, day) in forecast.queues[0].days.enumerated() {
      let block = rows[(1 + index * 96)..<(1 + (index + 1) * 96)]
      #expect(block.first?[0] == LocalTime.isoDate(ofDay: day.day) + "T00:00")
      #expect(block.last?[0] == LocalTime.isoDate(ofDay: day.day) + "T23:45")
      let hundredths = block.map { Int(($0.count > 1 ? Double($0[1]) ?? -1 : -1) * 100 + 0.5) }
      #expect(hundredths.reduce(0, +) == Int((day.total * 100).rounded()))
      for row in block {
        let bounds = row[3...6].compactMap { Int($0) }
        #expect(
          bounds.count == 4 && bounds[2] <= bounds[0] && bounds[0] <= bounds[1]
            && bounds[1] <= bounds[3])
        #expect((Double(row[2]) ?? 0) > 0)
      }
    }
  }

  @Test func daysApartQueuesOfMixedIntervalsAndClashingNamesAreRefused() {
    var forecast = Self.handMade()
    forecast.days = [Self.monday, Self.monday + 2]
    #expect(throws: ForecastError.daysNotConsecutive(after: Self.monday, next: Self.monday + 2)) {
      try ForecastCSVWriter().csv(forecast)
    }
    #expect(
      ForecastError.daysNotConsecutive(after: Self.monday, next: Self.monday + 2).description
        == "2024-03-06 does not follow 2024-03-04: a forecast CSV has no gaps; write days apart"
        + " to separate files")
    forecast = Self.handMade()
    forecast.queues[1].intervalLength = 43_200
    #expect(
      throws: ForecastError.mixedIntervalLengths(
        queues: ["client", "sales, east"], lengths: [21_600, 43_200])
    ) { try ForecastCSVWriter().csv(forecast) }
    forecast = Self.handMade()
    forecast.queues[1].queue = "client AHT"
    #expect(throws: ForecastError.columnClash(name: "client AHT")) {
      try ForecastCSVWriter().csv(forecast)
    }
  }
}
