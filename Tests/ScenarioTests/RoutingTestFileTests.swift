import ContactCentre
import Foundation
import SimKernel
import TestSupport
import Testing

@testable import Scenario

/// Routing tests files: what a case decodes to, and every mistake reported with the tests
/// file, the line and the JSON path.
struct RoutingTestFileTests {
  static let scenario = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scenarios/cms-day.json").path

  /// A tests file of cms-day.json with `cases` and further top-level members `top`.
  static func document(_ cases: String, top: String = "") -> String {
    """
    {"scenario": "\(scenario)",\(top)
     "cases": [\(cases)]}
    """
  }

  static func decode(_ cases: String, top: String = "") throws(ScenarioLoadError)
    -> RoutingTestSuite
  {
    try RoutingTestSuite.decode(
      Array(document(cases, top: top).utf8), file: "tests.json", directory: "/tmp")
  }

  static func errors(_ cases: String, top: String = "") -> [String] {
    do {
      _ = try decode(cases, top: top)
      return []
    } catch {
      guard case .invalid(let errors) = error else { return ["\(error)"] }
      return errors.map(\.description)
    }
  }

  /// A case with `caller`, `agents` and `expect` members as given.
  static func testCase(
    caller: String = #"{"line": "client-maintenance", "branch": "validScin", "owner": "MN101"}"#,
    agents: String = "{}", expect: String = #"{"agent": "MN101"}"#, extra: String = ""
  ) -> String {
    #"{"name": "a case", "caller": \#(caller), "agents": \#(agents), "expect": \#(expect)\#(extra)}"#
  }

  @Test func aCaseDecodesToAProbeAndAnExpectation() throws {
    let suite = try Self.decode(
      Self.testCase(
        agents: #"{"maintenance-north": "ready", "MN101": {"state": "busy", "for": "45s"}}"#,
        expect:
          #"{"queue": "owner-first", "step": "owner", "path": ["owner", "ownerTeam"], "wait": "45s"}"#,
        extra: #", "time": "10:30", "within": "5m""#),
      top: #" "defaults": {"otherAgents": "loggedOut"},"#)
    let configuration = suite.configuration
    let testCase = try #require(suite.cases.first)
    #expect(testCase.name == "a case")
    #expect(testCase.line == 2)
    let probe = testCase.probe
    #expect(probe.time == .minutes(150))
    #expect(probe.limit == .minutes(5))
    #expect(probe.others == .loggedOut)
    #expect(configuration.lines[probe.line].id == "client-maintenance")
    #expect(configuration.lines[probe.line].ivr?.branches[probe.branch ?? -1].kind == .validScin)
    let mn101 = try #require(configuration.roster.firstIndex { $0.profile.staffNumber == "MN101" })
    #expect(probe.casegroup == .ownedBy(slot: mn101))
    // The team's agents on shift, then MN101 again, busy: the later placement counts.
    let team = configuration.teams.firstIndex { $0.id == "maintenance-north" }
    #expect(
      probe.agents.filter { $0.placement == .ready }.allSatisfy {
        configuration.roster[$0.slot].team == team
      })
    #expect(
      probe.agents.last == RoutingProbe.AgentPlacement(slot: mn101, placement: .busy(.seconds(45))))
    let expected = testCase.expectation
    #expect(expected.queue == configuration.plans.firstIndex { $0.id == "owner-first" })
    #expect(expected.step == 0)
    #expect(expected.path == [0, 1])
    #expect(expected.wait == .seconds(45))
    #expect(expected.agent == nil && expected.waits == nil && expected.hangsUp == nil)
  }

