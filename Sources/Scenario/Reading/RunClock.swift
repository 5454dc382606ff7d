import SimKernel

/// A clock time on a run's clock, as `ccsim pulse --at` and a snapshot's `at` write it: a time
/// on the scenario's first day (`10:30`, `10:30:15`, `10:30:15.25`), or on a later day of the
/// run (`d2 08:30`, or `2/08:30`).
public enum RunClock {
  /// The forms accepted, for messages.
  public static let forms = "HH:MM or HH:MM:SS, or dN HH:MM on day N of the run"

  /// The time since the first day's midnight that `text` names; nil when malformed. Hours run
  /// from 00 to 23 (24:00 is the next midnight); seconds may have up to six decimals.
  public static func sinceMidnight(_ text: String) -> SimDuration? {
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
    guard day >= 1, day <= 3660, parts.count == 2 || parts.count == 3,
      (1...2).contains(parts[0].count), parts[1].count == 2, let hours = number(parts[0]),
      let minutes = number(parts[1]), minutes < 60
    else { return nil }
    var seconds = SimDuration.zero
    if parts.count == 3 {
      guard let value = self.seconds(parts[2]) else { return nil }
      seconds = value
    }
    guard hours < 24 || (hours == 24 && minutes == 0 && seconds == .zero) else { return nil }
    return .hours(24 * (day - 1)) + .minutes(hours * 60 + minutes) + seconds
  }

  /// `SS` or `SS.ffffff` (up to six decimals), below 60.
  private static func seconds(_ text: Substring) -> SimDuration? {
    let whole = text.prefix { $0 != "." }
    guard whole.count == 2, let value = number(whole), value < 60 else { return nil }
    var microseconds = Int64(value) * 1_000_000
    if whole.endIndex < text.endIndex {
      let fraction = text[text.index(after: whole.endIndex)...]
      guard (1...6).contains(fraction.count), fraction.allSatisfy({ ("0"..."9").contains($0) }),
        let digits = Int64(fraction)
      else { return nil }
      var scale: Int64 = 1
      for _ in fraction.count..<6 { scale *= 10 }
      microseconds += digits * scale
    }
    return SimDuration(microseconds: microseconds)
  }

  private static func number(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.count <= 4, text.allSatisfy({ ("0"..."9").contains($0) }) else {
      return nil
    }
    return Int(text)
  }
}
