/// Why a forecast could not be made or written: each names the queue, and the interval or day
/// at fault where there is one.
public enum ForecastError: Error, Equatable, CustomStringConvertible {
  /// The history holds no interval at all.
  case emptyHistory
  /// No day to forecast was asked for.
  case noDays
  /// A record's field is negative, NaN or infinite (`field` names it).
  case invalidValue(queue: String, start: String, field: String, value: Double)
  /// A record's interval length does not divide the day, or differs from the queue's others.
  case intervalLength(queue: String, start: String, length: Double, expected: Int?)
  /// A record starts off the queue's interval grid.
  case misaligned(queue: String, start: String, length: Int)
  /// Two records of one queue for one interval.
  case duplicate(queue: String, start: String)
  /// Fewer days with calls in the window than a forecast needs.
  case tooLittleHistory(queue: String, days: Int, needed: Int, windowWeeks: Int)
  /// The forecast CSV has one interval column, so every queue must have the same intervals.
  case mixedIntervalLengths(queues: [String], lengths: [Int])
  /// The forecast CSV has no gaps, so its days must follow one another.
  case daysNotConsecutive(after: Int, next: Int)
  /// Two columns of the forecast CSV would have the same name.
  case columnClash(name: String)

  public var description: String {
    switch self {
    case .emptyHistory: return "the history has no intervals: nothing to forecast from"
    case .noDays: return "no day to forecast"
    case .invalidValue(let queue, let start, let field, let value):
      guard field != "the start" else {
        return "queue \"\(queue)\": an interval starts at \(value) s, not a time of the calendar"
      }
      return "queue \"\(queue)\", interval \(start): \(field) is \(value); it must be a number ≥ 0"
    case .intervalLength(let queue, let start, let length, let expected?):
      return
        "queue \"\(queue)\", interval \(start): \(length) s long, but the queue's other"
        + " intervals are \(expected) s long"
    case .intervalLength(let queue, let start, let length, nil):
      return
        "queue \"\(queue)\", interval \(start): \(length) s long; an interval must be a whole"
        + " number of seconds that divides the day (900, 1800, 3600 …)"
    case .misaligned(let queue, let start, let length):
      return
        "queue \"\(queue)\", interval \(start) does not start on the queue's \(length) s grid"
        + " from midnight"
    case .duplicate(let queue, let start):
      return "queue \"\(queue)\" has two records for the interval \(start)"
    case .tooLittleHistory(let queue, let days, let needed, let weeks):
      return
        "queue \"\(queue)\" has \(days) day\(days == 1 ? "" : "s") with calls in the last"
        + " \(weeks) weeks of its history; a forecast needs at least \(needed)"
        + " (\(needed / 7) weeks), to tell the weekdays, the level and the trend"
        + " from the noise"
    case .mixedIntervalLengths(let queues, let lengths):
      let pairs = zip(queues, lengths).map { "\"\($0)\" \($1) s" }.joined(separator: ", ")
      return
        "the queues' intervals differ (\(pairs)): a forecast CSV has one interval column;"
        + " write the queues to separate files"
    case .daysNotConsecutive(let after, let next):
      return
        "\(LocalTime.isoDate(ofDay: next)) does not follow \(LocalTime.isoDate(ofDay: after)):"
        + " a forecast CSV has no gaps; write days apart to separate files"
    case .columnClash(let name):
      return "two columns of the forecast CSV would be called \"\(name)\": rename a queue"
    }
  }
}
