import ContactCentre
import Testing

@testable import Scenario

/// A case naming what the scenario does not have — a step or a queue a routing change took
/// out, a line, branch, team or agent renamed — is not an error of the tests file: it fails on
/// its own, saying what is missing, and the file's other cases still run.
struct RoutingMissingNameTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var cases: String
    var expected: String

    var testDescription: String { name }
  }

  /// Every kind of name a case looks up in the scenario.
  static func testCase(
    caller: String = #"{"line": "client-maintenance", "branch": "validScin", "owner": "MN101"}"#,
    agents: String = "{}", expect: String = #"{"agent": "MN101"}"#
  ) -> String {
    RoutingTestFileTests.testCase(caller: caller, agents: agents, expect: expect)
  }

  static let cases: [Case] = [
    Case(
      name: "unknown line",
      cases: testCase(caller: #"{"line": "clients", "branch": "noScin"}"#),
      expected: #"caller.line: no line "clients""#),
    Case(
      name: "a branch the line does not have",
      cases: testCase(caller: #"{"line": "employer", "branch": "validScin"}"#),
      expected: #"caller.branch: line employer has no IVR branch "validScin""#),
    Case(
      name: "unknown call type",
      cases: testCase(
        caller: #"{"line": "employer", "branch": "validErn", "callType": "employer-enquire"}"#,
        expect: #"{"queue": "employer"}"#),
      expected:
        #"caller.callType: no call type "employer-enquire" (did you mean "employer-enquiry"?)"#),
    Case(
      name: "unknown owner",
      cases: testCase(
        caller: #"{"line": "client-maintenance", "branch": "validScin", "owner": "MN1O1"}"#,
        expect: #"{"queue": "owner-first"}"#),
      expected: #"caller.owner: no agent with staff number "MN1O1" (did you mean "MN101""#),
    Case(
      name: "unknown orphaned team",
      cases: testCase(
        caller:
          #"{"line": "client-maintenance", "branch": "validScin", "orphaned": "maint-north"}"#,
        expect: #"{"queue": "gich"}"#),
      expected: #"caller.orphaned: no team "maint-north""#),
    Case(
      name: "unknown agent",
      cases: testCase(agents: #"{"MN1O1": "ready"}"#),
      expected:
        #"agents.MN1O1: no agent with staff number "MN1O1" and no team of that id (did you mean "MN101"?)"#
    ),
    Case(
      name: "unknown expected agent",
      cases: testCase(expect: #"{"agent": "MN999"}"#),
      expected: #"expect.agent: no agent with staff number "MN999""#),
    Case(
      name: "unknown expected team",
      cases: testCase(expect: #"{"team": "maintenance-east"}"#),
      expected:
        #"expect.team: no team "maintenance-east" (one of: gich, wlu, employer, third-party,"#),
    Case(
      name: "a step the plan does not have",
      cases: testCase(expect: #"{"path": ["owner", "segment"]}"#),
      expected:
        #"expect.path[1]: plan owner-first has no step "segment" (its steps: owner, ownerTeam, ownerSegment, gich)"#
    ),
    Case(
      name: "unknown queue",
      cases: testCase(expect: #"{"queue": "gich2"}"#),
      expected: #"expect.queue: no queue "gich2" (did you mean "gich"?)"#),
  ]

  @Test(arguments: cases)
  func aMissingNameFailsItsCase(_ testCase: Case) throws {
    let suite = try RoutingTestFileTests.decode(testCase.cases)
    #expect(suite.cases.isEmpty)
    let unresolved = try #require(suite.unresolved.first)
    #expect(suite.unresolved.count == 1)
    #expect(unresolved.name == "a case" && unresolved.position == 0 && unresolved.line == 2)
    #expect(
      unresolved.missing.contains { $0.hasPrefix(testCase.expected) },
      "\(testCase.name): no \(testCase.expected) in \(unresolved.missing)")
    #expect(unresolved.missing.allSatisfy { $0.hasSuffix("(line 2)") })
    #expect(!unresolved.result.passed)
    #expect(unresolved.result.failures == unresolved.missing)
    #expect(unresolved.result.summary == RoutingUnresolvedCase.notRun)
  }

  /// The cases around an unresolved one decode and keep their order; each missing name of a
  /// case is listed.
  @Test func theOtherCasesStillRun() throws {
    let good = RoutingTestFileTests.testCase()
    let renamed =
      #"{"name": "renamed", "caller": {"line": "employer", "branch": "validErn"},"#
      + #" "expect": {"queue": "employers", "step": "employers"}}"#
    let twice = RoutingTestFileTests.testCase(
      agents: #"{"MN1O1": "ready"}"#, expect: #"{"queue": "gich2"}"#
    ).replacingOccurrences(of: "a case", with: "twice")
    let third = good.replacingOccurrences(of: "a case", with: "third")
    let suite = try RoutingTestFileTests.decode(
      [good, renamed, third, twice].joined(separator: ",\n"))
    #expect(suite.cases.map(\.name) == ["a case", "third"])
    #expect(suite.unresolved.map(\.name) == ["renamed", "twice"])
    #expect(suite.unresolved.map(\.position) == [1, 3])
    #expect(suite.unresolved.map(\.line) == [3, 5])
    #expect(suite.unresolved[1].missing.count == 2)
    // The queue is missing; the steps are looked up in the plan the caller's branch names.
    #expect(suite.unresolved[0].missing.count == 2)
    #expect(
      suite.unresolved[0].missing[1].hasPrefix(
        #"expect.step: plan employer has no step "employers""#))
  }

  /// A missing name does not hide a malformed file: with any other problem the file is
  /// refused, every problem listed, the missing names among them.
  @Test func aMalformedFileIsRefusedWithItsMissingNames() {
    let errors = RoutingTestFileTests.errors(
      RoutingTestFileTests.testCase(expect: #"{"queue": "gich2", "agnet": "MN101"}"#))
    #expect(errors.count == 2)
    #expect(errors.contains { $0.contains(#"cases[0].expect.queue: no queue "gich2""#) })
    #expect(errors.contains { $0.contains(#"cases[0].expect.agnet: unknown key"#) })
  }

  /// A problem counts as a case's when its path is in `cases[N]`; one elsewhere (in
  /// `defaults`) is the file's.
  @Test func aCaseIsFoundByItsPath() {
    #expect(RoutingTestSuite.casePosition("defaults.otherAgents") == nil)
    #expect(RoutingTestSuite.casePosition("cases[12].expect.step") == 12)
    #expect(RoutingTestSuite.casePosition("cases") == nil)
  }
}
