import ContactCentre
import Foundation
import SimKernel

/// Reads a forecast exported by a WFM tool: a CSV file with a header row and one row per
/// forecast interval, each starting with (or holding somewhere) the interval's start time.
///
/// Every problem is reported at the scenario key that names the file, with the file as the
/// scenario names it and the line of the file: `forecasts/monday.csv:7: ...`.
struct ForecastCSV {
  /// The directory of the scenario file: the forecast's path starts here and must stay inside.
  let directory: String
  let diagnostics: Diagnostics
  /// The run on the clock: t = 0 as time since midnight, and how long it lasts.
  let start: SimDuration
  let duration: SimDuration
  /// The scenario's reporting interval: the length of a forecast of a single row.
  let interval: SimDuration

  /// A reader for the scenario being decoded.
  init(_ context: ScenarioContext, _ diagnostics: Diagnostics) {
    directory = context.directory
    self.diagnostics = diagnostics
    start = context.start
    duration = context.duration
    interval = context.interval
  }

  /// The scenario key that names the file: where its problems are reported.
  struct Origin {
    var file: String
    var node: JSONNode
    var path: JSONPath
  }

  /// A forecast file read and checked: data rows at regular intervals, none missing.
  struct Table {
    let records: CSVRecords
    /// The interval start of the first row, seconds from t = 0 (negative when before it).
    let offset: Int
    /// The length of every row's interval, seconds.
    let length: Int

    /// The position of each header name.
    func column(_ name: String) -> Int? { records.header.fields.firstIndex(of: name) }

    /// Where row `row` starts, seconds from t = 0.
    func rowStart(_ row: Int) -> Int { offset + row * length }
  }

  /// Header names taken as the interval start when the scenario names none (compared in lower
  /// case without spaces, underscores, hyphens or slashes).
  static let timeColumnNames = [
    "interval", "intervalstart", "start", "starttime", "time", "datetime", "period",
    "periodstart",
  ]

  /// How many problems of one file are listed before the rest are counted.
  static let problemLimit = 20

  // MARK: Reading and checking the file

  /// Reads `origin.file` and checks its time column (`timeColumn`, or one of
  /// `timeColumnNames`): regular intervals in time order, no gaps, no overlaps.
  func table(timeColumn: String?, _ origin: Origin) -> Table? {
    let problems = Problems(diagnostics, origin)
    guard let text = read(origin, problems) else { return nil }
    let records: CSVRecords
    do {
      records = try CSVRecords(text)
    } catch {
      switch error {
      case .empty: problems.report(nil, "the file is empty")
      case .semicolons:
        problems.report(1, "fields are separated by semicolons: export the forecast with commas")
      case .unterminatedQuote(let line): problems.report(line, "a quote is not closed")
      case .blankLine(let line):
        problems.report(line, "blank line: every line after the header is one interval")
      }
      return nil
    }
    let names = records.header.fields
    guard !records.rows.isEmpty else {
      problems.report(nil, "no data rows after the header")
      return nil
    }
    let timeIndex: Int
    if let timeColumn {
      guard let index = column(timeColumn, in: records, problems) else { return nil }
      timeIndex = index
    } else {
      let simple = names.map { name in
        String(name.lowercased().filter { !" _-/".contains($0) })
      }
      guard let index = simple.firstIndex(where: Self.timeColumnNames.contains) else {
        problems.report(
          1,
          "no interval start column: call it Interval, Start or Time, or name it with"
            + " \"timeColumn\" (columns: \(Self.listed(names)))")
        return nil
      }
      timeIndex = index
    }
    for row in records.rows where row.fields.count != names.count {
      let hint =
        row.fields.count > names.count
        ? " (a thousands separator? write 1234, not 1,234)" : ""
      problems.report(
        row.line, "\(row.fields.count) fields, but the header has \(names.count)\(hint)")
    }
    guard problems.count == 0 else { return nil }
    guard let starts = intervalStarts(records, column: timeIndex, problems) else { return nil }
    guard let length = intervalLength(starts, records, problems) else { return nil }
    checkSequence(starts, length: length, records, problems)
    guard problems.count == 0 else { return nil }
    return Table(records: records, offset: starts[0] - Int(start.seconds), length: length)
  }

