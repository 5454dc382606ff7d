import Foundation
import Testing

@testable import CCSimCLI

/// The progress bar's time left, from the time so far and the share done, on a fake clock.
struct ProgressBarTests {
  @Test(arguments: [
    (10.0, 0.5, "10 s left"), (10.0, 0.25, "30 s left"), (1.0, 0.999, "1 s left"),
    (3.0, 0.9, "1 s left"), (60.0, 0.5, "1 m 00 s left"), (65.0, 0.5, "1 m 05 s left"),
    (100.0, 0.04, "40 m 00 s left"), (3700.0, 0.5, "1 h 01 m left"),
    (5.0, 1.0, "0 s left"), (5.0, 0.0, "time left unknown"),
  ])
  func timeLeft(_ elapsed: Double, _ fraction: Double, _ text: String) {
    #expect(ProgressBar.remaining(elapsed: elapsed, fraction: fraction) == text)
  }

  @Test func theLineShowsTheShareTheClockTheRateAndTheTimeLeft() {
    let line = ProgressBar.line(
      fraction: 0.25, simulated: 8 * 3600 + 30 * 60, callsPerSecond: 12_345.6, elapsed: 20)
    #expect(
      line == "\r" + String(repeating: "█", count: 7) + String(repeating: "·", count: 23)
        + "  25 %  simulated 08:30  12,345 calls/s  1 m 00 s left ")
  }

  /// Nothing in the first second; then the bar with the time left at the pace so far.
  @Test func drawsFromTheFirstSecondWithTheTimeLeft() {
    final class Clock: @unchecked Sendable {
      var seconds = 100.0
    }
    final class Lines: @unchecked Sendable {
      var all: [String] = []
    }
    let clock = Clock()
    let lines = Lines()
    let bar = ProgressBar(
      console: Console(out: { _ in }, err: { lines.all.append($0) }), replications: 2,
      durationSeconds: 3600, startOfDaySeconds: 8 * 3600, now: { clock.seconds })
    clock.seconds = 100.5
    bar.update(replication: 0, seconds: 900, calls: 10)
    #expect(lines.all.isEmpty)
    clock.seconds = 104
    bar.update(replication: 1, seconds: 900, calls: 30)
    // A quarter done in 4 s: 12 s left.
    #expect(lines.all.count == 1)
    #expect(lines.all.last?.hasSuffix("  25 %  simulated 08:15  10 calls/s  12 s left ") == true)
    bar.finish()
    #expect(lines.all.last == "\r\u{1B}[2K")
  }
}
