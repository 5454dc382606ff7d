import Foundation
import Testing

/// `ccsim run --precision`: replications added until a half-width meets its target.
struct PrecisionCommandTests {
  static func json(_ text: String) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
  }

  /// The run stops once the service level's half-width is at most the target, says so, and
  /// gives byte-identical JSON whatever --jobs.
  @Test func stopsWhenTheTargetIsMetWhateverTheJobs() throws {
    let path = CLI.scenario("quickstart.json")
    let one = CLI.run("run", path, "--precision", "0.01", "--jobs", "1", "--format", "json")
    let three = CLI.run("run", path, "--precision", "0.01", "--jobs", "3", "--format", "json")
    #expect(one.code == 0, "\(one.err)")
    #expect(one.out == three.out, "the same replications whatever the jobs")
    let summary = Self.json(one.out)
    let precision = try #require(summary["precision"] as? [String: Any])
    let count = try #require(summary["replications"] as? Int)
    let halfWidth = try #require(precision["halfWidth95"] as? Double)
    #expect(precision["metric"] as? String == "serviceLevel")
    #expect(precision["target"] as? Double == 0.01 && precision["reached"] as? Bool == true)
    #expect(precision["replications"] as? Int == count && count > 8, "more than the first 8")
    #expect(halfWidth <= 0.01)
    let metrics = try #require(summary["metrics"] as? [String: [String: Any]])
    #expect(metrics["serviceLevel"]?["halfWidth95"] as? Double == halfWidth)
    #expect(one.err.contains("target 1.00 pp reached") && one.err.contains("\(count) replications"))

    // The same replications run plainly give the same figures: precision only chose R.
    let plain = CLI.run("run", path, "--replications", "\(count)", "--format", "json")
    let plainMetrics = Self.json(plain.out)["metrics"] as? [String: [String: Any]]
    #expect(plainMetrics?["serviceLevel"]?["halfWidth95"] as? Double == halfWidth)
  }

  /// A target out of reach: the cap stops the run, exit 0, and stderr and JSON say so.
  @Test func theCapStopsAndSaysSo() throws {
    let result = CLI.run(
      "run", CLI.scenario("quickstart.json"), "--precision", "0.0001", "--max-replications",
      "12", "--format", "json")
    #expect(result.code == 0)
    let summary = Self.json(result.out)
    let precision = try #require(summary["precision"] as? [String: Any])
    #expect(summary["replications"] as? Int == 12 && precision["reached"] as? Bool == false)
    #expect(result.err.contains("NOT reached"))
  }

  /// Another metric in its own unit (seconds), starting from --replications.
  @Test func aNamedMetricInSeconds() throws {
    let result = CLI.run(
      "run", CLI.scenario("quickstart.json"), "--precision", "1.5", "--metric",
      "averageSpeedOfAnswer", "--replications", "4", "--format", "json", "--quiet")
    #expect(result.code == 0 && result.err.isEmpty)
    let summary = Self.json(result.out)
    let precision = try #require(summary["precision"] as? [String: Any])
    #expect(precision["metric"] as? String == "averageSpeedOfAnswer")
    #expect((precision["halfWidth95"] as? Double ?? 9) <= 1.5)
    #expect((summary["replications"] as? Int ?? 0) >= 4)
  }

  /// intervals.csv has a half-width column per metric with more than one replication only.
  @Test func intervalsGainHalfWidthsWithReplications() throws {
    for count in [1, 3] {
      let directory = CLI.temporaryDirectory()
      let result = CLI.run(
        "run", CLI.scenario("quickstart.json"), "--replications", "\(count)", "--out",
        directory.path, "--quiet")
      #expect(result.code == 0)
      let text = try String(
        contentsOf: directory.appendingPathComponent("intervals.csv"), encoding: .utf8)
      let rows = text.split(separator: "\n").map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      }
      let header = rows[0]
      let columns = ["sl_hw95", "asa_s_hw95", "aht_s_hw95", "abandon_rate_hw95", "occupancy_hw95"]
      #expect(columns.allSatisfy(header.contains) == (count > 1), "\(count) replications")
      #expect(header.contains("agents_scheduled"), "the agents by state stay")
      guard count > 1, let column = header.firstIndex(of: "sl_hw95") else {
        continue
      }
      let busy = rows.dropFirst().filter {
        $0[0] == "queue" && Int($0[header.firstIndex(of: "offered")!])! > 30
      }
      #expect(!busy.isEmpty && busy.allSatisfy { Double($0[column]) != nil })
      #expect(rows.dropFirst().allSatisfy { $0.count == header.count })
    }
  }

  static let usageCases: [[String]] = [
    ["--precision", "0"],
    ["--precision", "-0.1"],
    ["--precision", "much"],
    ["--metric", "serviceLevel"],
    ["--max-replications", "20"],
    ["--precision", "0.01", "--metric", "bogus"],
    ["--precision", "0.01", "--max-replications", "1"],
  ]

  @Test(arguments: usageCases)
  func usageErrors(options: [String]) {
    let result = CLI.run(["run", CLI.scenario("quickstart.json")] + options)
    #expect(result.code == 64, "\(options): \(result.err)")
    #expect(result.out.isEmpty && !result.err.isEmpty)
  }
}
