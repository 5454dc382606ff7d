import Foundation
import Testing

/// A plan's `virtualHold` as `ccsim` reads and reports it: bad values refused at their JSON
/// path; the example's counts reconciling with the queue's.
struct VirtualHoldOutputTests {
  static func plan(virtualHold: String) -> String {
    MalformedScenarioTests.topLevel(
      "\"routing\": {\"plans\": [{\"id\": \"p\", \"steps\": [{\"target\": {\"teams\": [\"gich\"]}}],"
        + " \"virtualHold\": {" + virtualHold + "}}]}")
  }

  static let rejections: [(String, String)] = [
    (
      "\"offerAfter\": \"1m\", \"acceptShare\": 1.5",
      "routing.plans[0].virtualHold.acceptShare: 1.5 is not a probability"
    ),
    (
      "\"acceptShare\": 0.5",
      "routing.plans[0].virtualHold.offerAfter: required key \"offerAfter\" is missing"
    ),
    (
      "\"offerAfter\": \"1m\", \"acceptShare\": 0.5, \"reachshare\": 1",
      "routing.plans[0].virtualHold.reachshare: unknown key \"reachshare\" (did you mean"
    ),
    (
      "\"offerAfter\": \"1m\", \"acceptShare\": 0.5, \"dialTime\": \"-5s\"",
      "routing.plans[0].virtualHold.dialTime:"
    ),
  ]

  @Test func badValuesAreRefusedAtTheirPath() {
    for (keys, expected) in Self.rejections {
      let path = CLI.write(Self.plan(virtualHold: keys))
      let result = CLI.run("validate", path)
      #expect(result.code == 65, "\(keys): exit \(result.code)")
      #expect(result.err.contains(expected), "\(keys): no \(expected) in\n\(result.err)")
      #expect(result.err.hasPrefix(path))
    }
    let valid = CLI.run("validate", CLI.write(Self.plan(virtualHold: Self.validKeys)))
    #expect(valid.code == 0, "\(valid.err)")
  }

  static let validKeys = "\"offerAfter\": \"1m\", \"acceptShare\": 0.5"

  /// The example's call-backs are among its queue's calls: completed ≤ answered, not reached
  /// ≤ abandoned, pending ≤ unresolved; offered ≥ accepted; the intervals add up to the queue.
  @Test func theExampleReconciles() throws {
    let directory = CLI.temporaryDirectory().path
    let result = CLI.run(
      "run", CLI.scenario("virtual-hold.json"), "--out", directory, "--quiet")
    #expect(result.code == 0, "\(result.err)")
    let summary = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: directory + "/summary.json")))
    let queue = try #require(
      ((summary as? [String: Any])?["queues"] as? [String: Any])?["general"] as? [String: Any])
    let calls = try #require(queue["calls"] as? [String: Int])
    let hold = try #require(queue["virtualHold"] as? [String: Any])
    let count = { (key: String) in hold[key] as? Int ?? -1 }
    #expect(count("accepted") > 0 && count("accepted") <= count("offered"))
    #expect(count("completed") + count("notReached") + count("pendingAtEnd") == count("accepted"))
    #expect(count("completed") <= calls["answered"]! && count("notReached") <= calls["abandoned"]!)
    #expect(count("pendingAtEnd") <= calls["unresolvedAtEnd"]!)
    let intervals = try String(contentsOfFile: directory + "/intervals.csv", encoding: .utf8)
      .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    let header = intervals[0].map(String.init)
    let offered = try #require(header.firstIndex(of: "callbacks_offered"))
    let completed = try #require(header.firstIndex(of: "callbacks_completed"))
    let rows = intervals.dropFirst().filter { $0[0] == "queue" && $0[1] == "general" }
    #expect(rows.reduce(0) { $0 + Int($1[offered])! } == count("offered"))
    #expect(rows.reduce(0) { $0 + Int($1[completed])! } == count("completed"))
    let teamRows = intervals.dropFirst().filter { $0[0] == "team" }
    #expect(teamRows.allSatisfy { $0[offered].isEmpty })
  }
}
