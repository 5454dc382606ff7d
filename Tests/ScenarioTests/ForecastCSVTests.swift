import ContactCentre
import Foundation
import SimKernel
import TestSupport
import Testing

@testable import Scenario

/// Forecasts exported by WFM tools: the arrival profile and average handle time they give, and
/// every malformed file reported with the scenario's path, the CSV file and its line.
struct ForecastCSVTests {
  /// A scenario from 08:00 whose line reads `arrivals` and whose call type adds `callType`.
  static func scenario(
    arrivals: String = #"{"csv": "forecast.csv", "column": "client"}"#, callType: String = "",
    start: String = "08:00", duration: String = "2h", interval: String = "15m"
  ) -> String {
    """
    {"start": "\(start)", "duration": "\(duration)", "interval": "\(interval)",
     "lines": [{"id": "main", "callType": "general",
                "arrivals": \(arrivals)}],
     "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 100}}, "acw": 60\(callType)}],
     "teams": [{"id": "gich", "agents": 2, "handles": ["general"]}]}
    """
  }

  /// A fresh directory holding `files` (name → contents).
  static func directory(_ files: [String: String]) throws -> String {
    let directory = TestDirectory.fresh("ccsim-forecast").appendingPathComponent("scenarios")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }
    return directory.path
  }

  static func decode(_ scenario: String, in directory: String) throws(ScenarioLoadError)
    -> CentreConfiguration
  {
    try ScenarioLoader.decode(Array(scenario.utf8), file: "day.json", directory: directory)
  }

  /// The problems reported for `scenario` with `forecast.csv` holding `csv`.
  static func problems(_ csv: String, scenario: String = scenario()) throws -> [String] {
    let directory = try directory(["forecast.csv": csv])
    do {
      _ = try decode(scenario, in: directory)
      return []
    } catch {
      guard case .invalid(let errors) = error else { return ["\(error)"] }
      return errors.map(\.description)
    }
  }

  // MARK: Good forecasts

  /// Expected calls per interval of the profile's own periods.
  static func callsPerPeriod(_ profile: ArrivalProfile) -> [Double] {
    profile.ratePerSecond.map { ($0 * profile.period.seconds * 1e9).rounded() / 1e9 }
  }

  @Test func aForecastGivesTheExpectedCallsOfEachInterval() throws {
    let csv = """
      Interval,client,Client AHT
      08:00,30,300
      08:15,"45",310
      08:30,60.5,320
      08:45,0,
      """
    let configuration = try Self.decode(Self.scenario(), in: Self.directory(["forecast.csv": csv]))
    let profile = configuration.lines[0].arrivals
    #expect(profile.period == .minutes(15))
    #expect(!profile.isConstant)
    #expect(Self.callsPerPeriod(profile) == [30, 45, 60.5, 0])
  }

  @Test func rowsBeforeTheStartAreSkippedAndTheFileKeepsItsOwnInterval() throws {
    // A 30-minute forecast for the whole day, a run from 08:00 reported per 15 minutes.
    var csv = "Start,client\r\n"
    for half in 0..<48 { csv += ForecastTime.clock(half * 1800) + ",\(half)\r\n" }
    let configuration = try Self.decode(
      Self.scenario(duration: "2h"), in: Self.directory(["forecast.csv": "\u{FEFF}" + csv]))
    let profile = configuration.lines[0].arrivals
    #expect(profile.period == .minutes(30))
    #expect(Self.callsPerPeriod(profile) == [16, 17, 18, 19])
  }

  @Test func intervalsOffTheRunsStartAreSplitExactly() throws {
    // 15-minute rows from 08:00; the run starts at 08:10: five-minute periods carry a third
    // of a row each, and the run's first period is the last third of 08:00–08:15.
    let csv = "time,client\n08:00,30\n08:15,60\n08:30,90\n"
    let configuration = try Self.decode(
      Self.scenario(start: "08:10", duration: "1h"), in: Self.directory(["forecast.csv": csv]))
    let profile = configuration.lines[0].arrivals
    #expect(profile.period == .minutes(5))
    #expect(Self.callsPerPeriod(profile) == [10, 20, 20, 20, 30, 30, 30])
  }

  @Test(arguments: [
    "datetime,client\n2024-03-04T23:30,10\n2024-03-04T23:45,20\n2024-03-05T00:00,30\n",
    "datetime,client\n2024-03-04 23:30:00,10\n2024-03-04 23:45:00,20\n2024-03-05 00:00:00,30\n",
    "Interval Start,client\n23:30,10\n23:45,20\n00:00,30\n",
  ])
  func intervalsCrossMidnight(_ csv: String) throws {
    let configuration = try Self.decode(
      Self.scenario(start: "23:30", duration: "1h"), in: Self.directory(["forecast.csv": csv]))
    #expect(Self.callsPerPeriod(configuration.lines[0].arrivals) == [10, 20, 30])
  }

  @Test func aNamedTimeColumnIsUsed() throws {
    let csv = "day,slot,client\nMonday,08:00,5\nMonday,08:15,6\n"
    let configuration = try Self.decode(
      Self.scenario(
        arrivals: #"{"csv": "forecast.csv", "column": "client", "timeColumn": "slot"}"#),
      in: Self.directory(["forecast.csv": csv]))
    #expect(Self.callsPerPeriod(configuration.lines[0].arrivals) == [5, 6])
  }

  @Test func aForecastInASubfolderIsRead() throws {
    let directory = try Self.directory([:])
    try FileManager.default.createDirectory(
      atPath: directory + "/forecasts", withIntermediateDirectories: true)
    try "Interval,client\n08:00,7\n".write(
      toFile: directory + "/forecasts/monday.csv", atomically: true, encoding: .utf8)
    let configuration = try Self.decode(
      Self.scenario(arrivals: #"{"csv": "forecasts/monday.csv", "column": "client"}"#),
      in: directory)
    // One row: an interval of the scenario's length.
    #expect(configuration.lines[0].arrivals.period == .minutes(15))
    #expect(Self.callsPerPeriod(configuration.lines[0].arrivals) == [7])
  }

  @Test func theForecastDrivesTheSimulatedArrivalsOfEachInterval() throws {
    // Expected calls per quarter hour: busy, quiet, very busy, none. Twenty replications of
    // the Poisson counts: each interval's mean within four standard errors of the forecast.
    let forecast = [400.0, 100, 800, 0]
    var csv = "Interval,client\n"
    for (index, calls) in forecast.enumerated() {
      csv += ForecastTime.clock(8 * 3600 + index * 900) + ",\(calls)\n"
    }
    let configuration = try Self.decode(
      Self.scenario(duration: "1h"), in: Self.directory(["forecast.csv": csv]))
    let replications = 20
    var totals = Array(repeating: 0.0, count: forecast.count)
    for replication in 0..<replications {
      let statistics = CentreRun.run(configuration, replication: replication)
      for (interval, tally) in statistics.intervals.enumerated() {
        totals[interval % forecast.count] += Double(tally.offered)
      }
    }
    for (interval, expected) in forecast.enumerated() {
      let mean = totals[interval] / Double(replications)
      let standardError = (expected / Double(replications)).squareRoot()
      #expect(
        abs(mean - expected) <= 4 * standardError,
        "interval \(interval): \(mean) calls on average, forecast \(expected)")
    }
  }

  // MARK: Average handle time

  @Test func theForecastsAHTStretchesTalkWeightedByCalls() throws {
    // (10 × 300 + 30 × 400) / 40 = 375 s of handle time; ACW 60 s leaves 315 s of talk.
    let csv = "Interval,client,aht\n08:00,10,300\n08:15,30,6:40\n08:30,0,\n"
    let configuration = try Self.decode(
      Self.scenario(
        callType: #", "aht": {"csv": "forecast.csv", "column": "aht", "calls": "client"}"#),
      in: Self.directory(["forecast.csv": csv]))
    let talk = configuration.callTypes[0].talk
    #expect(abs(talk.mean - 315) < 1e-9)
    #expect(abs(talk.variance - 315 * 315) < 1e-6)  // still exponential
  }

  @Test func theForecastsAHTIsKeptIntervalByInterval() throws {
    // The run's AHT is 375 s (talk 315 s); 08:00's 300 s leaves 240 s of talk, a factor of
    // 240 / 315, and 08:15's 400 s leaves 340 s, 340 / 315; 08:30 has no AHT: factor 1.
    let csv = "Interval,client,aht\n08:00,10,300\n08:15,30,6:40\n08:30,0,\n"
    let configuration = try Self.decode(
      Self.scenario(
        callType: #", "aht": {"csv": "forecast.csv", "column": "aht", "calls": "client"}"#),
      in: Self.directory(["forecast.csv": csv]))
    let scale = try #require(configuration.callTypes[0].talkScale)
    #expect(scale.period == .minutes(15))
    #expect(scale.factors.count == 3)
    #expect(
      abs(scale.factors[0] - 240.0 / 315) < 1e-12 && abs(scale.factors[1] - 340.0 / 315) < 1e-12)
    #expect(scale.factors[2] == 1)
    #expect(scale.factor(at: .minutes(20)) == scale.factors[1] && scale.factor(at: .hours(3)) == 1)
  }

  @Test func eachIntervalsHandleTimeIsTheForecasts() throws {
    // Fixed talk and ACW: every call's handle time is its interval's AHT exactly (within a
    // microsecond of rounding), whatever the day's mean.
    let csv = "Interval,client,aht\n08:00,20,100\n08:15,20,5:00\n08:30,20,200\n08:45,20,2:30\n"
    let scenario = Self.scenario(
      callType: #", "aht": {"csv": "forecast.csv", "column": "aht", "calls": "client"}"#,
      duration: "1h"
    ).replacingOccurrences(of: #"{"exponential": {"mean": 100}}"#, with: "50")
      .replacingOccurrences(of: #""agents": 2"#, with: #""agents": 40"#)
    let configuration = try Self.decode(scenario, in: Self.directory(["forecast.csv": csv]))
    let statistics = CentreRun.run(configuration, replication: 0, calls: true)
    let expected = [100.0, 300, 200, 150]
    var checked = 0
    for call in statistics.calls where call.end == .handled {
      let interval = Int(call.arrived.seconds / 900)
      let handle = (call.talk + call.acw).seconds
      #expect(abs(handle - expected[interval]) < 1e-5, "a call of interval \(interval)")
      checked += 1
    }
    #expect(checked > 40)
  }

  @Test func anIntervalsAHTBelowTheACWIsAnError() throws {
    let problems = try Self.problems(
      "Interval,client,aht\n08:00,10,300\n08:15,1,50\n",
      scenario: Self.scenario(
        callType: #", "aht": {"csv": "forecast.csv", "column": "aht", "calls": "client"}"#))
    #expect(
      problems.contains {
        $0.contains(
          "callTypes[0].aht: the forecast's average handle time on line 3 (50s) is not more than"
            + " the mean ACW (1m)")
      }, "\(problems)")
  }

  @Test func anAHTWithoutTalkGivesAnExponentialTalk() throws {
    let csv = "Interval,client,aht\n08:00,10,300\n08:15,10,500\n"
    let scenario = Self.scenario(
      callType: #", "aht": {"csv": "forecast.csv", "column": "aht"}"#
    ).replacingOccurrences(of: #""talk": {"exponential": {"mean": 100}}, "#, with: "")
    let configuration = try Self.decode(scenario, in: Self.directory(["forecast.csv": csv]))
    #expect(abs(configuration.callTypes[0].talk.mean - 340) < 1e-9)  // (300 + 500) / 2 − 60
  }

  // MARK: Malformed forecasts

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var csv: String
    /// The scenario, when not the standard one.
    var scenario: String = ForecastCSVTests.scenario()
    /// Text the message must contain: the CSV file, its line and the problem.
    var expected: String

    var testDescription: String { name }
  }

  static let header = "Interval,client,other\n"

  static let cases: [Case] = [
    Case(name: "empty file", csv: "", expected: "forecast.csv: the file is empty"),
    Case(name: "header only", csv: header, expected: "forecast.csv: no data rows after the header"),
    Case(
      name: "missing column", csv: "Interval,Client\n08:00,1\n",
      expected: #"forecast.csv:1: no column "client" (did you mean "Client"?)"#),
    Case(
      name: "duplicate column", csv: "Interval,client,client\n08:00,1,2\n",
      expected: #"forecast.csv:1: column "client" appears more than once (columns 2 and 3)"#),
    Case(
      name: "no time column", csv: "when,client\n08:00,1\n",
      expected: "forecast.csv:1: no interval start column"),
    Case(
      name: "bad time", csv: header + "08:00,1,0\n8h15,2,0\n",
      expected: #"forecast.csv:3: "8h15" in column "Interval" is not an interval start"#),
    Case(
      name: "time with a zone", csv: header + "2024-03-04T08:00Z,1,0\n",
      expected: #"forecast.csv:2: "2024-03-04T08:00Z" in column "Interval" is not"#),
    Case(
      name: "impossible date", csv: header + "2024-02-30T08:00,1,0\n",
      expected: "forecast.csv:2: \"2024-02-30T08:00\""),
    Case(
      name: "dates on some rows only", csv: header + "2024-03-04T08:00,1,0\n08:15,2,0\n",
      expected: "forecast.csv:3: \"08:15\": give every interval start with a date"),
    Case(
      name: "gap", csv: header + "08:00,1,0\n08:15,2,0\n08:45,3,0\n",
      expected: "forecast.csv:4: gap: no row for 08:30–08:45 between line 3 and this one"),
    Case(
      name: "overlap", csv: header + "08:00,1,0\n08:00,2,0\n08:15,3,0\n",
      expected: "forecast.csv:3: 08:00 again: it overlaps the row on line 2"),
    Case(
      name: "unsorted", csv: header + "08:00,1,0\n08:30,2,0\n08:15,3,0\n08:45,4,0\n",
      expected: "forecast.csv:4: 08:15 is earlier than 08:30 on line 3: rows must be in time order"),
    Case(
      name: "wrong interval length", csv: header + "08:00,1,0\n08:15,2,0\n08:30,3,0\n08:40,4,0\n",
      expected:
        "forecast.csv:5: 08:40 is 10m after line 4, but the file's intervals are 15m (the intervals overlap)"
    ),
    Case(
      name: "interval not dividing the day", csv: header + "08:00,1,0\n08:07,2,0\n08:14,3,0\n",
      expected: "forecast.csv:3: rows are 7m apart: a forecast's intervals must divide the day"),
    Case(
      name: "bad number", csv: header + "08:00,1,0\n08:15,lots,0\n",
      expected: #"forecast.csv:3: column "client" has "lots", not a number of calls ≥ 0"#),
    Case(
      name: "hexadecimal", csv: header + "08:00,0x10,0\n",
      expected: #"forecast.csv:2: column "client" has "0x10""#),
    Case(
      name: "empty value", csv: header + "08:00,,0\n",
      expected: #"forecast.csv:2: column "client" has nothing"#),
    Case(
      name: "negative calls", csv: header + "08:00,1,0\n08:15,-4,0\n",
      expected: #"forecast.csv:3: column "client" has -4 calls: a forecast is never negative"#),
    Case(
      name: "absurd calls", csv: header + "08:00,2000000,0\n",
      expected: "forecast.csv:2: column \"client\" has 2000000 calls, more than one line"),
    Case(
      name: "thousands separator", csv: header + "08:00,1,234,0\n",
      expected: "forecast.csv:2: 4 fields, but the header has 3 (a thousands separator?"),
    Case(
      name: "short row", csv: header + "08:00,1\n",
      expected: "forecast.csv:2: 2 fields, but the header has 3"),
    Case(
      name: "semicolons", csv: "Interval;client\n08:00;1\n",
      expected: "forecast.csv:1: fields are separated by semicolons"),
    Case(
      name: "blank line", csv: header + "08:00,1,0\n\n08:15,2,0\n",
      expected: "forecast.csv:3: blank line"),
    Case(
      name: "unclosed quote", csv: header + "08:00,\"1,0\n",
      expected: "forecast.csv:2: a quote is not closed"),
    Case(
      name: "no overlap with the run", csv: header + "06:00,1,0\n06:15,2,0\n",
      expected: "forecast.csv: the forecast (06:00–06:30) does not overlap the run (08:00–10:00)"),
    Case(
      name: "bad AHT", csv: "Interval,client,aht\n08:00,1,300\n08:15,2,fast\n",
      scenario: scenario(callType: #", "aht": {"csv": "forecast.csv", "column": "aht"}"#),
      expected:
        #"callTypes[0].aht.csv: forecast.csv:3: column "aht" has "fast", not an average handle time"#
    ),
    Case(
      name: "AHT missing on a row with calls",
      csv: "Interval,client,aht\n08:00,1,300\n08:15,2,\n",
      scenario: scenario(
        callType: #", "aht": {"csv": "forecast.csv", "column": "aht", "calls": "client"}"#),
      expected: #"forecast.csv:3: column "aht" has nothing, not an average handle time"#),
    Case(
      name: "AHT below the ACW", csv: "Interval,client,aht\n08:00,1,50\n",
      scenario: scenario(callType: #", "aht": {"csv": "forecast.csv", "column": "aht"}"#),
      expected:
        "callTypes[0].aht: the forecast's average handle time (50s) is not more than the mean ACW (1m)"
    ),
  ]

  @Test(arguments: cases)
  func malformedForecastsNameTheScenarioTheFileAndTheLine(_ testCase: Case) throws {
    let problems = try Self.problems(testCase.csv, scenario: testCase.scenario)
    #expect(
      problems.contains { $0.contains(testCase.expected) },
      "\(testCase.name): no \(testCase.expected) in \(problems)")
    // Every problem names the scenario file, with the line and column of the key.
    #expect(!problems.isEmpty && problems.allSatisfy { $0.hasPrefix("day.json:") })
  }

  @Test func theScenarioKeyIsNamedWithItsPosition() throws {
    let problems = try Self.problems(Self.header + "08:00,lots,0\n")
    #expect(
      problems == [
        #"day.json:3:33: lines[0].arrivals.csv: forecast.csv:2: column "client" has "lots", not a number of calls ≥ 0"#
      ])
  }

  @Test func aFileReadForSeveralKeysHasItsProblemsListedOnce() throws {
    let scenario = Self.scenario(
      callType: #", "aht": {"csv": "forecast.csv", "column": "other"}"#)
    let problems = try Self.problems(
      Self.header + "08:00,1,300\n08:15,1,300\n08:45,2,300\n", scenario: scenario)
    #expect(
      problems == [
        "day.json:4:100: callTypes[0].aht.csv: forecast.csv:4: gap: no row for 08:30–08:45 between line 3 and this one"
      ])
  }

  @Test func everyBadRowIsListedUpToALimit() throws {
    var csv = Self.header
    for index in 0..<30 { csv += ForecastTime.clock(8 * 3600 + index * 900) + ",x,0\n" }
    let problems = try Self.problems(csv)
    #expect(problems.count == ForecastCSV.problemLimit + 1)
    #expect(problems.last?.contains("more problems (only the first 20 are listed)") == true)
  }

  @Test(arguments: [
    "../forecast.csv", "/tmp/forecast.csv", "forecasts/../../forecast.csv",
    "forecasts\\\\monday.csv",
    "",
  ])
  func pathsOutsideTheScenariosDirectoryAreRefused(_ path: String) throws {
    let problems = try Self.problems(
      "Interval,client\n08:00,1\n",
      scenario: Self.scenario(arrivals: #"{"csv": "\#(path)", "column": "client"}"#))
    #expect(problems.count == 1)
    #expect(problems[0].contains("must be a relative path inside the scenario's directory"))
  }

  @Test func aLinkLeadingOutOfTheDirectoryIsRefused() throws {
    let directory = try Self.directory([:])
    let outside = URL(fileURLWithPath: directory).deletingLastPathComponent().path + "/out.csv"
    try "Interval,client\n08:00,1\n".write(toFile: outside, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/forecast.csv", withDestinationPath: outside)
    do {
      _ = try Self.decode(Self.scenario(), in: directory)
      Issue.record("a link out of the directory was followed")
    } catch {
      #expect(error.description.contains("\"forecast.csv\" is a link to"))
      #expect(error.description.contains("outside the scenario's directory"))
    }
  }

  @Test func aMissingFileIsNamed() throws {
    let directory = try Self.directory([:])
    do {
      _ = try Self.decode(Self.scenario(), in: directory)
      Issue.record("a missing forecast was accepted")
    } catch {
      #expect(
        error.description.contains(
          #"lines[0].arrivals.csv: cannot read forecast file "forecast.csv""#))
    }
  }

  @Test func columnAndTimeColumnGoWithCSVOnly() throws {
    let problems = try Self.problems(
      "", scenario: Self.scenario(arrivals: #"{"perHour": 5, "timeColumn": "slot"}"#))
    #expect(
      problems.contains {
        $0.contains("lines[0].arrivals.timeColumn: timeColumn goes with csv only")
      })
  }
}
