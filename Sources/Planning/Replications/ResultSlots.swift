import Dispatch

/// Results filled in by position from several threads under a lock, read back in position
/// order: what makes parallel replications (and sweep units) come out as a serial run would.
final class ResultSlots<Result: Sendable>: @unchecked Sendable {
  private var slots: [Result?]
  private var finished = 0
  private let lock = DispatchSemaphore(value: 1)

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  /// Stores the result at `position`; returns how many are stored so far.
  func store(_ result: Result, at position: Int) -> Int {
    lock.wait()
    defer { lock.signal() }
    slots[position] = result
    finished += 1
    return finished
  }

  /// Every result, in position order (all must be stored).
  var values: [Result] {
    lock.wait()
    defer { lock.signal() }
    return slots.map { $0! }
  }
}
