import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// Security questions on inbound and outbound calls (seed 002: "When making and receiving
/// calls, caseworkers must ask security questions"), their reports to the Security Advice and
/// Support Centre, the bogus caller form of the third consecutive failure for a SCIN, and the
/// order of the screen search, the interpreter and the questions — each at its edge.
struct SecurityTests {
  typealias Outcomes = CallOutcomeTests

  /// A call type whose questions take 60 s and fail at `failShare`, with 600 s of talk.
  static func checked(failShare: Double, reportShare: Double = 1, id: String = "enquiry")
    -> CallType
  {
    CallType(
      id: id, talk: .fixed(600), patience: nil,
      security: SecurityCheck(time: .fixed(60), failShare: failShare, reportShare: reportShare))
  }

  /// One activity plan of the team, for call type `callType`, dialled in the window.
  static func plan(callType: Int = 0, from: SimDuration, to: SimDuration) -> ActivityPlan {
    ActivityPlan(team: 0, callType: callType, perHour: 30, from: from, to: to, due: .hours(4))
  }

  static func outbound(_ plans: [ActivityPlan]) -> Outbound {
    Outbound(activityPlans: plans, suppressedShare: 0, dialTime: .fixed(30))
  }

  /// Runs with `callers` valid-SCIN callers at t = 0, keeping the call records.
  static func run(_ configuration: CentreConfiguration, callers: Int, until: SimDuration)
    -> RunStatistics
  {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(configuration: configuration, replication: 0, intervals: false, calls: true)
    centre.start(in: &simulation)
    simulation.run(until: .zero, handler: &centre)
    for _ in 0..<callers { centre.arrive(line: 0, in: &simulation) }
    simulation.run(until: SimInstant(since: until), handler: &centre)
    return centre.finish(at: simulation.now)
  }

  // MARK: Item 1: outbound calls ask the questions too

  @Test func everyConnectedOutboundCallFailsAtAShareOfOne() {
    let configuration = Outcomes.ownedCentre(
      Self.checked(failShare: 1), agents: 2, casegroups: 5,
      outbound: Self.outbound([Self.plan(from: .zero, to: .hours(2))]))
    let statistics = Self.run(configuration, callers: 0, until: .hours(8))
    let connected = statistics.outbound[0].connected
    #expect(connected > 20, "about 60 planned calls, every one connects")
    #expect(statistics.outboundOutcomes[.failedSecurityCheck] == connected)
    #expect(statistics.outboundOutcomes[.callResolved] == 0)
    #expect(statistics.security.failedChecks == connected)
    #expect(statistics.security.sascReports == connected)
    // The call ends after the questions: 60 s each, not the 600 s of talk.
    #expect(statistics.outbound[0].handleTime == Int64(connected) * 60_000_000)
    let outbound = statistics.calls.filter { $0.direction == .outbound }
    #expect(outbound.count == connected)
    #expect(outbound.allSatisfy { (0..<5).contains($0.scin) }, "each for a SCIN of the team")
  }

  @Test func noConnectedOutboundCallFailsAtAShareOfZero() {
    let configuration = Outcomes.ownedCentre(
      Self.checked(failShare: 0), agents: 2, casegroups: 5,
      outbound: Self.outbound([Self.plan(from: .zero, to: .hours(2))]))
    let statistics = Self.run(configuration, callers: 0, until: .hours(8))
    let connected = statistics.outbound[0].connected
    #expect(connected > 20)
    #expect(statistics.outboundOutcomes[.callResolved] == connected)
    #expect(statistics.security.failedChecks == 0 && statistics.security.sascReports == 0)
    #expect(statistics.outbound[0].handleTime == Int64(connected) * 660_000_000)
  }

