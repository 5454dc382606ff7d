import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// The rules that decide how a call ends and what it causes next (outcomes, security,
/// transfers, redials, call-backs, outbound), each driven to its edge on a tiny centre.
struct CallOutcomeTests {
  typealias Rules = TelephonyRuleTests

  /// Valid-SCIN callers of one team owning `casegroups` casegroups, taken by the owner first
  /// and by the team after 0 s (so nobody waits for an owner on the phone).
  static func ownedCentre(
    _ callType: CallType, agents: Int = 1, casegroups: Int = 1, extraTeams: [Team] = [],
    redials: Redials = .none, outbound: Outbound? = nil, emergency: String? = nil
  ) -> CentreConfiguration {
    CentreConfiguration(
      name: "outcomes", duration: .hours(8),
      lines: [Rules.ivrLine([IVRBranch(kind: .validScin, share: 1, plan: 0)])],
      callTypes: [callType], segments: ["maintenance"],
      teams: [Rules.team("maintenance", agents: agents, segment: 0, casegroups: casegroups)]
        + extraTeams,
      plans: [
        RoutingPlan(
          id: "owner-first",
          steps: [
            RoutingStep(after: .zero, target: .owner, skipIfNoneReady: true),
            RoutingStep(after: .zero, target: .ownerTeam),
          ])
      ], emergency: emergency, redials: redials, outbound: outbound)
  }

  static let failing = CallType(
    id: "enquiry", talk: .fixed(600), patience: nil,
    security: SecurityCheck(time: .fixed(60), failShare: 1))

  @Test func theThirdConsecutiveFailedCheckProducesOneBogusCallerForm() {
    let configuration = Self.ownedCentre(Self.failing)
    let two = Rules.run(configuration, callers: 2, until: .hours(1))
    #expect(two.security.failedChecks == 2)
    #expect(two.security.bogusCallerForms.isEmpty, "the second failure produces no form")
    let three = Rules.run(configuration, callers: 3, until: .hours(1))
    #expect(three.security.failedChecks == 3)
    #expect(three.security.bogusCallerForms == [0], "the third produces one, for SCIN 0")
    #expect(three.inboundOutcomes[.failedSecurityCheck] == 3)
    // The call ends after the questions: 60 s, not the 600 s of talk.
    #expect(three.total.handleTime == 3 * SimDuration.seconds(60).microseconds)
  }

  @Test func differentScinsNeverAddUpToAForm() {
    // Three callers among 1,000 casegroups (SCINs): their failures are not consecutive failures
    // of one SCIN (the seed's draw gives three different casegroups).
    let configuration = Self.ownedCentre(Self.failing, casegroups: 1_000)
    let statistics = Rules.run(configuration, callers: 3, until: .hours(1))
    #expect(statistics.security.failedChecks == 3)
    #expect(statistics.security.bogusCallerForms.isEmpty)
  }

