/// A future-event list: a `Heap` of events keyed by `(time, sequence)`.
///
/// The sequence number grows with every push, so events due at the same instant come out in
/// the order they were scheduled; ties are never broken at random. Entries are small and
/// bitwise-copyable (the time, the sequence and the event, which should carry indices only:
/// payloads belong in the model's own arrays).
public struct EventQueue<Event: BitwiseCopyable>: ~Copyable {
  @usableFromInline
  struct Entry: HeapElement {
    @usableFromInline var time: Int64
    @usableFromInline var sequence: UInt64
    @usableFromInline var event: Event

    @inlinable init(time: Int64, sequence: UInt64, event: Event) {
      self.time = time
      self.sequence = sequence
      self.event = event
    }

    /// Whether this entry comes first; written without short-circuits so that the compiler
    /// can select the smaller child without a branch (they are unpredictable in a heap).
    @inlinable @inline(__always) func precedes(_ other: Entry) -> Bool {
      let earlier = time < other.time
      let tie = time == other.time
      let sooner = sequence < other.sequence
      return earlier || (tie && sooner)
    }

    @inlinable @inline(__always) static func markEnd(_ slot: UnsafeMutablePointer<Entry>) {
      slot.pointee.time = .max
      slot.pointee.sequence = .max
    }
  }

  @usableFromInline var heap: Heap<Entry>
  @usableFromInline var nextSequence: UInt64 = 0

  /// Creates an empty queue with room for `capacity` events before it grows.
  public init(capacity: Int = 256) {
    heap = Heap(capacity: capacity)
  }

  /// The number of pending events.
  @inlinable public var count: Int { heap.count }

  /// Whether no event is pending.
  @inlinable public var isEmpty: Bool { heap.isEmpty }

  /// The time of the earliest pending event, if any.
  ///
  /// - Complexity: O(1)
  @inlinable public var nextTime: SimInstant? {
    heap.first.map { SimInstant(microseconds: $0.time) }
  }

  /// Adds `event`, due at `time`, after every event already due at that time.
  ///
  /// - Complexity: O(log n)
  @inlinable public mutating func push(_ event: Event, at time: SimInstant) {
    let entry = Entry(time: time.microseconds, sequence: nextSequence, event: event)
    nextSequence &+= 1
    heap.insert(entry)
  }

  /// The earliest event with its time, if it is due no later than `end`; it stays queued.
  ///
  /// - Complexity: O(1)
  @inlinable public func first(until end: SimInstant = .distantFuture)
    -> (time: SimInstant, event: Event)?
  {
    guard let top = heap.first, top.time <= end.microseconds else { return nil }
    return (SimInstant(microseconds: top.time), top.event)
  }

  /// Removes and returns the earliest event with its time, if it is due no later than `end`.
  ///
  /// - Complexity: O(log n)
  @inlinable public mutating func pop(until end: SimInstant = .distantFuture)
    -> (time: SimInstant, event: Event)?
  {
    guard let top = first(until: end) else { return nil }
    heap.removeFirst()
    return top
  }

  /// Removes the earliest event, which must exist.
  ///
  /// - Complexity: O(log n)
  @inlinable public mutating func removeFirst() {
    precondition(!heap.isEmpty, "no event to remove")
    heap.removeFirst()
  }

  /// Removes the earliest event, which must exist, and adds `event`, due at `time`, after
  /// every event already due then: a pop and a push for the price of one sift.
  ///
  /// - Complexity: O(log n)
  @inlinable @inline(__always)
  public mutating func replaceFirst(with event: Event, at time: SimInstant) {
    let entry = Entry(time: time.microseconds, sequence: nextSequence, event: event)
    nextSequence &+= 1
    heap.replaceFirst(with: entry)
  }

  /// Removes every pending event.
  public mutating func removeAll() { heap.removeAll() }

  /// Whether the pending events are in heap order (for invariant checks).
  ///
  /// - Complexity: O(n)
  public var isValid: Bool { heap.isValid }
}
