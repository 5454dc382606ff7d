import ContactCentre
import SimKernel
import Testing

@testable import Planning

/// `ccsim staff` without `--team` when a queue offers its calls to several teams first: the
/// joint search (``JointStaffingSearch``).
struct JointStaffingSearchTests {
  /// A warm-up hour, then three hours of one M/M queue (λ 1000 an hour, AHT 36 s: 10 erlangs)
  /// offered to two identical teams from the start, `agents` each on today's roster.
  static func twoTeamsSharingOneQueue(agents: (Int, Int) = (0, 0), goal: QueueGoal? = nil)
    -> CentreConfiguration
  {
    var configuration = CentreConfiguration(
      name: "two teams, one queue", seed: 20_260_806, duration: .hours(4), warmup: .hours(1),
      interval: .hours(1),
      lines: [Line(id: "main", callType: 0, arrivals: .perHour(1000))],
      callTypes: [CallType(id: "general", talk: .exponential(mean: 36), patience: nil)],
      teams: [
        Team(id: "north", agents: agents.0, handles: []),
        Team(id: "south", agents: agents.1, handles: []),
      ],
      plans: [
        RoutingPlan(
          id: "shared", steps: [RoutingStep(after: .zero, target: .teams([0, 1]))], goal: goal)
      ])
    configuration.lines[0].plan = 0
    return configuration
  }

  /// Two identical teams answering one queue together are one pool of agents, so their total
  /// is the pooled M/M/n queue's Erlang C requirement: at 75 % in 20 s, 12 agents (Erlang C:
  /// 60.9 % with 11, 85.2 % with 12 — a wide margin either side, as in
  /// `StaffingSearchTests`), in every judged hour; the warm-up keeps the seed, split equally
  /// (no roster today). The tolerance is the simulation's own: one agent fewer must have been
  /// seen to fall short, and the answer's service level must reach the target.
  @Test func twoTeamsSharingAQueueNeedErlangCsPooledTotal() throws {
    let goal = StaffingGoal(target: 0.75, threshold: .seconds(20))
    let pooled = Erlang.agentsRequired(
      ErlangInput(callsPerHour: 1000, averageHandleTime: 36, agents: 0, threshold: 20),
      serviceLevel: 0.75
    ).agents
    #expect(pooled == 12)
    let result = try StaffingSearch.run(
      Self.twoTeamsSharingOneQueue(), goal: goal,
      options: .init(replications: 16, jobs: 2, maxPasses: 12))
    #expect(result.isJoint && result.converged && result.meetsGoal, "\(result.rounds) rounds")
    #expect(result.teams.map(\.id) == ["north", "south"])
    #expect(result.teams[0].rows[0].agents == 6 && result.teams[1].rows[0].agents == 6)
    let queue = try #require(result.queues.first)
    for interval in 1..<4 {
      let total = result.teams.reduce(0) { $0 + $1.rows[interval].agents }
      #expect(total == pooled, "hour \(interval): \(total) agents")
      #expect(queue.rows[interval].performance.serviceLevel.mean! >= 0.75)
      #expect(queue.rows[interval].meetsGoal && result.unmet[interval] == nil)
      for team in result.teams where team.rows[interval].agents > 0 {
        let fewer = try #require(team.rows[interval].withOneFewer, "hour \(interval)")
        #expect(fewer.serviceLevel.mean! < 0.75, "\(team.id), hour \(interval)")
      }
    }
    // What is reported is what the written staffing gives: the same callers, the same figures.
    let again = Replications.run(result.configuration, count: 16, jobs: 1, intervals: true)
    let measured = (0..<4).map { interval in
      Estimate(
        replications: again.map {
          $0.interval(interval, queue: 0).serviceLevel(result.configuration.conventions)
        })
    }
    #expect(measured == queue.rows.map(\.performance.serviceLevel))
  }

  /// A dedicated team and a shared one: `north` alone answers its own queue, and shares
  /// another with `south`. Each queue is judged on its own, and the split follows today's
  /// roster (8 and 2 → north takes 80 % of the shared queue's seed).
  @Test func aDedicatedAndASharedQueueMeetTheGoalEach() throws {
    var configuration = CentreConfiguration(
      name: "a dedicated and a shared queue", seed: 7, duration: .hours(4), warmup: .hours(1),
      interval: .hours(1),
      lines: [
        Line(id: "main", callType: 0, arrivals: .perHour(1000)),
        Line(id: "own", callType: 0, arrivals: .perHour(500)),
      ],
      callTypes: [CallType(id: "general", talk: .exponential(mean: 36), patience: nil)],
      teams: [
        Team(id: "north", agents: 8, handles: []), Team(id: "south", agents: 2, handles: []),
      ],
      plans: [
        RoutingPlan(id: "shared", steps: [RoutingStep(after: .zero, target: .teams([0, 1]))]),
        RoutingPlan(id: "north only", steps: [RoutingStep(after: .zero, target: .teams([0]))]),
      ])
    configuration.lines[0].plan = 0
    configuration.lines[1].plan = 1
    let own = Erlang.agentsRequired(
      ErlangInput(callsPerHour: 500, averageHandleTime: 36, agents: 0, threshold: 20),
      serviceLevel: 0.75
    ).agents
    let goal = StaffingGoal(target: 0.75, threshold: .seconds(20))
    let result = try StaffingSearch.run(
      configuration, goal: goal, options: .init(replications: 8, jobs: 2, maxPasses: 12))
    #expect(result.queues.map(\.id) == ["shared", "north only"])
    #expect(result.teams[0].team.queues == [0, 1] && result.teams[1].team.queues == [0])
    // The seed: the shared queue's 12 split 9.6 : 2.4, the own queue's to north.
    #expect(result.teams.map { $0.rows[0].erlangAgents } == [10 + own, 2])
    #expect(result.teams.map { $0.rows[0].roster } == [8, 2])
    #expect(result.meetsGoal)
    for queue in result.queues {
      for row in queue.rows.dropFirst() {
        #expect(row.meetsGoal && row.performance.serviceLevel.mean! >= 0.75, "\(queue.id)")
      }
    }
  }