  @Test func everyAnsweredCallClosesWithOneOutcomeFromTheMix() {
    let mix = OutcomeMix([
      (.callResolved, 0.6), (.signpostedToOptions, 0.3), (.unresolvedEscalated, 0.1),
    ])
    var configuration = CentreFixtures.singleQueue(
      perHour: 600, talk: .exponential(mean: 120), agents: 30, duration: .hours(60))
    configuration.callTypes[0].outcomes = mix
    let statistics = CentreRun.run(configuration, replication: 0)
    let outcomes = statistics.inboundOutcomes
    #expect(outcomes.total == statistics.total.answered, "one outcome per answered call")
    let n = Double(outcomes.total)
    for (outcome, share) in zip(mix.outcomes, mix.shares) {
      let tolerance = 4.5 * (n * share * (1 - share)).squareRoot()
      #expect(
        abs(Double(outcomes[outcome]) - n * share) <= tolerance,
        "\(outcome.name): \(outcomes[outcome]) of \(Int(n)), expected share \(share)")
    }
  }

  static func transferCentre(gichAgents: Int, cold: Bool = false) -> CentreConfiguration {
    let callType = CallType(
      id: "enquiry", talk: .fixed(600), patience: nil,
      outcomes: OutcomeMix([(.callTransferred, 1)]),
      transfer: Transfer(
        targets: [.init(target: .team(1), share: 1)], consult: .fixed(60), cold: cold))
    return ownedCentre(
      callType, extraTeams: [Rules.team("gich", agents: gichAgents)],
      emergency: cold ? "strike day" : nil)
  }

  @Test func aWarmTransferKeepsBothAgentsBusyForTheConsult() {
    let configuration = Self.transferCentre(gichAgents: 1)
    // The caseworker talks 0–600 s, consults GICH 600–660 s, then is free (no ACW); GICH
    // talks from 600 s: the consult and a fresh talk of 600 s.
    _ = Rules.run(configuration, callers: 1, until: .seconds(630)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .consulting)
      #expect(centre.state(ofAgent: 1, at: now).state == .talking)
    }
    let statistics = Rules.run(configuration, callers: 1, until: .seconds(660)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .ready)
      #expect(centre.state(ofAgent: 1, at: now).state == .talking)
    }
    #expect(statistics.transfers.warm == 1 && statistics.transfers.cold == 0)
    #expect(statistics.transfers.consultTime == SimDuration.seconds(60).microseconds)
    #expect(statistics.teamOutcomes[0][.callTransferred] == 1)
    #expect(statistics.total.transferred == 1)
  }

  @Test func aWarmTransferHoldsTheCallerUntilTheRecipientAnswers() {
    let configuration = Self.transferCentre(gichAgents: 1)
    let statistics = Rules.run(configuration, callers: 1, until: .hours(2))
    #expect(statistics.transfers.toFallback == 0, "GICH was Ready")
    var busy = configuration
    busy.teams[0] = Rules.team("maintenance", agents: 2, segment: 0, casegroups: 1)
    // Two caseworkers transfer at 600 s; GICH takes the first leg, the second waits, held by
    // its caseworker, until GICH is free at 600 + 60 + 600 s — if the hold allows it (20 min).
    busy.callTypes[0].transfer!.hold = .minutes(20)
    _ = Rules.run(busy, callers: 2, until: .seconds(1_000)) { centre, now in
      let consulting = (0..<2).filter { centre.state(ofAgent: $0, at: now).state == .consulting }
      #expect(consulting.count == 1, "one caseworker still holds a caller")
    }
    let held = Rules.run(busy, callers: 2, until: .hours(2))
    #expect(held.transfers.toFallback == 1)
    #expect(held.transfers.warm == 2)
    #expect(held.transfers.handedOver == 0)
    #expect(held.inboundOutcomes[.callResolved] == 2, "both recipients resolved the calls")
  }

  @Test func aCaseworkerHoldsTheCallerNoLongerThanTheHold() {
    var busy = Self.transferCentre(gichAgents: 1)
    busy.emergency = "strike day"  // an unannounced handover is allowed on an emergency day only
    busy.callTypes[0].transfer!.whenNobodyAnswers = .handOver
    busy.teams[0] = Rules.team("maintenance", agents: 2, segment: 0, casegroups: 1)
    #expect(busy.callTypes[0].transfer!.hold == .minutes(3), "the standard hold")
    // The second leg waits from 600 s; its caseworker holds it until 780 s, then wraps up
    // (no ACW: Ready) and the caller waits on for GICH, who answers at 1,260 s.
    _ = Rules.run(busy, callers: 2, until: .seconds(779)) { centre, now in
      let consulting = (0..<2).filter { centre.state(ofAgent: $0, at: now).state == .consulting }
      #expect(consulting.count == 1, "one caseworker holds a caller until the hold is up")
    }
    _ = Rules.run(busy, callers: 2, until: .seconds(781)) { centre, now in
      let consulting = (0..<2).filter { centre.state(ofAgent: $0, at: now).state == .consulting }
      #expect(consulting.isEmpty, "then hands the caller over")
    }
    let statistics = Rules.run(busy, callers: 2, until: .hours(2))
    #expect(statistics.transfers.handedOver == 1)
    #expect(statistics.transfers.consultTime == SimDuration.seconds(60).microseconds, "one consult")
    #expect(statistics.inboundOutcomes[.callResolved] == 2, "GICH still answered the caller")
  }

  @Test func aColdTransferFreesTheCaseworkerAtOnce() {
    let configuration = Self.transferCentre(gichAgents: 1, cold: true)
    let statistics = Rules.run(configuration, callers: 1, until: .seconds(601)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .ready)
      #expect(centre.state(ofAgent: 1, at: now).state == .talking)
    }
    #expect(statistics.transfers.cold == 1 && statistics.transfers.consultTime == 0)
  }

  @Test func anAbandonedCallerRingsAgainAfterTheDelay() {
    var configuration = CentreFixtures.singleQueue(
      perHour: 0, talk: .fixed(600), patience: .fixed(30), agents: 1, duration: .hours(1))
    configuration.redials = Redials(
      afterAbandon: Redials.Rule(probability: 1, delay: .fixed(300)))
    // One agent, two callers: the second abandons at 30 s, rings again at 330 s and abandons
    // again at 360 s, rings at 660 s and is answered (the agent is free at 600 s).
    let statistics = Rules.run(configuration, callers: 2, until: .minutes(30))
    #expect(statistics.redials.afterAbandon == 2)
    #expect(statistics.total.redials == 2)
    #expect(statistics.total.offered == 4 && statistics.total.abandoned == 2)
    #expect(statistics.total.answered == 2)
  }

  @Test func aLostConnectionRingsAgain() {
    var callType = TelephonyRuleTests.talk
    callType.outcomes = OutcomeMix([(.lostConnection, 1)])
    let configuration = Self.ownedCentre(
      callType,
      redials: Redials(
        afterOutcome: [.lostConnection: Redials.Rule(probability: 1, delay: .fixed(60))]))
    // Talk 600 s, the caller rings again at 660 s, 1,320 s, …: four calls in the first hour.
    let statistics = Rules.run(configuration, callers: 1, until: .minutes(45))
    #expect(statistics.redials.afterOutcome[.lostConnection] == 4)
    #expect(statistics.total.offered == 5 && statistics.total.redials == 4)
  }

  static func outbound(suppressed: Double, reserve: Bool = false) -> Outbound {
    Outbound(
      callBacks: CallBackRule(due: .hours(2), by: .caseworker),
      activityPlans: [
        ActivityPlan(team: 0, callType: 0, perHour: 30, from: .zero, to: .hours(2), due: .hours(4))
      ], suppressedShare: suppressed, dialTime: .fixed(30),
      reserves: reserve ? [OutboundReserve(team: 0, agents: 1, from: .zero, to: .hours(8))] : [])
  }

  @Test func aSuppressedClientIsNeverDialled() {
    let configuration = Self.ownedCentre(
      TelephonyRuleTests.talk, agents: 2, outbound: Self.outbound(suppressed: 1))
    let statistics = Rules.run(configuration, callers: 0, until: .hours(8))
    #expect(statistics.outbound[0].suppressed > 20, "about 60 planned calls, all suppressed")
    #expect(statistics.outbound[0].dialled == 0)
    #expect(statistics.teams[0][.talkingOutbound] == .zero)
  }

  @Test func theSameCaseworkerMakesTheCallBack() {
    var callType = TelephonyRuleTests.talk
    callType.outcomes = OutcomeMix([(.callBackRequest, 1)])
    var outbound = Self.outbound(suppressed: 0)
    outbound.activityPlans = []
    let configuration = Self.ownedCentre(callType, agents: 3, casegroups: 1, outbound: outbound)
    // The owner of the one casegroup takes the call and makes the call-back after it; the two
    // other caseworkers, Ready all along, never dial.
    let statistics = Rules.run(configuration, callers: 1, until: .hours(1))
    #expect(statistics.outbound[0].callBacksRequested == 1)
    #expect(statistics.outbound[0].dialled == 1 && statistics.outbound[0].callBacksOnTime == 1)
    let dialled = statistics.agents.map(\.outboundDialled)
    let answered = statistics.agents.map(\.answered)
    #expect(dialled == answered, "the caseworker who answered is the one who called back")
  }

  @Test func inboundCallsComeFirstUnlessAgentsAreReservedForOutbound() {
    let plain = Self.ownedCentre(
      TelephonyRuleTests.talk, agents: 1, outbound: Self.outbound(suppressed: 0))
    let reserved = Self.ownedCentre(
      TelephonyRuleTests.talk, agents: 1, outbound: Self.outbound(suppressed: 0, reserve: true))
    // Twenty callers at t = 0 keep the one caseworker busy for 200 minutes: without a reserve
    // no outbound call is dialled before they are all answered; with one, they are.
    let first = Rules.run(plain, callers: 20, until: .minutes(100))
    #expect(first.outbound[0].dialled == 0)
    let second = Rules.run(reserved, callers: 20, until: .minutes(100))
    #expect(second.outbound[0].dialled > 0)
  }
}
