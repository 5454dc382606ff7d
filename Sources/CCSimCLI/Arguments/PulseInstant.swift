import Reporting
import Scenario
import SimKernel

/// The `--at` of `ccsim pulse`: a clock time on the scenario's day ("10:30"), or on a later
/// day of the run ("d2 08:30" or "2/08:30"), read as a snapshot's `at` is (`RunClock`).
enum PulseInstant {
  /// The instant from t = 0 that `text` names, which must fall within the run.
  static func parse(_ text: String, startOfDay: SimDuration, duration: SimDuration)
    throws(CLIError) -> SimInstant
  {
    guard let clock = RunClock.sinceMidnight(text) else {
      throw .usage(
        "--at must be a clock time HH:MM[:SS] on the scenario's day, or dN HH:MM (N/HH:MM) on"
          + " day N of the run, not '\(text)'", command: "pulse")
    }
    let sinceStart = clock - startOfDay
    guard sinceStart >= .zero && sinceStart <= duration else {
      let from = PulseTerminal.clock(.zero, startOfDay: startOfDay)
      let to = PulseTerminal.clock(SimInstant(since: duration), startOfDay: startOfDay)
      throw .usage(
        "--at \(text) is outside the run, which lasts from \(from) to \(to)", command: "pulse")
    }
    return SimInstant(since: sinceStart)
  }
}
