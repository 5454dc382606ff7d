import ContactCentre

extension SummaryTable {
  /// The queues whose plan offers a callback in queue: call-backs offered, accepted,
  /// completed, not reached, pending at the end, and the mean time to the call-back.
  static func virtualHold(_ summary: RunSummary) -> String {
    var table = TextTable([
      "Callback in queue", "Offered", "Accepted", "Completed", "Not reached", "Pending",
      "Time to call-back",
    ])
    for (queue, plan) in summary.configuration.queues.enumerated() where plan.virtualHold != nil {
      let tally = summary.virtualHold(queue: queue)
      table.add([
        plan.id, Formatting.count(tally.offered), Formatting.count(tally.accepted),
        Formatting.count(tally.completed), Formatting.count(tally.notReached),
        Formatting.count(tally.pendingAtEnd), Formatting.seconds(tally.averageTimeToCallBack),
      ])
    }
    return "\n" + table.rendered()
  }
}
