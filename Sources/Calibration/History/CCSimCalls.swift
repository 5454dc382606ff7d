/// ccsim's own `calls.csv` (`ccsim run … --out DIR --calls`): one row per call, its times in
/// seconds from the run's start and the clock minute it rang (`arrivedClock`, `08:01` or
/// `d2 08:01`). `docs/history-formats.md` describes what is read.
///
/// Only the inbound calls of replication 1 that arrived (not the legs of transfers) are read;
/// calls still in progress at the end (`unresolved`) are left out, their outcome unknown.
enum CCSimCalls {
  /// ccsim's header, as `CallsCSV` writes it.
  static let columns = [
    "replication", "call", "direction", "line", "callType", "ivrBranch", "scin", "redial",
    "transferLeg", "queue", "team", "agent", "arrivedClock", "arrivedSeconds", "queuedSeconds",
    "answeredSeconds", "endedSeconds", "waitSeconds", "offeredAtOnce", "talkSeconds",
    "holdSeconds", "acwSeconds", "redirectedOnNoAnswer", "outcome", "bogusCallerForm", "end",
  ]
  /// The columns read; the others may be missing.
  static let required = [
    "replication", "direction", "line", "transferLeg", "queue", "agent", "arrivedClock",
    "arrivedSeconds", "queuedSeconds", "answeredSeconds", "endedSeconds", "talkSeconds",
    "holdSeconds", "acwSeconds", "redirectedOnNoAnswer", "end",
  ]
  /// The ends ccsim writes, and the outcome each is read as (nil: left out).
  static let ends: [String: CallRecord.Outcome?] = [
    "handled": .answered, "unfinished": .answered, "abandoned": .abandoned,
    "ivrHangUp": .ivrHangUp, "blocked": .ivrHangUp, "queueFull": .ivrHangUp, "unresolved": nil,
  ]

  /// The calls of `text`, on `date` (its midnight); `start` is the run's start as seconds since
  /// that midnight, or nil to take it from the rows' `arrivedClock` (the whole minute that
  /// agrees with every row).
  static func read(_ text: String, file: String, date: LocalTime, start: Double?)
    throws(HistoryError) -> [CallRecord]
  {
    var problems = HistoryProblems(file: file)
    guard let table = HistoryTable(text, &problems),
      let at = table.indices(of: required, &problems)
    else { throw problems.error }
    let column = Dictionary(uniqueKeysWithValues: zip(required, at))
    var calls: [CallRecord] = []
    // The run's start from the clock: within [low, high) of every row's.
    var low = -Double.infinity
    var high = Double.infinity
    // Reported once: every row after the first that disagrees disagrees too.
    var clockDisagrees = false
    for row in table.rows {
      let field = { (name: String) in table.field(row, column[name]!) }
      let before = problems.count
      guard let replication = problems.whole(field("replication")) else { continue }
      let end = field("end")
      guard let outcome = ends[String(end.text)] else {
        problems.report(
          end,
          "\(end.quoted) is not an end"
            + HistoryTable.hint(for: String(end.text), among: ends.keys.sorted(), "one of"))
        continue
      }
      guard replication == 1, field("direction").text == "inbound",
        field("transferLeg").text != "true", let outcome
      else { continue }
      let arrived = problems.amount(field("arrivedSeconds"), required: true)
      let clock = field("arrivedClock")
      let minute = Self.minute(clock.text)
      if minute == nil {
        problems.report(clock, "\(clock.quoted) is not a clock HH:MM or dN HH:MM")
      }
      var seconds: [String: Double] = [:]
      for name in [
        "queuedSeconds", "answeredSeconds", "endedSeconds", "talkSeconds", "holdSeconds",
        "acwSeconds",
      ] {
        seconds[name] = problems.amount(field(name))
      }
      let rings = field("redirectedOnNoAnswer")
      let ringOuts = rings.isEmpty ? nil : problems.whole(rings)
      guard problems.count == before, let arrived, let minute else { continue }
      low = max(low, minute * 60 - arrived)
      high = min(high, minute * 60 + 60 - arrived)
      if start == nil && !(low < high) && !clockDisagrees {
        clockDisagrees = true
        problems.report(
          clock,
          "\(clock.quoted) does not agree with arrivedSeconds \(HistoryText.number(arrived)) and"
            + " the rows before: give the run's start clock")
        continue
      }
      let queueName = Self.name(field("queue").text)
      let relative = { (value: Double) in LocalTime(seconds: value) }
      var record = CallRecord(
        queue: queueName.isEmpty ? Self.name(field("line").text) : queueName,
        arrival: relative(arrived), queued: seconds["queuedSeconds"].map(relative),
        outcome: outcome, ringOuts: ringOuts)
      switch outcome {
      case .answered:
        record.answered = seconds["answeredSeconds"].map(relative)
        record.talk = seconds["talkSeconds"]
        record.hold = seconds["holdSeconds"]
        record.wrapUp = seconds["acwSeconds"]
        let agent = Self.name(field("agent").text)
        record.agent = agent.isEmpty ? nil : agent
        if record.answered == nil { problems.report(field("answeredSeconds"), "is empty") }
      case .abandoned:
        record.abandoned = seconds["endedSeconds"].map(relative)
        if record.queued == nil { problems.report(field("queuedSeconds"), "is empty") }
      case .ivrHangUp, .phantom:
        record.queued = nil
      }
      if let answered = record.answered, answered < record.arrival {
        problems.report(field("answeredSeconds"), "answered before arrival (arrivedSeconds)")
      }
      if let abandoned = record.abandoned, let queued = record.queued, abandoned < queued {
        problems.report(field("endedSeconds"), "abandoned before queued (queuedSeconds)")
      }
      if problems.count == before { calls.append(record) }
    }
    try problems.check()
    let minute = (low / 60).rounded(.up) * 60
    let origin = date.seconds - date.secondsOfDay + (start ?? (minute < high ? minute : low))
    let shift = { (moment: LocalTime?) in moment.map { LocalTime(seconds: $0.seconds + origin) } }
    return calls.map { call in
      var record = call
      record.arrival = shift(record.arrival)!
      record.queued = shift(record.queued)
      record.answered = shift(record.answered)
      record.abandoned = shift(record.abandoned)
      return record
    }
  }

