import ContactCentre
import Foundation
import Testing

@testable import Scenario

/// The forecast CSV that Calibration's `ForecastCSVWriter` writes (its golden file, kept in
/// sync by CalibrationTests) read as a scenario's forecast: calls per queue and AHT.
struct WrittenForecastTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("CalibrationTests/Golden/forecast.csv")

  @Test func aWrittenForecastGivesTheScenarioItsCallsAndHandleTime() throws {
    let csv = try String(contentsOf: Self.golden, encoding: .utf8)
    let scenario = """
      {"start": "06:00", "duration": "12h", "interval": "15m",
       "lines": [{"id": "client", "callType": "general",
                  "arrivals": {"csv": "forecast.csv", "column": "client"}},
                 {"id": "sales", "callType": "general",
                  "arrivals": {"csv": "forecast.csv", "column": "sales, east"}}],
       "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 100}}, "acw": 60,
                      "aht": {"csv": "forecast.csv", "column": "client AHT", "calls": "client"}}],
       "teams": [{"id": "gich", "agents": 2, "handles": ["general"]}]}
      """
    let configuration = try ForecastCSVTests.decode(
      scenario, in: ForecastCSVTests.directory(["forecast.csv": csv]))
    // The rows of 06:00 and 12:00 on the first day: six-hour intervals kept as they are.
    let client = configuration.lines[0].arrivals
    #expect(client.period == .hours(6))
    #expect(ForecastCSVTests.callsPerPeriod(client) == [41.24, 63])
    #expect(ForecastCSVTests.callsPerPeriod(configuration.lines[1].arrivals) == [10, 20])
    // AHT weighted by calls, less the 60 s of ACW, is the mean talk.
    let aht = (41.24 * 372.5 + 63 * 401.3) / (41.24 + 63)
    #expect(abs(configuration.callTypes[0].talk.mean - (aht - 60)) < 1e-9)
  }
}