  @Test func inboundAndOutboundFailuresForOneScinAddUpToOneForm() {
    // One casegroup (SCIN 0): two inbound callers fail at t = 0; the activity plan's calls,
    // after them, are for SCIN 0 too, and the first of them is the third failure in a row.
    let configuration = Outcomes.ownedCentre(
      Self.checked(failShare: 1), agents: 1, casegroups: 1,
      outbound: Self.outbound([Self.plan(from: .hours(1), to: .hours(3))]))
    let statistics = Self.run(configuration, callers: 2, until: .hours(8))
    let calls = statistics.calls.sorted { $0.ended < $1.ended }
    let outbound = calls.filter { $0.direction == .outbound }
    #expect(!outbound.isEmpty && outbound.allSatisfy { $0.scin == 0 })
    #expect(calls.filter { $0.direction == .inbound }.allSatisfy { !$0.bogusCallerForm })
    #expect(outbound.first?.bogusCallerForm == true, "inbound, inbound, outbound: one form")
    #expect(outbound.dropFirst().prefix(2).allSatisfy { !$0.bogusCallerForm })
    #expect(statistics.security.bogusCallerForms.count == (2 + outbound.count) / 3)
    #expect(statistics.security.bogusCallerForms.allSatisfy { $0 == 0 })
  }

  @Test func aPassedCheckInBetweenStartsTheCountAgain() {
    // Two inbound failures for SCIN 0, then outbound calls of a type whose questions all pass,
    // then outbound calls that all fail: the count starts again at the passes, so the first
    // form comes with the third outbound failure, not the first.
    var configuration = Outcomes.ownedCentre(
      Self.checked(failShare: 1), agents: 1, casegroups: 1,
      outbound: Self.outbound([
        Self.plan(callType: 1, from: .minutes(30), to: .minutes(50)),
        Self.plan(callType: 0, from: .hours(2), to: .hours(4)),
      ]))
    configuration.callTypes.append(Self.checked(failShare: 0, id: "passes"))
    let statistics = Self.run(configuration, callers: 2, until: .hours(8))
    let outbound = statistics.calls.filter { $0.direction == .outbound }.sorted {
      $0.ended < $1.ended
    }
    let passed = outbound.filter { $0.callType == 1 }
    let failed = outbound.filter { $0.callType == 0 }
    #expect(!passed.isEmpty && failed.count >= 3)
    #expect(failed.map(\.bogusCallerForm).prefix(3) == [false, false, true])
    #expect(statistics.security.bogusCallerForms.count == failed.count / 3)
  }

  @Test func aCallBackIsAboutTheCallersScin() {
    var callType = Self.checked(failShare: 0)
    callType.outcomes = OutcomeMix([(.callBackRequest, 1)])
    let configuration = Outcomes.ownedCentre(
      callType, agents: 1, casegroups: 3,
      outbound: Outbound(
        callBacks: CallBackRule(due: .hours(2), by: .caseworker), suppressedShare: 0))
    let statistics = Self.run(configuration, callers: 1, until: .hours(1))
    let inbound = statistics.calls.filter { $0.direction == .inbound }
    let outbound = statistics.calls.filter { $0.direction == .outbound }
    #expect(inbound.count == 1 && outbound.count == 1)
    #expect(inbound[0].scin >= 0 && outbound[0].scin == inbound[0].scin)
  }

  // MARK: Item 4: the interpreter asks the questions

  static func interpreted(failShare: Double) -> CallType {
    CallType(
      id: "enquiry", talk: .fixed(600), patience: nil,
      security: SecurityCheck(time: .fixed(60), failShare: failShare),
      interpretation: Interpretation(share: 1, connect: .fixed(120), extraTalk: .fixed(300)))
  }

  @Test func aCallerWhoNeedsAnInterpreterFailsTheQuestionsThroughThem() {
    // The interpreter is connected first (120 s), the questions are asked through them (60 s)
    // and a failure ends the call there: no talk, no extra talk of interpreting.
    let failing = Self.run(
      Outcomes.ownedCentre(Self.interpreted(failShare: 1)), callers: 1, until: .hours(1))
    #expect(failing.security.failedChecks == 1)
    #expect(failing.interpretation.answered == 1, "the interpreter was on the call")
    #expect(failing.total.handleTime == SimDuration.seconds(180).microseconds)
    let passing = Self.run(
      Outcomes.ownedCentre(Self.interpreted(failShare: 0)), callers: 1, until: .hours(1))
    #expect(passing.security.failedChecks == 0 && passing.interpretation.answered == 1)
    #expect(passing.total.handleTime == SimDuration.seconds(120 + 60 + 600 + 300).microseconds)
  }

