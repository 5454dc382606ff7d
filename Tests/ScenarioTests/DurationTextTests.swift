import SimKernel
import Testing

@testable import Scenario

/// Durations with units, both ways.
struct DurationTextTests {
  @Test(arguments: [
    ("90s", 90.0), ("15m", 900), ("1h30m", 5400), ("2d", 172_800), ("1.5h", 5400),
    ("925h56m", 3_333_360), ("0s", 0), ("1d2h3m4s", 93_784), ("0.25s", 0.25),
  ])
  func parses(text: String, seconds: Double) {
    #expect(DurationText.seconds(text) == seconds)
  }

  @Test(arguments: ["", "90", "s", "1m1h", "1h1h", "1 h", "1.2.3s", "-5s", "1w", "h1", "1hh"])
  func rejects(text: String) {
    #expect(DurationText.seconds(text) == nil, "\(text)")
  }

  @Test func describesTheShortestForm() {
    #expect(DurationText.describe(.minutes(7)) == "7m")
    #expect(DurationText.describe(.seconds(5400)) == "1h30m")
    #expect(DurationText.describe(.seconds(0.5)) == "0.5s")
    #expect(DurationText.describe(.hours(49)) == "2d1h")
  }
}
