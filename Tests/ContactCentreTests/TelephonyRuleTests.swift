import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// Each rule of the telephony procedures, driven to its edge on a tiny centre.
struct TelephonyRuleTests {
  static let talk = CallType(id: "enquiry", talk: .fixed(600), patience: nil)

  /// A centre with no arrivals of its own; tests inject callers with `arrive(line:)`.
  static func centre(
    lines: [Line], teams: [Team], plans: [RoutingPlan], segments: [String] = [],
    rules: Rules = .seeds
  ) -> CentreConfiguration {
    CentreConfiguration(
      name: "rule", duration: .hours(4), rules: rules, lines: lines, callTypes: [talk],
      segments: segments, teams: teams, plans: plans)
  }

  static func team(
    _ id: String, agents: Int, behaviour: AgentBehaviour = .ideal, segment: Int? = nil,
    casegroups: Int = 0
  ) -> Team {
    Team(
      id: id, segment: segment, handles: [], casegroups: casegroups,
      shifts: [
        Shift(
          start: .zero, end: Team.wholeRun, agents: Array(repeating: AgentProfile(), count: agents))
      ], behaviour: behaviour)
  }

  static func ivrLine(_ branches: [IVRBranch], kind: Line.Kind = .client) -> Line {
    Line(
      id: "line", kind: kind, callTypes: [.init(callType: 0, share: 1)],
      arrivals: .perHour(0), ivr: IVR(time: .fixed(0), branches: branches))
  }

  static func run(
    _ configuration: CentreConfiguration, callers: Int, until: SimDuration,
    inspect: (borrowing Centre, SimInstant) -> Void = { _, _ in }
  ) -> RunStatistics {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(configuration: configuration, replication: 0, intervals: false)
    centre.start(in: &simulation)
    simulation.run(until: .zero, handler: &centre)
    for _ in 0..<callers { centre.arrive(line: 0, in: &simulation) }
    simulation.run(until: SimInstant(since: until), handler: &centre)
    inspect(centre, simulation.now)
    return centre.finish(at: simulation.now)
  }

