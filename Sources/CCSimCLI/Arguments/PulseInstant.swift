import Reporting
import SimKernel

/// The `--at` of `ccsim pulse`: a clock time on the scenario's day ("10:30"), or on a later
/// day of the run ("d2 08:30" or "2/08:30"), read like a shift's clock times.
enum PulseInstant {
  /// The instant from t = 0 that `text` names, which must fall within the run.
  static func parse(_ text: String, startOfDay: SimDuration, duration: SimDuration)
    throws(CLIError) -> SimInstant
  {
    guard let (day, clock) = split(text) else {
      throw .usage(
        "--at must be a clock time HH:MM on the scenario's day, or dN HH:MM (N/HH:MM) on"
          + " day N of the run, not '\(text)'", command: "pulse")
    }
    let sinceStart = SimDuration.hours(24 * (day - 1)) + clock - startOfDay
    guard sinceStart >= .zero && sinceStart <= duration else {
      let from = PulseTerminal.clock(.zero, startOfDay: startOfDay)
      let to = PulseTerminal.clock(SimInstant(since: duration), startOfDay: startOfDay)
      throw .usage(
        "--at \(text) is outside the run, which lasts from \(from) to \(to)", command: "pulse")
    }
    return SimInstant(since: sinceStart)
  }

  /// The day (from 1) and the clock time since that day's midnight; nil when malformed.
  private static func split(_ text: String) -> (Int, SimDuration)? {
    var day = 1
    var clock = Substring(text)
    if let slash = text.firstIndex(of: "/") {
      guard let value = number(text[..<slash]) else { return nil }
      day = value
      clock = text[text.index(after: slash)...]
    } else if text.hasPrefix("d"), let space = text.firstIndex(of: " ") {
      guard let value = number(text[text.index(after: text.startIndex)..<space]) else {
        return nil
      }
      day = value
      clock = text[text.index(after: space)...].drop { $0 == " " }
    }
    let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
    guard day >= 1, day <= 3660, parts.count == 2, (1...2).contains(parts[0].count),
      parts[1].count == 2, let hours = number(parts[0]), let minutes = number(parts[1]),
      minutes < 60, hours < 24 || (hours == 24 && minutes == 0)
    else { return nil }
    return (day, .minutes(hours * 60 + minutes))
  }

  private static func number(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.count <= 4, text.allSatisfy({ ("0"..."9").contains($0) }) else {
      return nil
    }
    return Int(text)
  }
}
