import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// A team staffed by counts (docs §9, Staffing by counts). With `idleFirst` leaving, a drop
/// sends idle agents home at once and busy ones after their call, the agent logged in longest
/// first (ContactCenters' `DetailedAgentGroup.setNumAgents`); with `named`, the counts are a
/// stacked roster and whoever's stretch ends leaves. At the edge: a drop by 2 with 1 agent idle
/// and 3 busy; a rise while a leaver is still on their call; a rise with a caller waiting.
struct StaffingByCountsTests {
  typealias Rules = TelephonyRuleTests

  /// A team of counts `changes` (seconds, agents) answering one line whose calls talk 300 s
  /// with no ACW.
  static func centre(_ changes: [(Int, Int)], leaving: TeamStaffing.Leaving)
    -> CentreConfiguration
  {
    let staffing = TeamStaffing(
      changes: changes.map { .init(time: .seconds($0.0), agents: $0.1) }, leaving: leaving)
    var team = Team(
      id: "gich", handles: [],
      shifts: leaving == .named ? staffing.stackedShifts : [staffing.pool])
    if leaving == .idleFirst { team.staffing = staffing }
    var configuration = Rules.centre(
      lines: [Line(id: "line", callType: 0, arrivals: .perHour(0))], teams: [team],
      plans: [RoutingPlan(id: "gich", steps: [RoutingStep(after: .zero, target: .teams([0]))])])
    configuration.callTypes = [CallType(id: "enquiry", talk: .fixed(300), patience: nil)]
    configuration.lines[0].plan = 0
    return configuration
  }

  /// The agents' states at `time`, after three callers at t = 0.
  static func states(
    _ configuration: CentreConfiguration, callers: Int = 3, at time: Int
  ) -> [AgentState] {
    let agents = configuration.teams[0].shifts.reduce(0) { $0 + $1.agents.count }
    var states: [AgentState] = []
    _ = Rules.run(configuration, callers: callers, until: .seconds(time)) { centre, now in
      states = (0..<agents).map { centre.state(ofAgent: $0, at: now).state }
    }
    return states
  }

  @Test func aDropByTwoSendsTheIdleAgentAtOnceAndOneBusyAgentAfterTheirCall() {
    let configuration = Self.centre([(0, 4), (100, 2)], leaving: .idleFirst)
    // Just before the drop: agents 0-2 talk, agent 3 is Ready.
    #expect(Self.states(configuration, at: 99) == [.talking, .talking, .talking, .ready])
    // At the drop: the Ready agent leaves now; the three on calls carry on.
    #expect(Self.states(configuration, at: 100) == [.talking, .talking, .talking, .loggedOut])
    #expect(Self.states(configuration, at: 299) == [.talking, .talking, .talking, .loggedOut])
    // The calls end at 300 s: exactly one of the three (logged in longest, then roster order:
    // agent 0) leaves; the other two stay, Ready.
    #expect(Self.states(configuration, at: 300) == [.loggedOut, .ready, .ready, .loggedOut])
    let statistics = Rules.run(configuration, callers: 3, until: .seconds(1000))
    // Logged in: 300 s + 1000 s + 1000 s + 100 s.
    #expect(statistics.teams[0].loggedIn == .seconds(2400))
  }

  @Test func namedLeavingSendsTheStackedAgentsWhateverTheyAreDoing() {
    // The stacked roster: agents 0 and 1 work [0, 100 s) (the levels above 2), 2 and 3 all run.
    let configuration = Self.centre([(0, 4), (100, 2)], leaving: .named)
    #expect(Self.states(configuration, at: 99) == [.talking, .talking, .talking, .ready])
    #expect(Self.states(configuration, at: 100) == [.talking, .talking, .talking, .ready])
    #expect(Self.states(configuration, at: 300) == [.loggedOut, .loggedOut, .ready, .ready])
  }

