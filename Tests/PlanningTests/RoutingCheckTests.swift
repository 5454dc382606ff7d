import ContactCentre
import Foundation
import Scenario
import SimKernel
import TestSupport
import Testing

@testable import Planning

/// Judging routing probes: each expectation that does not hold is named, in a sentence.
struct RoutingCheckTests {
  static let configuration: CentreConfiguration = {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scenarios/cms-day.json").path
    return try! ScenarioLoader.load(path: path)
  }()

  static func index<T>(_ list: [T], _ id: (T) -> String, _ name: String) -> Int {
    list.firstIndex { id($0) == name }!
  }

  /// The probe of a maintenance-line caller on `branch` whose casegroup MN101 owns, with
  /// `ready` Ready and everyone else busy, at 10:30.
  static func probe(branch: String, ready: [String]) -> RoutingProbe {
    let roster = configuration.roster
    let slot = { (staff: String) in roster.firstIndex { $0.profile.staffNumber == staff }! }
    let line = index(configuration.lines, \.id, "client-maintenance")
    let branches = configuration.lines[line].ivr!.branches
    let vocabulary = configuration.vocabulary
    let branchIndex = branches.firstIndex { vocabulary.name(of: $0.kind) == branch }!
    return RoutingProbe(
      time: .minutes(150), agents: ready.map { .init(slot: slot($0), placement: .ready) },
      others: .busy(nil), line: line, callType: 0, branch: branchIndex,
      casegroup: vocabulary.behaviour(of: branches[branchIndex].kind) == .findsOwner
        ? .ownedBy(slot: slot("MN101")) : nil,
      limit: .minutes(10))
  }

  static func failures(_ probe: RoutingProbe, _ expected: RoutingExpectation) -> [String] {
    let result = Centre.probe(probe, configuration: configuration)
    return RoutingCheck.judge(result, against: expected, configuration: configuration)
  }

  @Test func expectationsThatHoldGiveNoFailure() {
    let queue = Self.index(Self.configuration.plans, \.id, "owner-first")
    let team = Self.index(Self.configuration.teams, \.id, "maintenance-north")
    let expected = RoutingExpectation(
      hangsUp: false, queue: queue, waits: false, agent: "MN102", team: team, step: 1,
      path: [0, 1], skipped: [], wait: .seconds(20))
    #expect(Self.failures(Self.probe(branch: "validScin", ready: ["MN102"]), expected) == [])
  }

  @Test func eachUnmetExpectationIsNamed() {
    let gich = Self.index(Self.configuration.plans, \.id, "gich")
    let offered = Self.probe(branch: "validScin", ready: ["MN102"])
    #expect(
      Self.failures(offered, RoutingExpectation(queue: gich, waits: true, path: [0], skipped: [0]))
        == [
          "expected queue gich, but the call waited in owner-first",
          "expected path owner, but the steps that took effect were owner → ownerTeam",
          "expected owner passed over, but none were",
          "expected the call to wait, but it was offered to MN102 after 20s",
        ])
    let waiting = Self.probe(branch: "validScin", ready: [])
    #expect(
      Self.failures(waiting, RoutingExpectation(agent: "MN101"))
        == ["expected an offer, but the call was still waiting in owner-first"])
    let hangUp = Self.probe(branch: "hangUp", ready: [])
    #expect(
      Self.failures(hangUp, RoutingExpectation(queue: gich))
        == ["expected the call to queue, but the caller hung up in the IVR"])
    #expect(
      Self.failures(offered, RoutingExpectation(hangsUp: true))
        == ["expected the caller to hang up in the IVR, but the call queued"])
  }

  @Test func theSummarySaysWhereTheCallWent() {
    let result = Centre.probe(
      Self.probe(branch: "validScin", ready: ["MN102"]), configuration: Self.configuration)
    #expect(
      RoutingCheck.describe(result, configuration: Self.configuration)
        == "offered to MN102 (maintenance-north) by ownerTeam after 20s in owner-first;"
        + " path owner → ownerTeam; casegroup 1 owned by MN101")
  }

  @Test(arguments: [
    (0, "0s"), (20_000_000, "20s"), (60_000_000, "1m"), (185_000_000, "3m 5s"),
    (3_720_000_000, "1h 2m"), (12_500_000, "12.5s"),
  ])
  func durationsAreShort(_ microseconds: Int64, _ text: String) {
    #expect(RoutingCheck.duration(SimDuration(microseconds: microseconds)) == text)
  }

  @Test func casesRunSideBySideAndKeepTheirOrder() {
    let cases = (0..<20).map { index in
      RoutingTestCase(
        name: "case \(index)",
        probe: Self.probe(branch: "validScin", ready: index.isMultiple(of: 2) ? ["MN101"] : []),
        expectation: RoutingExpectation(waits: !index.isMultiple(of: 2)))
    }
    let results = RoutingCheck.run(cases, configuration: Self.configuration)
    #expect(results.map(\.name) == cases.map(\.name))
    #expect(results.allSatisfy { $0.passed })
  }
}
