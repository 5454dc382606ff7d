import ContactCentre

extension IntervalsCSV {
  /// The callback-in-queue columns, last, when some plan offers virtual hold: per queue, the
  /// counts of its calls that queued in the interval (summed over replications) and the mean
  /// time from acceptance to a completed call-back; empty on team rows.
  public static let virtualHoldColumns = [
    "callbacks_offered", "callbacks_accepted", "callbacks_completed", "callbacks_not_reached",
    "callbacks_pending_at_end", "time_to_callback_s",
  ]

  static func virtualHoldFields(_ summary: RunSummary, queue: Int, interval: Int) -> [String] {
    let tally = summary.virtualHold(interval: interval, queue: queue)
    return [tally.offered, tally.accepted, tally.completed, tally.notReached, tally.pendingAtEnd]
      .map(String.init) + [CSVField.number(tally.averageTimeToCallBack)]
  }
}
