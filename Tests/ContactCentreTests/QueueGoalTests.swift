import SimKernel
import Testing

@testable import ContactCentre

/// A queue's own service-level threshold (`RoutingPlan.goal`) changes how its calls count and
/// nothing else: the simulation is the same, call for call.
struct QueueGoalTests {
  /// Two queues of M/M/5 traffic (λ 240 an hour each, AHT 60 s, patience 2 minutes) shared by
  /// one team of 7, with `goals` per queue and the centre's threshold `threshold` seconds.
  static func centre(threshold: Double, goals: [QueueGoal?]) -> CentreConfiguration {
    var configuration = CentreConfiguration(
      name: "two queues", seed: 7, duration: .hours(2), warmup: .zero, interval: .minutes(30),
      serviceLevelThreshold: .seconds(threshold),
      lines: [
        Line(id: "a", callType: 0, arrivals: .perHour(240)),
        Line(id: "b", callType: 0, arrivals: .perHour(240)),
      ],
      callTypes: [
        CallType(id: "general", talk: .exponential(mean: 60), patience: .exponential(mean: 120))
      ],
      teams: [Team(id: "pool", agents: 7, handles: [])],
      plans: [
        RoutingPlan(
          id: "a", steps: [RoutingStep(after: .zero, target: .teams([0]))], goal: goals[0]),
        RoutingPlan(
          id: "b", steps: [RoutingStep(after: .zero, target: .teams([0]))], goal: goals[1]),
      ])
    configuration.lines[0].plan = 0
    configuration.lines[1].plan = 1
    return configuration
  }

  /// Queue a with a 60-second goal counts exactly as a centre of 60 seconds counts it; queue
  /// b, without a goal, as the centre's 20 seconds; the total and the team's are their sums.
  @Test func aQueueThresholdCountsItsCallsAgainstIt() {
    let mixed = CentreRun.run(
      Self.centre(threshold: 20, goals: [QueueGoal(threshold: .seconds(60)), nil]),
      replication: 0)
    let at60 = CentreRun.run(Self.centre(threshold: 60, goals: [nil, nil]), replication: 0)
    let at20 = CentreRun.run(Self.centre(threshold: 20, goals: [nil, nil]), replication: 0)
    // The same calls: only the counting against the threshold differs.
    #expect(mixed.queues.map(\.offered) == at20.queues.map(\.offered))
    #expect(mixed.queues.map(\.answered) == at60.queues.map(\.answered))
    #expect(mixed.queues[0] == at60.queues[0])
    #expect(mixed.queues[1] == at20.queues[1])
    #expect(at60.queues[0].answeredWithinThreshold > at20.queues[0].answeredWithinThreshold)
    #expect(
      mixed.total.answeredWithinThreshold
        == at60.queues[0].answeredWithinThreshold + at20.queues[1].answeredWithinThreshold)
    #expect(
      mixed.total.abandonedWithinThreshold
        == at60.queues[0].abandonedWithinThreshold + at20.queues[1].abandonedWithinThreshold)
    for interval in 0..<4 {
      #expect(mixed.interval(interval, queue: 0) == at60.interval(interval, queue: 0))
      #expect(mixed.interval(interval, queue: 1) == at20.interval(interval, queue: 1))
      #expect(
        mixed.interval(interval, team: 0).answeredWithinThreshold
          == at60.interval(interval, queue: 0).answeredWithinThreshold
          + at20.interval(interval, queue: 1).answeredWithinThreshold)
    }
  }

  /// The threshold and target a queue is held to: its own where its goal gives them.
  @Test func aQueueGoalFallsBackToTheCentres() {
    let configuration = Self.centre(
      threshold: 20, goals: [QueueGoal(target: 0.6), QueueGoal(threshold: .seconds(45))])
    #expect(configuration.hasQueueGoals)
    #expect(configuration.serviceLevelThreshold(ofPlan: 0) == .seconds(20))
    #expect(configuration.serviceLevelTarget(ofPlan: 0) == 0.6)
    #expect(configuration.serviceLevelThreshold(ofPlan: 1) == .seconds(45))
    #expect(configuration.serviceLevelTarget(ofPlan: 1) == 0.8)
    #expect(!Self.centre(threshold: 20, goals: [nil, nil]).hasQueueGoals)
  }
}
