import Foundation
import Testing

/// `ccsim compare BASE CANDIDATE` end to end: common random numbers, the three formats and the
/// exit codes.
struct CompareCommandTests {
  /// An M/M/N queue at 200 calls an hour, AHT 180 s (short: the statistics are tested in
  /// PlanningTests).
  static func queue(agents: Int, seed: Int = 5) -> String {
    CLI.write(
      """
      {"name": "M/M/\(agents)", "seed": \(seed), "duration": "25h", "warmup": "1h",
       "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 200}}],
       "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 180}}}],
       "teams": [{"id": "gich", "agents": \(agents), "handles": ["general"]}]}
      """)
  }

  static func json(_ text: String) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
  }

  static let metrics = [
    "serviceLevel", "averageSpeedOfAnswer", "averageHandleTime", "abandonRate",
    "probabilityOfQueueing", "probabilityOfWait", "occupancy", "longestWait",
  ]

  /// A scenario against itself: every difference 0 with a half-width of 0, none significant,
  /// while each side still has its own spread (the unpaired half-width).
  @Test func aScenarioAgainstItselfHasNoDifference() throws {
    let path = CLI.scenario("quickstart.json")
    let result = CLI.run("compare", path, path, "--replications", "5", "--format", "json")
    #expect(result.code == 0, "\(result.err)")
    let document = Self.json(result.out)
    #expect(document["replications"] as? Int == 5 && document["seed"] as? Int == 42)
    var scopes: [(String, [String: Any])] = [
      ("total", try #require(document["total"] as? [String: Any]))
    ]
    for kind in ["queues", "teams"] {
      let all = try #require(document[kind] as? [String: [String: Any]])
      #expect(!all.isEmpty)
      scopes += all.map { ("\(kind).\($0.key)", $0.value) }
    }
    #expect(Set((scopes[0].1).keys) == Set(Self.metrics))
    for (scope, metrics) in scopes {
      for (name, value) in metrics {
        let compared = try #require(value as? [String: Any])
        let difference = try #require(compared["difference"] as? [String: Any])
        #expect(difference["mean"] as? Double == 0, "\(scope).\(name)")
        #expect(difference["halfWidth95"] as? Double == 0, "\(scope).\(name)")
        #expect(compared["significant"] as? Bool == false, "\(scope).\(name)")
        let base = try #require(compared["base"] as? [String: Any])
        let candidate = try #require(compared["candidate"] as? [String: Any])
        #expect(base["mean"] as? Double == candidate["mean"] as? Double, "\(scope).\(name)")
      }
    }
    let unpaired =
      (document["total"] as? [String: [String: Any]])?["serviceLevel"]?[
        "unpairedHalfWidth95"] as? Double
    #expect((unpaired ?? 0) > 0)
  }

  /// One agent more: the service level rises significantly, and the paired interval is
  /// narrower than the unpaired one; the table says so in aligned columns.
  @Test func oneAgentMoreIsASignificantDifference() throws {
    let result = CLI.run(
      "compare", Self.queue(agents: 13), Self.queue(agents: 14), "--replications", "10",
      "--format", "json")
    #expect(result.code == 0, "\(result.err)")
    let total = try #require(Self.json(result.out)["total"] as? [String: [String: Any]])
    let level = try #require(total["serviceLevel"])
    let difference = try #require(level["difference"] as? [String: Double])
    #expect(difference["mean"]! > 0.05 && level["significant"] as? Bool == true)
    #expect(difference["halfWidth95"]! < level["unpairedHalfWidth95"] as! Double)
    #expect(level["pairs"] as? Int == 10)

    let table = CLI.run(
      "compare", Self.queue(agents: 13), Self.queue(agents: 14), "--replications", "10")
    #expect(table.code == 0)
    let lines = table.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let header = try #require(lines.first { $0.hasPrefix("Total ") })
    let row = try #require(lines.first { $0.hasPrefix("Service level ") })
    #expect(header.count == row.count, "aligned:\n\(header)\n\(row)")
    #expect(row.hasSuffix("yes") && row.contains("+"))
    #expect(table.out.contains("Queue  Metric") && table.out.contains("Team  Metric"))
    #expect(table.err.contains("simulated 2 × 10 replications"))
  }

  /// The candidate runs with the base's seed (said on stderr), or both with --seed; --jobs
  /// never changes the numbers.
  @Test func bothRunWithOneSeedWhateverTheJobs() {
    let base = Self.queue(agents: 13, seed: 5)
    let candidate = Self.queue(agents: 13, seed: 6)
    let one = CLI.run("compare", base, candidate, "--replications", "4", "--jobs", "1")
    #expect(one.code == 0 && one.err.contains("base's seed 5"))
    #expect(one.out.contains("Seed 5, 4 replications of each"))
    #expect(one.out.contains("0.00 pp"), "the same queue with the same seed: no difference")
    let two = CLI.run("compare", base, candidate, "--replications", "4", "--jobs", "2")
    #expect(one.out == two.out)
    let seeded = CLI.run(
      "compare", base, candidate, "--replications", "4", "--seed", "9", "--format", "json")
    #expect(Self.json(seeded.out)["seed"] as? Int == 9 && seeded.err.isEmpty)
  }

  @Test func csvHasARowPerScopeAndMetric() {
    let result = CLI.run(
      "compare", Self.queue(agents: 13), Self.queue(agents: 14), "--replications", "3",
      "--format", "csv")
    #expect(result.code == 0)
    let rows = result.out.split(separator: "\n").map(String.init)
    #expect(
      rows.first
        == "scope,metric,base,baseHalfWidth95,candidate,candidateHalfWidth95,difference,"
        + "differenceHalfWidth95,unpairedHalfWidth95,significant,pairs,presentIn,"
        + "relativeChange,moved,rank")
    #expect(rows.count == 1 + 8 + 7 + 3, "total, queue gich, team gich")
    #expect(
      rows.contains { $0.hasPrefix("total,serviceLevel,") && $0.contains(",true,3,both,") })
    #expect(rows.contains { $0.hasPrefix("team:gich,occupancy,") })
  }

  /// The example pair: queues only one side has are listed, not compared, and shown with
  /// their figures on that side (in the table's summary, in JSON and in CSV).
  @Test func queuesOfOneSideOnlyAreListed() throws {
    let result = CLI.run(
      "compare", CLI.scenario("compare/base.json"), CLI.scenario("compare/candidate.json"),
      "--replications", "2", "--format", "json")
    #expect(result.code == 0, "\(result.err)")
    let document = Self.json(result.out)
    let only = try #require(document["onlyInCandidate"] as? [String: [String]])
    #expect(only["queues"] == ["maintenance-segment"] && only["teams"] == [])
    let queues = try #require(document["queues"] as? [String: Any])
    #expect(queues["gich"] != nil && queues["maintenance-segment"] == nil)
    let figures = try #require(
      (document["onlyInCandidateFigures"] as? [String: [String: [String: [String: Any]]]])?[
        "queues"]?["maintenance-segment"])
    #expect(Set(figures.keys) == Set(Self.metrics).subtracting(["occupancy"]))
    #expect((figures["serviceLevel"]?["mean"] as? Double ?? 0) > 0)
    #expect((document["moved"] as? [Any])?.isEmpty == false)

    let table = CLI.run(
      "compare", CLI.scenario("compare/base.json"), CLI.scenario("compare/candidate.json"),
      "--replications", "2", "--quiet")
    #expect(table.out.contains("Only in the candidate: queue maintenance-segment — SL "))
    #expect(table.out.contains("Queue only in the candidate"))
    let csv = CLI.run(
      "compare", CLI.scenario("compare/base.json"), CLI.scenario("compare/candidate.json"),
      "--replications", "2", "--format", "csv")
    #expect(
      csv.out.split(separator: "\n").contains {
        $0.hasPrefix("queue:maintenance-segment,serviceLevel,,,0.") && $0.hasSuffix(",candidate,,,")
      })
  }

  static let exitCases: [([String], Int32)] = [
    (["compare"], 64),
    (["compare", "a.json"], 64),
    (["compare", "a.json", "b.json", "c.json"], 64),
    (["compare", "a.json", "b.json", "--replications", "1"], 64),
    (["compare", "a.json", "b.json", "--format", "xml"], 64),
    (["compare", "a.json", "b.json", "--precision", "0.01"], 64),
    (["compare", "/no/such/base.json", "/no/such/candidate.json"], 66),
  ]

  @Test(arguments: exitCases)
  func exitCodes(arguments: [String], code: Int32) {
    let result = CLI.run(arguments)
    #expect(result.code == code, "\(arguments): \(result.err)")
    #expect(!result.err.isEmpty && result.out.isEmpty)
  }

  /// Each file that cannot be used is named, with the exit code of the first.
  @Test func everyBadFileIsNamed() {
    let invalid = CLI.write(#"{"duration": "1x"}"#, name: "broken.json")
    let both = CLI.run("compare", invalid, "/no/such/candidate.json")
    #expect(both.code == 65 && both.out.isEmpty)
    #expect(both.err.contains("broken.json") && both.err.contains("/no/such/candidate.json"))
    let missing = CLI.run("compare", CLI.scenario("quickstart.json"), "/no/such/candidate.json")
    #expect(missing.code == 66 && missing.err.contains("/no/such/candidate.json"))
  }

  @Test func help() {
    let result = CLI.run("compare", "--help")
    #expect(result.code == 0 && result.out.hasPrefix("Usage: ccsim compare BASE CANDIDATE"))
    #expect(CLI.run("--help").out.contains("compare"))
  }
}
