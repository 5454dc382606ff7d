import ContactCentre
import Foundation
import SimKernel
import Testing

@testable import Scenario

/// A scenario's own names behave as the behaviours they map to, whatever they are called: the
/// model asks behaviours, never names. Each test runs a small centre speaking `vocabulary`.
struct VocabularyBehaviourTests {
  /// Outcomes, reasons and branches named unlike the Child Maintenance Group's — and two of its
  /// names given other behaviours, to show the names do nothing by themselves.
  static let vocabulary = """
    "vocabulary": {
      "outcomes": [{"name": "Sorted", "behaviour": "resolved"},
                   {"name": "Passed On", "behaviour": "transfers"},
                   {"name": "Ring Me", "behaviour": "requestsCallBack"},
                   {"name": "Call-back Request", "behaviour": "ends"},
                   {"name": "ID Failed", "behaviour": "failsSecurity"},
                   {"name": "Nobody Home", "behaviour": "unanswered"}],
      "notReadyReasons": [{"name": "Tea", "behaviour": "break"},
                          {"name": "Paperwork", "behaviour": "clerical"},
                          {"name": "Supervisor", "behaviour": "teamLeader"},
                          {"name": "Huddle", "behaviour": "other"}],
      "ivrBranches": [{"name": "account", "behaviour": "findsOwner"},
                      {"name": "validScin", "behaviour": "queues"},
                      {"name": "emergency", "behaviour": "hangUp"}]
    }
    """

  /// A centre of one line of `general` calls (`callType` added to the call type, `line` to the
  /// line, `top` to the top level) and a team `gich` (`team` added to it).
  static func centre(
    callType: String = "", line: String = "", team: String = #""agents": 3"#, top: String = ""
  ) throws -> CentreConfiguration {
    let text = """
      {\(vocabulary), \(top.isEmpty ? "" : top + ",")
       "start": "08:00", "duration": "8h",
       "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 20}\(line)}],
       "callTypes": [{"id": "general", "talk": "3m"\(callType)}],
       "teams": [{"id": "gich", "handles": ["general"], \(team)}]}
      """
    return try ScenarioLoader.decode(Array(text.utf8), file: "test.json", directory: "/tmp")
  }

  static func run(_ configuration: CentreConfiguration) -> RunStatistics {
    let statistics = CentreRun.run(configuration, replication: 0, checks: true)
    #expect(statistics.violation == nil)
    return statistics
  }

  /// The count of the outcome called `name` among the run's inbound calls.
  static func inbound(_ name: String, _ statistics: RunStatistics, _ vocabulary: Vocabulary)
    -> Int
  {
    statistics.inboundOutcomes[vocabulary.outcome(named: name)!]
  }

