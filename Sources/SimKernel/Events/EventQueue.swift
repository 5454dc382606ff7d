/// A future-event list: a binary min-heap keyed by `(time, sequence)`.
///
/// The sequence number grows with every push, so events due at the same instant come out in
/// the order they were scheduled. Ties are never broken at random. Entries are small (the time,
/// the sequence and the event payload); anything larger belongs in the model's own arrays.
public struct EventQueue<Event> {
  @usableFromInline
  struct Entry {
    @usableFromInline var time: Int64
    @usableFromInline var sequence: UInt64
    @usableFromInline var event: Event

    @inlinable init(time: Int64, sequence: UInt64, event: Event) {
      self.time = time
      self.sequence = sequence
      self.event = event
    }

    @inlinable func precedes(_ other: Entry) -> Bool {
      time < other.time || (time == other.time && sequence < other.sequence)
    }
  }

  @usableFromInline var entries: [Entry] = []
  @usableFromInline var nextSequence: UInt64 = 0

  /// Creates an empty queue.
  public init() {}

  /// The number of pending events.
  @inlinable public var count: Int { entries.count }

  /// Whether no event is pending.
  @inlinable public var isEmpty: Bool { entries.isEmpty }

  /// The time of the earliest pending event, if any.
  ///
  /// - Complexity: O(1)
  @inlinable public var nextTime: SimInstant? {
    entries.isEmpty ? nil : SimInstant(microseconds: entries[0].time)
  }

  /// Adds `event`, due at `time`, after every event already due at that time.
  ///
  /// - Complexity: O(log n)
  @inlinable public mutating func push(_ event: Event, at time: SimInstant) {
    let entry = Entry(time: time.microseconds, sequence: nextSequence, event: event)
    nextSequence &+= 1
    entries.append(entry)
    entries.withUnsafeMutableBufferPointer { heap in
      var child = heap.count - 1
      while child > 0 {
        let parent = (child - 1) >> 1
        guard entry.precedes(heap[parent]) else { break }
        heap[child] = heap[parent]
        child = parent
      }
      heap[child] = entry
    }
  }

  /// Removes and returns the earliest event with its time.
  ///
  /// - Complexity: O(log n)
  @inlinable public mutating func pop() -> (time: SimInstant, event: Event)? {
    guard let last = entries.popLast() else { return nil }
    guard !entries.isEmpty else { return (SimInstant(microseconds: last.time), last.event) }
    let top = entries[0]
    entries.withUnsafeMutableBufferPointer { heap in
      let count = heap.count
      var parent = 0
      while true {
        var child = 2 * parent + 1
        if child >= count { break }
        if child + 1 < count && heap[child + 1].precedes(heap[child]) { child += 1 }
        guard heap[child].precedes(last) else { break }
        heap[parent] = heap[child]
        parent = child
      }
      heap[parent] = last
    }
    return (SimInstant(microseconds: top.time), top.event)
  }

  /// Removes every pending event.
  public mutating func removeAll() { entries.removeAll(keepingCapacity: true) }
}
