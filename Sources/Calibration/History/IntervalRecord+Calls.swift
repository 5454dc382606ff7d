extension IntervalRecord {
  /// Interval rows from a call-level history: per queue and interval of `interval` seconds,
  /// the callers who rang in it (`offered`, as a scenario's arrivals count them), the calls
  /// answered and abandoned, and the mean handle time of the answered (talk + hold + wrap-up).
  /// Every interval from the first day's midnight to the last day's end gets a row per queue.
  public static func counting(_ calls: [CallRecord], interval: Double) -> [IntervalRecord] {
    let real = calls.filter { $0.outcome != .phantom }
    guard let first = real.map(\.arrival.day).min(), let last = real.map(\.arrival.day).max()
    else { return [] }
    let perDay = Int((86_400 / interval).rounded())
    var queues: [String] = []
    var index: [String: Int] = [:]
    for call in real where index[call.queue] == nil {
      index[call.queue] = queues.count
      queues.append(call.queue)
    }
    let slots = (last - first + 1) * perDay
    var offered = Array(repeating: 0.0, count: slots * queues.count)
    var handled = offered
    var abandoned = offered
    var handleTime = offered
    for call in real {
      let slot =
        (call.arrival.day - first) * perDay
        + min(perDay - 1, Int((call.arrival.secondsOfDay / interval).rounded(.down)))
      let at = slot * queues.count + index[call.queue]!
      offered[at] += 1
      if call.outcome == .abandoned { abandoned[at] += 1 }
      if call.outcome == .answered, let talk = call.talk {
        handled[at] += 1
        handleTime[at] += talk + (call.hold ?? 0) + (call.wrapUp ?? 0)
      }
    }
    var records: [IntervalRecord] = []
    for slot in 0..<slots {
      for (queueIndex, queue) in queues.enumerated() {
        let at = slot * queues.count + queueIndex
        records.append(
          IntervalRecord(
            queue: queue,
            start: LocalTime(seconds: Double(first) * 86_400 + Double(slot) * interval),
            length: interval, offered: offered[at], handled: handled[at], abandoned: abandoned[at],
            averageHandleTime: handled[at] > 0 ? handleTime[at] / handled[at] : nil))
      }
    }
    return records
  }
}
