/// The classic call-centre research layout (Mandelbaum's "Anonymous Bank" data): one row per
/// call, its date `yymmdd`, its moments `H:MM:SS` on that date, its outcome `AGENT`, `HANG` or
/// `PHANTOM`. `docs/history-formats.md` describes it.
enum ClassicCalls {
  /// The columns, every one required, in the order the writer puts them.
  static let columns = [
    "vru+line", "call_id", "customer_id", "priority", "type", "date", "vru_entry", "vru_exit",
    "vru_time", "q_start", "q_exit", "q_time", "outcome", "ser_start", "ser_exit", "ser_time",
    "server",
  ]
  /// The outcome words.
  static let outcomes = ["AGENT", "HANG", "PHANTOM"]
  /// The agent of a call nobody answered.
  static let noServer = "NO_SERVER"
  static let timeFormat = "H:MM:SS"

  /// The calls of `text` (comma- or tab-separated, as its header is); PHANTOM rows skipped.
  static func read(_ text: String, file: String) throws(HistoryError) -> [CallRecord] {
    var problems = HistoryProblems(file: file)
    guard let table = HistoryTable(text, separator: HistoryTable.separator(of: text), &problems),
      let at = table.indices(of: columns, &problems)
    else { throw problems.error }
    let column = Dictionary(uniqueKeysWithValues: zip(columns, at))
    var records: [CallRecord] = []
    for row in table.rows {
      let field = { (name: String) in table.field(row, column[name]!) }
      let before = problems.count
      let outcome = field("outcome")
      guard outcomes.contains(String(outcome.text)) else {
        problems.report(
          outcome,
          "\(outcome.quoted) is not an outcome"
            + HistoryTable.hint(for: String(outcome.text), among: outcomes, "one of"))
        continue
      }
      if outcome.text == "PHANTOM" { continue }
      if let priority = problems.whole(field("priority")), priority > 2 {
        problems.report(field("priority"), "\(priority) is not a priority 0, 1 or 2")
      }
      _ = problems.whole(field("customer_id"))
      let day = problems.day(field("date"), HistoryText.yymmdd(field("date").text), "yymmdd")
      var moments: [String: Double] = [:]
      for name in ["vru_entry", "vru_exit", "q_start", "q_exit", "ser_start", "ser_exit"] {
        moments[name] = problems.clock(field(name), seconds: .required, timeFormat)
      }
      var seconds: [String: Int] = [:]
      for name in ["vru_time", "q_time", "ser_time"] {
        seconds[name] = problems.whole(field(name), "a whole number of seconds")
      }
      let queue = problems.required(field("type"))
      guard problems.count == before, let day, let queue else { continue }
      let midnight = Double(day) * 86_400
      let on = { (name: String) in LocalTime(seconds: midnight + moments[name]!) }
      let arrival = on("vru_entry")
      let queuedAtAll = seconds["q_time"]! > 0 || moments["q_start"]! != 0
      var record = CallRecord(queue: queue, arrival: arrival, outcome: .ivrHangUp)
      if queuedAtAll {
        record.queued = on("q_start")
        if record.queued! < arrival {
          problems.report(field("q_start"), "queued before arrival (vru_entry)")
        }
      }
      if outcome.text == "AGENT" {
        record.outcome = .answered
        record.answered = on("ser_start")
        record.talk = Double(seconds["ser_time"]!)
        if record.queued == nil { record.queued = record.answered }
        let server = String(field("server").text)
        record.agent = server.isEmpty || server == noServer ? nil : server
        if record.answered! < arrival {
          problems.report(field("ser_start"), "answered before arrival (vru_entry)")
        } else if let queued = record.queued, record.answered! < queued {
          problems.report(field("ser_start"), "answered before queued (q_start)")
        }
      } else if seconds["q_time"]! > 0 {
        record.outcome = .abandoned
        record.abandoned = on("q_exit")
        if !queuedAtAll || record.abandoned! < record.queued! {
          problems.report(field("q_exit"), "abandoned before queued (q_start)")
        }
      } else {
        record.queued = nil
      }
      if problems.count == before { records.append(record) }
    }
    try problems.check()
    return records
  }

  /// The classic file of `records`: comma-separated, the columns in `columns` order, times to
  /// the second. A call answered with no wait is written as never queued (q_start `0:00:00`);
  /// its `vru+line` is `AA0101`, its customer 0 and priority 0.
  static func write(_ records: [CallRecord]) -> String {
    var text = columns.joined(separator: ",") + "\n"
    for (index, call) in records.enumerated() {
      let midnight = Double(call.arrival.day) * 86_400
      let clock = { (moment: LocalTime?) in
        HistoryText.clock((moment?.seconds ?? midnight) - midnight, padHour: false)
      }
      let whole = { (value: Double) in String(Int(value.rounded())) }
      let (y, m, d) = LocalTime.date(ofDay: call.arrival.day)
      let date = HistoryText.pad(y % 100) + HistoryText.pad(m) + HistoryText.pad(d)
      let waited = call.queued != nil && call.queued != call.answered
      let queueExit = call.answered ?? call.abandoned
      let vruExit = call.queued ?? call.answered ?? call.arrival
      let serviceEnd = call.answered.map { LocalTime(seconds: $0.seconds + (call.talk ?? 0)) }
      let outcome =
        switch call.outcome {
        case .answered: "AGENT"
        case .abandoned, .ivrHangUp: "HANG"
        case .phantom: "PHANTOM"
        }
      let fields = [
        "AA0101", "\(index + 1)", "0", "0", call.queue, date, clock(call.arrival), clock(vruExit),
        whole(vruExit.seconds - call.arrival.seconds),
        waited ? clock(call.queued) : "0:00:00", waited ? clock(queueExit) : "0:00:00",
        waited ? whole((queueExit ?? call.queued!).seconds - call.queued!.seconds) : "0", outcome,
        clock(call.answered), clock(serviceEnd), whole(call.answered == nil ? 0 : call.talk ?? 0),
        call.agent ?? noServer,
      ]
      text += fields.joined(separator: ",") + "\n"
    }
    return text
  }
}
