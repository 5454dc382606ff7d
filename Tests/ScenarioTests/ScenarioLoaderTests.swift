import ContactCentre
import Foundation
import SimKernel
import TestSupport
import Testing

@testable import Scenario

/// Decoding valid scenarios: defaults, units, forecasts.
struct ScenarioLoaderTests {
  static func decode(_ text: String, directory: String = "/tmp") throws(ScenarioLoadError)
    -> CentreConfiguration
  {
    try ScenarioLoader.decode(Array(text.utf8), file: "test.json", directory: directory)
  }

  static let minimal = """
    {"duration": "1h",
     "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 60}}],
     "callTypes": [{"id": "general", "talk": 180}],
     "teams": [{"id": "gich", "agents": 2, "handles": ["general"]}]}
    """

  @Test func defaultsAreThoseOfTheContract() throws {
    let configuration = try Self.decode(Self.minimal)
    #expect(configuration.name == "test.json")
    #expect(configuration.seed == 1)
    #expect(configuration.startOfDay == .zero)
    #expect(configuration.warmup == .zero)
    #expect(configuration.interval == .minutes(15))
    #expect(configuration.serviceLevelThreshold == .seconds(20))
    #expect(configuration.serviceLevelTarget == 0.8)
    #expect(configuration.shortAbandon == .zero)
    #expect(configuration.rules == .seeds)
    #expect(configuration.lines[0].kind == .client)
    #expect(configuration.callTypes[0].acw == .fixed(0))
    #expect(configuration.callTypes[0].patience == nil)
    #expect(configuration.callTypes[0].talk == .fixed(180))
    #expect(configuration.queues.map(\.id) == ["gich"])
  }

  @Test func everyDistributionKindDecodes() throws {
    let kinds = [
      "{\"exponential\": {\"mean\": \"3m\"}}", "{\"uniform\": {\"min\": 1, \"max\": \"2m\"}}",
      "{\"lognormal\": {\"mean\": 300, \"sd\": 100}}", "{\"gamma\": {\"mean\": 300, \"sd\": 100}}",
      "{\"erlang\": {\"mean\": 300, \"k\": 3}}",
      "{\"triangular\": {\"min\": 60, \"mode\": 120, \"max\": 600}}",
      "{\"empirical\": {\"values\": [60, \"2m\"], \"weights\": [3, 1]}}", "\"1m30s\"", "42.5",
    ]
    for kind in kinds {
      let text = Self.minimal.replacingOccurrences(of: "\"talk\": 180", with: "\"talk\": \(kind)")
      let configuration = try Self.decode(text)
      #expect(configuration.callTypes[0].talk.mean > 0, "\(kind)")
    }
  }

  @Test func sharedAndSeparateQueues() throws {
    let text = """
      {"duration": "1h",
       "lines": [{"id": "a", "callType": "x", "arrivals": {"perHour": 1}},
                 {"id": "b", "callType": "y", "arrivals": {"perHour": 1}}],
       "callTypes": [{"id": "x", "talk": 1}, {"id": "y", "talk": 1}, {"id": "z", "talk": 1}],
       "teams": [{"id": "gich", "agents": 1, "handles": ["x", "y"]},
                 {"id": "employer", "agents": 1, "handles": ["y", "z"]}]}
      """
    let configuration = try Self.decode(text)
    #expect(configuration.queues.map(\.id) == ["gich", "gich+employer", "employer"])
  }

  @Test func forecastCSVGivesThePerIntervalProfile() throws {
    let directory = TestDirectory.fresh("ccsim-forecast")
    try "start,calls,aht\n08:00,30,300\n08:15,\"45\",310\n08:30,60,320\n".write(
      to: directory.appendingPathComponent("forecast.csv"), atomically: true, encoding: .utf8)
    let text = Self.minimal.replacingOccurrences(
      of: "{\"perHour\": 60}", with: "{\"csv\": \"forecast.csv\", \"column\": \"calls\"}"
    ).replacingOccurrences(of: "{\"duration\"", with: "{\"start\": \"08:00\", \"duration\"")
    let configuration = try Self.decode(text, directory: directory.path)
    let rates = configuration.lines[0].arrivals.ratePerSecond.map { $0 * 900 }
    #expect(rates.count == 3)
    #expect(zip(rates, [30.0, 45, 60]).allSatisfy { abs($0 - $1) < 1e-9 })

    try "start,calls\n08:00,30\n08:15,lots\n".write(
      to: directory.appendingPathComponent("forecast.csv"), atomically: true, encoding: .utf8)
    #expect(throws: ScenarioLoadError.self) { try Self.decode(text, directory: directory.path) }
    do {
      _ = try Self.decode(text, directory: directory.path)
    } catch {
      #expect(error.description.contains("forecast.csv:3: column \"calls\" has \"lots\""))
    }
  }
}