  /// Every team that could help at the maximum: each judged interval is reported unmet, at
  /// the maximum, and the search ends.
  @Test func aGoalBeyondTheMaximumIsReportedUnmet() throws {
    let result = try StaffingSearch.run(
      Self.twoTeamsSharingOneQueue(), goal: StaffingGoal(target: 0.75, threshold: .seconds(20)),
      options: .init(replications: 4, jobs: 2, maxPasses: 10, maxAgents: 5))
    #expect(!result.meetsGoal && result.rounds < 10)
    #expect(result.unmet == [nil, .atMaximum, .atMaximum, .atMaximum])
    for team in result.teams {
      #expect(team.rows.allSatisfy { $0.agents == 5 }, "\(team.id)")
    }
    #expect(result.queues[0].rows.dropFirst().allSatisfy { !$0.meetsGoal })
  }

  /// The seed's split: in proportion to today's roster, equally without one; whole agents by
  /// largest remainders, the first team taking a tie.
  @Test func theSeedSplitsByRosterAndLargestRemainders() {
    #expect(JointStaffingPlan.split([0, 0]) == [0.5, 0.5])
    #expect(JointStaffingPlan.split([3, 1]) == [0.75, 0.25])
    #expect(JointStaffingPlan.apportion([6.5, 6.5], total: 13) == [7, 6])
    #expect(JointStaffingPlan.apportion([6, 6], total: 12) == [6, 6])
    #expect(JointStaffingPlan.apportion([9.6, 2.4], total: 12) == [10, 2])
    #expect(JointStaffingPlan.apportion([0.4, 0.3, 0.3], total: 1) == [1, 0, 0])
  }

  /// Today's roster in an interval: agents logged in and not on a scheduled break, time-
  /// averaged; a team leader who takes no calls does not count.
  @Test func todaysRosterIsNetOfBreaksAndLeaders() {
    let break15 = ScheduledNotReady(reason: .lunch, start: .minutes(30), duration: .minutes(15))
    let team = Team(
      id: "gich", handles: [],
      shifts: [
        Shift(
          start: .zero, end: .hours(1),
          agents: [AgentProfile(), AgentProfile(), AgentProfile(isTeamLeader: true)],
          notReady: [break15]),
        Shift(start: .minutes(45), end: .hours(2), agents: [AgentProfile()]),
      ])
    // 2 agents × 45 min + 1 agent × 15 min over the hour.
    #expect(team.rosteredAgents(from: .zero, to: .hours(1)) == 1.75)
    #expect(team.rosteredAgents(from: .hours(1), to: .hours(2)) == 1)
    #expect(team.rosteredAgents(from: .hours(2), to: .hours(3)) == 0)
  }
}

/// A queue's own goal in the joint search.
struct JointStaffingQueueGoalTests {
  /// The queue of `twoTeamsSharingOneQueue` with its own 60-second threshold, the centre's
  /// goal 75 % in 20 s: Erlang C at 60 s needs 11 agents in all (91.5 % with 11; 10 agents
  /// cannot carry 10 erlangs), not the 12 of 20 s — a wide margin either side. The result
  /// carries the queue's goal.
  @Test func aQueueIsStaffedForItsOwnGoal() throws {
    let configuration = JointStaffingSearchTests.twoTeamsSharingOneQueue(
      goal: QueueGoal(threshold: .seconds(60)))
    let pooled = Erlang.agentsRequired(
      ErlangInput(callsPerHour: 1000, averageHandleTime: 36, agents: 0, threshold: 60),
      serviceLevel: 0.75
    ).agents
    #expect(pooled == 11)
    let result = try StaffingSearch.run(
      configuration, goal: StaffingGoal(target: 0.75, threshold: .seconds(20)),
      options: .init(replications: 16, jobs: 2, maxPasses: 12))
    #expect(result.isJoint && result.meetsGoal)
    let queue = try #require(result.queues.first)
    #expect(queue.goal == StaffingGoal(target: 0.75, threshold: .seconds(60)))
    for interval in 1..<4 {
      let total = result.teams.reduce(0) { $0 + $1.rows[interval].agents }
      #expect(total == pooled, "hour \(interval): \(total) agents")
      #expect(queue.rows[interval].meetsGoal)
    }
  }

  /// A queue goal's abandon limit binds where the centre has none.
  @Test func aQueueGoalsAbandonLimitIsKept() {
    let goal = StaffingGoal(target: 0.75, threshold: .seconds(20))
    let own = goal.overridden(by: QueueGoal(target: 0.6, maxAbandon: 0.05))
    #expect(own == StaffingGoal(target: 0.6, threshold: .seconds(20), maxAbandon: 0.05))
    #expect(goal.overridden(by: nil) == goal)
  }
}
