/// Genesys Cloud WFM's historical data import: a comma-separated file with a header, one row per
/// queue, media type and interval, its start in UTC (`2024-03-04T08:00:00.000Z`). Only `voice`
/// rows are read; the start is shifted to local time by a UTC offset.
/// `docs/history-formats.md` describes it.
enum GenesysIntervals {
  static let start = "Interval Start UTC Date"
  static let queue = "Queue"
  static let mediaType = "Media Type"
  static let offered = "Offered"
  static let handled = "Interactions Handled"
  static let handleTime = "Total Handle Time (Seconds)"
  /// The columns, every one required, in the order the writer puts them.
  static let columns = [start, queue, mediaType, offered, handled, handleTime]
  static let startFormat = "yyyy-MM-ddTHH:MM:SS[.fff]Z"
  /// The interval length when no queue has two rows: 15 minutes.
  static let defaultLength = 900.0

  /// The voice intervals of `text`, starts shifted by `utcOffsetSeconds` (local = UTC + offset).
  static func read(_ text: String, file: String, utcOffsetSeconds: Int) throws(HistoryError)
    -> [IntervalRecord]
  {
    var problems = HistoryProblems(file: file)
    guard let table = HistoryTable(text, &problems),
      let at = table.indices(of: columns, &problems)
    else { throw problems.error }
    let column = Dictionary(uniqueKeysWithValues: zip(columns, at))
    var rows = IntervalRows()
    for row in table.rows {
      let field = { (name: String) in table.field(row, column[name]!) }
      guard field(mediaType).text.lowercased() == "voice" else { continue }
      let before = problems.count
      let name = problems.required(field(queue))
      let moment = problems.moment(field(start), utc: true, startFormat)
      if field(start).isEmpty { problems.report(field(start), "is empty") }
      let calls = problems.amount(field(offered), required: true)
      let answered = problems.amount(field(handled))
      let seconds = problems.amount(field(handleTime))
      guard problems.count == before, let name, let moment, let calls else { continue }
      var record = IntervalRecord(
        queue: name, start: LocalTime(seconds: moment.seconds + Double(utcOffsetSeconds)),
        length: defaultLength, offered: calls, handled: answered)
      if let answered, let seconds, answered > 0 {
        record.averageHandleTime = seconds / answered
      }
      rows.rows.append(IntervalRows.Row(record: record, start: field(start)))
    }
    try problems.check()
    let length = rows.commonestStep(fallback: defaultLength)
    rows.setLength(length)
    rows.check(step: length, &problems)
    try problems.check()
    return rows.rows.map(\.record)
  }

  /// The import file of `records`: media type `voice`, starts in UTC (local −
  /// `utcOffsetSeconds`) to the millisecond, the total handle time AHT × handled.
  static func write(_ records: [IntervalRecord], utcOffsetSeconds: Int) -> String {
    var text = columns.joined(separator: ",") + "\n"
    let number = { (value: Double?) in value.map { HistoryText.number($0) } ?? "" }
    for record in records {
      let utc = LocalTime(seconds: record.start.seconds - Double(utcOffsetSeconds))
      var clock = HistoryText.clock(utc.secondsOfDay, places: 3)
      if !clock.contains(".") { clock += ".000" }
      let moment = LocalTime.isoDate(ofDay: utc.day) + "T" + clock + "Z"
      let handleTime = record.handled.flatMap { handled in
        record.averageHandleTime.map { $0 * handled }
      }
      let fields = [
        moment, record.queue, "voice", number(record.offered), number(record.handled),
        number(handleTime),
      ]
      text += fields.joined(separator: ",") + "\n"
    }
    return text
  }
}
