import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// Callback in queue (virtual hold), driven to the edges of its rule on a one-agent centre:
/// callers are injected at chosen instants, every talk lasts 600 s.
struct VirtualHoldTests {
  static let talk = SimDuration.seconds(600)

  /// One agent; line 0 rings a plan with `hold`, line 1 one without, both served by the agent's
  /// team; callers' patience `patience`.
  static func centre(hold: VirtualHold?, patience: Distribution? = nil) -> CentreConfiguration {
    var held = Line(id: "held", callType: 0, arrivals: .perHour(0))
    held.plan = 0
    var plain = Line(id: "plain", callType: 0, arrivals: .perHour(0))
    plain.plan = 1
    let step = RoutingStep(after: .zero, target: .teams([0]))
    return CentreConfiguration(
      name: "virtual hold", duration: .hours(4), lines: [held, plain],
      callTypes: [CallType(id: "enquiry", talk: .fixed(600), patience: patience)],
      teams: [Team(id: "gich", agents: 1, handles: [0])],
      plans: [
        RoutingPlan(id: "held", steps: [step], virtualHold: hold),
        RoutingPlan(id: "plain", steps: [step]),
      ])
  }

  /// Runs `configuration`, injecting a caller at each of `arrivals` on line 0 (or the line
  /// given), to the end of the run; every call is recorded.
  static func run(
    _ configuration: CentreConfiguration, arrivals: [SimDuration], lines: [Int] = []
  ) -> RunStatistics {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(
      configuration: configuration, replication: 0, intervals: false, calls: true)
    centre.start(in: &simulation)
    for (index, arrival) in arrivals.enumerated() {
      simulation.run(until: SimInstant(since: arrival), handler: &centre)
      centre.arrive(line: index < lines.count ? lines[index] : 0, in: &simulation)
    }
    simulation.run(until: SimInstant(since: configuration.duration), handler: &centre)
    #expect(centre.violation == nil)
    return centre.finish(at: simulation.now)
  }

  /// The agent frees up at 600 s: a second caller offered the call-back 1 µs before is called
  /// back then (1 µs after accepting); one whose offer would come 1 µs after is answered
  /// before it, and offered nothing.
  @Test func theOfferComesOnlyToACallerStillWaitingAtOfferAfter() {
    let tick = SimDuration(microseconds: 1)
    let before = Self.run(
      Self.centre(hold: VirtualHold(offerAfter: Self.talk - tick, acceptShare: 1)),
      arrivals: [.zero, .zero])
    let offered = before.virtualHold(queue: 0)
    #expect(offered.offered == 1 && offered.accepted == 1 && offered.completed == 1)
    #expect(offered.timeToCallBack == 1)
    #expect(before.queues[0].answered == 2 && before.queues[0].abandoned == 0)

    let after = Self.run(
      Self.centre(hold: VirtualHold(offerAfter: Self.talk + tick, acceptShare: 1)),
      arrivals: [.zero, .zero])
    #expect(after.virtualHold(queue: 0) == VirtualHoldTally())
    #expect(after.queues[0].answered == 2)
    // The call-back is answered when the agent takes the call (no dial time): the same waits.
    #expect(before.calls.map(\.wait) == after.calls.map(\.wait))
  }

  /// Patience ending 1 µs before the offer: the caller abandons; 1 µs after: they are offered,
  /// accept and, patience gone, are served at 600 s; at the very instant: they hang up first.
  @Test func patienceEndingAroundTheOfferDecidesWhoIsOffered() {
    let offerAfter = SimDuration.seconds(60)
    let hold = VirtualHold(offerAfter: offerAfter, acceptShare: 1)
    for (shift, offered) in [(-1, 0), (0, 0), (1, 1)] {
      let patience = (offerAfter + SimDuration(microseconds: Int64(shift))).seconds
      let statistics = Self.run(
        Self.centre(hold: hold, patience: .fixed(patience)), arrivals: [.zero, .zero])
      #expect(statistics.virtualHold(queue: 0).offered == offered, "patience \(shift) µs")
      #expect(statistics.queues[0].abandoned == 1 - offered, "patience \(shift) µs")
      #expect(statistics.queues[0].answered == 1 + offered, "patience \(shift) µs")
    }
  }

