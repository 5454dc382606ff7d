/// A future-event list: events keyed by time in a radix heap (Ahuja, Mehlhorn, Orlin and
/// Tarjan, 1990) with digits of six bits, fast because a simulation's clock never goes back.
///
/// Times are microseconds from the start, never negative. Events due at the same instant come
/// out in the order they were pushed; ties are never broken at random. The queue is made for
/// pushes no earlier than the earliest event found (taken, or looked at): a simulation
/// schedules nothing in its past. An earlier push is allowed but costs O(n) while events are
/// pending (every one goes to its bucket again); a simulation makes one only after a run
/// `until` an instant stopped short of the next event and then schedules before it.
///
/// How it works. `last` is the time of the last minimum found; every pending event is due at
/// or after it. Times are read as 11 digits of six bits. An event due at `t` lives in the
/// bucket (level, digit): the level is the highest digit where `t` and `last` differ (0 if
/// they are equal), the digit is `t`'s there. Every bucket holds later events than any bucket
/// before it (levels first, then digits), and bucket (0, `last`'s lowest digit) those due at
/// `last`. Pushing is an append. Events are taken, in push order, from the *current* bucket,
/// whose events are all due at `last`. When it is used up, the first bucket that holds events
/// becomes current. If it is at level 0 or holds one event (most often), its events are due at
/// one time, which becomes `last`; else its earliest time becomes `last` and each of its events
/// goes to its bucket against the new `last`, always a lower level. Buckets after it keep their
/// meaning, since the new `last` agrees with the old one at its level and above (and no later
/// event can belong to the bucket it leaves, whose digit the new `last` shares). An event thus
/// moves a few times at most (once a level), and the work per event grows with the spread of
/// the times pending, not with their number (a binary heap's sifts grow with its log).
///
/// Why the order is exact. Events due at the same time are always in the same bucket (a
/// bucket is a function of the time and `last`), and a bucket only grows by appends and is
/// emptied in order into lower ones; so the event pushed first stays ahead. The events come
/// out as a heap keyed by (time, push order) would give them.
///
/// Entries are small and bitwise-copyable (the time and the event, which should carry indices
/// only: payloads belong in the model's own arrays).
public struct EventQueue<Event: BitwiseCopyable>: ~Copyable {
  @usableFromInline
  struct Entry {
    @usableFromInline var time: Int64
    @usableFromInline var event: Event

    @inlinable init(time: Int64, event: Event) {
      self.time = time
      self.event = event
    }
  }

  /// One bucket's entries, in `base[0 ..< count]`.
  @usableFromInline
  struct Bucket {
    @usableFromInline var base: UnsafeMutablePointer<Entry>
    @usableFromInline var count: Int
    @usableFromInline var capacity: Int
  }

  /// 11 levels of 64 digits (6 bits each; times are below 2⁶³); bucket (level, digit) is
  /// `level × 64 + digit`.
  @usableFromInline static var bucketCount: Int { 704 }
  /// A word for each level, a bit in it for each bucket that holds events.
  @usableFromInline static var wordCount: Int { 11 }

  @usableFromInline let buckets: UnsafeMutablePointer<Bucket>
  @usableFromInline let occupied: UnsafeMutablePointer<UInt64>
  /// A bit for each level whose word is not zero.
  @usableFromInline var levels: UInt64 = 0
  /// The current bucket, whose events are all due at `last`; those before `head` are taken.
  @usableFromInline var current = 0
  @usableFromInline var head = 0
  /// The time of the last minimum found, which every pending event is due at or after.
  @usableFromInline var last: Int64 = 0
  @usableFromInline var pending = 0
  #if CCSIM_CHECKS
    @usableFromInline var checks = PeriodicCheck()
  #endif

  /// Creates an empty queue.
  public init() {
    buckets = .allocate(capacity: Self.bucketCount)
    for index in 0..<Self.bucketCount {
      (buckets + index).initialize(to: Bucket(base: .allocate(capacity: 8), count: 0, capacity: 8))
    }
    occupied = .allocate(capacity: Self.wordCount)
    occupied.initialize(repeating: 0, count: Self.wordCount)
  }

  deinit {
    for index in 0..<Self.bucketCount { buckets[index].base.deallocate() }
    buckets.deallocate()
    occupied.deallocate()
  }

  /// The number of pending events.
  @inlinable public var count: Int { pending }

  /// Whether no event is pending.
  @inlinable public var isEmpty: Bool { pending == 0 }

  /// The time of the earliest pending event, if any.
  ///
  /// - Complexity: O(1), amortised over the events.
  @inlinable public var nextTime: SimInstant? {
    mutating get { first()?.time }
  }

  /// Adds `event`, due at `time` (not negative), after every event already due at that time.
  ///
  /// - Complexity: O(1) if `time` is no earlier than the earliest event found; else O(n).
  @inlinable @inline(__always)
  public mutating func push(_ event: Event, at time: SimInstant) {
    let time = time.microseconds
    if time < last { rebase(to: time) }
    append(Entry(time: time, event: event), to: Self.bucket(of: time, against: last))
    pending &+= 1
    checkAfterChange()
  }

  /// The bucket of an event due at `time` when the last minimum was `last` (`time` ≥ `last`).
  @inlinable @inline(__always) static func bucket(of time: Int64, against last: Int64) -> Int {
    let highestBit = 63 &- (UInt64(bitPattern: time ^ last) | 1).leadingZeroBitCount
    let level = highestBit / 6
    let digit = Int(truncatingIfNeeded: time &>> Int64(level &* 6)) & 63
    return level &<< 6 | digit
  }

