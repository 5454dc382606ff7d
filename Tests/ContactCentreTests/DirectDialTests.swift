import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// A team leader's direct-dial number (seed 002: "Team leaders will retain direct dial in
/// numbers so that emergency calls can be received"): it rings that team leader whatever their
/// NotReady – Team Leader status, and a call they cannot answer goes to voicemail or into the
/// line's plan — at the edges.
///
/// Team 0 has one team leader, TL1, who takes no calls (NotReady – Team Leader); team 1, the
/// duty desk, one caseworker; the line's plan is the duty desk. Calls talk for 600 s.
struct DirectDialTests {
  typealias Rules = TelephonyRuleTests

  static func centre(
    _ whenUnanswered: DirectDial.WhenUnanswered, ringTime: SimDuration = .seconds(30),
    answerDelay: Distribution = .fixed(0)
  ) -> CentreConfiguration {
    var behaviour = AgentBehaviour.ideal
    behaviour.answerDelay = answerDelay
    let leaders = Team(
      id: "leaders", handles: [],
      shifts: [
        Shift(
          start: .zero, end: Team.wholeRun,
          agents: [AgentProfile(staffNumber: "TL1", isTeamLeader: true)])
      ], behaviour: behaviour)
    let line = Line(
      id: "direct", kind: .directDial, callTypes: [.init(callType: 0, share: 1)],
      arrivals: .perHour(0), plan: 0,
      directDial: DirectDial(teamLeader: "TL1", ringTime: ringTime, whenUnanswered: whenUnanswered))
    return CentreConfiguration(
      name: "direct dial", duration: .hours(4), lines: [line], callTypes: [Rules.talk],
      teams: [leaders, Rules.team("duty", agents: 1)],
      plans: [RoutingPlan(id: "duty", steps: [RoutingStep(after: .zero, target: .teams([1]))])])
  }

  @Test func aTeamLeaderInNotReadyTeamLeaderStillGetsTheCall() {
    let configuration = Self.centre(.voicemail)
    _ = Rules.run(configuration, callers: 0, until: .seconds(1)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now) == (.notReady, .teamLeader))
    }
    let statistics = Rules.run(configuration, callers: 1, until: .seconds(1)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .talking, "the team leader answers")
      #expect(centre.state(ofAgent: 1, at: now).state == .ready, "the duty desk is not rung")
    }
    #expect(statistics.directDial.offered == 1 && statistics.directDial.answered == 1)
    _ = Rules.run(configuration, callers: 1, until: .seconds(600)) { centre, now in
      #expect(
        centre.state(ofAgent: 0, at: now) == (.notReady, .teamLeader),
        "back in NotReady – Team Leader after the call")
    }
  }

  @Test func aTeamLeaderOnACallSendsTheNextToVoicemail() {
    let statistics = Rules.run(Self.centre(.voicemail), callers: 2, until: .hours(1)) {
      centre, now in
      #expect(centre.state(ofAgent: 1, at: now).state == .ready, "nobody else takes it")
    }
    #expect(statistics.directDial.offered == 2)
    #expect(statistics.directDial.answered == 1 && statistics.directDial.toVoicemail == 1)
    #expect(statistics.total.offered == 2 && statistics.total.abandoned == 1)
    #expect(
      statistics.total.longestWait == 0, "a busy team leader's line goes to voicemail at once")
  }

  @Test func aTeamLeaderOnACallSendsTheNextIntoThePlan() {
    let configuration = Self.centre(.plan)
    _ = Rules.run(configuration, callers: 2, until: .seconds(1)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .talking)
      #expect(centre.state(ofAgent: 1, at: now).state == .talking, "the duty desk takes it")
    }
    let statistics = Rules.run(configuration, callers: 2, until: .hours(1))
    #expect(statistics.directDial.answered == 1 && statistics.directDial.toPlan == 1)
    #expect(statistics.total.answered == 2 && statistics.total.abandoned == 0)
  }

  /// The team leader's ring time one second under the direct dial's ring time: answered; equal
  /// to it: the call goes on after the ring time.
  @Test(arguments: [(29, true), (30, false)])
  func aCallRingingOutGoesOnAfterTheRingTime(ring: Int, answered: Bool) {
    let configuration = Self.centre(.plan, answerDelay: .fixed(Double(ring)))
    _ = Rules.run(configuration, callers: 1, until: .seconds(29)) { centre, now in
      #expect(centre.state(ofAgent: 1, at: now).state == .ready, "still ringing the team leader")
    }
    _ = Rules.run(configuration, callers: 1, until: .seconds(30)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == (answered ? .talking : .notReady))
      #expect(centre.state(ofAgent: 1, at: now).state == (answered ? .ready : .talking))
    }
    let statistics = Rules.run(configuration, callers: 1, until: .hours(1))
    #expect(statistics.directDial.answered == (answered ? 1 : 0))
    #expect(statistics.directDial.toPlan == (answered ? 0 : 1))
    #expect(statistics.total.answered == 1)
  }

  @Test func aTeamLeaderOffShiftSendsTheCallOnAtOnce() {
    var configuration = Self.centre(.voicemail)
    configuration.teams[0].shifts[0].start = .hours(1)
    let statistics = Rules.run(configuration, callers: 1, until: .hours(2))
    #expect(statistics.directDial.toVoicemail == 1 && statistics.total.abandoned == 1)
  }
}
