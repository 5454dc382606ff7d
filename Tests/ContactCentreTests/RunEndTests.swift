import SimKernel
import Testing

@testable import ContactCentre

/// Work that falls due at the run's very end — a caller leaving the IVR then, an agent freed
/// then by a shift's or a break's end who takes incident work — still happens (the run takes
/// every event due no later than its end) and counts in the last reporting interval: the end
/// of the run is in the last interval, as for answers and abandons (`Recorder.interval(of:)`).
struct RunEndTests {
  /// One line whose IVR takes 10 s, one caller at 59m50s of a one-hour run: they reach the
  /// queue at 1h exactly.
  static func centre() -> CentreConfiguration {
    var line = TelephonyRuleTests.ivrLine([IVRBranch(kind: .validScin, share: 1, plan: 0)])
    line.ivr = IVR(time: .fixed(10), branches: line.ivr!.branches)
    line.arrivals = .recorded([.minutes(59) + .seconds(50)], interval: .minutes(15))
    var configuration = TelephonyRuleTests.centre(
      lines: [line], teams: [TelephonyRuleTests.team("gich", agents: 1)],
      plans: [RoutingPlan(id: "gich", steps: [RoutingStep(after: .zero, target: .teams([0]))])])
    configuration.duration = .hours(1)
    configuration.interval = .minutes(15)
    return configuration
  }

  @Test(arguments: [true, false])
  func aCallerReachingTheQueueAtTheEndCountsInTheLastInterval(intervals: Bool) {
    let configuration = Self.centre()
    #expect(configuration.intervalCount == 4)
    let statistics = CentreRun.run(
      configuration, replication: 0, intervals: intervals, checks: true)
    #expect(statistics.violation == nil)
    #expect(statistics.total.offered == 1)
    if intervals {
      #expect(statistics.intervals.map(\.offered) == [0, 0, 0, 1])
    }
  }
}