  /// Minutes since the first day's midnight of a clock `HH:MM` or `dN HH:MM` (day N from 1).
  static func minute(_ text: Substring) -> Double? {
    var day = 1
    var clock = text
    if text.first == "d", let space = text.firstIndex(of: " ") {
      guard let number = HistoryText.digits(text[text.index(after: text.startIndex)..<space]),
        number >= 1
      else { return nil }
      day = number
      clock = text[text.index(after: space)...]
    }
    guard clock.count == 5, let seconds = HistoryText.clock(clock, seconds: .absent) else {
      return nil
    }
    return Double(day - 1) * 1440 + seconds / 60
  }

  /// A name as ccsim wrote it, the `'` it puts before a leading `=`, `+`, `-` or `@` (so that a
  /// spreadsheet does not run it) taken off.
  static func name(_ text: Substring) -> String {
    if text.first == "'", let next = text.dropFirst().first, "=+-@".contains(next) {
      return String(text.dropFirst())
    }
    return String(text)
  }

  /// The calls.csv of `records`, replication 1, as ccsim writes it: times in seconds from the
  /// run's start, which is `start` seconds after `date`'s midnight (0 when nil); line, call type
  /// and queue all the record's queue. Fields ccsim has and a record does not are empty.
  static func write(_ records: [CallRecord], date: LocalTime, start: Double?) -> String {
    let startOfDay = start ?? 0
    let origin = date.seconds - date.secondsOfDay + startOfDay
    var text = columns.joined(separator: ",") + "\n"
    let seconds = { (moment: LocalTime?) in
      moment.map { HistoryText.number($0.seconds - origin) } ?? ""
    }
    let number = { (value: Double?) in value.map { HistoryText.number($0) } ?? "" }
    for (index, call) in records.enumerated() {
      let minutes = Int(((call.arrival.seconds - origin + startOfDay) / 60).rounded(.down))
      let day = minutes / 1440
      let clock = HistoryText.pad(minutes % 1440 / 60) + ":" + HistoryText.pad(minutes % 60)
      let end =
        switch call.outcome {
        case .answered: "handled"
        case .abandoned: "abandoned"
        case .ivrHangUp, .phantom: "ivrHangUp"
        }
      let ended =
        call.abandoned
        ?? call.answered.map {
          LocalTime(seconds: $0.seconds + (call.talk ?? 0) + (call.hold ?? 0) + (call.wrapUp ?? 0))
        }
      let fields = [
        "1", "\(index + 1)", "inbound", call.queue, call.queue, "", "", "false", "false",
        call.outcome == .ivrHangUp ? "" : call.queue, "", call.agent ?? "",
        (day > 0 ? "d\(day + 1) " : "") + clock, seconds(call.arrival), seconds(call.queued),
        seconds(call.answered), seconds(ended), number(call.wait),
        call.queued == nil ? "" : String(call.queued == call.answered), number(call.talk),
        number(call.hold), number(call.wrapUp), call.ringOuts.map(String.init) ?? "", "",
        "false", end,
      ]
      text += fields.joined(separator: ",") + "\n"
    }
    return text
  }
}
