import SimKernel

/// The start of a forecast interval as a WFM tool writes it: a clock time (`08:15`, `8:15`,
/// `08:15:00`) or an ISO 8601 local date-time (`2024-03-04T08:15`, `2024-03-04 08:15:00`).
struct ForecastTime: Equatable {
  /// The day as a count of days from 1970-01-01, or nil for a clock time alone.
  var day: Int?
  /// Seconds since midnight.
  var second: Int

  /// The forms accepted, for messages.
  static let forms = "HH:MM, HH:MM:SS or an ISO date-time like 2024-03-04T08:15"

  /// Parses `text`; nil when it is none of the accepted forms (time zones are refused: a
  /// forecast is in the centre's local time).
  init?(_ text: String) {
    let characters = Array(text)
    var clock = characters[...]
    if characters.count >= 11, characters[4] == "-", characters[10] == "T" || characters[10] == " "
    {
      let date = String(characters[0..<10]).split(separator: "-", omittingEmptySubsequences: false)
      guard date.count == 3, date[0].count == 4, date[1].count == 2, date[2].count == 2,
        let year = Self.digits(date[0]), let month = Self.digits(date[1]),
        let dayOfMonth = Self.digits(date[2]), (1...12).contains(month),
        CivilDate.isDate(year: year, month: month, day: dayOfMonth)
      else { return nil }
      day = CivilDate.days(year: year, month: month, day: dayOfMonth)
      clock = characters[11...]
    } else {
      day = nil
    }
    let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3,
      (1...2).contains(parts[0].count), parts.dropFirst().allSatisfy({ $0.count == 2 }),
      let hours = Self.digits(parts[0]), let minutes = Self.digits(parts[1]),
      hours < 24, minutes < 60
    else { return nil }
    let seconds = parts.count == 3 ? Self.digits(parts[2]) : 0
    guard let seconds, seconds < 60 else { return nil }
    second = hours * 3600 + minutes * 60 + seconds
  }

  /// The value of a run of ASCII digits.
  private static func digits(_ text: some Collection<Character>) -> Int? {
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(String(text))
  }

  /// `HH:MM`, or `HH:MM:SS` when not on the minute, for seconds since some midnight (a later
  /// day shows as `d2 HH:MM`).
  static func clock(_ seconds: Int) -> String { ClockLabel.text(secondsSinceMidnight: seconds) }
}
