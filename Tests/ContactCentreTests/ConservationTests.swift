import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// The conservation laws of PRODUCT §8, on every seed of a mixed scenario.
struct ConservationTests {
  @Test(arguments: 1...30)
  func callsAreConservedPerQueueAndInTotal(seed: Int) {
    let configuration = CentreFixtures.twoQueues(seed: UInt64(seed))
    let statistics = CentreRun.run(configuration, replication: 0, checks: true)
    #expect(statistics.violation == nil, "seed \(seed): \(statistics.violation ?? "")")
    var sum = CallTally()
    for (index, queue) in statistics.queues.enumerated() {
      #expect(
        queue.offered == queue.answered + queue.abandoned + queue.unresolvedAtEnd,
        "seed \(seed), queue \(configuration.queues[index].id)")
      #expect(queue.answeredWithinThreshold <= queue.answered, "seed \(seed)")
      #expect(queue.shortAbandoned <= queue.abandoned, "seed \(seed)")
      #expect(queue.handled <= queue.answered, "seed \(seed)")
      sum.merge(queue)
    }
    let total = statistics.total
    #expect(total.offered == total.answered + total.abandoned + total.unresolvedAtEnd)
    #expect(total.offered == sum.offered && total.answered == sum.answered, "seed \(seed)")
    #expect(total.offered > 500, "seed \(seed): the fixture should be busy")
  }

  @Test(arguments: 1...10)
  func intervalsAddUpToTheQueues(seed: Int) {
    let configuration = CentreFixtures.twoQueues(seed: UInt64(seed))
    let statistics = CentreRun.run(configuration, replication: 0)
    for queue in configuration.queues.indices {
      var sum = CallTally()
      for interval in 0..<configuration.intervalCount {
        sum.merge(statistics.interval(interval, queue: queue))
      }
      #expect(sum == statistics.queues[queue], "seed \(seed), queue \(queue)")
    }
  }

  @Test(arguments: 1...10)
  func stateTimesAddUpToLoggedInTime(seed: Int) {
    let configuration = CentreFixtures.twoQueues(seed: UInt64(seed))
    let statistics = CentreRun.run(configuration, replication: 0)
    let observed = configuration.duration - configuration.warmup
    for (team, times) in statistics.teams.enumerated() {
      let agents = Int64(configuration.teams[team].headcount)
      #expect(times.loggedIn == observed * agents, "seed \(seed), team \(team)")
      let occupancy = times.occupancy ?? 0
      #expect(occupancy > 0 && occupancy <= 1, "seed \(seed), team \(team)")
    }
  }

  @Test func noAfterCallWorkLastsPastTheLimit() {
    // ACW uniform on 20…700 s against the 600 s limit: some wrap-ups are cut.
    let configuration = CentreFixtures.twoQueues(seed: 3)
    let statistics = CentreRun.run(configuration, replication: 0)
    #expect(statistics.acwTimeouts > 0)
    let handled = statistics.total.handled
    let maximum = SimDuration.seconds(7200) + configuration.rules.acwLimit
    #expect(statistics.total.handleTime <= maximum.microseconds * Int64(handled))
  }

  /// The two-queue fixture with every consequence of a call: outcomes, transfers, redials,
  /// security, interpretation, call-backs and outbound work.
  static func busyDay(seed: UInt64) -> CentreConfiguration {
    var configuration = CentreFixtures.twoQueues(seed: seed)
    configuration.callTypes[0].outcomes = OutcomeMix([
      (.callResolved, 0.6), (.callBackRequest, 0.1), (.lostConnection, 0.1),
      (.clientWishesToCallBack, 0.1), (.callTransferred, 0.1),
    ])
    configuration.callTypes[0].security = SecurityCheck(time: .fixed(45), failShare: 0.05)
    configuration.callTypes[0].interpretation = Interpretation(
      share: 0.05, connect: .fixed(60), extraTalk: .exponential(mean: 120))
    configuration.callTypes[0].transfer = Transfer(
      targets: [.init(target: .team(1), share: 1)], consult: .fixed(60), fallback: 2,
      whenNobodyAnswers: .takeBack(.callBackRequest))  // the format's default
    configuration.callTypes[0].outboundOutcomes = OutcomeMix([
      (.callResolved, 0.5), (.noAnswer, 0.3), (.voicemailMessageLeft, 0.2),
    ])
    configuration.redials = Redials(
      afterOutcome: [
        .lostConnection: .init(probability: 0.9, delay: .exponential(mean: 120)),
        .clientWishesToCallBack: .init(probability: 0.7, delay: .exponential(mean: 1800)),
      ], afterAbandon: .init(probability: 0.5, delay: .exponential(mean: 300)))
    configuration.outbound = Outbound(
      callBacks: CallBackRule(due: .hours(2), by: .caseworker),
      activityPlans: [
        ActivityPlan(
          team: 0, callType: 0, perHour: 6, from: .hours(1), to: .hours(6), due: .hours(2))
      ], suppressedShare: 0.05,
      retries: [RetryRule(outcome: .noAnswer, after: .minutes(20), maxAttempts: 3)],
      // The gich team is overloaded most of the day: one agent kept for outbound in the
      // afternoon makes sure the outbound work is dialled on every seed.
      reserves: [OutboundReserve(team: 0, agents: 1, from: .hours(4), to: .hours(6))])
    return configuration
  }

  @Test(arguments: 1...20)
  func callsAreConservedWithRedialsTransfersAndCallBacks(seed: Int) {
    let configuration = Self.busyDay(seed: UInt64(seed))
    let statistics = CentreRun.run(configuration, replication: 0, checks: true)
    #expect(statistics.violation == nil, "seed \(seed): \(statistics.violation ?? "")")
    for (index, queue) in statistics.queues.enumerated() {
      let name = "seed \(seed), queue \(configuration.queues[index].id)"
      #expect(queue.offered == queue.answered + queue.abandoned + queue.unresolvedAtEnd, "\(name)")
      #expect(
        statistics.queueOutcomes[index].total == queue.answered,
        "\(name): every answered call closes with exactly one outcome")
      #expect(queue.redials <= queue.offered, "\(name)")
    }
    let total = statistics.total
    #expect(total.redials == statistics.redials.total, "seed \(seed)")
    let transfers = statistics.transfers
    #expect(total.transferred == transfers.warm + transfers.cold - transfers.takenBack)
    #expect(total.redials > 0 && total.transferred > 0, "seed \(seed): the day is eventful")
    let outbound = statistics.outbound.reduce(into: OutboundTally()) { $0.merge($1) }
    #expect(outbound.dialled > 0 && outbound.callBacksRequested > 0, "seed \(seed)")
    #expect(statistics.outboundOutcomes.total == outbound.handled, "seed \(seed)")
    #expect(
      outbound.callBacksOnTime + outbound.callBacksLate + outbound.notMade
        <= outbound.callBacksRequested + outbound.planned, "seed \(seed)")
    let observed = configuration.duration - configuration.warmup
    for (team, times) in statistics.teams.enumerated() {
      let agents = Int64(configuration.teams[team].headcount)
      #expect(times.loggedIn == observed * agents, "seed \(seed), team \(team)")
    }
  }
}

/// Watching a run does not change it: progress reports and the trace leave the numbers alone.
struct ObservationTests {
  @Test func progressAndTraceChangeNothing() {
    let configuration = ConservationTests.busyDay(seed: 5)
    let plain = CentreRun.run(configuration, replication: 0)
    var ticks = 0
    var traced = 0
    let watched = CentreRun.run(
      configuration, replication: 0, trace: { _ in traced += 1 },
      progress: { _, _ in ticks += 1 })
    var same = watched
    same.events = plain.events
    #expect(same == plain)
    #expect(ticks > 100 && traced > plain.events, "every event and every change of state")
  }
}
