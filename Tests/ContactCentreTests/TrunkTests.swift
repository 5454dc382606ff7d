import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// Trunks and queue limits at the edge of their rules: the trunk that is one too few, the trunk
/// freed at the very instant a caller rings, the queue one call from full.
struct TrunkTests {
  /// One line of `trunks` trunks (none: nil) into one queue of at most `maxWaiting` waiting,
  /// served by `agents` agents answering at once; talk 600 s, no ACW, no patience.
  static func centre(
    trunks: Int?, maxWaiting: Int? = nil, agents: Int, ivr: IVR? = nil, hold: VirtualHold? = nil
  ) -> CentreConfiguration {
    var plan = RoutingPlan(id: "gich", steps: [RoutingStep(after: .zero, target: .teams([0]))])
    plan.maxWaiting = maxWaiting
    plan.virtualHold = hold
    var line = Line(
      id: "line", callTypes: [.init(callType: 0, share: 1)], arrivals: .perHour(0), ivr: ivr)
    if ivr == nil { line.plan = 0 }
    line.trunks = trunks
    return TelephonyRuleTests.centre(
      lines: [line], teams: [TelephonyRuleTests.team("gich", agents: agents)], plans: [plan])
  }

  /// Callers ring at `times` (seconds); the run ends an hour in.
  static func run(_ configuration: CentreConfiguration, ringing times: [Double]) -> RunStatistics {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(configuration: configuration, replication: 0, intervals: false)
    centre.start(in: &simulation)
    for time in times {
      simulation.run(until: SimInstant(since: .seconds(time)), handler: &centre)
      centre.arrive(line: 0, in: &simulation)
    }
    simulation.run(until: SimInstant(since: .hours(1)), handler: &centre)
    #expect(centre.violation == nil)
    return centre.finish(at: simulation.now)
  }

  static func blocked(_ statistics: RunStatistics) -> (arrived: Int, trunks: Int, full: Int) {
    let tally = statistics.blocking
    return (
      tally.total(tally.arrived, line: 0), tally.total(tally.trunks, line: 0),
      tally.total(tally.queueFull, line: 0)
    )
  }

  @Test func theCallerOneTrunkTooManyHearsEngaged() {
    // Two trunks, five agents: the first two are answered, the third finds both busy.
    let two = Self.run(Self.centre(trunks: 2, agents: 5), ringing: [0, 0, 0])
    #expect(Self.blocked(two) == (3, 1, 0))
    #expect(two.lines[0].offered == 2)
    #expect(two.lines[0].abandoned == 0, "a blocked caller is not an abandon")
    #expect(two.arrivals[0] == 3)
    // Exactly as many callers as trunks: nobody is blocked.
    let exact = Self.run(Self.centre(trunks: 3, agents: 5), ringing: [0, 0, 0])
    #expect(Self.blocked(exact) == (3, 0, 0))
    #expect(exact.lines[0].offered == 3)
  }

  @Test func aTrunkFreedAtTheInstantACallerRingsIsTheirs() {
    // One trunk; the first caller talks from 0 s to 600 s and hangs up then (ACW holds no trunk).
    let justBefore = Self.run(Self.centre(trunks: 1, agents: 2), ringing: [0, 599.999_999])
    #expect(Self.blocked(justBefore) == (2, 1, 0))
    let atTheInstant = Self.run(Self.centre(trunks: 1, agents: 2), ringing: [0, 600])
    #expect(Self.blocked(atTheInstant) == (2, 0, 0))
    #expect(atTheInstant.lines[0].answered == 2)
  }

  @Test func aWaitingCallerHoldsTheirTrunk() {
    // One agent, two trunks: the second caller waits (holding a trunk), so the third is blocked.
    let statistics = Self.run(Self.centre(trunks: 2, agents: 1), ringing: [0, 1, 2])
    #expect(Self.blocked(statistics) == (3, 1, 0))
    #expect(statistics.lines[0].answered == 2)
  }

