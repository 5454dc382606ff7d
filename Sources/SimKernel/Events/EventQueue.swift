/// A future-event list: a binary min-heap keyed by `(time, sequence)`.
///
/// The sequence number grows with every push, so events due at the same instant come out in
/// the order they were scheduled; ties are never broken at random. Entries are small and
/// bitwise-copyable (the time, the sequence and the event, which should carry indices only:
/// payloads belong in the model's own arrays), and live in one buffer the queue owns, so the
/// hot path has no reference counting, no uniqueness checks and no bounds checks.
public struct EventQueue<Event: BitwiseCopyable>: ~Copyable {
  @usableFromInline
  struct Entry: BitwiseCopyable {
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
  }

  /// The heap in `heap[0 ..< storedCount]`, followed by a sentinel that every entry precedes,
  /// so that a parent whose second child would be the sentinel needs no bounds test.
  @usableFromInline var heap: UnsafeMutablePointer<Entry>
  @usableFromInline var capacity: Int
  @usableFromInline var storedCount = 0
  @usableFromInline var nextSequence: UInt64 = 0

  /// Creates an empty queue with room for `capacity` events before it grows.
  public init(capacity: Int = 256) {
    self.capacity = max(capacity, 4)
    heap = .allocate(capacity: self.capacity + 1)
  }

  deinit { heap.deallocate() }

  /// The number of pending events.
  @inlinable public var count: Int { storedCount }

  /// Whether no event is pending.
  @inlinable public var isEmpty: Bool { storedCount == 0 }

  /// The time of the earliest pending event, if any.
  ///
  /// - Complexity: O(1)
  @inlinable public var nextTime: SimInstant? {
    storedCount == 0 ? nil : SimInstant(microseconds: heap[0].time)
  }

  /// Adds `event`, due at `time`, after every event already due at that time.
  ///
  /// - Complexity: O(log n)
  @inlinable public mutating func push(_ event: Event, at time: SimInstant) {
    if storedCount == capacity { grow() }
    let entry = Entry(time: time.microseconds, sequence: nextSequence, event: event)
    nextSequence &+= 1
    let hole = storedCount
    storedCount &+= 1
    markEnd(at: storedCount)
    rise(entry, from: hole)
  }

  /// Moves `entry` up from the hole at `hole` past every parent it precedes, and puts it there.
  @inlinable @inline(__always) mutating func rise(_ entry: Entry, from hole: Int) {
    var hole = hole
    while hole > 0 {
      let parent = (hole &- 1) &>> 1
      guard entry.precedes(heap[parent]) else { break }
      heap[hole] = heap[parent]
      hole = parent
    }
    heap[hole] = entry
  }

  /// The earliest event with its time, if it is due no later than `end`; it stays queued.
  ///
  /// - Complexity: O(1)
  @inlinable public func first(until end: SimInstant = .distantFuture)
    -> (time: SimInstant, event: Event)?
  {
    guard storedCount > 0, heap[0].time <= end.microseconds else { return nil }
    return (SimInstant(microseconds: heap[0].time), heap[0].event)
  }

  /// Removes and returns the earliest event with its time, if it is due no later than `end`.
  ///
  /// - Complexity: O(log n)
  @inlinable public mutating func pop(until end: SimInstant = .distantFuture)
    -> (time: SimInstant, event: Event)?
  {
    guard let top = first(until: end) else { return nil }
    removeFirst()
    return top
  }

  /// Removes the earliest event, which must exist.
  ///
  /// - Complexity: O(log n)
  @inlinable public mutating func removeFirst() {
    precondition(storedCount > 0, "no event to remove")
    storedCount &-= 1
    let last = heap[storedCount]
    markEnd(at: storedCount)
    sink(last)
  }

  /// Removes the earliest event, which must exist, and adds `event`, due at `time`, after
  /// every event already due then: a pop and a push for the price of one sift.
  ///
  /// - Complexity: O(log n)
  @inlinable @inline(__always)
  public mutating func replaceFirst(with event: Event, at time: SimInstant) {
    precondition(storedCount > 0, "no event to replace")
    let entry = Entry(time: time.microseconds, sequence: nextSequence, event: event)
    nextSequence &+= 1
    // Top-down: a new event may well be due soon, and stop high up.
    let count = storedCount
    var hole = 0
    while true {
      var child = 2 &* hole &+ 1
      if child >= count { break }
      if heap[child &+ 1].precedes(heap[child]) { child &+= 1 }
      guard heap[child].precedes(entry) else { break }
      heap[hole] = heap[child]
      hole = child
    }
    heap[hole] = entry
  }

  /// Puts `entry`, the last one, in the hole at the root. Bottom-up: the hole goes down to a
  /// leaf along the earlier children (one comparison per level), and the entry climbs back
  /// from there, rarely far (it comes from the bottom).
  @inlinable @inline(__always) mutating func sink(_ entry: Entry) {
    let count = storedCount
    var hole = 0
    while true {
      var child = 2 &* hole &+ 1
      if child >= count { break }
      if heap[child &+ 1].precedes(heap[child]) { child &+= 1 }
      heap[hole] = heap[child]
      hole = child
    }
    rise(entry, from: hole)
  }

  /// Removes every pending event.
  public mutating func removeAll() { storedCount = 0 }

  /// Makes `heap[index]` the sentinel: only its key is ever read.
  @inlinable @inline(__always) func markEnd(at index: Int) {
    heap[index].time = .max
    heap[index].sequence = .max
  }

  @usableFromInline mutating func grow() {
    let bigger = UnsafeMutablePointer<Entry>.allocate(capacity: capacity * 2 + 1)
    bigger.update(from: heap, count: storedCount + 1)
    heap.deallocate()
    heap = bigger
    capacity *= 2
  }
}
