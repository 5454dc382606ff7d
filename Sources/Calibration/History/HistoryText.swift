/// The pieces of text history files are made of — numbers, dates, clock times, durations — read
/// strictly (nil when the text is not one) and written back.
enum HistoryText {
  // MARK: Reading

  /// A whole number of ASCII digits (no sign), at most 15 of them.
  static func digits(_ text: Substring) -> Int? {
    let bytes = text.utf8
    guard !bytes.isEmpty, bytes.count <= 15 else { return nil }
    var value = 0
    for byte in bytes {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  /// A finite decimal number `[-+]digits[.digits][e[-+]digits]` (`.5` and `5.` too); nil for
  /// anything else (`nan`, `inf`, hexadecimal, thousands separators).
  static func decimal(_ text: Substring) -> Double? {
    let allowed = "0123456789+-.eE"
    guard !text.isEmpty, text.allSatisfy({ allowed.contains($0) }),
      text.contains(where: \.isNumber), let value = Double(text), value.isFinite
    else { return nil }
    return value
  }

  /// How a date field failed, or the day it names (days since 1970-01-01).
  enum DateReading: Equatable {
    case day(Int)
    /// Well formed, but no day of the calendar (30 February).
    case noSuchDay(year: Int, month: Int, day: Int)
    case malformed
  }

  /// The day of `year-month-day`, or why there is none.
  static func day(year: Int, month: Int, day: Int) -> DateReading {
    LocalTime.isDate(year: year, month: month, day: day)
      ? .day(LocalTime.days(year: year, month: month, day: day))
      : .noSuchDay(year: year, month: month, day: day)
  }

  /// `yymmdd`: years 00–68 are 20xx, 69–99 19xx.
  static func yymmdd(_ text: Substring) -> DateReading {
    guard text.count == 6, let number = digits(text) else { return .malformed }
    let yy = number / 10_000
    return day(year: yy < 69 ? 2000 + yy : 1900 + yy, month: number / 100 % 100, day: number % 100)
  }

  /// `yyyyMMdd`.
  static func yyyyMMdd(_ text: Substring) -> DateReading {
    guard text.count == 8, let number = digits(text) else { return .malformed }
    return day(year: number / 10_000, month: number / 100 % 100, day: number % 100)
  }

  /// `yyyy-MM-dd`.
  static func isoDate(_ text: Substring) -> DateReading {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = digits(parts[0]), let m = digits(parts[1]), let d = digits(parts[2])
    else { return .malformed }
    return day(year: y, month: m, day: d)
  }

  /// `MM/dd/yyyy` (a month or day of one digit too).
  static func usDate(_ text: Substring) -> DateReading {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
      parts[2].count == 4, let m = digits(parts[0]), let d = digits(parts[1]),
      let y = digits(parts[2])
    else { return .malformed }
    return day(year: y, month: m, day: d)
  }

  /// Whether a clock's seconds are required, optional or absent.
  enum Seconds { case required, optional, absent }

  /// A clock time `H:MM`, `H:MM:SS` or `H:MM:SS.fff` (hour of one or two digits, 0–23) as
  /// seconds since midnight: `seconds` says whether the seconds are there, `fraction` whether
  /// they may have a decimal part.
  static func clock(_ text: Substring, seconds: Seconds, fraction: Bool = false) -> Double? {
    // The hours, minutes and seconds and how many digits each has, scanned byte by byte.
    var values = (0, 0, 0)
    var digitCounts = (0, 0, 0)
    var part = 0
    var rest: Substring = ""
    let bytes = text.utf8
    for index in bytes.indices {
      let byte = bytes[index]
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        let digit = Int(byte - UInt8(ascii: "0"))
        switch part {
        case 0: (values.0, digitCounts.0) = (values.0 * 10 + digit, digitCounts.0 + 1)
        case 1: (values.1, digitCounts.1) = (values.1 * 10 + digit, digitCounts.1 + 1)
        default: (values.2, digitCounts.2) = (values.2 * 10 + digit, digitCounts.2 + 1)
        }
        if digitCounts.0 > 2 || digitCounts.1 > 2 || digitCounts.2 > 2 { return nil }
      } else if byte == UInt8(ascii: ":") && part < 2 {
        part += 1
      } else if byte == UInt8(ascii: ".") && part == 2 {
        rest = text[index...]
        break
      } else {
        return nil
      }
    }
    switch (part, seconds) {
    case (1, .optional), (1, .absent), (2, .optional), (2, .required): break
    default: return nil
    }
    guard digitCounts.0 >= 1, digitCounts.1 == 2, values.0 <= 23, values.1 <= 59,
      part == 1 || (digitCounts.2 == 2 && values.2 <= 59)
    else { return nil }
    var value = Double(values.0 * 3600 + values.1 * 60 + values.2)
    if !rest.isEmpty {
      guard fraction, digits(rest.dropFirst()) != nil, let decimal = Double("0" + rest) else {
        return nil
      }
      value += decimal
    }
    return value
  }

  /// A duration: seconds (`372`, `372.5`) or `H:MM:SS` / `M:SS` (hours and minutes of any size,
  /// seconds below 60, possibly with a decimal part); nil when negative or not one.
  static func duration(_ text: Substring) -> Double? {
    guard text.contains(":") else {
      guard let value = decimal(text), value >= 0 else { return nil }
      return value
    }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count) else { return nil }
    var total = 0.0
    for (index, part) in parts.enumerated() {
      let last = index == parts.count - 1
      if index > 0 && part.prefix(while: \.isNumber).count != 2 { return nil }
      if last {
        guard let value = decimal(part), value >= 0, value < 60 || parts.count == 1 else {
          return nil
        }
        total = total * 60 + value
      } else {
        guard let value = digits(part), index == 0 || value < 60 else { return nil }
        total = total * 60 + Double(value)
      }
    }
    return total
  }

