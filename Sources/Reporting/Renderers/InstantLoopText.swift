import ContactCentre
import SimKernel

/// The message of a run stopped because one instant held more events than its budget: when,
/// how many events, and which kinds looped, so that the rule behind them can be found.
public enum InstantLoopText {
  /// The message, without the file name: "the run stopped at 08:00:00: 1,000,000 events at
  /// one simulated instant; of the 100,000 after them, 99,990 were `redial` (callers ringing
  /// again) and 10 `callTimer` (…): the scenario's rules loop …".
  public static func render(_ loop: InstantLoop, startOfDay: SimDuration) -> String {
    let clock = Formatting.clockSeconds(startOfDay + loop.time.sinceStart)
    var text =
      "the run stopped at \(clock): \(Formatting.count(loop.events)) events at one simulated"
      + " instant without the clock moving on"
    let shown = loop.kinds.prefix(3).enumerated().map { index, kind in
      "\(Formatting.count(kind.count))\(index == 0 ? " were" : "") `\(kind.kind)`"
        + " (\(kind.meaning))"
    }
    if !shown.isEmpty {
      let rest = loop.kinds.dropFirst(3).reduce(0) { $0 + $1.count }
      let others = rest > 0 ? ", \(Formatting.count(rest)) of other kinds" : ""
      text +=
        "; of the \(Formatting.count(loop.sampled)) after them, "
        + shown.joined(separator: ", ") + others
    }
    return text
      + ": the scenario's rules loop. Look at the rules behind these events: something that"
      + " comes back at once with a probability near 1 (a redial, a call-back, a missed call"
      + " offered again), or a delay, timer or episode of no length"
  }
}
