import ContactCentre
import SimKernel
import TestSupport
import Testing

@testable import Scenario

/// Decoding the emergency day, redials and the outbound section.
struct OutboundSectionTests {
  static let fullOutbound = """
    "outbound": {
      "callBacks": {"due": "2h", "by": "team"},
      "activityPlans": [{"team": "maint-north-1", "callType": "maintenance", "perHour": 6,
                         "from": "10:00", "to": "16:00", "due": "4h"},
                        {"team": "gich", "callType": "general", "perHour": 2, "everyDay": true,
                         "from": "07:00", "to": "09:00", "due": "1h"}],
      "suppressedShare": 0.01,
      "dialTime": {"uniform": {"min": "10s", "max": "40s"}},
      "noContactAcw": "20s",
      "retry": {"No Answer": {"after": "1h", "maxAttempts": 3},
                "Line Engaged": {"after": "15m", "maxAttempts": 1}},
      "reserve": [{"team": "maint-north-1", "agents": 2, "from": "14:00", "to": "16:00",
                   "day": 2}]
    }
    """

  @Test func theOutboundSectionDecodesWithClockTimesFromTheStart() throws {
    // The fixture starts at 08:00 and lasts 30 h: days 1 and 2.
    let outbound = try #require(
      try OutcomeFixture.decode(OutcomeFixture.scenario(top: Self.fullOutbound)).outbound)
    #expect(outbound.callBacks == CallBackRule(due: .hours(2), by: .team))
    #expect(
      outbound.activityPlans == [
        ActivityPlan(
          team: 1, callType: 1, perHour: 6, from: .hours(2), to: .hours(8), due: .hours(4)),
        // Every day: 07:00–09:00 on day 1 is under way at t = 0 and cut to start there.
        ActivityPlan(team: 0, callType: 0, perHour: 2, from: .zero, to: .hours(1), due: .hours(1)),
        ActivityPlan(
          team: 0, callType: 0, perHour: 2, from: .hours(23), to: .hours(25), due: .hours(1)),
      ])
    #expect(outbound.suppressedShare == 0.01)
    #expect(outbound.dialTime == .uniform(min: 10, max: 40))
    #expect(outbound.noContactAcw == .fixed(20))
    #expect(
      outbound.retries == [
        RetryRule(outcome: .noAnswer, after: .hours(1), maxAttempts: 3),
        RetryRule(outcome: .lineEngaged, after: .minutes(15), maxAttempts: 1),
      ])
    #expect(outbound.retry(after: .lineEngaged)?.maxAttempts == 1)
    #expect(outbound.retry(after: .wrongNumber) == nil)
    #expect(
      outbound.reserves == [
        OutboundReserve(team: 1, agents: 2, from: .hours(30), to: .hours(32))
      ])
  }

  @Test func anEmptyOutboundSectionTakesTheDefaults() throws {
    let outbound = try #require(
      try OutcomeFixture.decode(OutcomeFixture.scenario(top: "\"outbound\": {}")).outbound)
    #expect(outbound == Outbound())
    #expect(outbound.callBacks == nil && outbound.activityPlans.isEmpty)
    #expect(outbound.suppressedShare == 0 && outbound.dialTime == .fixed(30))
    #expect(outbound.noContactAcw == .fixed(0) && outbound.retries.isEmpty)
    #expect(outbound.reserves.isEmpty)
    let callBacks = try OutcomeFixture.decode(
      OutcomeFixture.scenario(top: "\"outbound\": {\"callBacks\": {\"due\": \"30m\"}}"))
    #expect(callBacks.outbound?.callBacks == CallBackRule(due: .minutes(30), by: .caseworker))
  }

  @Test func redialsAfterOutcomesAndAfterAbandoning() throws {
    let text = OutcomeFixture.scenario(
      top: """
        "redials": {"Client Wishes to Call Back": {"probability": 0.8, "delay": "1h"},
                    "Lost Connection": {"probability": 0.9,
                                        "delay": {"exponential": {"mean": "2m"}}},
                    "Failed Security Check": {"probability": 0.3, "delay": "1d"},
                    "abandoned": {"probability": 0.4, "delay": "10m"}}
        """)
    let redials = try OutcomeFixture.decode(text).redials
    #expect(!redials.isEmpty)
    #expect(
      redials.rule(after: .clientWishesToCallBack)
        == Redials.Rule(probability: 0.8, delay: .fixed(3600)))
    #expect(redials.rule(after: .lostConnection)?.delay == .exponential(mean: 120))
    #expect(redials.rule(after: .failedSecurityCheck)?.probability == 0.3)
    #expect(redials.rule(after: .callResolved) == nil)
    #expect(redials.afterAbandon == Redials.Rule(probability: 0.4, delay: .fixed(600)))
  }

  static let rejected: [RejectedSection] = [
    RejectedSection(
      name: "empty emergency", top: "\"emergency\": \"\"", path: "emergency",
      message: "is not a usable name"),
    RejectedSection(
      name: "unknown redial key",
      top: "\"redials\": {\"Lost Conection\": {\"probability\": 0.5, \"delay\": 60}}",
      path: "redials[\"Lost Conection\"]",
      message:
        "unknown key \"Lost Conection\": neither a call outcome nor \"abandoned\" (did you mean"
        + " \"Lost Connection\"?)"),
    RejectedSection(
      name: "abandoned misspelt",
      top: "\"redials\": {\"abandon\": {\"probability\": 0.5, \"delay\": 60}}",
      path: "redials.abandon", message: "(did you mean \"abandoned\"?)"),
    RejectedSection(
      name: "redial after an outbound-only outcome",
      top: "\"redials\": {\"No Answer\": {\"probability\": 0.5, \"delay\": 60}}",
      path: "redials[\"No Answer\"]", message: "ends only a call the agent dialled"),
    RejectedSection(
      name: "redial probability above 1",
      top: "\"redials\": {\"abandoned\": {\"probability\": 2, \"delay\": 60}}",
      path: "redials.abandoned.probability", message: "2 is not a probability between 0 and 1"),
    RejectedSection(
      name: "redial without delay", top: "\"redials\": {\"abandoned\": {\"probability\": 0.2}}",
      path: "redials.abandoned.delay", message: "required key \"delay\" is missing"),
    RejectedSection(
      name: "outbound key misspelt", top: "\"outbound\": {\"dialtime\": 30}",
      path: "outbound.dialtime", message: "(did you mean \"dialTime\"?)"),
    RejectedSection(
      name: "suppressed share above 1", top: "\"outbound\": {\"suppressedShare\": 1.5}",
      path: "outbound.suppressedShare", message: "1.5 is not a probability between 0 and 1"),
    RejectedSection(
      name: "retry after a connected call",
      top:
        "\"outbound\": {\"retry\": {\"Call Resolved\": {\"after\": \"1h\", \"maxAttempts\": 3}}}",
      path: "outbound.retry[\"Call Resolved\"]",
      message: "\"Call Resolved\" is a call that connected; only an outbound call that did not"),
    RejectedSection(
      name: "retry after an unknown outcome",
      top: "\"outbound\": {\"retry\": {\"No answer\": {\"after\": \"1h\", \"maxAttempts\": 3}}}",
      path: "outbound.retry[\"No answer\"]",
      message: "\"No answer\" is not a call outcome (did you mean \"No Answer\"?)"),
    RejectedSection(
      name: "no attempts",
      top: "\"outbound\": {\"retry\": {\"No Answer\": {\"after\": \"1h\", \"maxAttempts\": 0}}}",
      path: "outbound.retry[\"No Answer\"].maxAttempts", message: "0 is out of range (1 to 100)"),
    RejectedSection(
      name: "call-backs by nobody known",
      top: "\"outbound\": {\"callBacks\": {\"due\": \"2h\", \"by\": \"anyone\"}}",
      path: "outbound.callBacks.by",
      message: "\"anyone\" is not who makes call-backs (one of: caseworker, team)"),
    RejectedSection(
      name: "call-backs due at once", top: "\"outbound\": {\"callBacks\": {\"due\": 0}}",
      path: "outbound.callBacks.due", message: "must be longer than zero"),
    RejectedSection(
      name: "unknown activity-plan team",
      top: Self.fullOutbound.replacingOccurrences(
        of: "\"team\": \"maint-north-1\", \"callType\"", with: "\"team\": \"maint\", \"callType\""),
      path: "outbound.activityPlans[0].team", message: "no team \"maint\""),
    RejectedSection(
      name: "unknown activity-plan call type",
      top: Self.fullOutbound.replacingOccurrences(
        of: "\"callType\": \"maintenance\"", with: "\"callType\": \"maintenanse\""),
      path: "outbound.activityPlans[0].callType",
      message: "no call type \"maintenanse\" (did you mean \"maintenance\"?)"),
    RejectedSection(
      name: "activity-plan window backwards",
      top: Self.fullOutbound.replacingOccurrences(
        of: "\"from\": \"10:00\", \"to\": \"16:00\"", with: "\"from\": \"16:00\", \"to\": \"10:00\""
      ), path: "outbound.activityPlans[0].to", message: "the window ends before it starts"),
    RejectedSection(
      name: "activity plan without due",
      top: Self.fullOutbound.replacingOccurrences(of: ", \"due\": \"4h\"", with: ""),
      path: "outbound.activityPlans[0].due", message: "required key \"due\" is missing"),
    RejectedSection(
      name: "reserve of no agents",
      top: Self.fullOutbound.replacingOccurrences(of: "\"agents\": 2", with: "\"agents\": 0"),
      path: "outbound.reserve[0].agents", message: "0 is out of range (1 to 100000)"),
    RejectedSection(
      name: "unknown reserve team",
      top: "\"outbound\": {\"reserve\": [{\"team\": \"x\", \"agents\": 1, \"from\": \"09:00\","
        + " \"to\": \"10:00\"}]}",
      path: "outbound.reserve[0].team", message: "no team \"x\""),
  ]

  @Test(arguments: rejected)
  func rejectedWithItsPath(_ testCase: RejectedSection) {
    OutcomeFixture.expectRejected(testCase)
  }
}
