import Foundation
import Reporting
import Testing

/// `scenarios/other-centre.json`, a utility with its own vocabulary: it validates, runs, and
/// every report speaks its names, never the Child Maintenance Group's.
struct OtherCentreTests {
  static let outcomes = [
    "Resolved First Time", "Payment Taken", "Payment Plan Agreed", "Engineer Dispatched",
    "Complaint Logged", "Signposted to Ombudsman", "Transferred", "Callback Booked", "ID&V Failed",
    "Customer Hung Up", "No Answer", "Busy", "Answerphone", "Wrong Contact",
  ]
  static let reasons = [
    "Break", "Lunch", "Case Work", "Supervisor", "Team Meeting", "Training", "System Issue",
    "Missed Call",
  ]

  @Test func itValidatesAndRuns() {
    let scenario = CLI.scenario("other-centre.json")
    let validation = CLI.run("validate", scenario)
    #expect(validation.code == 0, "\(validation.err)")
    #expect(CLI.run("run", scenario, "--quiet").code == 0)
  }

  @Test func theReportsUseTheDeclaredNames() throws {
    let directory = CLI.temporaryDirectory()
    let result = CLI.run(
      "run", CLI.scenario("other-centre.json"), "--out", directory.path, "--calls", "--format",
      "json", "--quiet")
    #expect(result.code == 0, "\(result.err)")
    let summary = try ReconciliationTests.object(result.out)
    #expect(Self.keys(summary["outcomes"], in: result.out) == Self.outcomes)
    let billing = try #require((summary["teams"] as? [String: Any])?["billing"] as? [String: Any])
    let states = try #require(billing["stateSeconds"] as? [String: Any])
    let notReady = try #require(states["notReady"] as? [String: Double])
    #expect(Set(notReady.keys) == Set(Self.reasons))
    #expect((notReady["Supervisor"] ?? 0) > 0, "the team leader off the phones")
    #expect((notReady["Case Work"] ?? 0) > 0, "ACW beyond the limit and shrinkage")
    let branches = try #require(summary["ivrBranches"] as? [String: Any])
    #expect(
      Set(branches.keys).isSubset(of: [
        "businessAccount", "payBill", "movingHome",
        "billQuery", "powerCut", "meterFault", "gasEmergency", "hangUp",
      ]))
    #expect(branches["gasEmergency"] != nil)
    #expect(!result.out.contains("Call Resolved") && !result.out.contains("Team Leader"))

    let agents = try CSV(
      String(contentsOf: directory.appendingPathComponent("agents.csv"), encoding: .utf8))
    for name in Self.reasons { #expect(agents.columns["notReady:" + name] != nil, "\(name)") }
    for name in Self.outcomes {
      #expect(agents.columns[name] != nil && agents.columns["outbound:" + name] != nil, "\(name)")
    }
    let intervals = try CSV(
      String(contentsOf: directory.appendingPathComponent("intervals.csv"), encoding: .utf8))
    for name in IntervalsCSV.uniqueColumnNames(Self.outcomes, prefix: "outcome_") {
      #expect(intervals.columns[name] != nil, "\(name)")
    }
    let calls = try CSV(
      String(contentsOf: directory.appendingPathComponent("calls.csv"), encoding: .utf8))
    let used = Set(calls.rows.map { calls[$0, "outcome"] }).subtracting([""])
    #expect(used.isSubset(of: Set(Self.outcomes)) && used.contains("Engineer Dispatched"))
    let taken = Set(calls.rows.map { calls[$0, "ivrBranch"] })
    #expect(taken.contains("powerCut") && taken.contains("payBill"))
  }

  /// The keys of the object `value` in the order `text` writes them.
  static func keys(_ value: Any?, in text: String) -> [String] {
    guard let object = value as? [String: Any] else { return [] }
    return object.keys.sorted {
      text.range(of: "\"\($0)\"")!.lowerBound < text.range(of: "\"\($1)\"")!.lowerBound
    }
  }
}
