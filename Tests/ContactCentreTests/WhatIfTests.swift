import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

@Suite struct WhatIfTests {
  typealias Fixture = WhatIfFixture

  func apply(_ changes: [WhatIf]) throws -> (CentreConfiguration, CentreNow) {
    try WhatIf.apply(changes, to: Fixture.configuration(), now: Fixture.now())
  }

  func error(_ changes: [WhatIf]) -> WhatIfError? {
    do {
      _ = try WhatIf.apply(changes, to: Fixture.configuration(), now: Fixture.now())
      return nil
    } catch {
      return error
    }
  }

  func agent(_ slot: Int, _ now: CentreNow) -> CentreNow.Agent? {
    now.agents.first { $0.agent == slot }
  }

  @Test func namedAgentsComeBackReady() throws {
    let (configuration, now) = try apply([.bringBack(agents: [1, 8])])
    #expect(configuration == Fixture.configuration())
    for slot in [1, 8] {
      #expect(agent(slot, now) == .init(agent: slot, state: .ready, inState: .zero))
    }
    #expect(agent(2, now) == agent(2, Fixture.now()))
  }

  @Test(arguments: [
    (4, WhatIfError(.agents, "G104 is not NotReady at 10:30 (talking)")),
    (0, WhatIfError(.agents, "G100 is a team leader, who takes no calls")),
    (
      7,
      WhatIfError(.agents, "ni agent 3 is not NotReady at 10:30: the snapshot does not name them")
    ),
    (10, WhatIfError(.agents, "no agent 10 on the scenario's roster")),
  ])
  func namedAgentsMustBeNotReady(slot: Int, expected: WhatIfError) {
    #expect(error([.bringBack(agents: [slot])]) == expected)
  }

  @Test func aTeamsAgentsComeBackNotReadyLongestFirst() throws {
    let (_, now) = try apply([.bringBackFromTeam(team: 0, count: 1, reason: nil)])
    #expect(agent(2, now)?.state == .ready)
    #expect(agent(1, now) == agent(1, Fixture.now()))
    // The team leader, NotReady longest, takes no calls and stays.
    #expect(agent(0, now) == agent(0, Fixture.now()))
    let (_, coached) = try apply([
      .bringBackFromTeam(team: 0, count: 2, reason: Fixture.reason("Coaching"))
    ])
    #expect([1, 2, 3].map { agent($0, coached)?.state } == [.ready, .ready, .notReady])
  }

