import Foundation
import Testing

/// ccsim never writes over its own input, and an interrupted run leaves no half-written file.
struct OutputSafetyTests {
  static let scenario = """
    {
      "duration": "2h",
      "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 100}}],
      "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 180}}}],
      "teams": [{"id": "gich", "agents": 5, "handles": ["general"]}]
    }
    """

  static func contents(_ path: String) -> String? {
    try? String(contentsOfFile: path, encoding: .utf8)
  }

  @Test(arguments: RunCommandOutputs.allCases)
  func runOutRefusesToReplaceTheScenario(_ file: RunCommandOutputs) {
    // The scenario is DIR/summary.json (say), and --out DIR would write over it.
    let path = CLI.write(Self.scenario, name: file.rawValue)
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let result = CLI.run("run", path, "--out", directory, "--calls")
    #expect(result.code == 64, "\(result.err)")
    #expect(
      result.err.contains(
        "--out would write \(directory)/\(file.rawValue), which is the input \(path)"))
    #expect(result.out.isEmpty)
    #expect(Self.contents(path) == Self.scenario, "the scenario is untouched")
  }

  enum RunCommandOutputs: String, CaseIterable, Sendable {
    case summary = "summary.json"
    case intervals = "intervals.csv"
    case agents = "agents.csv"
    case calls = "calls.csv"
    case report = "report.html"
  }

  /// incidents.csv is an output only of a scenario with an AAC desk: that one is refused too.
  @Test func runOutRefusesToReplaceAnAACScenario() throws {
    let text = try String(contentsOfFile: CLI.scenario("aac-desk.json"), encoding: .utf8)
    let path = CLI.write(text, name: "incidents.csv")
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let result = CLI.run("run", path, "--out", directory)
    #expect(result.code == 64, "\(result.err)")
    #expect(
      result.err.contains("--out would write \(directory)/incidents.csv, which is the input"))
    #expect(Self.contents(path) == text)
  }

  @Test func runTraceRefusesToReplaceTheScenario() {
    let path = CLI.write(Self.scenario)
    // Another spelling of the same file.
    let same = URL(fileURLWithPath: path).deletingLastPathComponent().path + "/./scenario.json"
    let result = CLI.run("run", path, "--trace", same)
    #expect(result.code == 64, "\(result.err)")
    #expect(result.err.contains("--trace would write \(same), which is the input \(path)"))
    #expect(Self.contents(path) == Self.scenario)
  }

  @Test func runOutElsewhereIsFine() {
    let path = CLI.write(Self.scenario, name: "summary.json")
    let out = CLI.temporaryDirectory().path
    #expect(CLI.run("run", path, "--out", out, "--quiet").code == 0)
    #expect(Self.contents(path) == Self.scenario)
  }

  @Test func sweepRefusesToReplaceItsScenario() {
    let directory = CLI.temporaryDirectory()
    let scenario = directory.appendingPathComponent("results.json")
    try! Self.scenario.write(to: scenario, atomically: true, encoding: .utf8)
    let sweep = directory.appendingPathComponent("sweep.json")
    try! #"{"scenario": "results.json", "replications": 2}"#.write(
      to: sweep, atomically: true, encoding: .utf8)
    let result = CLI.run("sweep", sweep.path, "--out", directory.path)
    #expect(result.code == 64, "\(result.err)")
    #expect(result.err.contains("--out would write \(directory.path)/results.json"))
    #expect(Self.contents(scenario.path) == Self.scenario)
  }

  @Test func mergeRefusesToWriteIntoAPart() throws {
    let directory = CLI.temporaryDirectory()
    let scenario = directory.appendingPathComponent("day.json")
    try Self.scenario.write(to: scenario, atomically: true, encoding: .utf8)
    let sweep = directory.appendingPathComponent("sweep.json")
    try #"{"scenario": "day.json", "replications": 2}"#.write(
      to: sweep, atomically: true, encoding: .utf8)
    let parts = (1...2).map { directory.appendingPathComponent("part-\($0)").path }
    for (index, part) in parts.enumerated() {
      let shard = CLI.run("sweep", sweep.path, "--shard", "\(index + 1)/2", "--out", part)
      #expect(shard.code == 0, "\(shard.err)")
    }
    let manifest = Self.contents(parts[0] + "/manifest.json")
    let result = CLI.run(["merge"] + parts + ["--out", parts[0]])
    #expect(result.code == 64, "\(result.err)")
    #expect(result.err.contains("--out would write \(parts[0])/manifest.json"))
    #expect(Self.contents(parts[0] + "/manifest.json") == manifest)
  }

  @Test func checkRefusesToWriteJUnitOverItsTests() {
    let tests = CheckCommandTests.testsFile(CheckCommandTests.ownerReady)
    let before = Self.contents(tests)
    let result = CLI.run("check", tests, "--junit", tests)
    #expect(result.code == 64, "\(result.err)")
    #expect(result.err.contains("--junit would write \(tests), which is the input \(tests)"))
    #expect(Self.contents(tests) == before)
  }

  /// SIGTERM in the middle of a long run: exit 130, and of the trace being written and the
  /// output files, nothing is left — neither whole nor half.
  @Test(.enabled(if: ChildProcess.executable != nil)) func sigtermStopsARunCleanly() throws {
    let directory = CLI.temporaryDirectory()
    let scenario = directory.appendingPathComponent("long.json")
    try """
    {"duration": "1000h",
     "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 20000}}],
     "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 170}}}],
     "teams": [{"id": "gich", "agents": 1000, "handles": ["general"]}]}
    """.write(to: scenario, atomically: true, encoding: .utf8)
    let out = directory.appendingPathComponent("out")
    let process = Process()
    process.executableURL = ChildProcess.executable
    process.arguments = [
      "run", scenario.path, "--out", out.path, "--trace",
      out.appendingPathComponent("t.jsonl").path,
      "--quiet",
    ]
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    // Wait until the run is under way: the trace's temporary file exists.
    let deadline = Date().addingTimeInterval(30)
    func files() -> [String] {
      (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
    }
    while files().isEmpty && process.isRunning && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
    }
    #expect(files().contains { $0.hasPrefix(".t.jsonl.") && $0.hasSuffix(".tmp") })
    Thread.sleep(forTimeInterval: 0.3)
    #expect(process.isRunning, "the run is long enough to interrupt")
    kill(process.processIdentifier, SIGTERM)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 130)
    let message = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(message.contains("ccsim: interrupted"))
    #expect(files().isEmpty, "left behind: \(files())")
  }
}
