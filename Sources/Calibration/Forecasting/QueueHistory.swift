/// One queue's interval history checked and laid out day by day: every day with a record has
/// every interval of the day (an interval without a record had no calls, as exports omit them).
struct QueueHistory {
  /// One day of a queue: calls offered per interval, and what weighs its handle times.
  struct Day {
    var offered: [Double]
    /// Per interval: the calls whose handle times are known (handled, or offered when the
    /// export gives no handled count), and the sum of their handle times.
    var handleWeight: [Double]
    var handleSeconds: [Double]

    init(slots: Int) {
      offered = [Double](repeating: 0, count: slots)
      handleWeight = offered
      handleSeconds = offered
    }

    var total: Double { offered.reduce(0, +) }

    mutating func set(slot: Int, offered: Double, handleWeight: Double, handleSeconds: Double) {
      self.offered[slot] = offered
      self.handleWeight[slot] = handleWeight
      self.handleSeconds[slot] = handleSeconds
    }
  }

  let queue: String
  /// Seconds per interval; it divides the day.
  let length: Int
  /// The days with records, by day number.
  let days: [Int: Day]

  /// Intervals in a day.
  var slots: Int { 86_400 / length }
  /// The last day with a record.
  var lastDay: Int { days.keys.max() ?? 0 }

  /// Checks `records` (all of one queue) and lays them out.
  init(queue: String, records: [IntervalRecord]) throws(ForecastError) {
    self.queue = queue
    var length: Int?
    var days: [Int: Day] = [:]
    var seen = Set<Double>()
    for record in records {
      var start: String { Self.describe(record.start) }
      func check(_ value: Double?, _ field: String, signed: Bool = false) throws(ForecastError) {
        guard let value, !value.isFinite || (value < 0 && !signed) else { return }
        throw .invalidValue(queue: queue, start: start, field: field, value: value)
      }
      try check(record.start.seconds, "the start", signed: true)
      guard abs(record.start.seconds) < 1e13 else {  // 300,000 years: no day number for it
        throw .invalidValue(
          queue: queue, start: start, field: "the start", value: record.start.seconds)
      }
      try check(record.length, "the length")
      try check(record.offered, "offered")
      try check(record.handled, "handled")
      try check(record.averageHandleTime, "the average handle time")
      let seconds = record.length <= 86_400 ? Int(record.length.rounded()) : 0
      guard seconds > 0, Double(seconds) == record.length, 86_400 % seconds == 0 else {
        throw .intervalLength(queue: queue, start: start, length: record.length, expected: nil)
      }
      if let length, length != seconds {
        throw .intervalLength(
          queue: queue, start: start, length: record.length, expected: length)
      }
      length = seconds
      let offset = record.start.secondsOfDay / Double(seconds)
      let slot = Int(offset.rounded())
      guard abs(offset - Double(slot)) * Double(seconds) < 1, slot < 86_400 / seconds else {
        throw .misaligned(queue: queue, start: start, length: seconds)
      }
      let key = Double(record.start.day) * 86_400 + Double(slot * seconds)
      guard seen.insert(key).inserted else { throw .duplicate(queue: queue, start: start) }
      // An AHT of 0 is what exports write for an interval without calls: not a handle time.
      let aht = record.averageHandleTime.flatMap { $0 > 0 ? $0 : nil }
      let weight = aht == nil ? 0 : record.handled ?? record.offered
      days[record.start.day, default: Day(slots: 86_400 / seconds)].set(
        slot: slot, offered: record.offered, handleWeight: weight,
        handleSeconds: weight * (aht ?? 0))
    }
    self.length = length ?? 900
    self.days = days
  }

  /// The days of the last `weeks` weeks up to `lastDay`, oldest first.
  func window(weeks: Int) -> [(day: Int, record: Day)] {
    let last = lastDay
    return days.filter { $0.key > last - 7 * weeks }.sorted { $0.key < $1.key }.map {
      (day: $0.key, record: $0.value)
    }
  }

  /// `2024-03-04T08:15` for messages.
  static func describe(_ time: LocalTime) -> String {
    guard time.seconds.isFinite, abs(time.seconds) < 1e14 else { return "\(time.seconds)" }
    let second = Int(time.secondsOfDay.rounded(.down))
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let clock = "\(two(second / 3600)):\(two(second / 60 % 60))"
    return LocalTime.isoDate(ofDay: time.day) + "T" + clock
      + (second % 60 == 0 ? "" : ":\(two(second % 60))")
  }
}
