import Foundation
import Testing

/// A sweep's points are made one at a time, when they are needed: a shard of a large grid holds
/// one configuration per variant, and a grid past the format's limit is refused before
/// anything is made of it.
struct LargeSweepTests {
  /// Three teams of two agents, ten quiet minutes.
  static let scenario = """
    {"name": "three teams", "seed": 3, "duration": "10m",
     "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 60}}],
     "callTypes": [{"id": "general", "talk": 60}],
     "teams": [{"id": "a", "agents": 2, "handles": ["general"]},
               {"id": "b", "agents": 2, "handles": ["general"]},
               {"id": "c", "agents": 2, "handles": ["general"]}]}
    """

  /// A directory with the scenario and a sweep of it whose agents factors have `levels`.
  static func setUp(_ levels: [String: [Int]]) -> (directory: URL, sweep: String) {
    let directory = CLI.temporaryDirectory()
    try! scenario.write(
      to: directory.appendingPathComponent("teams.json"), atomically: true, encoding: .utf8)
    let agents = levels.keys.sorted().map { team in
      "\"\(team)\": [\(levels[team]!.map(String.init).joined(separator: ", "))]"
    }
    let sweep = directory.appendingPathComponent("sweep.json").path
    try! """
    {"scenario": "teams.json", "factors": {"agents": {\(agents.joined(separator: ", "))}}}
    """.write(toFile: sweep, atomically: true, encoding: .utf8)
    return (directory, sweep)
  }

  /// The `ccsim` executable built beside the tests, if there is one.
  static var executable: String? {
    [".build/debug/ccsim", ".build/release/ccsim"].map { CLI.root.appendingPathComponent($0).path }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// A grid of 100 × 100 × 100 points in a file of a kilobyte (it once made every point before
  /// sharding, and needed 7.7 GB): refused at once, whatever the shard.
  @Test func aMillionPointsAreRefusedAtOnce() {
    let (directory, sweep) = Self.setUp([
      "a": Array(1...100), "b": Array(1...100), "c": Array(1...100),
    ])
    let out = directory.appendingPathComponent("out").path
    let started = Date()
    let result = CLI.run("sweep", sweep, "--shard", "1/100000", "--out", out)
    #expect(Date().timeIntervalSince(started) < 2)
    #expect(result.code == 65, "\(result.err)")
    #expect(result.err.contains("factors: the grid has more than 10000 points"))
    #expect(!FileManager.default.fileExists(atPath: out), "nothing is written")
  }

  /// A grid at the limit, 10,000 points whose team a has 100 to 10,000 agents: made all at
  /// once, the points' rosters would hold some 50 million agents (ccsim 0.1.0 took 43 s and
  /// 2.9 GB). One shard of 100,000 runs its one unit in a child process that may not map more
  /// than 1 GiB, and its manifest still lists every point.
  @Test(.enabled(if: executable != nil)) func aShardOfALargeGridMakesOnlyItsOwnPoints() throws {
    let (directory, sweep) = Self.setUp(["a": (1...100).map { $0 * 100 }, "b": Array(1...100)])
    let out = directory.appendingPathComponent("out")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", #"ulimit -v 1048576 && exec "$0" "$@""#, Self.executable!, "sweep", sweep,
      "--shard", "1/100000", "--out", out.path, "--quiet",
    ]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    let started = Date()
    try process.run()
    process.waitUntilExit()
    let message = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(message)")
    #expect(Date().timeIntervalSince(started) < 30)
    let manifest =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: out.appendingPathComponent("manifest.json"))) as? [String: Any]
    #expect(manifest?["units"] as? Int == 10_000)
    #expect(manifest?["unitsDone"] as? Int == 1)
    let points = try #require(manifest?["points"] as? [[String: Any]])
    #expect(points.count == 10_000)
    let last = try #require(points.last?["teams"] as? [[String: Any]])
    #expect(last.map { $0["agents"] as? Int } == [10_000, 100, 2], "headcounts of the last point")
    let lines = try String(
      contentsOf: out.appendingPathComponent("replications.tsv"), encoding: .utf8
    ).split(separator: "\n")
    #expect(lines.count == 2, "the header and unit 0")
  }
}
