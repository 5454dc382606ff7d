/// Any call-level CSV read through a `ColumnMapping`: each field of a call from the column
/// mapped to it. `docs/history-formats.md` describes the formats of moments and durations.
enum MappedCalls {
  static let momentFormat = "yyyy-MM-dd HH:MM[:SS]"
  static let clockFormat = "HH:MM[:SS]"

  /// The calls of `text` through `mapping`.
  static func read(_ text: String, file: String, mapping: ColumnMapping) throws(HistoryError)
    -> [CallRecord]
  {
    var problems = HistoryProblems(file: file)
    guard let table = HistoryTable(text, &problems) else { throw problems.error }
    let fields = ColumnMapping.Field.allCases.filter { mapping.columns[$0] != nil }
    guard let at = table.indices(of: fields.map { mapping.columns[$0]! }, &problems) else {
      throw problems.error
    }
    let column = Dictionary(uniqueKeysWithValues: zip(fields, at))
    var records: [CallRecord] = []
    for row in table.rows {
      let field = { (name: ColumnMapping.Field) in column[name].map { table.field(row, $0) } }
      let before = problems.count
      var day: Int?
      if let date = field(.date) {
        if date.isEmpty {
          problems.report(date, "is empty")
        } else {
          day = problems.day(date, Self.date(date.text), "yyyy-MM-dd")
        }
      }
      let moment = { (name: ColumnMapping.Field, problems: inout HistoryProblems) -> LocalTime? in
        guard let cell = field(name), !cell.isEmpty else { return nil }
        if field(.date) == nil { return problems.moment(cell, momentFormat) }
        guard let day,
          let clock = problems.clock(cell, seconds: .optional, fraction: true, clockFormat)
        else { return nil }
        return LocalTime(seconds: Double(day) * 86_400 + clock)
      }
      let queue = problems.required(field(.queue)!)
      let arrivalField = field(.arrival)!
      if arrivalField.isEmpty { problems.report(arrivalField, "is empty") }
      let arrival = moment(.arrival, &problems)
      let queued = moment(.queued, &problems)
      let answered = moment(.answered, &problems)
      let abandoned = moment(.abandoned, &problems)
      var outcome: CallRecord.Outcome? =
        answered != nil ? .answered : abandoned != nil ? .abandoned : .ivrHangUp
      if let word = field(.outcome) {
        outcome = mapping.outcomeWords[word.text.lowercased()]
        if word.isEmpty {
          problems.report(word, "is empty")
        } else if outcome == nil {
          problems.report(
            word,
            "\(word.quoted) is not an outcome"
              + HistoryTable.hint(
                for: String(word.text), among: mapping.outcomeWords.keys.sorted(), "one of"))
        }
      }
      var durations: [ColumnMapping.Field: Double] = [:]
      for name in [ColumnMapping.Field.talk, .hold, .wrapUp] {
        if let cell = field(name) { durations[name] = problems.duration(cell) }
      }
      let rings = field(.ringOuts)
      let ringOuts = rings.flatMap { $0.isEmpty ? nil : problems.whole($0) }
      let agent = field(.agent).flatMap { $0.isEmpty ? nil : String($0.text) }
      guard problems.count == before, let queue, let arrival, let outcome else { continue }
      if let queued, queued < arrival {
        problems.report(field(.queued)!, "queued before arrival (\(mapping.columns[.arrival]!))")
      }
      if let answered, answered < arrival {
        problems.report(
          field(.answered)!, "answered before arrival (\(mapping.columns[.arrival]!))")
      }
      if let abandoned, abandoned < (queued ?? arrival) {
        let before = queued == nil ? "arrival" : "queued"
        let name = mapping.columns[queued == nil ? .arrival : .queued]!
        problems.report(field(.abandoned)!, "abandoned before \(before) (\(name))")
      }
      records.append(
        CallRecord(
          queue: queue, arrival: arrival, queued: queued, answered: answered,
          abandoned: abandoned, outcome: outcome, talk: durations[.talk], hold: durations[.hold],
          wrapUp: durations[.wrapUp], agent: agent, ringOuts: ringOuts))
    }
    try problems.check()
    return records
  }

  /// A date column: `yyyy-MM-dd`, `yyyyMMdd` or `MM/dd/yyyy`.
  static func date(_ text: Substring) -> HistoryText.DateReading {
    if text.contains("/") { return HistoryText.usDate(text) }
    if text.contains("-") { return HistoryText.isoDate(text) }
    return HistoryText.yyyyMMdd(text)
  }

  /// The CSV of `records` through `mapping`: a column for each field mapped, in the order of
  /// `ColumnMapping.Field`; moments `yyyy-MM-dd HH:MM:SS` (with a `date` column, the date
  /// `yyyy-MM-dd` of the arrival and clock times `HH:MM:SS`), seconds to the millisecond,
  /// outcomes as the first word (in order) that means them.
  static func write(_ records: [CallRecord], mapping: ColumnMapping) -> String {
    let fields = ColumnMapping.Field.allCases.filter { mapping.columns[$0] != nil }
    let quote = { (text: String) in
      text.contains(where: { $0 == "," || $0 == "\"" })
        ? "\"" + text.replacing("\"", with: "\"\"") + "\"" : text
    }
    var text = fields.map { quote(mapping.columns[$0]!) }.joined(separator: ",") + "\n"
    let words = Dictionary(
      mapping.outcomeWords.sorted { $0.key < $1.key }.map { ($0.value, $0.key) },
      uniquingKeysWith: { first, _ in first })
    for call in records {
      let midnight = Double(call.arrival.day) * 86_400
      let moment = { (value: LocalTime?) -> String in
        guard let value else { return "" }
        let clock = HistoryText.clock(value.seconds - midnight, places: 3)
        if mapping.columns[.date] != nil { return clock }
        return LocalTime.isoDate(ofDay: value.day) + " "
          + HistoryText.clock(value.secondsOfDay, places: 3)
      }
      let number = { (value: Double?) in value.map { HistoryText.number($0, places: 3) } ?? "" }
      let values = fields.map { field -> String in
        switch field {
        case .queue: quote(call.queue)
        case .arrival: moment(call.arrival)
        case .date: LocalTime.isoDate(ofDay: call.arrival.day)
        case .queued: moment(call.queued)
        case .answered: moment(call.answered)
        case .abandoned: moment(call.abandoned)
        case .outcome: words[call.outcome] ?? ""
        case .talk: number(call.talk)
        case .hold: number(call.hold)
        case .wrapUp: number(call.wrapUp)
        case .agent: quote(call.agent ?? "")
        case .ringOuts: call.ringOuts.map(String.init) ?? ""
        }
      }
      text += values.joined(separator: ",") + "\n"
    }
    return text
  }
}