  /// An accepted caller never abandons, however long they wait: three callers with 70 s of
  /// patience behind one agent who talks 600 s each are all served, one after the other.
  @Test func anAcceptedCallerNeverAbandons() {
    let statistics = Self.run(
      Self.centre(
        hold: VirtualHold(offerAfter: .seconds(30), acceptShare: 1), patience: .fixed(70)),
      arrivals: [.zero, .zero, .zero])
    #expect(statistics.queues[0].abandoned == 0)
    #expect(statistics.queues[0].answered == 3)
    #expect(statistics.virtualHold(queue: 0).completed == 2)
    #expect(statistics.calls.compactMap(\.wait) == [.zero, Self.talk, Self.talk * 2])
  }

  /// FIFO is kept: a caller on virtual hold (queued at 10 s) is called back before one who
  /// queued after them (45 s, on a line whose plan offers no call-back) and is still on the
  /// line; the dial time delays the answer, not the order.
  @Test func anAcceptedCallerIsServedBeforeOneWhoQueuedAfterThem() {
    let hold = VirtualHold(offerAfter: .seconds(30), acceptShare: 1, dialTime: .fixed(20))
    let statistics = Self.run(
      Self.centre(hold: hold), arrivals: [.zero, .seconds(10), .seconds(45)], lines: [0, 0, 1])
    let byArrival = statistics.calls.sorted { $0.arrived < $1.arrived }
    #expect(
      byArrival.map(\.answered) == [
        SimInstant.zero, SimInstant(since: .seconds(620)), SimInstant(since: .seconds(1220)),
      ])
    let tally = statistics.virtualHold(queue: 0)
    #expect(tally.offered == 1 && tally.completed == 1)
    #expect(tally.timeToCallBack == SimDuration.seconds(580).microseconds)
  }

  /// A call-back not reached (reach share 0) closes as abandoned after the dial time, and the
  /// agent is free then; acceptance share 0 changes nobody's figures.
  @Test func aCallBackNotReachedIsAbandonedAfterTheDial() {
    let hold = VirtualHold(
      offerAfter: .seconds(30), acceptShare: 1, reachShare: 0, dialTime: .fixed(25))
    let statistics = Self.run(Self.centre(hold: hold), arrivals: [.zero, .zero, .seconds(100)])
    let tally = statistics.virtualHold(queue: 0)
    #expect(tally.accepted == 2 && tally.notReached == 2 && tally.completed == 0)
    #expect(statistics.queues[0].abandoned == 2 && statistics.queues[0].answered == 1)
    let ends = statistics.calls.sorted { $0.arrived < $1.arrived }.map(\.ended)
    #expect(
      ends.dropFirst().map { $0 } == [
        SimInstant(since: .seconds(625)), SimInstant(since: .seconds(650)),
      ])
  }

  /// Accept share 0: the same calls, waits and outcomes as with no virtual hold at all.
  @Test func acceptShareZeroIsNoVirtualHold() {
    var configuration = CentreFixtures.singleQueue(
      perHour: 120, talk: .exponential(mean: 300), patience: .exponential(mean: 120),
      agents: 9, duration: .hours(6))
    let plain = CentreRun.run(configuration, replication: 0, calls: true)
    configuration = configurationWithHold(configuration, acceptShare: 0)
    let declined = CentreRun.run(configuration, replication: 0, calls: true)
    #expect(declined.virtualHold(queue: 0).offered > 0)
    #expect(declined.virtualHold(queue: 0).accepted == 0)
    #expect(plain.total == declined.total)
    #expect(plain.queues[0] == declined.queues[0])
    #expect(plain.calls == declined.calls)
    #expect(plain.agents == declined.agents)
  }

  /// `configuration` with virtual hold after 30 s on its (derived) plan.
  func configurationWithHold(
    _ configuration: CentreConfiguration, acceptShare: Double
  ) -> CentreConfiguration {
    var line = configuration.lines[0]
    line.plan = 0
    return CentreConfiguration(
      name: configuration.name, seed: configuration.seed, duration: configuration.duration,
      lines: [line], callTypes: configuration.callTypes, teams: configuration.teams,
      plans: [
        RoutingPlan(
          id: "main", steps: [RoutingStep(after: .zero, target: .teams([0]))],
          virtualHold: VirtualHold(offerAfter: .seconds(30), acceptShare: acceptShare))
      ])
  }
}