  @Test func aRiseKeepsALeaverStillOnTheirCallBeforeLoggingAnyoneIn() {
    // Drop to 2 at 100 s (agent 3 leaves, agent 0 is due to after the call), back to 3 at
    // 200 s: agent 0 stays (ContactCenters reinstates its ghost agents first), nobody logs in.
    let configuration = Self.centre([(0, 4), (100, 2), (200, 3)], leaving: .idleFirst)
    #expect(Self.states(configuration, at: 200) == [.talking, .talking, .talking, .loggedOut])
    #expect(Self.states(configuration, at: 300) == [.ready, .ready, .ready, .loggedOut])
    // To 4 at 200 s: agent 0 stays and agent 3 logs in at once.
    let four = Self.centre([(0, 4), (100, 2), (200, 4)], leaving: .idleFirst)
    #expect(Self.states(four, at: 200) == [.talking, .talking, .talking, .ready])
  }

  @Test func aRiseAddsAnAgentAtTheInstantWhoTakesTheWaitingCaller() {
    // One agent, then two from 100 s: the second of two callers at t = 0 waits exactly 100 s.
    let configuration = Self.centre([(0, 1), (100, 2)], leaving: .idleFirst)
    #expect(Self.states(configuration, callers: 2, at: 99) == [.talking, .loggedOut])
    #expect(Self.states(configuration, callers: 2, at: 100) == [.talking, .talking])
    let statistics = Rules.run(configuration, callers: 2, until: .seconds(1000))
    #expect(statistics.total.answered == 2)
    #expect(statistics.total.longestWait == SimDuration.seconds(100).microseconds)
    #expect(statistics.total.answeredWait == SimDuration.seconds(100).microseconds)
  }

  /// An M/M/c day with ACW and shrinkage whose count changes five times, checked every 7 s:
  /// the agents on shift are exactly the count, and every other agent logged in is finishing
  /// a call (ringing, talking, consulting, in ACW) — never idle or NotReady.
  @Test(arguments: [TeamStaffing.Leaving.idleFirst, .named])
  func theAgentsLoggedInNeverExceedTheCountButForCallsBeingFinished(
    _ leaving: TeamStaffing.Leaving
  ) {
    let counts = [(0, 10), (3600, 14), (7200, 8), (10800, 12), (14400, 6), (18000, 0)]
    var configuration = CentreFixtures.singleQueue(
      perHour: 200, talk: .exponential(mean: 150), acw: .exponential(mean: 30), agents: 0,
      duration: .hours(6))
    let staffing = TeamStaffing(
      changes: counts.map { .init(time: .seconds($0.0), agents: $0.1) }, leaving: leaving)
    configuration.teams[0].shifts = leaving == .named ? staffing.stackedShifts : [staffing.pool]
    if leaving == .idleFirst { configuration.teams[0].staffing = staffing }
    configuration.teams[0].behaviour.shrinkage = [
      .init(reason: .breakTime, share: 0.1, meanLength: .minutes(5))
    ]
    // Named leaving has a slot per stretch of the stacked roster, idle-first one per agent.
    let slots = configuration.teams[0].shifts.reduce(0) { $0 + $1.agents.count }
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(configuration: configuration, replication: 0, intervals: false)
    centre.start(in: &simulation)
    var finishing = 0
    var notReadyLeavers = 0
    for second in stride(from: 7, to: 6 * 3600, by: 7) {
      simulation.run(until: SimInstant(since: .seconds(second)), handler: &centre)
      let count = counts.last { $0.0 <= second }!.1
      let agents = (0..<slots).map { centre.agents[$0] }
      #expect(agents.count { $0.onShift } == count, "at \(second) s")
      for agent in agents where !agent.onShift && !agent.isOffShift {
        switch agent.activity {
        case .ringing, .handling, .consulting, .wrappingUp: finishing += 1
        default:
          notReadyLeavers += 1
          Issue.record("at \(second) s an agent off the count is \(agent.activity)")
        }
      }
    }
    #expect(finishing > 0, "some agents finish a call after a drop")
    #expect(notReadyLeavers == 0)
  }
}
