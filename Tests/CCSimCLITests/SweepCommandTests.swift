import ContactCentre
import Foundation
import Planning
import Reporting
import Scenario
import Testing

@testable import CCSimCLI

/// `ccsim sweep` and `ccsim merge`: shards merged give the unsharded run's files byte for byte;
/// merge refuses parts that are missing, given twice or of another sweep; bad sweep files and
/// bad `--shard` values are refused with their exit codes.
struct SweepCommandTests {
  static let scenario = """
    {
      "name": "tiny",
      "seed": 11,
      "duration": "1h",
      "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 90}}],
      "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 100}},
                     "patience": {"exponential": {"mean": 60}}}],
      "teams": [{"id": "gich", "agents": 3, "handles": ["general"]}]
    }
    """

  /// 2 agent counts × 2 variants × 2 demand factors = 8 points of 2 replications: 16 units.
  static let sweep = """
    {
      "name": "tiny grid",
      "scenario": "tiny.json",
      "replications": 2,
      "factors": {
        "agents": {"gich": [2, 3]},
        "variant": [
          {"name": "impatient"},
          {"name": "patient", "patches": [
            {"path": "callTypes[id=general].patience.exponential.mean", "value": 300}]}
        ],
        "demand": [1, 1.25]
      }
    }
    """

  static let files = ["manifest.json", "replications.tsv", "results.json", "results.csv"]

  /// A directory with the scenario and the sweep (with `edit` applied to it).
  static func setUp(
    _ edit: (String) -> String = { $0 }, scenario: String = SweepCommandTests.scenario
  ) -> URL {
    let directory = CLI.temporaryDirectory()
    try! scenario.write(
      to: directory.appendingPathComponent("tiny.json"), atomically: true, encoding: .utf8)
    try! edit(sweep).write(
      to: directory.appendingPathComponent("sweep.json"), atomically: true, encoding: .utf8)
    return directory
  }

  static func contents(_ directory: URL, _ file: String) -> String? {
    try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
  }

  /// Runs every shard of `count` into `parts/K` and returns the part directories.
  static func runShards(_ directory: URL, count: Int, jobs: Int = 1) -> [String] {
    (1...count).map { index in
      let part = directory.appendingPathComponent("parts/\(index)").path
      let result = CLI.run(
        "sweep", directory.appendingPathComponent("sweep.json").path, "--shard",
        "\(index)/\(count)", "--out", part, "--jobs", String(jobs), "--quiet")
      #expect(result.code == 0, "\(result.err)")
      #expect(result.out.isEmpty == (count > 1), "a shard prints nothing on stdout")
      return part
    }
  }

