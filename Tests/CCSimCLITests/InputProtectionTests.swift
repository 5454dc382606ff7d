import Foundation
import Testing

/// Every file a command reads is protected from its outputs — the scenario, and also its
/// forecast CSVs, a sweep's scenario and forecasts, a routing tests file's scenario: refused
/// with 64 before anything runs, and the file untouched. The forecast day is a copy of
/// scenarios/forecast in a temporary directory.
struct InputProtectionTests {
  /// A copy of scenarios/forecast/monday.json and its CSV, the CSV named `csvName`.
  static func forecastDay(csvName: String = "monday.csv") throws -> URL {
    let directory = CLI.temporaryDirectory()
    let source = CLI.root.appendingPathComponent("scenarios/forecast")
    let scenario = try String(
      contentsOf: source.appendingPathComponent("monday.json"), encoding: .utf8)
    try scenario.replacingOccurrences(of: "\"monday.csv\"", with: "\"\(csvName)\"").write(
      to: directory.appendingPathComponent("monday.json"), atomically: true, encoding: .utf8)
    try FileManager.default.copyItem(
      at: source.appendingPathComponent("monday.csv"),
      to: directory.appendingPathComponent(csvName))
    return directory
  }

  static func data(_ url: URL) -> Data? { try? Data(contentsOf: url) }

  /// One routing test on the forecast day: a client caller is offered to GICH.
  static let routingTests = """
    {"scenario": "monday.json", "cases": [{"name": "client to gich", "time": "09:00",
     "caller": {"line": "client"}, "expect": {"team": "gich"}}]}
    """

  /// `run monday.json --trace monday.csv`.
  @Test func aTraceOverTheForecastIsRefused() throws {
    let directory = try Self.forecastDay()
    let csv = directory.appendingPathComponent("monday.csv")
    let before = Self.data(csv)
    let result = CLI.run(
      "run", directory.appendingPathComponent("monday.json").path, "--trace", csv.path)
    #expect(result.code == 64, "\(result.err)")
    #expect(result.err.contains("--trace would write \(csv.path), which is the input"))
    #expect(result.out.isEmpty)
    #expect(Self.data(csv) == before)
  }

  /// `staff monday.json --write-scenario monday.csv`.
  @Test func aStaffedScenarioOverTheForecastIsRefused() throws {
    let directory = try Self.forecastDay()
    let csv = directory.appendingPathComponent("monday.csv")
    let before = Self.data(csv)
    let result = CLI.run(
      [
        "staff", directory.appendingPathComponent("monday.json").path, "--write-scenario",
        csv.path,
      ] + StaffCommandTests.fast)
    #expect(result.code == 64, "\(result.err)")
    #expect(result.err.contains("--write-scenario would write \(csv.path), which is the input"))
    #expect(result.out.isEmpty, "refused before the search")
    #expect(Self.data(csv) == before)
  }

  /// `run --out .` where the forecast is named intervals.csv (or any file of the set).
  @Test(arguments: ["intervals.csv", "calls.csv", "summary.json", "report.html"])
  func anOutputSetOverTheForecastIsRefused(_ csvName: String) throws {
    let directory = try Self.forecastDay(csvName: csvName)
    let csv = directory.appendingPathComponent(csvName)
    let before = Self.data(csv)
    let result = CLI.run(
      "run", directory.appendingPathComponent("monday.json").path, "--out", directory.path,
      "--calls")
    #expect(result.code == 64, "\(result.err)")
    #expect(result.err.contains("--out would write \(directory.path)/\(csvName), which is"))
    #expect(Self.data(csv) == before)
    #expect(!FileManager.default.fileExists(atPath: directory.path + "/.ccsim-outputs"))
  }

  /// A sweep's scenario reads a forecast named results.csv: a whole sweep into that directory
  /// would write over it.
  @Test func aSweepOverItsScenariosForecastIsRefused() throws {
    let directory = try Self.forecastDay(csvName: "results.csv")
    let sweep = directory.appendingPathComponent("sweep.json")
    try #"{"scenario": "monday.json", "replications": 2}"#.write(
      to: sweep, atomically: true, encoding: .utf8)
    let csv = directory.appendingPathComponent("results.csv")
    let before = Self.data(csv)
    let result = CLI.run("sweep", sweep.path, "--out", directory.path)
    #expect(result.code == 64, "\(result.err)")
    #expect(result.err.contains("--out would write \(directory.path)/results.csv, which is"))
    #expect(Self.data(csv) == before)
  }

  /// `check --junit` over the scenario a routing tests file names, or over its forecast.
  @Test(arguments: ["monday.json", "monday.csv"])
  func aJUnitFileOverWhatTheTestsReadIsRefused(_ name: String) throws {
    let directory = try Self.forecastDay()
    let tests = directory.appendingPathComponent("routing.json")
    try Self.routingTests.write(
      to: tests, atomically: true, encoding: .utf8)
    let target = directory.appendingPathComponent(name)
    let before = Self.data(target)
    let result = CLI.run("check", tests.path, "--junit", target.path)
    #expect(result.code == 64, "\(result.err)")
    #expect(result.err.contains("--junit would write \(target.path), which is the input"))
    #expect(Self.data(target) == before)
  }

  /// The same file by another name — a hard link to the forecast — is the same input.
  @Test func aHardLinkToTheForecastIsTheForecast() throws {
    let directory = try Self.forecastDay()
    let csv = directory.appendingPathComponent("monday.csv")
    let other = CLI.temporaryDirectory().appendingPathComponent("trace.jsonl")
    try FileManager.default.linkItem(at: csv, to: other)
    let before = Self.data(csv)
    let result = CLI.run(
      "run", directory.appendingPathComponent("monday.json").path, "--trace", other.path)
    #expect(result.code == 64, "\(result.err)")
    #expect(Self.data(csv) == before)
  }

  /// What a command reads elsewhere is no obstacle: the forecast day runs into a fresh
  /// directory, and its trace beside it.
  @Test func otherOutputsAreFine() throws {
    let directory = try Self.forecastDay(csvName: "intervals.csv")
    let out = directory.appendingPathComponent("out").path
    let result = CLI.run(
      "run", directory.appendingPathComponent("monday.json").path, "--out", out, "--trace",
      directory.appendingPathComponent("trace.jsonl").path, "--quiet")
    #expect(result.code == 0, "\(result.err)")
  }
}