  @Test func aCallerInTheIVRHoldsTheirTrunk() {
    let ivr = IVR(time: .fixed(60), branches: [IVRBranch(kind: .validScin, share: 1, plan: 0)])
    // The first caller is in the IVR until 60 s: the second, at 30 s, finds the one trunk busy.
    let during = Self.run(Self.centre(trunks: 1, agents: 2, ivr: ivr), ringing: [0, 30])
    #expect(Self.blocked(during) == (2, 1, 0))
    // With two trunks both pass the IVR and are answered.
    let two = Self.run(Self.centre(trunks: 2, agents: 2, ivr: ivr), ringing: [0, 30])
    #expect(Self.blocked(two) == (2, 0, 0))
    #expect(two.lines[0].answered == 2)
  }

  @Test func aTransferredCallerKeepsTheirTrunkUntilTheyHangUp() {
    // Two callers, both transferred warm at 600 s (`TransferHoldTests`): GICH talks with the
    // first until 1,260 s; the second is held, then taken back at 1,259 s and hangs up.
    var configuration = TransferHoldTests.busyCentre(
      .takeBack(.callBackRequest), hold: TransferHoldTests.oneSecondBefore)
    configuration.lines[0].trunks = 2
    let during = Self.run(configuration, ringing: [0, 0, 900])
    #expect(Self.blocked(during).trunks == 1, "both callers hold their trunks through the transfer")
    let takenBack = Self.run(configuration, ringing: [0, 0, 1_259.5])
    #expect(Self.blocked(takenBack).trunks == 0, "the caller taken back has hung up")
    let legTalking = Self.run(configuration, ringing: [0, 0, 1_259.5, 1_259.9])
    #expect(Self.blocked(legTalking).trunks == 1, "the new leg's caller still talks")
    let legOver = Self.run(configuration, ringing: [0, 0, 1_259.5, 1_260])
    #expect(Self.blocked(legOver).trunks == 0, "the new leg's talk is over at 1,260 s")
  }

  @Test func theCallerOneTooManyForTheQueueIsTurnedAway() {
    // One agent, room for one waiting: the first is answered, the second waits, the third is
    // turned away; with room for two, nobody is.
    let one = Self.run(Self.centre(trunks: nil, maxWaiting: 1, agents: 1), ringing: [0, 0, 0])
    #expect(Self.blocked(one) == (3, 0, 1))
    #expect(one.lines[0].offered == 2)
    #expect(one.blocking.queueFull(queue: 0) == 1)
    let two = Self.run(Self.centre(trunks: nil, maxWaiting: 2, agents: 1), ringing: [0, 0, 0])
    #expect(Self.blocked(two) == (3, 0, 0))
    // No room at all: a caller is answered or turned away.
    let none = Self.run(Self.centre(trunks: nil, maxWaiting: 0, agents: 1), ringing: [0, 0])
    #expect(Self.blocked(none) == (2, 0, 1))
    // The waiting caller is answered at 600 s: the queue has room again.
    let later = Self.run(
      Self.centre(trunks: nil, maxWaiting: 1, agents: 1), ringing: [0, 1, 599, 600])
    #expect(Self.blocked(later) == (4, 0, 1))
  }

  @Test func aCallerTurnedAwayFullFreesTheirTrunk() {
    // Two trunks, one agent, no waiting room: the second caller is turned away, and their
    // trunk is free for the third.
    let statistics = Self.run(
      Self.centre(trunks: 2, maxWaiting: 0, agents: 1), ringing: [0, 1, 2])
    #expect(Self.blocked(statistics) == (3, 0, 2))
  }

  @Test func aCallerWhoAcceptsACallBackInQueueFreesTheirTrunk() {
    // Two trunks, one agent talking 600 s with the first caller. Caller 2 waits from 5 s and
    // accepts a call-back at 15 s (virtual hold: they hang up; the call-back takes no trunk),
    // so caller 3 at 20 s finds the trunk caller 2 freed.
    let hold = VirtualHold(offerAfter: .seconds(10), acceptShare: 1)
    let held = Self.run(Self.centre(trunks: 2, agents: 1, hold: hold), ringing: [0, 5, 20])
    #expect(Self.blocked(held) == (3, 0, 0))
    // Without the call-back, caller 2 still holds their trunk at 20 s: caller 3 is blocked.
    let plain = Self.run(Self.centre(trunks: 2, agents: 1), ringing: [0, 5, 20])
    #expect(Self.blocked(plain) == (3, 1, 0))
  }
}
