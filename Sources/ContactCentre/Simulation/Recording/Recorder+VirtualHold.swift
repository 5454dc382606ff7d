extension Recorder {
  /// Adds one update to the virtual hold tally of the call's queue in the interval it queued
  /// in (rows are made as needed: a centre without virtual hold keeps none).
  mutating func recordVirtualHold(
    _ call: borrowing Call, _ update: (inout VirtualHoldTally) -> Void
  ) {
    let row = Int(call.tally)
    if row >= virtualHold.count {
      virtualHold += repeatElement(VirtualHoldTally(), count: row + 1 - virtualHold.count)
    }
    update(&virtualHold[row])
  }
}
