import ContactCentre
import Foundation
import Planning
import Reporting
import Scenario
import Testing

@testable import CCSimCLI

/// `calls.csv` written as the run goes (`CallsFile`: a file per replication, joined in order)
/// is, byte for byte, the file rendered from the calls kept in memory, whatever the jobs; its
/// size and SHA-256 are those of its bytes; and nothing is left behind.
struct CallsFileTests {
  /// Runs `replications` of `configuration` on `jobs` threads keeping every call in memory
  /// (`RunStatistics.calls`) and streaming them into a `CallsFile` at once: the runs and the
  /// streamed file's text.
  static func runStreaming(
    _ configuration: CentreConfiguration, replications: Int, jobs: Int, states: Bool = true,
    checks: Bool = true
  ) throws -> (runs: [RunStatistics], calls: String) {
    let directory = CLI.temporaryDirectory().path
    let file = CallsFile(configuration, target: directory + "/calls.csv")
    let runs = Replications.run(
      configuration, count: replications, jobs: jobs, intervals: true, calls: true,
      states: states, callRecords: { file.sink(replication: $0) }, checks: checks)
    let joined = try file.finish()
    let (size, sha256) = try joined.finish()
    let bytes = try #require(FileManager.default.contents(atPath: joined.temporary))
    #expect(size == bytes.count)
    #expect(sha256 == SHA256.hex(bytes))
    file.discard()
    let left = try FileManager.default.contentsOfDirectory(atPath: directory)
    #expect(left.isEmpty, "every temporary file is removed: \(left)")
    return (runs, String(decoding: bytes, as: UTF8.self))
  }

  @Test(arguments: [
    ("quickstart.json", 1, 1), ("cms-day.json", 4, 3), ("aac-desk.json", 3, 2),
    ("other-centre.json", 2, 2), ("strike-day.json", 3, 3),
  ])
  func streamedIsRendered(_ scenario: String, _ replications: Int, _ jobs: Int) throws {
    let configuration = try ScenarioLoader.load(path: CLI.scenario(scenario))
    let (runs, streamed) = try Self.runStreaming(
      configuration, replications: replications, jobs: jobs)
    let summary = RunSummary(configuration: configuration, runs: runs)
    let rendered = CallsCSV.render(summary)
    #expect(streamed == rendered, "\(scenario)")
    let rows = streamed.split(separator: "\n").count - 1
    #expect(rows == runs.reduce(0) { $0 + $1.calls.count })
  }

  /// `run --out DIR --calls` with several replications side by side writes the same file as
  /// one at a time.
  @Test func jobsNeverChangeTheFile() throws {
    var files: [Data] = []
    for jobs in ["1", "3"] {
      let out = CLI.temporaryDirectory().appendingPathComponent("out").path
      let result = CLI.run(
        "run", CLI.scenario("cms-day.json"), "--replications", "3", "--jobs", jobs, "--out",
        out, "--calls", "--quiet")
      try #require(result.code == 0, "\(result.err)")
      files.append(try #require(FileManager.default.contents(atPath: out + "/calls.csv")))
      #expect(throws: Never.self) { try OutputSetReader(out).verify() }
    }
    #expect(files[0] == files[1])
  }

  /// `run --out` says where the report is, on stderr.
  @Test func runSaysWhereTheReportIs() {
    let out = CLI.temporaryDirectory().appendingPathComponent("out").path
    let result = CLI.run("run", CLI.scenario("quickstart.json"), "--out", out)
    #expect(result.code == 0, "\(result.err)")
    #expect(result.err.contains("report: \(out)/report.html\n"), "\(result.err)")
    let quiet = CLI.run("run", CLI.scenario("quickstart.json"), "--out", out, "--quiet")
    #expect(!quiet.err.contains("report:"))
  }
}
