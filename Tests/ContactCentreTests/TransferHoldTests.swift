import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// What a caseworker holding a caller on a warm transfer does when nobody answers within the
/// hold (`Transfer.WhenNobodyAnswers`), at the edge: the hold running out one second before,
/// or one second after, the recipient becomes Ready.
///
/// Two caseworkers transfer a caller each at 600 s to a GICH of one agent. GICH takes the first
/// leg at once: a 60 s consult and a 600 s talk, Ready again at 1,260 s. The second leg waits,
/// held by its caseworker from 600 s: a hold of 659 s runs out at 1,259 s, one of 661 s at
/// 1,261 s.
struct TransferHoldTests {
  typealias Rules = TelephonyRuleTests

  static func busyCentre(
    _ whenNobodyAnswers: Transfer.WhenNobodyAnswers, hold: SimDuration,
    outbound: Outbound? = nil
  ) -> CentreConfiguration {
    var configuration = CallOutcomeTests.transferCentre(gichAgents: 1)
    configuration.teams[0] = Rules.team("maintenance", agents: 2, segment: 0, casegroups: 1)
    configuration.callTypes[0].transfer!.hold = hold
    configuration.callTypes[0].transfer!.whenNobodyAnswers = whenNobodyAnswers
    if whenNobodyAnswers == .handOver { configuration.emergency = "strike day" }
    configuration.outbound = outbound
    return configuration
  }

  static let oneSecondBefore = SimDuration.seconds(659)
  static let oneSecondAfter = SimDuration.seconds(661)
  static let consult = SimDuration.seconds(60).microseconds

  @Test func takenBackOneSecondBeforeTheRecipientIsReady() {
    let configuration = Self.busyCentre(.takeBack(.callBackRequest), hold: Self.oneSecondBefore)
    _ = Rules.run(configuration, callers: 2, until: .seconds(1_258)) { centre, now in
      let consulting = (0..<2).filter { centre.state(ofAgent: $0, at: now).state == .consulting }
      #expect(consulting.count == 1, "one caseworker still holds a caller")
    }
    _ = Rules.run(configuration, callers: 2, until: .seconds(1_259)) { centre, now in
      let consulting = (0..<2).filter { centre.state(ofAgent: $0, at: now).state == .consulting }
      #expect(consulting.isEmpty, "the hold is up: the caller is taken back")
    }
    let statistics = Rules.run(configuration, callers: 2, until: .hours(2))
    #expect(statistics.transfers.takenBack == 1)
    #expect(statistics.transfers.handedOver == 0)
    #expect(statistics.transfers.warm == 2, "both were begun warm")
    #expect(statistics.transfers.consultTime == Self.consult, "one consult only")
    #expect(statistics.inboundOutcomes[.callBackRequest] == 1, "the caller taken back")
    #expect(statistics.inboundOutcomes[.callResolved] == 1, "GICH answered one leg only")
    #expect(statistics.teamOutcomes[0][.callTransferred] == 1)
    #expect(statistics.total.transferred == 1, "a caller taken back is not transferred")
    #expect(statistics.total.transferLegs == 2)
    #expect(statistics.total.abandoned == 1, "the consult call hung up in the transfer queue")
    #expect(statistics.total.unresolvedAtEnd == 0)
  }

  @Test func notTakenBackOneSecondAfterTheRecipientIsReady() {
    let configuration = Self.busyCentre(.takeBack(.callBackRequest), hold: Self.oneSecondAfter)
    let statistics = Rules.run(configuration, callers: 2, until: .hours(2))
    #expect(statistics.transfers.takenBack == 0)
    #expect(statistics.transfers.consultTime == 2 * Self.consult, "GICH consulted at 1,260 s")
    #expect(statistics.inboundOutcomes[.callResolved] == 2)
    #expect(statistics.total.transferred == 2)
    #expect(statistics.total.abandoned == 0)
  }

  @Test func aCallerTakenBackWithCallBackRequestIsRungBack() {
    let outbound = Outbound(
      callBacks: CallBackRule(due: .hours(2), by: .caseworker), activityPlans: [],
      suppressedShare: 0, dialTime: .fixed(30))
    let configuration = Self.busyCentre(
      .takeBack(.callBackRequest), hold: Self.oneSecondBefore, outbound: outbound)
    let statistics = Rules.run(configuration, callers: 2, until: .hours(2))
    #expect(statistics.outbound[0].callBacksRequested == 1)
    #expect(statistics.outbound[0].dialled == 1, "the caseworker rings the client back")
  }

  @Test(arguments: [oneSecondBefore, oneSecondAfter])
  func keepingHoldingWaitsForTheRecipientWhateverTheHold(hold: SimDuration) {
    let configuration = Self.busyCentre(.keepHolding, hold: hold)
    _ = Rules.run(configuration, callers: 2, until: .seconds(1_259)) { centre, now in
      let consulting = (0..<2).filter { centre.state(ofAgent: $0, at: now).state == .consulting }
      #expect(consulting.count == 1, "still holding past the hold")
    }
    let statistics = Rules.run(configuration, callers: 2, until: .hours(2))
    #expect(statistics.transfers.takenBack == 0 && statistics.transfers.handedOver == 0)
    #expect(statistics.transfers.consultTime == 2 * Self.consult, "both warm handovers made")
    #expect(statistics.inboundOutcomes[.callResolved] == 2)
  }

  @Test(arguments: [(oneSecondBefore, 1), (oneSecondAfter, 0)])
  func anEmergencyDayHandsOverUnannouncedWhenTheHoldIsUp(hold: SimDuration, handedOver: Int) {
    let configuration = Self.busyCentre(.handOver, hold: hold)
    let statistics = Rules.run(configuration, callers: 2, until: .hours(2))
    #expect(statistics.transfers.handedOver == handedOver)
    #expect(statistics.transfers.takenBack == 0)
    #expect(
      statistics.transfers.consultTime == Int64(2 - handedOver) * Self.consult,
      "a caller handed over reaches GICH with no consult")
    #expect(statistics.inboundOutcomes[.callResolved] == 2, "GICH answers both callers")
    #expect(statistics.total.transferred == 2)
  }
}
