import SimKernel

/// NICE IEX's interval export: pipe-delimited, its columns named by a `#fields:` line, other
/// lines starting `#` comments (`#interval:15` gives the interval length in minutes).
/// `docs/history-formats.md` describes it.
enum IEXIntervals {
  static let date = "Date"
  static let interval = "Interval"
  static let queue = "Queue"
  static let offered = "Calls Offered"
  static let handled = "Calls Handled"
  static let abandoned = "Calls Abandoned"
  static let handleTime = "AHT"
  static let agents = "Agents"
  static let required = [date, interval, queue, offered]
  /// Every column, in the order the writer puts them.
  static let columns = required + [handled, abandoned, handleTime, agents]
  static let fieldsMark = "#fields:"
  static let intervalMark = "#interval:"
  static let defaultLength = 900.0

  /// The intervals of `text`.
  static func read(_ text: String, file: String) throws(HistoryError) -> [IntervalRecord] {
    var problems = HistoryProblems(file: file)
    var text = Substring(text)
    if text.first == "\u{FEFF}" { text = text.dropFirst() }
    let lines = text.split(omittingEmptySubsequences: false) {
      $0 == "\n" || $0 == "\r\n" || $0 == "\r"
    }
    guard lines.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else {
      throw HistoryError(file: file, message: "the file is empty")
    }
    var names: [String]?
    var length: Double?
    var data: [CSVRecords.Record] = []
    for (index, line) in lines.enumerated() {
      let number = index + 1
      if line.allSatisfy(\.isWhitespace) { continue }
      if line.hasPrefix(fieldsMark) {
        guard names == nil else {
          problems.report(line: number, "a second #fields: line")
          continue
        }
        names = CSVRecords.fields(line.dropFirst(fieldsMark.count), separator: "|")
        if names == nil { problems.report(line: number, "a quote is not closed") }
        names = names.map { $0.map { String($0.trimmingSpaces) } }
      } else if line.hasPrefix(intervalMark) {
        let minutes = HistoryText.digits(line.dropFirst(intervalMark.count).drop { $0 == " " })
        if let minutes, minutes > 0 {
          length = Double(minutes * 60)
        } else {
          problems.report(
            line: number, "\"\(VisibleText.prefix(String(line)))\" is not #interval:MINUTES")
        }
      } else if line.hasPrefix("#") {
        continue
      } else if names == nil {
        problems.report(
          line: number, "data before the #fields: line (the file must name its columns first)")
        throw problems.error
      } else if let fields = CSVRecords.fields(line, separator: "|") {
        data.append(CSVRecords.Record(line: number, fields: fields))
      } else {
        problems.report(line: number, "a quote is not closed")
      }
    }
    guard let names else {
      problems.report(line: nil, "no #fields: line naming the columns")
      throw problems.error
    }
    guard !data.isEmpty || !problems.isEmpty else {
      problems.report(line: nil, "no data rows after the #fields: line")
      throw problems.error
    }
    let table = HistoryTable(names: names, rows: data)
    guard let at = table.indices(of: required, &problems) else { throw problems.error }
    let column = Dictionary(uniqueKeysWithValues: zip(required, at))
    let optional = [handled, abandoned, handleTime, agents].compactMap { name in
      table.index(of: name).map { (name, $0) }
    }
    let other = Dictionary(uniqueKeysWithValues: optional)
    var rows = IntervalRows()
    for row in data {
      guard row.fields.count == names.count else {
        problems.report(
          line: row.line, "\(row.fields.count) fields, but #fields: names \(names.count)")
        continue
      }
      let field = { (name: String) in table.field(row, column[name]!) }
      let amount = { (name: String, problems: inout HistoryProblems) in
        other[name].flatMap { problems.amount(table.field(row, $0)) }
      }
      let before = problems.count
      let day = problems.day(field(date), Self.date(field(date).text), "MM/dd/yyyy")
      let clock = problems.clock(field(interval), seconds: .absent, "HH:MM")
      let name = problems.required(field(queue))
      let calls = problems.amount(field(offered), required: true)
      var record = IntervalRecord(
        queue: name ?? "", start: LocalTime(seconds: 0), length: length ?? defaultLength,
        offered: calls ?? 0, handled: amount(handled, &problems),
        abandoned: amount(abandoned, &problems),
        averageHandleTime: amount(handleTime, &problems), agents: amount(agents, &problems))
      guard problems.count == before, let day, let clock, name != nil, calls != nil else {
        continue
      }
      record.start = LocalTime(seconds: Double(day) * 86_400 + clock)
      rows.rows.append(IntervalRows.Row(record: record, start: field(interval)))
    }
    try problems.check()
    let step = length ?? rows.commonestStep(fallback: defaultLength)
    rows.setLength(step)
    rows.check(step: step, &problems)
    try problems.check()
    return rows.rows.map(\.record)
  }

  /// A date `MM/dd/yyyy`, or `MMddyyyy` as IEX's own exports write it by default.
  static func date(_ text: Substring) -> HistoryText.DateReading {
    guard text.count == 8, let number = HistoryText.digits(text) else {
      return HistoryText.usDate(text)
    }
    return HistoryText.day(
      year: number % 10_000, month: number / 1_000_000, day: number / 10_000 % 100)
  }

  /// The export of `records`: every column, `#interval:` the first record's length in minutes
  /// (when whole minutes), empty fields for what a record does not have.
  static func write(_ records: [IntervalRecord]) -> String {
    var text = fieldsMark + columns.joined(separator: "|") + "\n"
    if let length = records.first?.length, length.truncatingRemainder(dividingBy: 60) == 0 {
      text += intervalMark + "\(Int(length / 60))\n"
    }
    let number = { (value: Double?) in value.map { HistoryText.number($0) } ?? "" }
    for record in records {
      let (y, m, d) = LocalTime.date(ofDay: record.start.day)
      let fields = [
        HistoryText.pad(m) + "/" + HistoryText.pad(d) + "/\(y)",
        HistoryText.clock(record.start.secondsOfDay, withSeconds: false), record.queue,
        number(record.offered), number(record.handled), number(record.abandoned),
        number(record.averageHandleTime), number(record.agents),
      ]
      text += fields.joined(separator: "|") + "\n"
    }
    return text
  }
}
