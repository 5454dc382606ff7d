/// Calabrio's forecast import file: no header, seven comma-separated fields a row — skill, start,
/// end (`yyyyMMdd HH:mm`), volume, average task time, average ACW (seconds), agents — or six,
/// without agents (Calabrio's file without staffing).
/// `docs/history-formats.md` describes it.
enum CalabrioIntervals {
  /// The fields' names, as messages give them.
  static let columns = [
    "skill", "start", "end", "volume", "average task time", "average ACW", "agents",
  ]
  static let momentFormat = "yyyyMMdd HH:mm"

  /// The intervals of `text`.
  static func read(_ text: String, file: String) throws(HistoryError) -> [IntervalRecord] {
    var problems = HistoryProblems(file: file)
    guard let records = HistoryTable.records(text, separator: ",", &problems) else {
      throw problems.error
    }
    let table = HistoryTable(names: columns, rows: [records.header] + records.rows)
    var rows = IntervalRows()
    for row in table.rows {
      guard row.fields.count == columns.count || row.fields.count == columns.count - 1 else {
        problems.report(
          line: row.line,
          "\(row.fields.count) fields, but a row has 7 (or 6, without agents): "
            + columns.joined(separator: ","))
        continue
      }
      let field = { (index: Int) in table.field(row, index) }
      let before = problems.count
      let skill = problems.required(field(0))
      let start = Self.moment(field(1), &problems)
      let end = Self.moment(field(2), &problems)
      let volume = problems.amount(field(3), required: true)
      let task = problems.amount(field(4))
      let wrapUp = problems.amount(field(5))
      let agents = row.fields.count > 6 ? problems.amount(field(6)) : nil
      guard problems.count == before, let skill, let start, let end, let volume else { continue }
      guard end > start else {
        problems.report(field(2), "\(field(2).quoted) is not after the start")
        continue
      }
      let handleTime = task.map { $0 + (wrapUp ?? 0) }
      let record = IntervalRecord(
        queue: skill, start: start, length: end.seconds - start.seconds, offered: volume,
        averageHandleTime: handleTime, averageWrapUp: wrapUp, agents: agents)
      rows.rows.append(IntervalRows.Row(record: record, start: field(1)))
    }
    try problems.check()
    let fallback = rows.rows.first?.record.length ?? 900
    rows.check(step: rows.commonestStep(fallback: fallback), &problems)
    try problems.check()
    return rows.rows.map(\.record)
  }

  /// A moment `yyyyMMdd HH:mm`.
  static func moment(_ field: HistoryField, _ problems: inout HistoryProblems) -> LocalTime? {
    let parts = field.text.split(separator: " ", omittingEmptySubsequences: true)
    guard parts.count == 2, parts[0].count == 8,
      let clock = HistoryText.clock(parts[1], seconds: .absent)
    else {
      problems.report(field, "\(field.quoted) is not a moment \(momentFormat)")
      return nil
    }
    guard let day = problems.day(field, HistoryText.yyyyMMdd(parts[0]), momentFormat) else {
      return nil
    }
    return LocalTime(seconds: Double(day) * 86_400 + clock)
  }

  /// The import file of `records`: task time AHT − ACW, empty fields for what a record does not
  /// have.
  static func write(_ records: [IntervalRecord]) -> String {
    var text = ""
    let number = { (value: Double?) in value.map { HistoryText.number($0) } ?? "" }
    let moment = { (value: LocalTime) in
      HistoryText.compactDate(ofDay: value.day) + " "
        + HistoryText.clock(value.secondsOfDay, withSeconds: false)
    }
    for record in records {
      let task = record.averageHandleTime.map { $0 - (record.averageWrapUp ?? 0) }
      let fields = [
        record.queue, moment(record.start),
        moment(LocalTime(seconds: record.start.seconds + record.length)), number(record.offered),
        number(task), number(record.averageWrapUp), number(record.agents),
      ]
      text += fields.joined(separator: ",") + "\n"
    }
    return text
  }
}
