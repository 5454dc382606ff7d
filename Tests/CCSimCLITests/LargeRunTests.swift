import Foundation
import Planning
import Testing

@testable import CCSimCLI

/// Absurd scenarios are refused before anything is allocated, with the estimate and the way on
/// (`--allow-large`); with it, a run past the limits goes ahead.
struct LargeRunTests {
  /// 31 years of a million calls an hour: about 2.8 × 10¹¹ calls.
  static let absurd = """
    {
      "duration": "11574d",
      "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 1000000}}],
      "callTypes": [{"id": "general", "talk": 60}],
      "teams": [{"id": "gich", "agents": 10, "handles": ["general"]}]
    }
    """

  /// A hundred days of 100,000 agents on an every-day shift: ten million agents.
  static let crowded = """
    {
      "duration": "100d",
      "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 1}}],
      "callTypes": [{"id": "general", "talk": 60}],
      "teams": [{"id": "gich", "handles": ["general"],
                 "shifts": [{"everyDay": true, "start": "00:00", "end": "24:00",
                             "agents": 100000}]}]
    }
    """

  @Test(arguments: [
    ["run"], ["run", "--replications", "3"], ["compare"], ["staff"], ["pulse", "--at", "01:00"],
  ])
  func absurdCallsAreRefusedAtOnce(command: [String]) {
    let path = CLI.write(Self.absurd)
    var arguments = [command[0], path] + command.dropFirst()
    if command[0] == "compare" { arguments.insert(path, at: 2) }
    let started = Date()
    let result = CLI.run(arguments)
    #expect(Date().timeIntervalSince(started) < 2, "refused before anything runs")
    #expect(result.code == 64, "\(result.err)")
    #expect(result.err.hasPrefix("\(path): too large to simulate without --allow-large: about"))
    #expect(result.err.contains("2.8 × 10^11"))
    #expect(result.err.contains("'ccsim \(command[0]) … --allow-large'"))
    #expect(result.out.isEmpty)
  }

  @Test func tenMillionAgentsAreRefused() {
    let result = CLI.run("run", CLI.write(Self.crowded))
    #expect(result.code == 64)
    #expect(result.err.contains("10 million agents (one per agent and shift worked)"))
  }

  @Test func aSweepOfAbsurdPointsIsRefused() {
    let directory = CLI.temporaryDirectory()
    try! Self.absurd.write(
      to: directory.appendingPathComponent("huge.json"), atomically: true, encoding: .utf8)
    let sweep = directory.appendingPathComponent("sweep.json")
    try! #"{"scenario": "huge.json", "replications": 2}"#.write(
      to: sweep, atomically: true, encoding: .utf8)
    let out = directory.appendingPathComponent("out")
    let result = CLI.run("sweep", sweep.path, "--out", out.path)
    #expect(result.code == 64, "\(result.err)")
    #expect(result.err.contains("(2.8 × 10^11 in each of 2 replications)"))
    #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
  }

  /// Limits a hundredth of the quickstart's size stand in for absurd ones: refused without the
  /// flag, run with it.
  @Test func allowLargeLetsARunThrough() {
    let tiny = RunLimits(calls: 10, agents: 2, memory: 1e12)
    LargeRuns.$limits.withValue(tiny) {
      let scenario = CLI.scenario("quickstart.json")
      let refused = CLI.run("run", scenario, "--format", "json")
      #expect(refused.code == 64)
      #expect(refused.err.contains("agents (one per agent and shift worked), more than 2"))
      let allowed = CLI.run("run", scenario, "--format", "json", "--allow-large")
      #expect(allowed.code == 0, "\(allowed.err)")
      #expect(allowed.out.contains("\"offered\""))
    }
  }

  @Test func memoryOfKeptReplicationsCounts() {
    // The same run is refused with --out (intervals and call records kept) and not without.
    let limits = RunLimits(calls: 1e10, agents: 1_000_000, memory: 64 * 1_048_576)
    LargeRuns.$limits.withValue(limits) {
      let scenario = CLI.scenario("quickstart.json")
      let plain = CLI.run("run", scenario, "--replications", "2", "--quiet")
      #expect(plain.code == 0, "\(plain.err)")
      let out = CLI.temporaryDirectory().appendingPathComponent("out").path
      let kept = CLI.run("run", scenario, "--replications", "500", "--out", out, "--quiet")
      #expect(kept.code == 64, "\(kept.err)")
      #expect(kept.err.contains("of memory, more than 64 MiB"))
      #expect(!FileManager.default.fileExists(atPath: out), "refused before --out is made")
    }
  }
}
