import Foundation
import Testing

/// The 10:30 decision from the command line: a snapshot written by `pulse --snapshot`, the rest
/// of the day from it (`run --from`, `pulse --from`), a what-if against it (`compare --from`),
/// and bad snapshots and options refused precisely.
@Suite struct IntradayCommandTests {
  static let quickstart = CLI.scenario("quickstart.json")

  /// `pulse --at 10:30 --snapshot FILE`, in a fresh directory.
  static func snapshot() -> (directory: URL, path: String) {
    let directory = CLI.temporaryDirectory()
    let path = directory.appendingPathComponent("now.json").path
    let result = CLI.run("pulse", quickstart, "--at", "10:30", "--snapshot", path)
    #expect(result.code == 0, "\(result.err)")
    #expect(result.err.contains("wrote \(path)"))
    return (directory, path)
  }

  static func json(_ path: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func theRestOfTheDayFromASnapshotReconcilesAcrossItsFiles() throws {
    let (directory, snapshot) = Self.snapshot()
    let document = try Self.json(snapshot)
    #expect(document["format"] as? String == "ccsim-snapshot")
    #expect(document["at"] as? String == "10:30")
    let out = directory.appendingPathComponent("out").path
    let result = CLI.run(
      "run", Self.quickstart, "--from", snapshot, "--replications", "4", "--run-rate", "--out",
      out, "--quiet")
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("Rest of the day from the snapshot at 10:30: 4 replications"))
    #expect(result.out.contains("arrivals at run rate: × "))
    #expect(result.out.contains("projected"))
    let summary = try Self.json(out + "/summary.json")
    let projection = try #require(summary["projection"] as? [String: Any])
    #expect(projection["at"] as? String == "10:30:00")
    let rows = try #require(projection["intervals"] as? [[String: Any]])
    let csv = try String(contentsOfFile: out + "/projection.csv", encoding: .utf8)
    let lines = csv.split(separator: "\n").dropFirst()
    #expect(lines.count == rows.count)
    // projection.csv is summary.json's projection, row for row.
    for (line, row) in zip(lines, rows) {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      #expect(String(fields[2]) == row["start"] as? String)
      #expect(String(fields[3]) == row["kind"] as? String)
      let offered = try #require(row["offered"] as? [String: Any])
      #expect(Double(String(fields[4])) == (offered["mean"] as? NSNumber)?.doubleValue)
    }
    // The projected offered calls are the run's own: summary.json counts them summed over the
    // replications, the projection as means.
    let projectedOffered = rows.filter { $0["kind"] as? String == "projected" }.reduce(0.0) {
      $0 + (($1["offered"] as? [String: Any])?["mean"] as? NSNumber)!.doubleValue
    }
    let calls = try #require(summary["calls"] as? [String: Any])
    let offered = try #require((calls["offered"] as? NSNumber)?.doubleValue)
    #expect(abs(projectedOffered * 4 - offered) < 1e-6)
    // Actuals before 10:30, projections from it.
    #expect(rows.first?["kind"] as? String == "actual")
    #expect(rows.first { $0["kind"] as? String == "projected" }?["start"] as? String == "10:30")
  }

