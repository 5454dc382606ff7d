import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// Deterministic checks of queueing and agent selection, stepping the kernel event by event.
struct RoutingTests {
  /// A centre with no arrivals, into which a test injects calls by hand.
  static func quietCentre(
    agents: Int, acw: Distribution = .fixed(0), patience: Distribution? = .fixed(30)
  ) -> CentreConfiguration {
    CentreConfiguration(
      name: "quiet", duration: .hours(2),
      lines: [Line(id: "main", callType: 0, arrivals: .perHour(0))],
      callTypes: [CallType(id: "general", talk: .fixed(60), acw: acw, patience: patience)],
      teams: [Team(id: "gich", agents: agents, handles: [0])])
  }

  /// Starts the run and handles the shift logins at t = 0.
  static func logIn(_ centre: inout Centre, _ simulation: inout Simulation<CentreEvent>) {
    centre.start(in: &simulation)
    simulation.run(until: .zero, handler: &centre)
  }

  @Test func callsAreAnsweredFirstInFirstOutByTheLongestIdleAgent() {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(
      configuration: Self.quietCentre(agents: 2, patience: nil), replication: 0, intervals: false)
    Self.logIn(&centre, &simulation)
    // Four callers at t = 0: agents 0 and 1 answer the first two; the others wait.
    for _ in 0..<4 { centre.arrive(line: 0, in: &simulation) }
    #expect(
      centre.state(ofAgent: 0, at: simulation.now).state == .talking
        && centre.state(ofAgent: 1, at: simulation.now).state == .talking)
    #expect(centre.callsWaiting(plan: 0) == 2)
    // At 60 s both finish; agent 0 (first to finish) takes the third caller, agent 1 the fourth.
    simulation.run(until: .init(since: .seconds(60)), handler: &centre)
    #expect(simulation.now == .init(since: .seconds(60)))
    #expect(centre.callsWaiting(plan: 0) == 0)
    #expect(centre.agents[0].activity.call == 2 && centre.agents[1].activity.call == 3)
    let statistics = centre.finish(at: simulation.now)
    #expect(statistics.total.answered == 2)
    #expect(statistics.total.abandoned == 0)
    #expect(statistics.total.unresolvedAtEnd == 2)
  }

  @Test func aCallerWhosePatienceRunsOutAbandonsAtThatInstant() {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(
      configuration: Self.quietCentre(agents: 1), replication: 0, intervals: false)
    Self.logIn(&centre, &simulation)
    centre.arrive(line: 0, in: &simulation)
    centre.arrive(line: 0, in: &simulation)
    // The second caller waits with a patience of exactly 30 s; the agent is free at 60 s.
    simulation.run(until: .init(since: .seconds(29)), handler: &centre)
    #expect(centre.callsWaiting(plan: 0) == 1)
    simulation.run(until: .init(since: .seconds(30)), handler: &centre)
    let statistics = centre.finish(at: simulation.now)
    #expect(statistics.total.abandoned == 1)
    #expect(statistics.total.longestWait == SimDuration.seconds(30).microseconds)
  }

  @Test func afterCallWorkPastTheLimitEndsAtTheLimit() {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(
      configuration: Self.quietCentre(agents: 1, acw: .fixed(660)), replication: 0,
      intervals: false)
    Self.logIn(&centre, &simulation)
    centre.arrive(line: 0, in: &simulation)
    // Talk ends at 60 s; 11 minutes of ACW are cut at the 10-minute limit (660 s) and the
    // last minute is NotReady – Customer Related Clerical Work: Ready at 720 s.
    simulation.run(until: .init(since: .seconds(659)), handler: &centre)
    #expect(centre.state(ofAgent: 0, at: simulation.now).state == .afterCallWork)
    simulation.run(until: .init(since: .seconds(660)), handler: &centre)
    #expect(
      centre.state(ofAgent: 0, at: simulation.now) == (.notReady, .customerRelatedClericalWork))
    simulation.run(until: .init(since: .seconds(719)), handler: &centre)
    #expect(centre.state(ofAgent: 0, at: simulation.now).state == .notReady)
    simulation.run(until: .init(since: .seconds(720)), handler: &centre)
    #expect(centre.state(ofAgent: 0, at: simulation.now).state == .ready)
    let statistics = centre.finish(at: simulation.now)
    #expect(statistics.acwTimeouts == 1)
    #expect(statistics.total.handleTime == SimDuration.seconds(660).microseconds)
    let times = statistics.teams[0]  // its one agent
    #expect(times[.afterCallWork] == .seconds(600))
    #expect(times[reason: .customerRelatedClericalWork] == .seconds(60))
  }
}