  /// The text of the file, after checking that its path stays in the scenario's directory.
  private func read(_ origin: Origin, _ problems: Problems) -> String? {
    let file = origin.file
    let parts = file.split(separator: "/", omittingEmptySubsequences: false)
    guard !file.isEmpty, !file.hasPrefix("/"), !parts.contains(".."), !file.contains("\\")
    else {
      diagnostics.report(
        .invalidValue, at: origin.path, origin.node.location,
        "\"\(file)\" must be a relative path inside the scenario's directory"
          + " (no \"..\", no leading \"/\", \"/\" between folders)")
      return nil
    }
    let base = directory.isEmpty ? FileManager.default.currentDirectoryPath : directory
    let fullPath = base + "/" + file
    FilesRead.note(fullPath)
    guard let data = FileManager.default.contents(atPath: fullPath) else {
      diagnostics.report(
        .referencedFile, at: origin.path, origin.node.location,
        "cannot read forecast file \"\(file)\"")
      return nil
    }
    // A symbolic link inside the directory may not lead out of it either.
    let realBase = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
    let realFile = URL(fileURLWithPath: fullPath).resolvingSymlinksInPath().path
    guard realFile.hasPrefix(realBase.hasSuffix("/") ? realBase : realBase + "/") else {
      diagnostics.report(
        .invalidValue, at: origin.path, origin.node.location,
        "\"\(file)\" is a link to \(realFile), outside the scenario's directory")
      return nil
    }
    guard let text = String(data: data, encoding: .utf8) else {
      problems.report(nil, "is not UTF-8 text")
      return nil
    }
    return text
  }

  /// The position of header `name`, which must appear exactly once.
  func column(_ name: String, in records: CSVRecords, _ problems: Problems) -> Int? {
    let names = records.header.fields
    let positions = names.indices.filter { names[$0] == name }
    guard let first = positions.first else {
      problems.report(
        1,
        "no column \"\(name)\""
          + NameHint.reference(for: name, among: names, listing: "columns", diagnostics))
      return nil
    }
    guard positions.count == 1 else {
      let numbers = positions.map { String($0 + 1) }.joined(separator: " and ")
      problems.report(1, "column \"\(name)\" appears more than once (columns \(numbers))")
      return nil
    }
    return first
  }

  /// Each row's interval start, in seconds from midnight of the first row's day. Clock times
  /// without a date that go back to midnight after the last interval of a day move on a day.
  private func intervalStarts(_ records: CSVRecords, column: Int, _ problems: Problems) -> [Int]? {
    var starts: [Int] = []
    var firstDay: Int?
    var dated: Bool?
    var day = 0
    for row in records.rows {
      let text = row.fields[column]
      guard let time = ForecastTime(text) else {
        problems.report(
          row.line,
          "\"\(VisibleText.prefix(text))\" in column"
            + " \"\(VisibleText.prefix(records.header.fields[column]))\" is not an interval start"
            + " (\(ForecastTime.forms))")
        continue
      }
      if let dated, dated != (time.day != nil) {
        problems.report(
          row.line,
          "\"\(VisibleText.prefix(text))\": give every interval start with a date, or none with"
            + " one")
        continue
      }
      dated = time.day != nil
      if let date = time.day {
        let first = firstDay ?? date
        firstDay = first
        starts.append((date - first) * 86400 + time.second)
      } else {
        // 23:45 then 00:00: the next day, when 23:45 was the day's last interval.
        if let last = starts.last, time.second == 0, last - day * 86400 > 0 {
          let step = starts.count > 1 ? last - starts[starts.count - 2] : 86400 - last % 86400
          if last - day * 86400 + step == 86400 { day += 1 }
        }
        starts.append(day * 86400 + time.second)
      }
    }
    return problems.count == 0 ? starts : nil
  }