  // MARK: Item 8: reports to SASC, and the search before the questions

  @Test func aFailedCheckKeepsTheScreenSearch() {
    // A blank screen to search from (identification 90 s): the questions sit on the record,
    // so the failed call takes the search and the questions, 150 s.
    var configuration = Outcomes.ownedCentre(Self.checked(failShare: 1))
    configuration.lines[0].ivr?.branches[0] = IVRBranch(
      kind: .validScin, share: 1, plan: 0, identification: .fixed(90))
    let statistics = Self.run(configuration, callers: 1, until: .hours(1))
    #expect(statistics.security.failedChecks == 1)
    #expect(statistics.total.handleTime == SimDuration.seconds(150).microseconds)
  }

  @Test func onlyTheReportedShareOfFailuresGoesToSascAndMakesForms() {
    let none = Self.run(
      Outcomes.ownedCentre(Self.checked(failShare: 1, reportShare: 0)), callers: 6,
      until: .hours(2))
    #expect(none.security.failedChecks == 6)
    #expect(none.security.sascReports == 0)
    #expect(none.security.bogusCallerForms.isEmpty, "a form goes with a report")
    let all = Self.run(
      Outcomes.ownedCentre(Self.checked(failShare: 1, reportShare: 1)), callers: 6,
      until: .hours(2))
    #expect(all.security.failedChecks == 6 && all.security.sascReports == 6)
    #expect(all.security.bogusCallerForms == [0, 0])
  }

  @Test func aBogusCallOutcomeIsReportedToSasc() {
    // No security questions at all: the caseworker closes the call as a bogus call, and
    // reports it.
    var callType = TelephonyRuleTests.talk
    callType.outcomes = OutcomeMix([(.bogusCallSecurityReport, 1)])
    callType.outboundOutcomes = OutcomeMix([(.bogusCallSecurityReport, 1)])
    let configuration = Outcomes.ownedCentre(
      callType, agents: 2, casegroups: 5,
      outbound: Self.outbound([Self.plan(from: .zero, to: .hours(1))]))
    let statistics = Self.run(configuration, callers: 4, until: .hours(8))
    let outbound = statistics.outbound[0].connected
    #expect(outbound > 0)
    #expect(statistics.security.failedChecks == 0)
    #expect(statistics.security.sascReports == 4 + outbound)
  }

  // MARK: A transfer's recipient takes a caller already identified

  @Test func theRecipientOfATransferNeverFailsTheCheck() {
    // Half the callers fail the questions; the others are all transferred to GICH, whose part
    // of the call cannot fail them again: the caller answered them before the transfer.
    let callType = CallType(
      id: "enquiry", talk: .fixed(60), patience: nil,
      outcomes: OutcomeMix([(.callTransferred, 1)]),
      security: SecurityCheck(time: .fixed(30), failShare: 0.5),
      transfer: Transfer(targets: [.init(target: .team(1), share: 1)], consult: .fixed(10)))
    let configuration = Outcomes.ownedCentre(
      callType, agents: 2, casegroups: 40, extraTeams: [TelephonyRuleTests.team("gich", agents: 2)])
    let statistics = TelephonyRuleTests.run(configuration, callers: 40, until: .hours(8))
    let failed = statistics.inboundOutcomes[.failedSecurityCheck]
    #expect(failed > 5 && failed < 35, "about half of 40 fail")
    #expect(statistics.transfers.warm == 40 - failed, "every other caller is transferred")
    #expect(statistics.teamOutcomes[1][.failedSecurityCheck] == 0, "no recipient's part fails")
    #expect(statistics.security.failedChecks == failed)
  }
}