  /// A push earlier than `last`, at `time`: `time` becomes `last` and every pending event goes
  /// to its bucket against it, in the order the events are in (the current bucket's first,
  /// then the buckets in order), which keeps the order of events due at one time.
  @inlinable @inline(never) mutating func rebase(to time: Int64) {
    precondition(time >= 0, "event pushed at a negative time, \(time) µs")
    var entries: [Entry] = []
    entries.reserveCapacity(pending)
    let now = buckets[current]
    for position in head..<max(head, now.count) { entries.append(now.base[position]) }
    for index in 0..<Self.bucketCount where index != current {
      let bucket = buckets[index]
      for position in 0..<bucket.count { entries.append(bucket.base[position]) }
    }
    removeAll()
    last = time
    current = Int(time & 63)
    for entry in entries { append(entry, to: Self.bucket(of: entry.time, against: time)) }
    pending = entries.count
  }

  @inlinable @inline(__always) mutating func append(_ entry: Entry, to index: Int) {
    let bucket = buckets + index
    if bucket.pointee.count == bucket.pointee.capacity { grow(bucket) }
    (bucket.pointee.base + bucket.pointee.count).initialize(to: entry)
    bucket.pointee.count &+= 1
    occupied[index &>> 6] |= 1 &<< UInt64(index & 63)
    levels |= 1 &<< UInt64(index &>> 6)
  }

  /// Marks bucket `index` empty.
  @inlinable @inline(__always) mutating func unmark(_ index: Int) {
    let word = occupied + (index &>> 6)
    word.pointee &= ~(1 &<< UInt64(index & 63))
    if word.pointee == 0 { levels &= ~(1 &<< UInt64(index &>> 6)) }
  }

  @inlinable @inline(never) func grow(_ bucket: UnsafeMutablePointer<Bucket>) {
    let capacity = bucket.pointee.capacity * 2
    let bigger = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
    bigger.moveInitialize(from: bucket.pointee.base, count: bucket.pointee.count)
    bucket.pointee.base.deallocate()
    bucket.pointee.base = bigger
    bucket.pointee.capacity = capacity
  }

  /// The earliest event with its time, if it is due no later than `end`; it stays queued.
  ///
  /// - Complexity: O(1), amortised over the events.
  @inlinable public mutating func first(until end: SimInstant = .distantFuture)
    -> (time: SimInstant, event: Event)?
  {
    if head == buckets[current].count {
      guard pending > 0 else { return nil }
      refill()
    }
    let top = buckets[current].base[head]
    guard top.time <= end.microseconds else { return nil }
    return (SimInstant(microseconds: top.time), top.event)
  }

  /// Removes and returns the earliest event with its time, if it is due no later than `end`.
  ///
  /// - Complexity: O(1), amortised over the events.
  @inlinable public mutating func pop(until end: SimInstant = .distantFuture)
    -> (time: SimInstant, event: Event)?
  {
    guard let top = first(until: end) else { return nil }
    head &+= 1
    pending &-= 1
    checkAfterChange()
    return top
  }

  /// The current bucket is used up and events are pending: the first bucket that holds any
  /// becomes current. Its events are all due at one time if it is at level 0 or holds one
  /// event (most often); else it is emptied into lower levels first.
  @inlinable @inline(__always) mutating func refill() {
    buckets[current].count = 0
    unmark(current)
    head = 0
    let level = levels.trailingZeroBitCount
    current = level &* 64 &+ occupied[level].trailingZeroBitCount
    let source = buckets + current
    last = source.pointee.base.pointee.time
    if level > 0 && source.pointee.count > 1 { spread(source) }
  }

  /// Empties `source`, a bucket above level 0 that holds several events, into the buckets
  /// below it: its earliest time becomes `last`, and the bucket of `last` current.
  @inlinable @inline(never) mutating func spread(_ source: UnsafeMutablePointer<Bucket>) {
    let entries = source.pointee.base
    let count = source.pointee.count
    var earliest = entries[0].time
    for position in 1..<count where entries[position].time < earliest {
      earliest = entries[position].time
    }
    source.pointee.count = 0
    unmark(current)
    last = earliest
    current = Int(earliest & 63)
    for position in 0..<count {
      let entry = entries[position]
      append(entry, to: Self.bucket(of: entry.time, against: earliest))
    }
  }

  /// Removes every pending event.
  public mutating func removeAll() {
    for index in 0..<Self.bucketCount { buckets[index].count = 0 }
    occupied.update(repeating: 0, count: Self.wordCount)
    levels = 0
    head = 0
    pending = 0
  }

  /// Under `CCSIM_CHECKS`: the whole queue checked every 1,024 operations.
  @inlinable @inline(__always) mutating func checkAfterChange() {
    #if CCSIM_CHECKS
      if checks.isDue() { precondition(isValid, "event queue's buckets broken") }
    #endif
  }

  /// Whether the current bucket's events are all due at `last` and every other pending event
  /// is in its bucket against `last`, the count is right, and exactly the buckets that hold
  /// events are marked (for invariant checks).
  ///
  /// - Complexity: O(n)
  public var isValid: Bool {
    var total = 0
    for index in 0..<Self.bucketCount {
      let bucket = buckets[index]
      let from = index == current ? head : 0
      let marked = occupied[index &>> 6] & (1 &<< UInt64(index & 63)) != 0
      if marked != (bucket.count > 0) && !(index == current && bucket.count == head) {
        return false
      }
      for position in from..<max(from, bucket.count) {
        let time = bucket.base[position].time
        let inPlace =
          index == current ? time == last : Self.bucket(of: time, against: last) == index
        if !inPlace || time < last { return false }
      }
      total += bucket.count - from
    }
    for level in 0..<Self.wordCount where (occupied[level] != 0) != (levels & (1 << level) != 0) {
      return false
    }
    return total == pending && last >= 0
  }
}

@available(*, unavailable)
extension EventQueue: Sendable {}