  /// The interval of the file: the commonest step between consecutive rows (the scenario's
  /// interval for one row). It must divide the day.
  private func intervalLength(_ starts: [Int], _ records: CSVRecords, _ problems: Problems)
    -> Int?
  {
    guard starts.count > 1 else { return Int(interval.seconds) }
    var counts: [Int: Int] = [:]
    for (previous, next) in zip(starts, starts.dropFirst()) where next > previous {
      counts[next - previous, default: 0] += 1
    }
    guard let length = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key else {
      problems.report(records.rows[1].line, "the interval starts do not go forward in time")
      return nil
    }
    guard 86400 % length == 0 else {
      problems.report(
        records.rows[1].line,
        "rows are \(describe(length)) apart: a forecast's intervals must divide the day"
          + " (15m, 30m, 1h …)")
      return nil
    }
    return length
  }

  /// Every row must start one interval after the one before: anything else is a gap, an
  /// overlap, a row out of order or an interval of the wrong length.
  private func checkSequence(
    _ starts: [Int], length: Int, _ records: CSVRecords, _ problems: Problems
  ) {
    for index in starts.indices.dropFirst() {
      let (previous, next) = (starts[index - 1], starts[index])
      let row = records.rows[index]
      let before = records.rows[index - 1].line
      let clock = ForecastTime.clock(next)
      switch next - previous {
      case length:
        continue
      case ..<0:
        problems.report(
          row.line,
          "\(clock) is earlier than \(ForecastTime.clock(previous)) on line \(before):"
            + " rows must be in time order")
      case 0:
        problems.report(row.line, "\(clock) again: it overlaps the row on line \(before)")
      case let step where step % length == 0:
        problems.report(
          row.line,
          "gap: no row for \(ForecastTime.clock(previous + length))–\(clock)"
            + " between line \(before) and this one")
      case let step:
        problems.report(
          row.line,
          "\(clock) is \(describe(step)) after line \(before), but the file's intervals are"
            + " \(describe(length))" + (step < length ? " (the intervals overlap)" : ""))
      }
    }
  }

  private func describe(_ seconds: Int) -> String {
    DurationText.describe(.seconds(seconds))
  }

  // MARK: What the scenario takes from it

  /// The expected calls in column `column`, as an arrival profile over the forecast's own
  /// intervals (split finer when they do not line up with the run's start).
  func arrivals(
    column name: String, timeColumn: String?, overdispersion: Double, _ origin: Origin
  ) -> ArrivalProfile? {
    guard let table = table(timeColumn: timeColumn, origin) else { return nil }
    let problems = Problems(diagnostics, origin)
    guard let column = column(name, in: table.records, problems) else { return nil }
    let values = table.records.rows.map { row in
      callCount(row.fields[column], name: name, line: row.line, problems)
    }
    guard problems.count == 0, covers(table, problems) else { return nil }
    let calls = values.map { $0 ?? 0 }
    // Periods short enough that each lies in one forecast interval, from t = 0.
    let remainder = ((table.offset % table.length) + table.length) % table.length
    let period = remainder == 0 ? table.length : gcd(table.length, remainder)
    let horizon = min(table.rowStart(calls.count), Int(duration.seconds.rounded(.up)))
    let periods = (horizon + period - 1) / period
    let perPeriod = (0..<periods).map { index -> Double in
      let from = index * period - table.offset
      guard from >= 0 else { return 0 }
      let row = from / table.length
      return row < calls.count ? calls[row] * Double(period) / Double(table.length) : 0
    }
    return .perInterval(perPeriod, interval: .seconds(period), overdispersion: overdispersion)
  }

