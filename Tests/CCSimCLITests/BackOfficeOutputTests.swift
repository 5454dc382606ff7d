import Foundation
import Testing

/// `ccsim run --out` and `ccsim pulse --aac` on a day with an AAC desk, incidents and exception
/// work: incidents.csv agrees with summary.json, and the desk's view shows the desk alone.
struct BackOfficeOutputTests {
  static let scenario = CLI.write(
    """
    {
      "name": "back office day",
      "seed": 5,
      "duration": "8h",
      "start": "08:00",
      "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 60}},
                {"id": "aac-ply", "kind": "aac", "callType": "incident"},
                {"id": "aac-has", "kind": "aac", "callType": "incident"}],
      "callTypes": [{"id": "general", "talk": 180, "outcomes": {"Call Resolved": 0.9,
                                                               "Unresolved – Escalated": 0.1}},
                    {"id": "incident", "talk": "8m"}],
      "teams": [{"id": "maint-1", "agents": 4, "handles": ["general"]},
                {"id": "maint-2", "agents": 4, "handles": ["general"]},
                {"id": "aac-desk", "agents": 2, "handles": ["incident"]}],
      "aac": {
        "areas": [{"prefix": "PLY", "name": "Plymouth", "line": "aac-ply", "teams": ["maint-1"]},
                  {"prefix": "HAS", "name": "Hastings", "line": "aac-has", "teams": ["maint-2"]}],
        "evaluation": {
          "reject": {"share": 0.2, "reasons": {"Required information missing": 0.6,
                                               "Local IT matter": 0.4}},
          "resolve": {"share": 0.3, "success": 0.85},
          "callBack": {"share": 0.2, "after": "30m", "talk": "10m", "success": 0.8},
          "assign": {"share": 0.3,
                     "domains": [{"domain": "Policy", "share": 0.4, "delay": "1h"},
                                 {"domain": "OMC", "share": 0.6, "delay": "2h"}],
                     "emailSuccess": 0.9, "response": "10m", "respondWithin": "24h"}
        }
      },
      "incidents": {
        "perCaseworkerHour": 0.4,
        "local": {"procedures": {"time": "5m", "solves": 0.3},
                  "teamLeader": {"time": "10m", "solves": 0.2}},
        "document": "10m", "approval": "20m"
      },
      "exceptions": {
        "at": "09:00", "reportsPerBatch": 30,
        "reasons": {"Transition date not set": 0.6, "CSA liability not ended": 0.4},
        "triage": {"technicalSkip": 0.4, "ams": 0.25, "caseworker": 0.35},
        "amsFixed": 0.7, "work": "20m", "teams": ["maint-1"]
      }
    }
    """, name: "back-office.json")

  /// The CSV's rows as dictionaries by column.
  static func rows(_ text: String) -> [[String: String]] {
    let lines = text.split(separator: "\n").map(String.init)
    let header = lines[0].split(separator: ",").map(String.init)
    return lines.dropFirst().map { line in
      Dictionary(
        uniqueKeysWithValues: zip(
          header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
    }
  }

  @Test func incidentsCSVAgreesWithSummaryJSON() throws {
    let directory = CLI.temporaryDirectory()
    let result = CLI.run(
      ["run", Self.scenario, "--replications", "2", "--out", directory.path, "--calls", "--quiet"])
    #expect(result.code == 0, "\(result.err)")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(
      files == [
        ".ccsim-outputs", "agents.csv", "calls.csv", "incidents.csv", "intervals.csv",
        "report.html", "summary.json",
      ])
    let summary = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: directory.appendingPathComponent("summary.json")))
        as? [String: Any])
    let incidents = try #require(summary["incidents"] as? [String: Any])
    let aac = try #require(summary["aac"] as? [String: [String: Any]])
    #expect(aac.keys.sorted() == ["HAS", "PLY"])
    #expect(aac["PLY"]?["line"] as? String == "aac-ply")
    #expect(summary["exceptions"] is [String: Any])

    let rows = Self.rows(
      try String(contentsOf: directory.appendingPathComponent("incidents.csv"), encoding: .utf8))
    let raised = try #require(incidents["raised"] as? Int)
    #expect(raised > 0, "the day raises incidents")
    #expect(rows.count == raised, "one row per incident raised")
    let rejected = try #require((incidents["rejected"] as? [String: Int])?["total"])
    #expect(rows.filter { $0["state"] == "Closed Rejected" }.count == rejected)
    #expect(
      rows.filter { $0["state"] == "Closed Rejected" }.allSatisfy { $0["rejectReason"] != "" })
    let resolved = ["resolvedInCall", "resolvedByCallBack", "resolvedByEmail"].reduce(0) {
      $0 + ((incidents[$1] as? Int) ?? 0)
    }
    #expect(rows.filter { $0["state"] == "Closed Resolved" }.count == resolved)
    let open = rows.filter { $0["state"]?.hasPrefix("Open") == true }
    #expect(open.count == incidents["openAtEnd"] as? Int)
    #expect(open.allSatisfy { $0["closedAtSeconds"] == "" })
    for replication in ["1", "2"] {
      let numbers = rows.filter { $0["replication"] == replication }.compactMap { $0["number"] }
      #expect(Set(numbers).count == numbers.count, "numbers are unique in a run")
    }
    for row in rows {
      let number = row["number"] ?? ""
      #expect(number.hasPrefix(row["area"] ?? "?") && number.count == 8, "\(number)")
      #expect(["maint-1", "maint-2"].contains(row["team"] ?? ""), "\(row)")
    }
    let html = try String(
      contentsOf: directory.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("Area Advice Centre and back-office work"))
  }

  @Test func pulseShowsTheDeskAlone() {
    let result = CLI.run(["pulse", Self.scenario, "--at", "12:00", "--aac"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("CC Pulse at 12:00, seed 5 — AAC desk"))
    #expect(result.out.contains("aac-desk"))
    #expect(!result.out.contains("maint-1") && !result.out.contains("lock-assigned"))
    let centre = CLI.run(["pulse", Self.scenario, "--at", "12:00"])
    #expect(centre.out.contains("aac-desk") && centre.out.contains("maint-1"))
  }
}
