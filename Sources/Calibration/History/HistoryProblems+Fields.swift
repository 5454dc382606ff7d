/// Reading the fields of a row, each problem reported at its field; every function returns nil
/// both for an empty optional field and for a bad one (reported), so a reader compares the
/// count of problems before and after a row to know whether the row is whole.
extension HistoryProblems {
  /// The text of a field that must not be empty.
  mutating func required(_ field: HistoryField) -> String? {
    guard !field.isEmpty else {
      report(field, "is empty")
      return nil
    }
    return String(field.text)
  }

  /// A number at least 0 (a count, an average, seconds); nil when empty and not `required`.
  mutating func amount(_ field: HistoryField, required: Bool = false) -> Double? {
    if field.isEmpty {
      if required { report(field, "is empty") }
      return nil
    }
    guard let value = HistoryText.decimal(field.text) else {
      report(field, "\(field.quoted) is not a number")
      return nil
    }
    guard value >= 0 else {
      report(field, "\(field.quoted) is negative")
      return nil
    }
    return value
  }

  /// A whole number at least 0 (seconds, a count), required.
  mutating func whole(_ field: HistoryField, _ what: String = "a whole number") -> Int? {
    guard let value = HistoryText.digits(field.text) else {
      let negative = field.text.first == "-" && HistoryText.decimal(field.text) != nil
      report(field, "\(field.quoted) is \(negative ? "negative" : "not \(what)")")
      return nil
    }
    return value
  }

  /// The day a date field names (`reading` of its text, written as `format`).
  mutating func day(_ field: HistoryField, _ reading: HistoryText.DateReading, _ format: String)
    -> Int?
  {
    switch reading {
    case .day(let day): return day
    case .malformed: report(field, "\(field.quoted) is not a date \(format)")
    case .noSuchDay(let y, let m, let d):
      let date = "\(y)-\(HistoryText.pad(m))-\(HistoryText.pad(d))"
      report(field, "\(field.quoted) is not a day of the calendar (\(date))")
    }
    return nil
  }

  /// A clock time field, seconds since midnight (written as `format` in a message).
  mutating func clock(
    _ field: HistoryField, seconds: HistoryText.Seconds, fraction: Bool = false, _ format: String
  ) -> Double? {
    guard let value = HistoryText.clock(field.text, seconds: seconds, fraction: fraction) else {
      report(field, "\(field.quoted) is not a time \(format)")
      return nil
    }
    return value
  }

  /// A duration field (seconds, or `H:MM:SS` / `M:SS`); nil when empty.
  mutating func duration(_ field: HistoryField) -> Double? {
    guard !field.isEmpty else { return nil }
    guard let value = HistoryText.duration(field.text) else {
      let negative = field.text.first == "-"
      report(
        field,
        negative
          ? "\(field.quoted) is negative"
          : "\(field.quoted) is not a duration (seconds, H:MM:SS or M:SS)")
      return nil
    }
    return value
  }

  /// A moment field `yyyy-MM-dd HH:MM[:SS]` (or with `T`; `Z` too when `utc`); nil when empty.
  mutating func moment(_ field: HistoryField, utc: Bool = false, _ format: String) -> LocalTime? {
    guard !field.isEmpty else { return nil }
    guard let (date, secondsOfDay) = HistoryText.moment(field.text, utc: utc) else {
      report(field, "\(field.quoted) is not a moment \(format)")
      return nil
    }
    guard let day = day(field, date, format) else { return nil }
    return LocalTime(seconds: Double(day) * 86_400 + secondsOfDay)
  }
}
