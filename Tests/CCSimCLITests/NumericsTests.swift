import ContactCentre
import Foundation
import Reporting
import Scenario
import SimKernel
import Testing

/// No NaN or infinity reaches a report — a metric without a denominator is null with a note —
/// and a simulated year keeps time exact to the microsecond.
struct NumericsTests {
  static let quiet = """
    {"duration": "2h", "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 0}}],
     "callTypes": [{"id": "general", "talk": 60}],
     "teams": [{"id": "gich", "agents": 0, "handles": ["general"]}]}
    """

  static let unstaffed = """
    {"duration": "2h", "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 60}}],
     "callTypes": [{"id": "general", "talk": 60, "patience": {"exponential": {"mean": 600}}}],
     "teams": [{"id": "gich", "agents": 0, "handles": ["general"]}]}
    """

  /// Words a non-finite number is written as by Swift, C or JavaScript.
  static let nonFinite = ["nan", "NaN", "inf", "Infinity"]

  static func hasNonFinite(_ text: String) -> Bool {
    // Whole tokens only: "ronaNotReady" is fine.
    let tokens = text.split { !$0.isLetter }
    return tokens.contains { nonFinite.contains(String($0)) }
  }

  @Test(arguments: [quiet, unstaffed])
  func emptyDenominatorsAreNullWithANote(scenario: String) throws {
    let path = CLI.write(scenario)
    let out = CLI.temporaryDirectory().path
    let table = CLI.run("run", path, "--out", out, "--replications", "2")
    #expect(table.code == 0, "\(table.err)")
    let asaRow = table.out.split(separator: "\n").first { $0.hasPrefix("Average speed of answer") }
    #expect(asaRow.map { $0.split(separator: " ").suffix(2) == ["—", "—"] } == true)
    #expect(table.out.contains("— no value: "))
    #expect(table.out.contains("no call was answered"))
    for file in try FileManager.default.contentsOfDirectory(atPath: out) {
      let text = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
      #expect(!Self.hasNonFinite(text), "\(file) has a non-finite number")
    }
    let json = CLI.run("run", path, "--format", "json")
    #expect(!Self.hasNonFinite(json.out))
    let summary = RunCommandTests.json(json.out)
    let metrics = summary["metrics"] as? [String: Any] ?? [:]
    let asa = metrics["averageSpeedOfAnswer"] as? [String: Any] ?? [:]
    #expect(asa["mean"] is NSNull)
    let notes = summary["notes"] as? [String] ?? []
    #expect(notes.contains("averageSpeedOfAnswer: no value, no call was answered"), "\(notes)")
    let csv = CLI.run("run", path, "--format", "csv")
    #expect(csv.out.contains("total,averageSpeedOfAnswer,,"))
    #expect(!Self.hasNonFinite(csv.out))
  }

  @Test func metricsWithValuesHaveNoNote() {
    let summary = RunCommandTests.json(
      CLI.run("run", CLI.write(RunCommandTests.coreExample), "--format", "json").out)
    #expect((summary["notes"] as? [String]) == [])
  }

  /// 365 days with calls only in the last quarter of an hour: every call lands in interval
  /// 35,039 ("d365 23:45"), none before it, and the agent's time adds up to exactly a year.
  @Test func aSimulatedYearKeepsTimeExact() throws {
    let intervals = 365 * 96
    let rates = Array(repeating: "0", count: intervals - 1) + ["40"]
    let text = """
      {"duration": "365d", "interval": "15m",
       "lines": [{"id": "main", "callType": "general",
                  "arrivals": {"perInterval": [\(rates.joined(separator: ","))]}}],
       "callTypes": [{"id": "general", "talk": 60}],
       "teams": [{"id": "gich", "agents": 1, "handles": ["general"]}]}
      """
    let configuration = try ScenarioLoader.decode(
      Array(text.utf8), file: "year.json", directory: "/nonexistent")
    #expect(configuration.intervalCount == intervals)
    let statistics = CentreRun.run(configuration, replication: 0, calls: true, checks: true)
    #expect(statistics.violation == nil)
    let year = SimDuration.hours(365 * 24)
    #expect(year.microseconds == 31_536_000_000_000)
    #expect(statistics.teams[0].loggedIn == year, "the run ends exactly a year in")
    #expect(statistics.teams[0].microseconds.reduce(0, +) == year.microseconds)
    let lastInterval = SimInstant(since: year - .minutes(15))
    #expect(!statistics.calls.isEmpty)
    for call in statistics.calls {
      #expect(call.arrived >= lastInterval && call.arrived < SimInstant(since: year))
    }
    let last = statistics.interval(intervals - 1, queue: 0)
    #expect(last.offered == statistics.total.offered && last.offered > 0)
    let csv = IntervalsCSV.render(RunSummary(configuration: configuration, runs: [statistics]))
    let rows = csv.split(separator: "\n")
    #expect(rows.count == 2 * intervals + 1, "a queue row and a team row per interval")
    #expect(rows[2 * intervals - 1].hasPrefix("queue,gich,35039,d365 23:45,\(last.offered),"))
    #expect(rows.last?.hasPrefix("team,gich,35039,d365 23:45,,\(last.answered),") == true)
    #expect(rows[2 * intervals - 3].hasPrefix("queue,gich,35038,d365 23:30,0,"))
  }
}
