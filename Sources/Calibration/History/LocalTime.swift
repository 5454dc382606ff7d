import SimKernel

/// A moment in a centre's history, in the centre's own local time: seconds since midnight at
/// the start of 1 January 1970 (no time zone: an export in UTC is shifted by its reader).
///
/// Days are counted from 1970-01-01, a Thursday; `weekday` counts from Monday = 0.
public struct LocalTime: Sendable, Hashable, Comparable {
  public var seconds: Double

  public init(seconds: Double) { self.seconds = seconds }

  /// Midnight starting the civil date `year-month-day` plus `secondsOfDay`.
  public init(year: Int, month: Int, day: Int, secondsOfDay: Double = 0) {
    seconds = Double(Self.days(year: year, month: month, day: day)) * 86_400 + secondsOfDay
  }

  /// Days since 1970-01-01 of a date of the proleptic Gregorian calendar.
  public static func days(year: Int, month: Int, day: Int) -> Int {
    CivilDate.days(year: year, month: month, day: day)
  }

  /// Whether `year-month-day` is a date of the calendar (30 February is not).
  public static func isDate(year: Int, month: Int, day: Int) -> Bool {
    CivilDate.isDate(year: year, month: month, day: day)
  }

  /// The day: days since 1970-01-01.
  public var day: Int { Int((seconds / 86_400).rounded(.down)) }
  /// Seconds since the day's midnight.
  public var secondsOfDay: Double { seconds - Double(day) * 86_400 }
  /// Monday = 0 … Sunday = 6.
  public var weekday: Int { Self.weekday(ofDay: day) }

  /// Monday = 0 … Sunday = 6 of a day counted from 1970-01-01 (a Thursday).
  public static func weekday(ofDay day: Int) -> Int { ((day + 3) % 7 + 7) % 7 }

  /// The civil date of a day counted from 1970-01-01.
  public static func date(ofDay days: Int) -> (year: Int, month: Int, day: Int) {
    CivilDate.date(ofDay: days)
  }

  /// `yyyy-MM-dd` of a day counted from 1970-01-01.
  public static func isoDate(ofDay day: Int) -> String {
    let (y, m, d) = date(ofDay: day)
    return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
  }

  public static func < (a: LocalTime, b: LocalTime) -> Bool { a.seconds < b.seconds }

  /// The English weekday names, Monday first, as options and reports write them.
  public static let weekdayNames = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]
}