  @Test func aMissedCallIsReofferedAtTheRonaTimeoutAndNotBefore() {
    let missing = AgentBehaviour(
      answerDelay: .fixed(3), missProbability: 1,
      afterMiss: .notReady(.nonCustomerRelatedWork, .fixed(300)), relogDelay: nil, shrinkage: [])
    let configuration = Self.centre(
      lines: [
        Line(id: "line", callType: 0, arrivals: .perHour(0))
      ],
      teams: [Self.team("gich", agents: 2, behaviour: missing)],
      plans: [RoutingPlan(id: "gich", steps: [RoutingStep(after: .zero, target: .teams([0]))])])
    var line = configuration.lines[0]
    line.plan = 0
    var fixed = configuration
    fixed.lines = [line]
    _ = Self.run(fixed, callers: 1, until: SimDuration(microseconds: 14_999_999)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .reserved)
      #expect(centre.state(ofAgent: 1, at: now).state == .ready)
    }
    let statistics = Self.run(fixed, callers: 1, until: .seconds(15)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now) == (.notReady, .nonCustomerRelatedWork))
      #expect(centre.state(ofAgent: 1, at: now).state == .reserved, "re-offered at 15 s")
    }
    #expect(statistics.ronaNotReady == 1)
    #expect(statistics.agents[0].redirectedOnNoAnswer == 1)
  }

  @Test func anAgentIdleFor89MinutesStaysAndAt90IsLoggedOut() {
    let configuration = Self.centre(
      lines: [Line(id: "line", callType: 0, arrivals: .perHour(0))],
      teams: [
        Self.team(
          "gich", agents: 1,
          behaviour: AgentBehaviour(
            answerDelay: .fixed(0), missProbability: 0, afterMiss: .ready, relogDelay: nil,
            shrinkage: []))
      ], plans: [])
    _ = Self.run(configuration, callers: 0, until: .minutes(89)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .ready)
    }
    let statistics = Self.run(configuration, callers: 0, until: .minutes(90)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .loggedOut)
    }
    #expect(statistics.autoLogouts == 1)
  }

  @Test func anInvalidScinNeverReachesAnOwner() {
    let configuration = Self.centre(
      lines: [
        Self.ivrLine([IVRBranch(kind: .invalidScin, share: 1, plan: 1)])
      ],
      teams: [
        Self.team("maintenance", agents: 3, segment: 0, casegroups: 100),
        Self.team("gich", agents: 1),
      ],
      plans: [
        RoutingPlan(id: "owner-first", steps: [RoutingStep(after: .zero, target: .owner)]),
        RoutingPlan(id: "gich", steps: [RoutingStep(after: .zero, target: .teams([1]))]),
      ], segments: ["maintenance"])
    let statistics = Self.run(configuration, callers: 5, until: .hours(1))
    #expect(statistics.teamCalls[0].answered == 0, "caseworkers owning casegroups took none")
    #expect(statistics.teamCalls[1].answered == 5)
  }

  /// Valid-SCIN callers of a maintenance team's 300 casegroups: owner first, GICH after 30 s.
  static func ownerFirst(gichAgents: Int) -> CentreConfiguration {
    centre(
      lines: [ivrLine([IVRBranch(kind: .validScin, share: 1, plan: 0)])],
      teams: [
        team("maintenance", agents: 3, segment: 0, casegroups: 300),
        team("gich", agents: gichAgents),
      ],
      plans: [
        RoutingPlan(
          id: "owner-first",
          steps: [
            RoutingStep(after: .zero, target: .owner),
            RoutingStep(after: .seconds(30), target: .teams([1])),
          ])
      ], segments: ["maintenance"])
  }

  @Test func aValidScinGoesToTheCasegroupOwnerFirst() {
    let configuration = Self.ownerFirst(gichAgents: 3)
    _ = Self.run(configuration, callers: 1, until: .minutes(1)) { centre, now in
      let caseworkers = (0..<3).filter { centre.state(ofAgent: $0, at: now).state == .talking }
      #expect(caseworkers.count == 1, "the owner, one of the caseworkers, took the call")
      #expect((3..<6).allSatisfy { centre.state(ofAgent: $0, at: now).state == .ready })
    }
  }

  @Test func anOrphanedCasegroupSkipsTheOwnerStep() {
    var configuration = Self.ownerFirst(gichAgents: 1)
    configuration.casegroups = CasegroupRules(orphanedShare: 1)
    _ = Self.run(configuration, callers: 1, until: .seconds(29)) { centre, now in
      #expect(centre.callsWaiting(plan: 0) == 1, "no owner: the call waits for the next step")
    }
    _ = Self.run(configuration, callers: 1, until: .seconds(30)) { centre, now in
      #expect(centre.state(ofAgent: 3, at: now).state == .talking, "GICH takes it at 30 s")
    }
  }

  @Test func optionThreeGoesToGICHWhenTheThirdPartyTeamIsBusy() {
    let configuration = Self.centre(
      lines: [Self.ivrLine([IVRBranch(kind: .thirdParty, share: 1, plan: 0)], kind: .employer)],
      teams: [Self.team("third-party", agents: 1), Self.team("gich", agents: 1)],
      plans: [
        RoutingPlan(
          id: "third-party",
          steps: [
            RoutingStep(after: .zero, target: .teams([0]), skipIfNoneReady: true),
            RoutingStep(after: .zero, target: .teams([1])),
          ])
      ])
    // The first caller takes the third-party agent; the second finds nobody there.
    let statistics = Self.run(configuration, callers: 2, until: .minutes(11))
    #expect(statistics.teamCalls[0].answered == 1)
    #expect(statistics.teamCalls[1].answered == 1)
  }

  @Test func aCallerWhoChoseWelshReachesOnlyTheWLU() {
    let configuration = Self.centre(
      lines: [Self.ivrLine([IVRBranch(kind: .welsh, share: 1, plan: 0)])],
      teams: [Self.team("wlu", agents: 1), Self.team("gich", agents: 5)],
      plans: [RoutingPlan(id: "wlu", steps: [RoutingStep(after: .zero, target: .teams([0]))])])
    let statistics = Self.run(configuration, callers: 3, until: .minutes(25))
    #expect(statistics.teamCalls[0].answered == 2, "one WLU agent, 10-minute calls")
    #expect(statistics.teamCalls[1].answered == 0, "GICH never takes a Welsh caller")
    #expect(statistics.total.unresolvedAtEnd == 1)
  }

  @Test func callersWhoHangUpInTheIVRAreNotAbandons() {
    let configuration = Self.centre(
      lines: [
        Self.ivrLine([
          IVRBranch(kind: .hangUp, share: 1, plan: nil)
        ])
      ],
      teams: [Self.team("gich", agents: 1)], plans: [])
    let statistics = Self.run(configuration, callers: 4, until: .minutes(1))
    #expect(statistics.ivrHangUps[0] == 4)
    #expect(statistics.total.offered == 0 && statistics.total.abandoned == 0)
  }

  @Test func aBreakWaitsForTheCallInHandAndShiftEndLogsOutAfterIt() {
    var gich = Self.team("gich", agents: 1)
    gich.shifts = [
      Shift(
        start: .zero, end: .minutes(20), agents: [AgentProfile()],
        notReady: [ScheduledNotReady(reason: .lunch, start: .minutes(5), duration: .minutes(30))])
    ]
    var configuration = Self.centre(
      lines: [Line(id: "line", callType: 0, arrivals: .perHour(0))], teams: [gich],
      plans: [RoutingPlan(id: "gich", steps: [RoutingStep(after: .zero, target: .teams([0]))])])
    configuration.lines[0].plan = 0
    // The 10-minute call started at 0 runs past the lunch start (5 min): lunch at 10 min.
    _ = Self.run(configuration, callers: 1, until: .minutes(10)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now) == (.notReady, .lunch))
    }
    // The shift ends at 20 min, in the middle of lunch: logged out then.
    _ = Self.run(configuration, callers: 1, until: .minutes(20)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .loggedOut)
    }
  }
}

extension TelephonyRuleTests {
  @Test func anAgentLoggedOutForIdlenessDoesNotComeBackAfterTheShift() {
    var gich = Self.team(
      "gich", agents: 1,
      behaviour: AgentBehaviour(
        answerDelay: .fixed(0), missProbability: 0, afterMiss: .ready, relogDelay: .fixed(2700),
        shrinkage: []))
    gich.shifts = [Shift(start: .zero, end: .hours(1), agents: [AgentProfile()])]
    var rules = Rules.seeds
    rules.idleLogout = .minutes(30)
    let configuration = Self.centre(
      lines: [Line(id: "line", callType: 0, arrivals: .perHour(0))], teams: [gich], plans: [],
      rules: rules)
    // Logged out idle at 30 min; back at 75 min would be after the shift (60 min): stays out.
    let statistics = Self.run(configuration, callers: 0, until: .hours(3)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .loggedOut)
    }
    #expect(statistics.autoLogouts == 1)
    #expect(statistics.teams[0].loggedIn == .minutes(30), "its one agent")
    #expect(statistics.agents[0].idleLoggedOut == SimDuration.minutes(30).microseconds)
  }
}