  /// Whether some of the forecast falls within the run.
  func covers(_ table: Table, _ problems: Problems) -> Bool {
    let end = table.rowStart(table.records.rows.count)
    let runEnd = Int(duration.seconds.rounded(.up))
    guard end <= 0 || table.offset >= runEnd else { return true }
    let origin = Int(start.seconds)
    problems.report(
      nil,
      "the forecast (\(ForecastTime.clock(origin + table.offset))–"
        + "\(ForecastTime.clock(origin + end))) does not overlap the run"
        + " (\(ForecastTime.clock(origin))–\(ForecastTime.clock(origin + runEnd)))")
    return false
  }

  /// A number of calls: a plain decimal ≥ 0, at most 1,000,000.
  func callCount(_ text: String, name: String, line: Int, _ problems: Problems)
    -> Double?
  {
    guard Self.isDecimal(text), let value = Double(text), value.isFinite else {
      let found = text.isEmpty ? "nothing" : "\"\(VisibleText.prefix(text))\""
      problems.report(line, "column \"\(name)\" has \(found), not a number of calls ≥ 0")
      return nil
    }
    guard value >= 0 else {
      problems.report(
        line,
        "column \"\(name)\" has \(VisibleText.prefix(text)) calls: a forecast is never negative")
      return nil
    }
    guard value <= 1_000_000 else {
      problems.report(
        line,
        "column \"\(name)\" has \(VisibleText.prefix(text)) calls, more than one line can bring"
          + " (1,000,000)")
      return nil
    }
    return value
  }

  /// Whether `field` is a plain decimal number (no hex, no "nan" or "inf").
  static func isDecimal(_ field: String) -> Bool {
    !field.isEmpty && field.allSatisfy { "0123456789.eE+-".contains($0) }
  }

  /// Seconds from `12.5`, `4:05` or `1:02:03`; nil otherwise.
  static func handleTime(_ text: String) -> Double? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    if parts.count == 1 {
      guard isDecimal(text), let value = Double(text), value.isFinite else { return nil }
      return value
    }
    guard parts.count <= 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
      parts.dropFirst().allSatisfy({ $0.count == 2 })
    else { return nil }
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == parts.count, numbers.dropFirst().allSatisfy({ $0 < 60 }) else {
      return nil
    }
    return Double(numbers.reduce(0) { $0 * 60 + $1 })
  }

  func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

  /// The header's names as a message lists them: the first `NameHint.listLimit`, each cut to a
  /// prefix, and how many more — the line at fault, never a whole file that is not a forecast.
  static func listed(_ names: [String]) -> String {
    let shown = names.prefix(NameHint.listLimit).map { VisibleText.prefix($0) }
    let more = names.count - shown.count
    return shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
  }
}

extension ForecastCSV {
  /// The problems of one file, reported as `file:line: message`, the first
  /// `problemLimit` of them one by one and the rest counted.
  final class Problems {
    let diagnostics: Diagnostics
    let origin: Origin
    private(set) var count = 0

    init(_ diagnostics: Diagnostics, _ origin: Origin) {
      self.diagnostics = diagnostics
      self.origin = origin
    }

    func report(_ line: Int?, _ message: String) {
      count += 1
      let place = origin.file + (line.map { ":\($0)" } ?? "")
      // A file read for several keys has its problems listed once, at the first.
      let text = "\(place): \(message)"
      if diagnostics.errors.contains(where: { $0.code == .referencedFile && $0.message == text }) {
        return
      }
      if count <= ForecastCSV.problemLimit {
        diagnostics.report(.referencedFile, at: origin.path, origin.node.location, text)
      } else if count == ForecastCSV.problemLimit + 1 {
        diagnostics.report(
          .referencedFile, at: origin.path, origin.node.location,
          "\(origin.file): more problems (only the first \(ForecastCSV.problemLimit) are listed)")
      }
    }
  }
}
