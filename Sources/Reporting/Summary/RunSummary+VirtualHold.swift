import ContactCentre

extension RunSummary {
  /// Whether some plan offers a call-back in queue (virtual hold): the outputs then show it.
  public var hasVirtualHold: Bool {
    configuration.queues.contains { $0.virtualHold != nil }
  }

  /// Queue `queue`'s virtual hold, summed over replications.
  public func virtualHold(queue: Int) -> VirtualHoldTally {
    runs.reduce(into: VirtualHoldTally()) { $0.merge($1.virtualHold(queue: queue)) }
  }

  /// Queue `queue`'s virtual hold in reporting interval `interval` (its calls that queued in
  /// it), summed over replications.
  public func virtualHold(interval: Int, queue: Int) -> VirtualHoldTally {
    runs.reduce(into: VirtualHoldTally()) {
      $0.merge($1.virtualHold(interval: interval, queue: queue))
    }
  }
}