  @Test func anOutcomeThatRequestsACallBackMakesOneWhateverItsName() throws {
    let outbound = #""outbound": {"callBacks": {"due": "2h", "by": "team"}}"#
    let asked = try Self.centre(
      callType: #", "outcomes": {"Sorted": 0.5, "Ring Me": 0.5}"#, top: outbound)
    let statistics = Self.run(asked)
    let requested = Self.inbound("Ring Me", statistics, asked.vocabulary)
    #expect(requested > 20 && statistics.outbound[0].callBacksRequested == requested)
    #expect(statistics.outbound[0].dialled > 0)
    // The procedures' name, mapped to "ends" here, asks for nothing.
    let named = try Self.centre(callType: #", "outcomes": {"Call-back Request": 1}"#, top: outbound)
    let plain = Self.run(named)
    #expect(Self.inbound("Call-back Request", plain, named.vocabulary) > 20)
    #expect(plain.outbound[0].callBacksRequested == 0 && plain.outbound[0].dialled == 0)
  }

  @Test func anOutcomeThatTransfersMovesTheCaller() throws {
    let configuration = try Self.centre(
      callType: #", "outcomes": {"Sorted": 0.5, "Passed On": 0.5},"#
        + #" "transfer": {"targets": [{"team": "gich", "share": 1}], "consult": "30s"}"#)
    let statistics = Self.run(configuration)
    #expect(statistics.transfers.warm > 10)
    let transfers = statistics.transfers
    #expect(statistics.total.transferred == transfers.warm - transfers.takenBack)
  }

  @Test func theClericalReasonTakesTheWrapUpBeyondTheLimit() throws {
    let configuration = try Self.centre(callType: #", "acw": "15m""#)
    let statistics = Self.run(configuration)
    let vocabulary = configuration.vocabulary
    let paperwork = statistics.teams[0][reason: vocabulary.reason(named: "Paperwork")!]
    #expect(paperwork > .zero)
    #expect(statistics.teams[0][.notReady] == paperwork, "no other reason is used")
    #expect(statistics.acwTimeouts > 0)
  }

  @Test func theTeamLeaderReasonIsWhereLeadersWhoTakeNoCallsWait() throws {
    let configuration = try Self.centre(
      team: #""shifts": [{"start": "08:00", "end": "16:00","#
        + #" "agents": [{"name": "Lee", "isTeamLeader": true}, {}, {}]}]"#)
    let statistics = Self.run(configuration)
    let supervisor = configuration.vocabulary.reason(named: "Supervisor")!
    #expect(statistics.teams[0][reason: supervisor] == .hours(8), "the leader's whole shift")
  }

  @Test func anOutcomeThatFailsSecurityClosesTheFailedChecks() throws {
    let configuration = try Self.centre(
      callType: #", "security": {"time": "30s", "failShare": 0.5}"#)
    let statistics = Self.run(configuration)
    let failed = Self.inbound("ID Failed", statistics, configuration.vocabulary)
    #expect(failed > 20 && statistics.security.failedChecks == failed)
  }

  @Test func anUnansweredOutcomeIsDialledAgainAndNeverTalks() throws {
    let configuration = try Self.centre(
      callType: #", "outboundOutcomes": {"Nobody Home": 1}"#,
      top: #""outbound": {"activityPlans": [{"team": "gich", "callType": "general","#
        + #" "perHour": 10, "from": "08:00", "to": "12:00", "due": "4h"}],"#
        + #" "retry": {"Nobody Home": {"after": "10m", "maxAttempts": 2}}}"#)
    let statistics = Self.run(configuration)
    #expect(statistics.outbound[0].retries > 10)
    #expect(statistics.outbound[0].dialled > 0 && statistics.outbound[0].connected == 0)
  }

  @Test func aBranchWhoseCallersHangUpNeverQueues() throws {
    let configuration = try Self.centre(
      line: #", "ivr": {"branches": [{"branch": "emergency", "share": 0.5},"#
        + #" {"branch": "validScin", "share": 0.5, "plan": "gich-plan"}]}"#,
      top:
        #""routing": {"plans": [{"id": "gich-plan", "steps": [{"target": {"teams": ["gich"]}}]}]}"#
    )
    let statistics = Self.run(configuration)
    #expect(statistics.ivrHangUps[0] > 20)
    #expect(
      statistics.total.offered + statistics.ivrHangUps[0] + statistics.inIVRAtEnd[0]
        == statistics.arrivals[0])
  }

  /// Callers on a branch that finds the owner reach an owner-only plan; a branch called
  /// validScin that only queues does not.
  @Test func aBranchThatFindsTheOwnerMatchesCallersToCasegroups() throws {
    let owners = #""routing": {"plans": [{"id": "owners", "steps": [{"target": "owner"}]}]}"#
    let team = #""agents": 3, "casegroups": 300"#
    let finds = try Self.centre(
      line: #", "ivr": {"branches": [{"branch": "account", "share": 1, "plan": "owners"}]}"#,
      team: team, top: owners)
    #expect(Self.run(finds).total.answered > 50)
    let queues = try Self.centre(
      line: #", "ivr": {"branches": [{"branch": "validScin", "share": 1, "plan": "owners"}]}"#,
      team: team, top: owners)
    #expect(Self.run(queues).total.answered == 0, "no owner: the owner step is passed over")
  }

  /// A routing test's agent put "notReady" without a reason is on the vocabulary's first break.
  @Test func aRoutingTestsBareNotReadyIsTheFirstBreak() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ccsim-vocabulary-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let scenario = """
      {\(Self.vocabulary), "start": "08:00", "duration": "8h",
       "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 20}}],
       "callTypes": [{"id": "general", "talk": "3m"}],
       "teams": [{"id": "gich", "handles": ["general"],
                  "shifts": [{"start": "08:00", "end": "16:00",
                              "agents": [{"staffNumber": "G1"}, {"staffNumber": "G2"}]}]}]}
      """
    try scenario.write(
      to: directory.appendingPathComponent("centre.json"), atomically: true, encoding: .utf8)
    func suite(_ agents: String) throws(ScenarioLoadError) -> RoutingTestSuite {
      let text = """
        {"scenario": "centre.json",
         "cases": [{"name": "a case", "time": "09:00", "caller": {"line": "main"},
                    "agents": \(agents), "expect": {"agent": "G1"}}]}
        """
      return try RoutingTestSuite.decode(
        Array(text.utf8), file: "tests.json", directory: directory.path)
    }
    let bare = try suite(#"{"G1": "ready", "G2": "notReady"}"#)
    let vocabulary = bare.configuration.vocabulary
    let tea = vocabulary.reason(named: "Tea")!
    #expect(bare.cases[0].probe.agents.map(\.placement) == [.ready, .notReady(tea, nil)])
    let huddle = try suite(#"{"G1": "ready", "G2": {"state": "notReady", "reason": "Huddle"}}"#)
    #expect(
      huddle.cases[0].probe.agents.last?.placement
        == .notReady(vocabulary.reason(named: "Huddle")!, nil))
    do {
      _ = try suite(#"{"G1": "ready", "G2": {"state": "notReady", "reason": "Break"}}"#)
      Issue.record("the procedures' Break is not this centre's")
    } catch {
      guard case .invalid(let errors) = error else { throw error }
      #expect(errors.first?.message.contains(#""Break" is not a NotReady reason code"#) == true)
    }
  }
}
