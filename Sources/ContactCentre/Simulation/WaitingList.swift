import SimKernel

/// A waiting call in one of its waiting lists.
struct WaitEntry: BitwiseCopyable {
  var queuedAt: Int64
  var caller: UInt64
  var slot: UInt32
  var ticket: UInt32

  /// Queue order: longest waiting first, then the order callers arrived.
  @inline(__always) func precedes(_ other: WaitEntry) -> Bool {
    queuedAt < other.queuedAt || (queuedAt == other.queuedAt && caller < other.caller)
  }
}

/// The calls waiting for one routing target at one step of one plan, longest waiting first.
///
/// A min-heap, so that a call that rang out (RONA) goes back in at its old place. Entries of
/// calls answered or abandoned meanwhile are dropped lazily when they reach the front.
struct WaitingList: ~Copyable {
  private var heap = Table<WaitEntry>(capacity: 4)

  var isEmpty: Bool { heap.count == 0 }
  var first: WaitEntry? { heap.count == 0 ? nil : heap[0] }

  /// - Complexity: O(log n); O(1) when entries arrive in queue order, the common case.
  mutating func insert(_ entry: WaitEntry) {
    heap.append(entry)
    var child = heap.count - 1
    while child > 0 {
      let parent = (child - 1) >> 1
      guard entry.precedes(heap[parent]) else { break }
      heap[child] = heap[parent]
      child = parent
    }
    heap[child] = entry
  }

  /// - Complexity: O(log n)
  @discardableResult
  mutating func removeFirst() -> WaitEntry? {
    guard let last = heap.popLast() else { return nil }
    guard heap.count > 0 else { return last }
    let top = heap[0]
    var parent = 0
    let count = heap.count
    while true {
      var child = 2 * parent + 1
      if child >= count { break }
      if child + 1 < count && heap[child + 1].precedes(heap[child]) { child += 1 }
      guard heap[child].precedes(last) else { break }
      heap[parent] = heap[child]
      parent = child
    }
    heap[parent] = last
    return top
  }
}
