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
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// Whether `year-month-day` is a date of the calendar (30 February is not).
  public static func isDate(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
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
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
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
