import Foundation
import Testing

/// intervals.csv imports as a planner's tools read it: `scripts/check-intervals.py` (python3's
/// csv module, and pandas when installed) finds a field per column on every row, numbers in
/// every column but `level`, `id` and `start`, team rows without the queue-only columns, and
/// queue and team rows that add up to summary.json, on example scenarios, with one replication
/// and with several (the half-width columns), and with the ACD conventions chosen.
struct IntervalsImportTests {
  static let scenarios = [
    ("quickstart.json", "1"), ("quickstart.json", "3"), ("cms-day.json", "2"),
    ("aac-desk.json", "1"), ("other-centre.json", "2"), ("forecast/monday.json", "2"),
  ]

  @Test(arguments: scenarios)
  func theFileImportsAndAddsUpToTheSummary(scenario: String, replications: String) throws {
    let directory = CLI.temporaryDirectory()
    let result = CLI.run(
      "run", CLI.scenario(scenario), "--replications", replications, "--out", directory.path,
      "--quiet")
    #expect(result.code == 0, "\(result.err)")
    let check = try Self.check(directory.path)
    #expect(check.status == 0, "\(scenario): \(check.output)")
  }

  @Test func theFileAddsUpUnderEveryConvention() throws {
    let text = try String(contentsOfFile: CLI.scenario("quickstart.json"), encoding: .utf8)
    let reporting = #"""
      "reporting": {"serviceLevelThreshold": "exclusive", "abandonsInServiceLevel": "met",
                    "shortAbandonsInAbandonRate": "removed", "answeredCounted": "atAnswer"},
      """#
    let scenario = CLI.write(text.replacingOccurrences(of: #""seed": 42,"#, with: reporting))
    let directory = CLI.temporaryDirectory()
    let result = CLI.run("run", scenario, "--replications", "2", "--out", directory.path)
    #expect(result.code == 0, "\(result.err)")
    let check = try Self.check(directory.path)
    #expect(check.status == 0, "\(check.output)")
  }

  /// Runs the checker on `directory`.
  static func check(_ directory: String) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", CLI.root.appendingPathComponent("scripts/check-intervals.py").path, directory,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }
}
