import ContactCentre

/// The blocking columns of `intervals.csv` (`IntervalsCSV.blockingColumns`), present only when
/// the scenario has trunks or a queue limit.
extension IntervalsCSV {
  /// A queue row's blocking fields: the callers it turned away full, if it has a limit.
  static func queueBlockingFields(_ summary: RunSummary, queue: Int, interval: Int) -> [String] {
    let full =
      summary.configuration.plans[queue].maxWaiting != nil
      ? String(summary.blockedQueueFull(queue: queue, interval: interval)) : ""
    return ["", "", full, ""]
  }

  /// A line row after its place: the columns before the blocking ones empty (`leading` of them,
  /// the place included), then the line's callers who rang in the interval, those blocked by
  /// busy trunks and by a full queue, and the blocking probability.
  static func lineRow(_ summary: RunSummary, line: Int, interval: Int, columns leading: Int)
    -> [String]
  {
    let blocking = summary.blocking(line: line, interval: interval)
    return Array(repeating: "", count: leading - 4) + [
      String(blocking.arrived), String(blocking.trunks), String(blocking.queueFull),
      CSVField.number(blocking.probability.mean),
    ]
  }
}