  /// A local moment `2024-03-04T08:15:03` or `2024-03-04 08:15:03` (seconds optional, a
  /// decimal part allowed) as its date and seconds since that midnight; with `utc`, a trailing
  /// `Z` is allowed too. Nil when the text is not one.
  static func moment(_ text: Substring, utc: Bool = false) -> (
    date: DateReading, secondsOfDay: Double
  )? {
    var text = text
    if utc && text.last == "Z" { text = text.dropLast() }
    guard text.count >= 16 else { return nil }
    let separator = text.dropFirst(10).first
    guard separator == "T" || separator == " ",
      let clock = clock(text.dropFirst(11), seconds: .optional, fraction: true)
    else { return nil }
    let date = isoDate(text.prefix(10))
    return date == .malformed ? nil : (date, clock)
  }

  // MARK: Writing

  /// Two digits.
  static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  /// `value` with at most `places` decimals, trailing zeros dropped: `372`, `372.5`, `-0.25`.
  static func number(_ value: Double, places: Int = 6) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e15 else { return "\(value)" }
    let units = Int64(scaled)
    let whole = units / Int64(scale)
    var fraction = String(units % Int64(scale))
    fraction = String(repeating: "0", count: places - fraction.count) + fraction
    while fraction.last == "0" { fraction.removeLast() }
    let sign = value < 0 && units != 0 ? "-" : ""
    return sign + "\(whole)" + (fraction.isEmpty ? "" : "." + fraction)
  }

  /// `HH:MM:SS` (or `H:MM:SS` when not `padHour`) of seconds since midnight, the seconds with
  /// up to `places` decimals; `HH:MM` when `withSeconds` is false.
  static func clock(
    _ secondsOfDay: Double, padHour: Bool = true, withSeconds: Bool = true, places: Int = 0
  ) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let units = Int64((secondsOfDay * scale).rounded())
    let whole = Int(units / Int64(scale))
    let h = whole / 3600
    let hm = (padHour ? pad(h) : "\(h)") + ":" + pad(whole / 60 % 60)
    guard withSeconds else { return hm }
    let rest = Double(units % Int64(scale)) / scale
    let fraction = rest > 0 ? String(number(rest, places: places).dropFirst()) : ""
    return hm + ":" + pad(whole % 60) + fraction
  }

  /// The date of a day without separators: `yyyyMMdd`.
  static func compactDate(ofDay day: Int) -> String {
    let (y, m, d) = LocalTime.date(ofDay: day)
    return "\(y)" + pad(m) + pad(d)
  }
}
