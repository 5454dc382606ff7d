import SimKernel

/// The rows of an interval file as read, each with the field its start came from, and the checks
/// every interval layout makes of them: the interval length inferred as the commonest step, and
/// within each queue no interval twice, none overlapping another, every start a whole number of
/// steps after the one before.
struct IntervalRows {
  /// One row: the record and the field its start was read from (where problems point).
  struct Row {
    var record: IntervalRecord
    var start: HistoryField
  }

  var rows: [Row] = []

  /// The commonest gap between consecutive starts of a queue (the shortest among equals), or
  /// `fallback` when no queue has two rows.
  func commonestStep(fallback: Double) -> Double {
    var counts: [Double: Int] = [:]
    for queue in byQueue() {
      for (a, b) in zip(queue, queue.dropFirst()) where b.record.start > a.record.start {
        counts[b.record.start.seconds - a.record.start.seconds, default: 0] += 1
      }
    }
    let best = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }
    return best?.key ?? fallback
  }

  /// Gives every row the interval length `length`.
  mutating func setLength(_ length: Double) {
    for index in rows.indices { rows[index].record.length = length }
  }

  /// The rows of each queue, in the order of the queues' first rows, each sorted by start
  /// (stably: rows with the same start stay in file order).
  func byQueue() -> [[Row]] {
    var order: [String] = []
    var groups: [String: [Row]] = [:]
    for row in rows {
      if groups[row.record.queue] == nil { order.append(row.record.queue) }
      groups[row.record.queue, default: []].append(row)
    }
    return order.map { queue in
      groups[queue]!.enumerated().sorted {
        ($0.element.record.start, $0.offset) < ($1.element.record.start, $1.offset)
      }.map(\.element)
    }
  }

  /// Reports, at the later row's start, an interval of a queue that repeats or overlaps an
  /// earlier one, or starts other than a whole number of `step`s after the one before.
  func check(step: Double, _ problems: inout HistoryProblems) {
    for queue in byQueue() {
      for (a, b) in zip(queue, queue.dropFirst()) {
        let gap = b.record.start.seconds - a.record.start.seconds
        if gap == 0 {
          problems.report(
            b.start,
            "\(Self.describe(b.record.start)) again: queue \"\(VisibleText.prefix(b.record.queue))\" has it on line"
              + " \(a.start.line)")
        } else if gap < a.record.length {
          problems.report(
            b.start,
            "\(Self.describe(b.record.start)) overlaps the interval of line \(a.start.line)"
              + " (\(Self.describe(a.record.start)), \(Self.describe(length: a.record.length)))")
        } else if abs(gap / step - (gap / step).rounded()) > 1e-6 {
          problems.report(
            b.start,
            "\(Self.describe(b.record.start)) is not a whole number of"
              + " \(Self.describe(length: step)) steps after line \(a.start.line)'s"
              + " \(Self.describe(a.record.start))")
        }
      }
    }
  }

  /// `2024-03-04 08:15` (seconds when not whole minutes).
  static func describe(_ moment: LocalTime) -> String {
    let whole = moment.secondsOfDay.truncatingRemainder(dividingBy: 60) == 0
    return LocalTime.isoDate(ofDay: moment.day) + " "
      + HistoryText.clock(moment.secondsOfDay, withSeconds: !whole, places: 3)
  }

  /// `15 min`, or `90 s` when not whole minutes.
  static func describe(length: Double) -> String {
    length.truncatingRemainder(dividingBy: 60) == 0
      ? "\(HistoryText.number(length / 60)) min" : "\(HistoryText.number(length)) s"
  }
}