  /// With a what-if change, `run --from` also runs the day without it on the same replications:
  /// each projected row is followed by its unchanged row, in summary.json, projection.csv and
  /// the report — and, common random numbers, the unchanged rows are exactly the projection
  /// of a run with no change.
  @Test func aWhatIfIsShownBesideTheDayWithoutIt() throws {
    let (directory, snapshot) = Self.snapshot()
    func run(_ name: String, _ more: [String]) throws -> (rows: [[String: Any]], out: String) {
      let out = directory.appendingPathComponent(name).path
      let result = CLI.run(
        [
          "run", Self.quickstart, "--from", snapshot, "--replications", "4", "--run-rate", "--out",
          out, "--quiet",
        ] + more)
      #expect(result.code == 0, "\(result.err)")
      let projection = try #require(try Self.json(out + "/summary.json")["projection"])
      let rows = try #require((projection as? [String: Any])?["intervals"] as? [[String: Any]])
      return (rows, out)
    }
    let (plain, _) = try run("plain", [])
    let (changed, out) = try run("changed", ["--change", "overtime gich 3 until 14:00"])
    #expect(!plain.contains { $0["kind"] as? String == "unchanged" })
    let kinds = changed.map { $0["kind"] as? String ?? "" }
    #expect(kinds.filter { $0 == "unchanged" }.count == kinds.filter { $0 == "projected" }.count)
    for (index, kind) in kinds.enumerated() where kind == "unchanged" {
      let projected = changed[index - 1]
      #expect(projected["kind"] as? String == "projected")
      #expect(projected["queue"] as? String == changed[index]["queue"] as? String)
      #expect(projected["start"] as? String == changed[index]["start"] as? String)
    }
    func key(_ row: [String: Any]) -> String {
      "\(row["queue"] as? String ?? "") \(row["start"] as? String ?? "")"
    }
    func figures(_ row: [String: Any]) -> NSDictionary {
      NSDictionary(dictionary: row.filter { $0.key != "kind" })
    }
    let unchanged = Dictionary(
      changed.filter { $0["kind"] as? String == "unchanged" }.map { (key($0), $0) },
      uniquingKeysWith: { first, _ in first })
    let projected = plain.filter { $0["kind"] as? String == "projected" }
    #expect(!projected.isEmpty)
    for row in projected {
      let other = try #require(unchanged[key(row)], "no unchanged row for \(key(row))")
      #expect(figures(other) == figures(row), "\(key(row))")
    }
    let csv = try String(contentsOfFile: out + "/projection.csv", encoding: .utf8)
    let csvKinds = csv.split(separator: "\n").dropFirst().map {
      String($0.split(separator: ",", omittingEmptySubsequences: false)[3])
    }
    #expect(csvKinds == kinds)
    let report = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    #expect(report.contains("What-if: overtime gich 3 until 14:00"))
    #expect(report.contains("<td>unchanged</td>"))
    #expect(report.contains("c-unchanged"))
    // pulse --from shows the two too.
    let pulse = CLI.run(
      "pulse", Self.quickstart, "--from", snapshot, "--replications", "3", "--width", "120",
      "--change", "overtime gich 3 until 14:00")
    #expect(pulse.code == 0, "\(pulse.err)")
    #expect(pulse.out.contains("what-if: overtime gich 3 until 14:00"))
    #expect(pulse.out.contains(" unchanged "))
  }

  @Test func pulseShowsTheSnapshotAndTheProjection() {
    let (_, snapshot) = Self.snapshot()
    let result = CLI.run(
      "pulse", Self.quickstart, "--from", snapshot, "--replications", "3", "--width", "120")
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("CC Pulse at 10:30"))
    #expect(result.out.contains("Rest of the day from the snapshot at 10:30: 3 replications"))
  }

  @Test func compareTwoVariantsFromOneSnapshot() {
    let (_, snapshot) = Self.snapshot()
    let result = CLI.run(
      "compare", Self.quickstart, "--from", snapshot, "--replications", "4", "--change",
      "overtime gich 3 until 14:00", "--quiet")
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("team gich"))
    let none = CLI.run("compare", Self.quickstart, "--from", snapshot)
    #expect(none.code == 64)
    #expect(none.err.contains("give the candidate's what-if changes"))
  }

  @Test func badSnapshotsAndOptionsAreRefusedPrecisely() {
    let (directory, snapshot) = Self.snapshot()
    // An agent the roster does not have.
    var text = (try? String(contentsOfFile: snapshot, encoding: .utf8)) ?? ""
    text = text.replacingOccurrences(of: "\"gich agent 1\"", with: "\"gich agent 99\"")
    let unknown = directory.appendingPathComponent("unknown.json").path
    try? text.write(toFile: unknown, atomically: true, encoding: .utf8)
    let result = CLI.run("run", Self.quickstart, "--from", unknown)
    #expect(result.code == 65)
    #expect(result.err.contains("unknown.json:"))
    #expect(result.err.contains("agents[0].agent: no agent \"gich agent 99\""))
    // A caller waiting longer than the day has run.
    let early = CLI.write(
      """
      {"format": "ccsim-snapshot", "version": 1, "at": "08:10", "agents": [],
       "queues": [{"queue": "gich", "waits": [900]}]}
      """, name: "early.json")
    let waited = CLI.run("run", Self.quickstart, "--from", early)
    #expect(waited.code == 65)
    #expect(waited.err.contains("queues[0].waits[0]: a wait of 900 s is longer than the day"))
    #expect(CLI.run("run", Self.quickstart, "--from", "/nonexistent/now.json").code == 66)
    let alone = CLI.run("run", Self.quickstart, "--run-rate")
    #expect(alone.code == 64)
    #expect(alone.err.contains("--run-rate goes with --from SNAPSHOT"))
    let change = CLI.run("run", Self.quickstart, "--from", snapshot, "--change", "overtime gcih 2")
    #expect(change.code == 65)
    #expect(change.err.contains("--change:1:"))
    #expect(CLI.run("pulse", Self.quickstart, "--from", snapshot, "--at", "11:00").code == 64)
  }
}
