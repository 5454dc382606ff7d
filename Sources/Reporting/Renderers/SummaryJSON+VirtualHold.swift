import ContactCentre

extension SummaryJSON {
  /// A queue's `virtualHold` member when its plan offers a call-back in queue (counts summed
  /// over replications): offered, accepted, completed (among the answered), notReached (among
  /// the abandoned), pendingAtEnd (among the unresolved) and the mean time from acceptance to
  /// a completed call-back, seconds.
  static func virtualHold(_ summary: RunSummary, queue: Int) -> [(String, JSONOutput)] {
    guard summary.configuration.queues[queue].virtualHold != nil else { return [] }
    let tally = summary.virtualHold(queue: queue)
    return [
      (
        "virtualHold",
        .object([
          ("offered", .int(tally.offered)),
          ("accepted", .int(tally.accepted)),
          ("completed", .int(tally.completed)),
          ("notReached", .int(tally.notReached)),
          ("pendingAtEnd", .int(tally.pendingAtEnd)),
          ("averageTimeToCallBack", .number(tally.averageTimeToCallBack)),
        ])
      )
    ]
  }
}