  static func runWhole(_ directory: URL) -> URL {
    let out = directory.appendingPathComponent("whole")
    let result = CLI.run(
      "sweep", directory.appendingPathComponent("sweep.json").path, "--out", out.path,
      "--quiet", "--format", "csv")
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out == contents(out, "results.csv"))
    return out
  }

  @Test(arguments: [1, 3, 5, 16, 40])
  func mergedShardsEqualTheUnshardedRunByteForByte(count: Int) throws {
    let directory = Self.setUp()
    let whole = Self.runWhole(directory)
    let parts = Self.runShards(directory, count: count, jobs: count % 2 + 1)
    // The order of the parts on the command line does not matter.
    let merged = directory.appendingPathComponent("merged")
    let result = CLI.run(["merge"] + parts.reversed() + ["--out", merged.path, "--quiet"])
    #expect(result.code == 0, "\(result.err)")
    for file in Self.files {
      let expected = try #require(Self.contents(whole, file), "\(file)")
      #expect(Self.contents(merged, file) == expected, "\(file) with \(count) shards")
    }
    #expect(result.out.contains("tiny grid — tiny, seed 11, 8 points × 2 replications"))

    // A merged directory is a whole part: merging it again changes nothing.
    let again = directory.appendingPathComponent("again")
    #expect(CLI.run("merge", merged.path, "--out", again.path + "/", "--quiet").code == 0)
    for file in Self.files {
      #expect(Self.contents(again, file) == Self.contents(whole, file), "\(file) merged again")
    }
  }

  /// A scenario counting the service level its own way (`reporting`): its parts say so, and
  /// the merge computes every metric as the whole sweep did.
  @Test func mergedShardsKeepTheScenariosReportingConventions() throws {
    let acd = Self.scenario.replacingOccurrences(
      of: "\"duration\": \"1h\",",
      with: "\"duration\": \"1h\", \"reporting\": {\"serviceLevelThreshold\": \"exclusive\","
        + " \"abandonsInServiceLevel\": \"ignored\", \"answeredCounted\": \"atAnswer\"},")
    #expect(acd.contains("\"reporting\""))
    let directory = Self.setUp(scenario: acd)
    let whole = Self.runWhole(directory)
    let parts = Self.runShards(directory, count: 3)
    let merged = directory.appendingPathComponent("merged")
    let result = CLI.run(["merge"] + parts + ["--out", merged.path, "--quiet"])
    #expect(result.code == 0, "\(result.err)")
    for file in Self.files {
      let expected = try #require(Self.contents(whole, file), "\(file)")
      #expect(Self.contents(merged, file) == expected, "\(file)")
    }
    // The conventions moved the figures: the same sweep counted the standard way differs.
    let standard = Self.runWhole(Self.setUp())
    #expect(Self.contents(standard, "results.csv") != Self.contents(whole, "results.csv"))
  }

  @Test func aShardRunsOnlyItsUnitsAndWritesNoResults() throws {
    let directory = Self.setUp()
    let part = Self.runShards(directory, count: 3)[1]
    let manifest = try #require(Self.contents(URL(fileURLWithPath: part), "manifest.json"))
    #expect(manifest.contains("\"shard\": \"2/3\""))
    #expect(manifest.contains("\"units\": 16"))
    #expect(manifest.contains("\"unitsDone\": 5"))
    let lines = try #require(Self.contents(URL(fileURLWithPath: part), "replications.tsv"))
      .split(separator: "\n").filter { !$0.hasPrefix("#") }
    // Units 1, 4, 7, 10, 13: (point, replication) = unit / 2, unit % 2.
    #expect(
      lines.map { $0.split(separator: "\t").prefix(2).joined(separator: " ") }
        == ["0 1", "2 0", "3 1", "5 0", "6 1"])
    #expect(Self.contents(URL(fileURLWithPath: part), "results.json") == nil)
  }

  @Test func shardsOfDifferentCountsMergeWhenTheyCoverTheSweepOnce() throws {
    let directory = Self.setUp()
    let whole = Self.runWhole(directory)
    let sweep = directory.appendingPathComponent("sweep.json").path
    var parts: [String] = []
    for shard in ["1/2", "2/4", "4/4"] {
      let part = directory.appendingPathComponent("parts/" + shard.replacing("/", with: "-")).path
      #expect(CLI.run("sweep", sweep, "--shard", shard, "--out", part, "--quiet").code == 0)
      parts.append(part)
    }
    let merged = directory.appendingPathComponent("merged")
    #expect(CLI.run(["merge"] + parts + ["--out", merged.path, "--quiet"]).code == 0)
    #expect(Self.contents(merged, "results.json") == Self.contents(whole, "results.json"))

    let overlapping = CLI.run("merge", parts[0], parts[1], parts[2], parts[0], "--quiet")
    #expect(overlapping.code == 65)
    #expect(overlapping.err.contains("shard 1/2 is given twice"))
  }

  @Test func mergeRefusesAMissingShard() {
    let directory = Self.setUp()
    let parts = Self.runShards(directory, count: 4)
    let result = CLI.run("merge", parts[0], parts[1], parts[3])
    #expect(result.code == 65)
    #expect(result.err.contains("missing shard 3/4 (4 of 16 units not run)"), "\(result.err)")
    #expect(result.out.isEmpty)
  }

  @Test func mergeRefusesAnEmptyShardLeftOut() {
    let directory = Self.setUp()
    let parts = Self.runShards(directory, count: 20)
    let result = CLI.run(Array(["merge"] + parts.dropLast()))
    #expect(result.code == 65)
    #expect(result.err.contains("missing shard 20/20 (0 of 16 units not run)"), "\(result.err)")
  }

  @Test func mergeRefusesADuplicatedShard() {
    let directory = Self.setUp()
    let parts = Self.runShards(directory, count: 2)
    let copy = directory.appendingPathComponent("copy").path
    try! FileManager.default.copyItem(atPath: parts[1], toPath: copy)
    let result = CLI.run("merge", parts[0], parts[1], copy, "--out", copy + "-merged")
    #expect(result.code == 65)
    #expect(result.err.contains("shard 2/2 is given twice: \(parts[1]) and \(copy)"))
    #expect(!FileManager.default.fileExists(atPath: copy + "-merged"), "nothing is written")
  }

  @Test(arguments: [
    ("\"replications\": 2", "\"replications\": 2, \"seed\": 12"),
    ("[1, 1.25]", "[1, 1.3]"),
    ("\"value\": 300", "\"value\": 301"),
  ])
  func mergeRefusesPartsOfADifferentSweep(from: String, to: String) {
    let directory = Self.setUp()
    let parts = Self.runShards(directory, count: 2)
    let other = Self.setUp { $0.replacing(from, with: to) }
    let otherParts = Self.runShards(other, count: 2)
    let result = CLI.run("merge", parts[0], otherParts[1])
    #expect(result.code == 65)
    #expect(result.err.contains("\(otherParts[1]): a part of a different sweep"), "\(result.err)")
  }

  @Test func mergeRefusesADirectoryThatIsNoPart() {
    let directory = Self.setUp()
    let parts = Self.runShards(directory, count: 2)
    let missing = CLI.run("merge", parts[0], directory.appendingPathComponent("nope").path)
    #expect(missing.code == 66)
    #expect(missing.err.contains("no such directory"))
    let unfinished = CLI.run("merge", parts[0], directory.path)
    #expect(unfinished.code == 66)
    #expect(unfinished.err.contains("no manifest.json"))

    // A part whose replications file lost a line: no longer the file its .ccsim-outputs names.
    let file = URL(fileURLWithPath: parts[1]).appendingPathComponent("replications.tsv")
    let lines = try! String(contentsOf: file, encoding: .utf8).split(separator: "\n")
    try! (lines.dropLast().joined(separator: "\n") + "\n").write(
      to: file, atomically: true, encoding: .utf8)
    let truncated = CLI.run("merge", parts[0], parts[1])
    #expect(truncated.code == 65)
    #expect(
      truncated.err.contains(
        "\(file.path): not the file \(parts[1])/.ccsim-outputs names"), "\(truncated.err)")
  }

  @Test func aPointsResultsAreThoseOfRunningItsScenario() throws {
    let directory = Self.setUp()
    let whole = Self.runWhole(directory)
    // Point 6 is 3 agents (the scenario's own), the patient variant, demand 1.
    let patient = Self.scenario.replacing("\"mean\": 60", with: "\"mean\": 300")
    let scenario = CLI.write(patient, name: "patient.json")
    let run = CLI.run("run", scenario, "--replications", "2", "--format", "json")
    #expect(run.code == 0)
    let summary = try #require(
      try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let results = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: whole.appendingPathComponent("results.json")))
        as? [String: Any])
    let point = try #require((results["points"] as? [[String: Any]])?[6])
    #expect(
      (point["factors"] as? [String: Any]).map { NSDictionary(dictionary: $0) }
        == NSDictionary(dictionary: ["agents:gich": 3, "variant": "patient", "demand": 1]))
    #expect(
      NSDictionary(dictionary: try #require(point["metrics"] as? [String: Any]))
        == NSDictionary(dictionary: try #require(summary["metrics"] as? [String: Any])))
    #expect(
      NSDictionary(dictionary: try #require(point["calls"] as? [String: Any]))
        == NSDictionary(dictionary: try #require(summary["calls"] as? [String: Any])))
  }

  @Test func theExampleSweepLoads() throws {
    let sweep = try SweepLoader.load(path: CLI.scenario("sweeps/cms-day-agents.json"))
    #expect(sweep.points.count == 18)
    #expect(sweep.factors.map(\.name) == ["agents:gich", "variant", "demand"])
    // 21 GICH caseworkers at demand 1 in the first variant is cms-day.json itself.
    let cmsDay = try ScenarioLoader.load(path: CLI.scenario("cms-day.json"))
    let point = try #require(
      sweep.points.first { $0.levels == [.agents(21), .variant("gich-after-3m"), .demand(1)] })
    #expect(point.configuration == cmsDay)
  }

  @Test(arguments: [
    ["--shard", "0/3"], ["--shard", "4/3"], ["--shard", "3"], ["--shard", "a/b"],
    ["--shard", "1/0"], ["--shard", "-1/2"], ["--shard", "1/2/3"], ["--shard", ""],
    ["--shard", "１/2"], ["--shard"], ["--jobs", "0"], ["--format", "xml"], ["--bogus"], [],
  ])
  func usageErrorsExit64(options: [String]) {
    let directory = Self.setUp()
    let out = options.isEmpty ? [] : ["--out", directory.appendingPathComponent("out").path]
    let result = CLI.run(
      ["sweep", directory.appendingPathComponent("sweep.json").path] + out + options)
    #expect(result.code == 64, "\(options): \(result.err)")
    #expect(result.err.contains("See 'ccsim sweep --help'."))
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
  }

  @Test func mergeNeedsADirectory() {
    let result = CLI.run("merge", "--quiet")
    #expect(result.code == 64)
    #expect(result.err.contains("missing DIR"))
  }

  @Test func aMalformedSweepExits65WithTheJSONPath() {
    let directory = Self.setUp {
      $0.replacing("\"demand\": [1, 1.25]", with: "\"demand\": [1, -1]")
        .replacing("\"gich\": [2, 3]", with: "\"gihc\": [2, 3]")
    }
    let sweep = directory.appendingPathComponent("sweep.json").path
    let result = CLI.run("sweep", sweep, "--out", directory.appendingPathComponent("out").path)
    #expect(result.code == 65)
    #expect(result.err.contains(#"\#(sweep):12:19: factors.demand[1]: -1 is not a demand factor"#))
    #expect(result.err.contains(#"\#(sweep):6:24: factors.agents.gihc: no team "gihc""#))
    #expect(result.err.contains("2 problems found."))
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
  }

  @Test func aMissingSweepFileExits66() {
    let result = CLI.run("sweep", "/nonexistent/sweep.json", "--out", "/tmp/never")
    #expect(result.code == 66)
    #expect(result.err.contains("/nonexistent/sweep.json: no such file"))
  }
}