  @Test(
    arguments: [
      (0, 4, nil, "only 3 agents of gich are NotReady at 10:30, not 4"),
      (0, 3, "Coaching", "only 2 agents of gich are NotReady in Coaching at 10:30, not 3"),
      (1, 2, nil, "only 1 agent of ni is NotReady at 10:30, not 2"),
      (1, 1, "Lunch", "no agent of ni is NotReady in Lunch at 10:30, not 1"),
    ] as [(Int, Int, String?, String)])
  func tooFewNotReadySaysHowMany(team: Int, count: Int, reason: String?, message: String) {
    #expect(
      error([.bringBackFromTeam(team: team, count: count, reason: reason.map(Fixture.reason))])
        == WhatIfError(.count, message))
  }

  @Test func aMovedBreakMovesEveryShiftsPeriodAndBringsItsAgentsBack() throws {
    let thirteen = SimInstant.zero + .hours(5)
    let (configuration, now) = try apply([
      .moveBreak(team: 0, reason: Fixture.reason("Lunch"), start: thirteen)
    ])
    let period = configuration.teams[0].shifts[0].notReady[0]
    #expect(period.start == .hours(5))
    #expect(period.spread == .hours(1))
    #expect(period.duration == .minutes(30))
    #expect(agent(3, now) == .init(agent: 3, state: .ready, inState: .zero))
    #expect(agent(1, now) == agent(1, Fixture.now()))
    // Moved to the instant itself, it starts a second after: the run to the instant would
    // start it before the snapshot's state is taken, and the graft would undo it.
    let (atOnce, _) = try apply([
      .moveBreak(team: 0, reason: Fixture.reason("Lunch"), start: Fixture.now().time)
    ])
    #expect(atOnce.teams[0].shifts[0].notReady[0].start == .minutes(150) + .seconds(1))
  }

  @Test(arguments: [
    (
      0, "Break", 300,
      WhatIfError(.reason, "gich has no Break period on its roster (it has: Lunch)")
    ),
    (
      1, "Lunch", 300,
      WhatIfError(
        .reason, "ni has no Lunch period on its roster (it has no scheduled NotReady periods)")
    ),
    (0, "Lunch", 120, WhatIfError(.start, "10:00 is before the snapshot's instant, 10:30")),
    (0, "Lunch", 530, WhatIfError(.start, "Lunch at 16:50 falls outside gich's shift 08:00–17:00")),
  ])
  func aBreakMovesOnlyToLaterInItsShift(
    team: Int, reason: String, minutes: Int, expected: WhatIfError
  ) {
    let start = SimInstant.zero + .minutes(minutes)
    #expect(
      error([.moveBreak(team: team, reason: Fixture.reason(reason), start: start)]) == expected)
  }

  @Test func overtimeIsANewShiftAndEveryAgentKeepsTheirName() throws {
    let before = Fixture.configuration()
    let (configuration, now) = try apply([
      .overtime(team: 1, agents: 2, from: nil, until: .zero + .hours(7))
    ])
    let shift = try #require(configuration.teams[1].shifts.last)
    #expect(configuration.teams[1].shifts.count == 2)
    #expect(shift.start == .minutes(150) + .seconds(1))
    #expect(shift.end == .hours(7))
    #expect(shift.agents == [AgentProfile(), AgentProfile()])
    #expect(shift.notReady.isEmpty)
    // ni's new agents are its 4th and 5th; wlu's slots move up by two, names kept.
    #expect(configuration.agentName(slot: 8) == "ni agent 4")
    #expect(configuration.agentName(slot: 9) == "ni agent 5")
    for (old, agent) in zip(Fixture.now().agents, now.agents) {
      #expect(configuration.agentName(slot: agent.agent) == before.agentName(slot: old.agent))
      #expect(agent.state == old.state && agent.inState == old.inState)
    }
    #expect(agent(10, now)?.reason == Fixture.reason("Coaching"))
    let (later, _) = try apply([
      .overtime(team: 0, agents: 1, from: .zero + .hours(3), until: .zero + .hours(7))
    ])
    #expect(later.teams[0].shifts.last?.start == .hours(3))
    #expect(later.agentName(slot: 5) == "gich agent 6")
  }

  @Test(
    arguments: [
      (
        120, 420,
        WhatIfError(.start, "overtime from 10:00 starts before the snapshot's instant, 10:30")
      ),
      (nil, 150, WhatIfError(.end, "overtime until 10:30 ends before it starts (10:30:01)")),
    ] as [(Int?, Int, WhatIfError)])
  func overtimeStartsAfterTheInstant(from: Int?, until: Int, expected: WhatIfError) {
    let change = WhatIf.overtime(
      team: 1, agents: 1, from: from.map { .zero + .minutes($0) }, until: .zero + .minutes(until))
    #expect(error([change]) == expected)
  }

  @Test func aStepsDelayTeamsAndRemoval() throws {
    let (delayed, _) = try apply([.delayStep(plan: 0, step: 1, after: .seconds(45))])
    #expect(delayed.plans[0].steps.map(\.after) == [.zero, .seconds(45), .seconds(60)])
    let (retargeted, _) = try apply([.retargetStep(plan: 0, step: 2, teams: [1, 2])])
    #expect(retargeted.plans[0].steps[2].target == .teams([1, 2]))
    let (removed, _) = try apply([.removeStep(plan: 0, step: 1)])
    #expect(removed.plans[0].steps.map(\.target) == [.teams([0]), .teams([2])])
    // Changes apply in order: step 2 is the old step 3 once step 2 is gone.
    let (both, _) = try apply([
      .removeStep(plan: 0, step: 1), .delayStep(plan: 0, step: 1, after: .seconds(20)),
    ])
    #expect(both.plans[0].steps.map(\.after) == [.zero, .seconds(20)])
  }

  @Test(arguments: [
    (
      WhatIf.delayStep(plan: 0, step: 1, after: .seconds(90)),
      WhatIfError(
        .delay,
        "steps must be in order of after: step 3 of owner-first would begin after 1m, sooner than step 2 (1m30s)"
      )
    ),
    (
      .removeStep(plan: 0, step: 0),
      WhatIfError(.step, "the first step of a plan cannot be removed")
    ),
    (
      .delayStep(plan: 0, step: 5, after: .zero),
      WhatIfError(.step, "owner-first has no step 6 (it has 3)")
    ),
    (
      .retargetStep(plan: 1, step: 0, teams: [0]),
      WhatIfError(
        .plan,
        "queue gich+ni+wlu is made from the teams that handle its call types, not a routing plan of the scenario: only the scenario's plans can be changed"
      )
    ),
    (.retargetStep(plan: 0, step: 0, teams: [0, 0]), WhatIfError(.teams, "a team is named twice")),
  ])
  func aStepChangeKeepsThePlanValid(change: WhatIf, expected: WhatIfError) {
    #expect(error([change]) == expected)
  }

  /// Every agent NotReady in a reason no roster period or shrinkage rule has stays NotReady
  /// for the rest of the day, and nobody answers; bringing two back, they answer.
  @Test func agentsBroughtBackAnswerCalls() throws {
    let configuration = CentreConfiguration(
      name: "idle", duration: .hours(3),
      lines: [Line(id: "main", callType: 0, arrivals: .perHour(60))],
      callTypes: [
        CallType(
          id: "general", talk: .exponential(mean: 180), acw: .fixed(0),
          patience: .exponential(mean: 120))
      ],
      teams: [Team(id: "gich", agents: 4, handles: [0])])
    let training = Fixture.reason("Training")
    let now = CentreNow(
      time: .zero + .hours(1),
      agents: (0..<4).map {
        .init(agent: $0, state: .notReady, reason: training, inState: .seconds(600))
      },
      queues: [], actuals: [])
    let (changed, back) = try WhatIf.apply(
      [.bringBackFromTeam(team: 0, count: 2, reason: nil)], to: configuration, now: now)
    for replication in 0..<5 {
      let idle = CentreRun.run(
        configuration.projected(from: now.time), replication: replication, from: now)
      let answering = CentreRun.run(
        changed.projected(from: back.time), replication: replication, from: back)
      #expect(idle.total.answered == 0, "replication \(replication)")
      #expect(answering.total.answered > 50, "replication \(replication)")
    }
  }

  /// Overtime agents log in a second after the instant, so the snapshot (which cannot name
  /// them) does not take them off the phones: with everyone else NotReady, they answer.
  @Test func overtimeAgentsAnswerCalls() throws {
    let configuration = CentreFixtures.singleQueue(
      perHour: 60, talk: .exponential(mean: 180), patience: .exponential(mean: 120), agents: 2,
      duration: .hours(3))
    let now = CentreNow(
      time: .zero + .hours(1),
      agents: (0..<2).map {
        .init(agent: $0, state: .notReady, reason: Fixture.reason("Training"), inState: .zero)
      },
      queues: [], actuals: [])
    let (changed, after) = try WhatIf.apply(
      [.overtime(team: 0, agents: 2, from: nil, until: .zero + .hours(3))], to: configuration,
      now: now)
    for replication in 0..<5 {
      let run = CentreRun.run(
        changed.projected(from: after.time), replication: replication, from: after)
      #expect(run.total.answered > 50, "replication \(replication)")
      #expect(run.violation == nil)
    }
  }
}
