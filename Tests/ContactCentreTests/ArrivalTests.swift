import SimKernel
import Testing

@testable import ContactCentre

/// Arrival processes: piecewise-constant Poisson by interval, and Poisson-gamma overdispersion.
struct ArrivalTests {
  static func counts(
    _ profile: ArrivalProfile, periods: Int, replications: Int
  ) -> [[Double]] {
    (0..<replications).map { replication in
      var stream = ArrivalStream(
        profile: profile, streams: RandomStreams(seed: 11, replication: replication),
        line: "main")
      var counts = Array(repeating: 0.0, count: periods)
      let end = SimInstant(since: profile.period * Int64(periods))
      var time = SimInstant.zero
      while let next = stream.next(after: time, before: end) {
        counts[Int(next.microseconds / profile.period.microseconds)] += 1
        time = next
      }
      return counts
    }
  }

  @Test func piecewiseRatesGiveTheExpectedCallsPerInterval() {
    let expected: [Double] = [20, 0, 60, 5]
    let profile = ArrivalProfile.perInterval(expected, interval: .minutes(15))
    let runs = Self.counts(profile, periods: 5, replications: 400)
    for (period, mean) in expected.enumerated() {
      let tally = Tally(runs.map { $0[period] })
      // Poisson: variance = mean; 5 standard errors of the mean over 400 replications.
      let tolerance = 5 * (max(mean, 1) / 400).squareRoot()
      #expect(abs(tally.mean - mean) <= tolerance, "interval \(period): \(tally.mean)")
      if mean > 0 {
        #expect(abs(tally.sampleVariance! / mean - 1) < 0.25, "interval \(period) variance")
      }
    }
    #expect(runs.allSatisfy { $0[1] == 0 && $0[4] == 0 }, "no calls at rate 0 or after the end")
  }

  @Test func overdispersionWidensTheDailyVolume() {
    // 100 calls a day; a busyness factor of cv 0.3 makes Var = m + (cv m)^2 = 100 + 900.
    let profile = ArrivalProfile.perHour(100.0 / 24, overdispersion: 0.3)
    let runs = Self.counts(profile, periods: 1, replications: 1000)
    let tally = Tally(runs.map { $0[0] })
    #expect(abs(tally.mean - 100) < 5 * (1000.0 / 1000).squareRoot())
    #expect(tally.sampleVariance! > 700 && tally.sampleVariance! < 1300)
  }
}

extension ArrivalTests {
  @Test func aOneIntervalProfileStopsAfterItsInterval() {
    let profile = ArrivalProfile.perInterval([100], interval: .minutes(15))
    let runs = Self.counts(profile, periods: 3, replications: 50)
    #expect(runs.allSatisfy { $0[1] == 0 && $0[2] == 0 })
    #expect(runs.map { $0[0] }.reduce(0, +) > 0)
  }
}

extension ArrivalTests {
  @Test func aRecordedDayRingsEachMomentOnceInEveryReplication() {
    // Two callers at one moment, one at the run's first instant, one past the end.
    let seconds = [900, 0, 61, 61, 3_599, 7_200]
    let profile = ArrivalProfile.recorded(
      seconds.map { .seconds($0) }, interval: .minutes(15))
    #expect(profile.ratePerSecond.map { $0 * 900 } == [3, 1, 0, 1, 0, 0, 0, 0, 1])
    let end = SimInstant(since: .hours(1))
    for replication in 0..<3 {
      var stream = ArrivalStream(
        profile: profile, streams: RandomStreams(seed: 5, replication: replication),
        line: "main")
      var moments: [Int64] = []
      var time = SimInstant.zero
      while let next = stream.next(after: time, before: end) {
        moments.append(next.microseconds / 1_000_000)
        time = next
      }
      #expect(moments == [0, 61, 61, 900, 3_599])
    }
  }
}