  @Test func stepsAreNamedAfterTheirTargets() throws {
    let configuration = try Self.decode(Self.testCase()).configuration
    let plan = { (id: String) in configuration.plans.firstIndex { $0.id == id }! }
    #expect(
      configuration.stepNames(plan: plan("owner-first"))
        == ["owner", "ownerTeam", "ownerSegment", "gich"])
    #expect(configuration.stepNames(plan: plan("third-party")) == ["third-party", "gich"])
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var cases: String
    var top: String = ""
    var expected: String

    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "branch missing",
      cases: testCase(caller: #"{"line": "employer"}"#, expect: #"{"queue": "gich"}"#),
      expected: #"cases[0].caller.branch: required key "branch" is missing"#),
    Case(
      name: "branch on a line without IVR",
      cases: testCase(caller: #"{"line": "team-leader-direct", "branch": "welsh"}"#),
      expected: #"cases[0].caller.branch: line team-leader-direct has no IVR: leave out "branch""#),
    Case(
      name: "casegroup on another branch",
      cases: testCase(
        caller: #"{"line": "client-maintenance", "branch": "invalidScin", "owner": "MN101"}"#),
      expected:
        "cases[0].caller.owner: only a validScin caller has a casegroup (this one takes the invalidScin branch)"
    ),
    Case(
      name: "valid SCIN without a casegroup",
      cases: testCase(caller: #"{"line": "client-maintenance", "branch": "validScin"}"#),
      expected: #"cases[0].caller: a validScin caller needs "owner""#),
    Case(
      name: "two casegroups",
      cases: testCase(
        caller:
          #"{"line": "client-maintenance", "branch": "validScin", "owner": "MN101", "casegroup": 3}"#
      ),
      expected: "cases[0].caller: give one of owner, casegroup, not several"),
    Case(
      name: "a team leader owns no casegroups",
      cases: testCase(
        caller: #"{"line": "client-maintenance", "branch": "validScin", "owner": "MN001"}"#),
      expected: "cases[0].caller.owner: MN001 owns no casegroups"),
    Case(
      name: "owner outside the branch's segments",
      cases: testCase(
        caller: #"{"line": "client-new-application", "branch": "validScin", "owner": "MN101"}"#),
      expected:
        "cases[0].caller.owner: the casegroup is maintenance-north's, but callers of client-new-application's validScin branch have casegroups of segment new-case only"
    ),
    Case(
      name: "casegroup out of range",
      cases: testCase(
        caller: #"{"line": "client-payments", "branch": "validScin", "casegroup": 6000}"#),
      expected: "cases[0].caller.casegroup:"),
    Case(
      name: "orphaned casegroup of a team that owns none",
      cases: testCase(
        caller: #"{"line": "client-payments", "branch": "validScin", "orphaned": "gich"}"#),
      expected: "cases[0].caller.orphaned: team gich owns no casegroups"),
    Case(
      name: "call type the line does not bring",
      cases: testCase(
        caller: #"{"line": "employer", "branch": "validErn", "callType": "payment-query"}"#),
      expected: "cases[0].caller.callType: line employer brings no payment-query calls"),
    Case(
      name: "agent off shift",
      cases: testCase(agents: #"{"MNL101": "ready"}"#, extra: #", "time": "09:00""#),
      expected:
        #"cases[0].agents.MNL101: MNL101 is not on shift at 09:00 (works 10:00–18:00): only "loggedOut" fits"#
    ),
    Case(
      name: "unknown state",
      cases: testCase(agents: #"{"MN101": "available"}"#),
      expected: #"cases[0].agents.MN101: "available" is not an agent state"#),
    Case(
      name: "reason without notReady",
      cases: testCase(agents: #"{"MN101": {"state": "busy", "reason": "Lunch"}}"#),
      expected: #"cases[0].agents.MN101.reason: a reason goes with "notReady" only"#),
    Case(
      name: "length of a Ready agent",
      cases: testCase(agents: #"{"MN101": {"state": "ready", "for": "1m"}}"#),
      expected: #"cases[0].agents.MN101.for: "for" goes with "busy" or "notReady" only"#),
    Case(
      name: "unknown reason",
      cases: testCase(agents: #"{"MN101": {"state": "notReady", "reason": "Lunchtime"}}"#),
      expected: #"cases[0].agents.MN101.reason: "Lunchtime" is not a NotReady reason code"#),
    Case(
      name: "time before the run",
      cases: testCase(extra: #", "time": "07:00""#),
      expected: "cases[0].time: day 1 07:00 is outside the run (from 08:00 on day 1, for 10h)"),
    Case(
      name: "limit over a day",
      cases: testCase(extra: #", "within": "2d""#),
      expected: "cases[0].within: a check waits at most a day"),
    Case(
      name: "nothing expected",
      cases: testCase(expect: "{}"),
      expected: "cases[0].expect: expects nothing"),
    Case(
      name: "waiting and offered",
      cases: testCase(expect: #"{"waits": true, "agent": "MN101"}"#),
      expected: "cases[0].expect.agent: a call expected to wait is offered to nobody"),
    Case(
      name: "hanging up and queuing",
      cases: testCase(
        caller: #"{"line": "employer", "branch": "hangUp"}"#,
        expect: #"{"hangsUp": true, "queue": "gich"}"#),
      expected: "cases[0].expect.queue: a caller who hangs up in the IVR never queues"),
    Case(
      name: "steps of a caller who hangs up",
      cases: testCase(
        caller: #"{"line": "employer", "branch": "hangUp"}"#, expect: #"{"step": "gich"}"#),
      expected: "cases[0].expect.step: this caller hangs up in the IVR: there are no steps to name"),
    Case(
      name: "unknown expectation",
      cases: testCase(expect: #"{"agnet": "MN101"}"#),
      expected: #"cases[0].expect.agnet: unknown key "agnet" (did you mean "agent"?)"#),
    Case(
      name: "duplicate names",
      cases: testCase() + ", " + testCase(),
      expected: #"cases[1].name: another case is called "a case": names must be unique"#),
    Case(name: "no cases", cases: "", expected: "cases: must not be empty"),
    Case(
      name: "unknown top-level key", cases: testCase(), top: #" "defualts": {},"#,
      expected: #"defualts: unknown key "defualts" (did you mean "defaults"?)"#),
    Case(
      name: "bad default", cases: testCase(), top: #" "defaults": {"otherAgents": "asleep"},"#,
      expected: #"defaults.otherAgents: "asleep" is not an agent state"#),
  ]

  @Test(arguments: cases)
  func mistakesAreReportedWithTheirPath(_ testCase: Case) {
    let errors = Self.errors(testCase.cases, top: testCase.top)
    #expect(
      errors.contains { $0.contains(testCase.expected) },
      "\(testCase.name): no \(testCase.expected) in \(errors)")
    #expect(!errors.isEmpty && errors.allSatisfy { $0.hasPrefix("tests.json:") })
  }

  @Test func everyMistakeIsListedAtOnce() {
    let errors = Self.errors(
      Self.testCase(agents: #"{"MN101": "asleep"}"#, expect: #"{"queue": "gich", "agnet": 1}"#))
    #expect(errors.count == 2)
  }

  @Test func theScenarioIsFoundFromTheTestsFile() throws {
    let text = #"{"scenario": "../cms-day.json", "cases": [\#(Self.testCase())]}"#
    let directory = URL(fileURLWithPath: Self.scenario).deletingLastPathComponent().path
    let suite = try RoutingTestSuite.decode(
      Array(text.utf8), file: "t.json", directory: directory + "/routing-tests")
    #expect(suite.scenario == Self.scenario)
    #expect(
      RoutingTestSuite.normalised("scenarios/routing-tests/../cms-day.json")
        == "scenarios/cms-day.json")
    #expect(RoutingTestSuite.normalised("../a/./b.json") == "../a/b.json")
    #expect(RoutingTestSuite.normalised("/../x.json") == "/x.json")
  }

  @Test func anInvalidScenarioIsReportedAsItself() {
    let scenario = TestDirectory.file("ccsim-bad")
    try? #"{"duration": "1h"}"#.write(to: scenario, atomically: true, encoding: .utf8)
    let text = #"{"scenario": "\#(scenario.path)", "cases": []}"#
    #expect {
      _ = try RoutingTestSuite.decode(Array(text.utf8), file: "t.json", directory: "/")
    } throws: { error in
      guard case .invalid(let errors) = error as? ScenarioLoadError else { return false }
      return errors.allSatisfy { $0.file == scenario.path }
    }
  }
}
