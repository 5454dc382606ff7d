import SimKernel
import Testing

@testable import ContactCentre

/// The conservation laws of PRODUCT §8, on every seed of a mixed scenario.
struct ConservationTests {
  @Test(arguments: 1...30)
  func callsAreConservedPerQueueAndInTotal(seed: Int) {
    let configuration = CentreFixtures.twoQueues(seed: UInt64(seed))
    let statistics = CentreRun.run(configuration, replication: 0)
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
}
