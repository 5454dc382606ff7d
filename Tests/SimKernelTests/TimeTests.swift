import Testing

@testable import SimKernel

@Suite struct TimeTests {
  @Test func wholeUnitsAreExact() {
    #expect(SimDuration.ticksPerSecond == 1_000_000)
    #expect(SimDuration.seconds(3).microseconds == 3_000_000)
    #expect(SimDuration.minutes(2).microseconds == 120_000_000)
    #expect(SimDuration.hours(1).microseconds == 3_600_000_000)
    #expect(SimDuration.hours(24 * 365).microseconds == 31_536_000_000_000)
    #expect(SimDuration.zero.microseconds == 0)
    #expect(SimDuration.seconds(90).seconds == 90)
  }

  /// (seconds, expected microseconds): rounded to the nearest microsecond, with negative and
  /// non-finite inputs clamped.
  @Test(
    arguments: [
      (2.5, 2_500_000), (0.000_000_4, 0), (0.000_000_6, 1), (0.000_125, 125),
      (1.000_000_4, 1_000_000), (1.000_000_6, 1_000_001), (0, 0), (-3, 0), (-0.0, 0),
      (Double.nan, 0), (-Double.infinity, 0), (Double.infinity, Int64.max / 4),
    ] as [(Double, Int64)])
  func fractionalSecondsRoundToMicroseconds(seconds: Double, microseconds: Int64) {
    #expect(SimDuration.seconds(seconds).microseconds == microseconds)
  }

  @Test func durationArithmetic() {
    let a = SimDuration.seconds(5)
    let b = SimDuration(microseconds: 250)
    #expect((a + b).microseconds == 5_000_250)
    #expect((a - b).microseconds == 4_999_750)
    #expect((b * 4).microseconds == 1_000)
    #expect(b < a)
    #expect(!(a < b))
  }

  @Test func instantArithmetic() {
    let start = SimInstant(since: .minutes(1))
    #expect(start.microseconds == 60_000_000)
    #expect(start.sinceStart == .minutes(1))
    #expect(start.seconds == 60)
    #expect((start + .seconds(30)).seconds == 90)
    #expect((start - .seconds(30)).seconds == 30)
    #expect(SimInstant(since: .hours(1)) - start == .minutes(59))
    #expect(SimInstant.zero < start)
    #expect(start < SimInstant.distantFuture)
    #expect(SimInstant.zero.microseconds == 0)
  }
}
