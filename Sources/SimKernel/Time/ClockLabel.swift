/// A time of day as messages write it: `HH:MM`, or `HH:MM:SS` when not on the minute, with
/// `d2 ` before it from the second day on.
public enum ClockLabel {
  /// The label of `seconds` since the first day's midnight (negative: before it).
  public static func text(secondsSinceMidnight seconds: Int) -> String {
    let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
    let inDay = seconds - days * 86400
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    var text = two(inDay / 3600) + ":" + two(inDay / 60 % 60)
    if inDay % 60 != 0 { text += ":" + two(inDay % 60) }
    return days == 0 ? text : "d\(days + 1) " + text
  }
}
