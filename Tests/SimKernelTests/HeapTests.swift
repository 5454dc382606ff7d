import Testing

@testable import SimKernel

/// A value with a key and a label, ordered by key alone: ties are possible.
private struct Keyed: HeapElement, Equatable {
  var key: Int64
  var label: Int

  func precedes(_ other: Keyed) -> Bool { key < other.key }

  static func markEnd(_ slot: UnsafeMutablePointer<Keyed>) { slot.pointee.key = .max }
}

/// A value ordered by key, then label: no two labels tie.
private struct Ranked: HeapElement, Equatable {
  var key: Int64
  var label: Int

  func precedes(_ other: Ranked) -> Bool {
    key < other.key || (key == other.key && label < other.label)
  }

  static func markEnd(_ slot: UnsafeMutablePointer<Ranked>) {
    slot.pointee.key = .max
    slot.pointee.label = .max
  }
}

@Suite struct HeapTests {
  @Test func anEmptyHeapHasNothingToRemove() {
    var heap = Heap<Keyed>()
    let empty = heap.isEmpty
    let first = heap.first
    let removed = heap.removeFirst()
    let valid = heap.isValid
    #expect(empty)
    #expect(first == nil)
    #expect(removed == nil)
    #expect(valid)
  }

  /// Random inserts and removals against a sorted array, the keys drawn from a
  /// narrow range for even seeds (ties are common) and a wide one for odd seeds: the keys come
  /// out in order, every element comes out once, and the heap property holds after each step.
  @Test(arguments: 0..<32)
  func matchesSortedOracle(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed))
    var heap = Heap<Keyed>(capacity: 4)
    var oracle: [Keyed] = []
    let range: UInt64 = seed % 2 == 0 ? 10 : 1_000_000
    for step in 0..<2_000 {
      let u = random.next() % 10
      let element = Keyed(key: Int64(random.next() % range), label: step)
      if u < 5 || oracle.isEmpty {
        heap.insert(element)
        oracle.append(element)
      } else {
        let next = heap.removeFirst()
        let removed = try #require(next, "seed \(seed), step \(step)")
        let least = oracle.map(\.key).min()
        try #require(removed.key == least, "seed \(seed), step \(step): not the least key")
        oracle.remove(at: try #require(oracle.firstIndex(of: removed)))
      }
      let (count, valid) = (heap.count, heap.isValid)
      try #require(count == oracle.count, "seed \(seed), step \(step): count")
      try #require(valid, "seed \(seed), step \(step): heap order")
    }
    var drained: [Keyed] = []
    while let next = heap.removeFirst() { drained.append(next) }
    #expect(drained.map(\.key) == oracle.map(\.key).sorted(), "seed \(seed): drained keys")
    #expect(Set(drained.map(\.label)) == Set(oracle.map(\.label)), "seed \(seed): each once")
  }

  /// Random inserts, removals and removals by a predicate against an array: what the
  /// predicate picks is gone, the rest comes out in key order, and the heap property holds
  /// after each step (narrow keys for even seeds, wide ones for odd seeds).
  @Test(arguments: 0..<32)
  func removeAllWhereMatchesTheOracle(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed))
    var heap = Heap<Keyed>(capacity: 4)
    var oracle: [Keyed] = []
    let range: UInt64 = seed % 2 == 0 ? 10 : 1_000_000
    for step in 0..<2_000 {
      let u = random.next() % 20
      if u < 12 || oracle.isEmpty {
        let element = Keyed(key: Int64(random.next() % range), label: step)
        heap.insert(element)
        oracle.append(element)
      } else if u < 19 {
        let first = heap.removeFirst()
        let removed = try #require(first, "seed \(seed), step \(step)")
        try #require(removed.key == oracle.map(\.key).min(), "seed \(seed), step \(step)")
        oracle.remove(at: try #require(oracle.firstIndex(of: removed)))
      } else {
        // Every element, none, or a random share of them.
        let modulus = Int(random.next() % 4) + 1
        let remainder = Int(random.next() % 5)
        let picks = { (element: Keyed) in element.label % modulus == remainder }
        heap.removeAll(where: picks)
        oracle.removeAll(where: picks)
      }
      let (count, valid) = (heap.count, heap.isValid)
      try #require(count == oracle.count, "seed \(seed), step \(step): count")
      try #require(valid, "seed \(seed), step \(step): heap order")
    }
    var drained: [Keyed] = []
    while let next = heap.removeFirst() { drained.append(next) }
    #expect(drained.map(\.key) == oracle.map(\.key).sorted(), "seed \(seed): drained keys")
    #expect(Set(drained.map(\.label)) == Set(oracle.map(\.label)), "seed \(seed): each once")
  }

  /// Two heaps fed the same elements, some of which go stale: one skips stale elements when
  /// they reach the front, the other also removes them all now and then. With no ties, the
  /// live elements come out of both in the same order, step by step.
  @Test(arguments: 0..<32)
  func removingStaleElementsKeepsTheOrderOfTheOthers(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed))
    var lazy = Heap<Ranked>(capacity: 4)
    var compacted = Heap<Ranked>(capacity: 4)
    var stale = Set<Int>()
    var live: [Int] = []
    let range: UInt64 = seed % 2 == 0 ? 10 : 1_000_000
    func next(_ heap: inout Heap<Ranked>) -> Ranked? {
      while let top = heap.first, stale.contains(top.label) { heap.removeFirst() }
      return heap.removeFirst()
    }
    for step in 0..<4_000 {
      let u = random.next() % 20
      if u < 9 || live.isEmpty {
        let element = Ranked(key: Int64(random.next() % range), label: step)
        lazy.insert(element)
        compacted.insert(element)
        live.append(step)
      } else if u < 15 {
        stale.insert(live.remove(at: Int(random.next() % UInt64(live.count))))
      } else if u < 19 {
        let (one, other) = (next(&lazy), next(&compacted))
        try #require(one == other, "seed \(seed), step \(step): popped differently")
        live.removeAll { $0 == one?.label }
      } else {
        compacted.removeAll { stale.contains($0.label) }
        let count = compacted.count
        try #require(count == live.count, "seed \(seed), step \(step): stale left")
      }
    }
    while let one = next(&lazy) {
      let other = next(&compacted)
      try #require(one == other, "seed \(seed): drained differently")
    }
    let left = next(&compacted)
    #expect(left == nil, "seed \(seed)")
  }

  /// Elements that mostly go stale soon after they are inserted, as abandoned callers do: a
  /// heap that drops them when full comes out as one that skips them at the front, and its room
  /// stays within four times the most elements live at once (or the smallest it compacts at),
  /// where the other grows with every element ever inserted.
  @Test(arguments: 0..<16)
  func aFullHeapDropsStaleElementsBeforeItGrows(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed))
    var lazy = Heap<Ranked>(capacity: 4)
    var dropping = Heap<Ranked>(capacity: 4)
    var stale = Set<Int>()
    var live: [Int] = []
    var mostLive = 0
    let range: UInt64 = seed % 2 == 0 ? 10 : 1_000_000
    func next(_ heap: inout Heap<Ranked>) -> Ranked? {
      while let top = heap.first, stale.contains(top.label) { heap.removeFirst() }
      return heap.removeFirst()
    }
    for step in 0..<20_000 {
      let u = random.next() % 20
      if u < 10 || live.isEmpty {
        let element = Ranked(key: Int64(random.next() % range), label: step)
        lazy.insert(element)
        dropping.insert(element) { stale.contains($0.label) }
        live.append(step)
        mostLive = max(mostLive, live.count)
      } else if u < 19 {
        stale.insert(live.remove(at: Int(random.next() % UInt64(live.count))))
      } else {
        let (one, other) = (next(&lazy), next(&dropping))
        try #require(one == other, "seed \(seed), step \(step): popped differently")
        live.removeAll { $0 == one?.label }
      }
      let (capacity, valid) = (dropping.capacity, dropping.isValid)
      let bound = max(4 * mostLive, Heap<Ranked>.smallestToCompact)
      try #require(capacity <= bound, "seed \(seed), step \(step): room for \(capacity)")
      try #require(valid, "seed \(seed), step \(step): heap order")
    }
    let grown = lazy.capacity
    #expect(grown > 4 * max(4 * mostLive, 64), "seed \(seed): without dropping, it grows")
    while let one = next(&lazy) {
      let other = next(&dropping)
      try #require(one == other, "seed \(seed): drained differently")
    }
    let left = next(&dropping)
    #expect(left == nil, "seed \(seed)")
  }

  @Test func removeAllEmptiesTheHeap() {
    var heap = Heap<Keyed>(capacity: 4)
    for key in (0..<40).reversed() { heap.insert(Keyed(key: Int64(key), label: key)) }
    let least = heap.first?.key
    #expect(least == 0)
    heap.removeAll()
    let empty = heap.isEmpty
    #expect(empty)
    heap.insert(Keyed(key: 7, label: 0))
    let next = heap.removeFirst()?.key
    #expect(next == 7)
  }
}

@Suite struct TimerTokenTests {
  @Test func aTokenFiresOnceAndOnlyWhilePending() {
    var timers = TimerTokens(count: 2)
    let idle = timers.isPending(0)
    let first = timers.arm(0)
    let pending = timers.isPending(0)
    let other = timers.fire(1, first)
    let fired = timers.fire(0, first)
    let after = timers.isPending(0)
    let again = timers.fire(0, first)
    #expect(!idle)
    #expect(pending)
    #expect(!other, "another index's token")
    #expect(fired)
    #expect(!after)
    #expect(!again, "a timer fires once")
  }

  @Test func armingAgainOrCancellingMakesEarlierTokensStale() {
    var timers = TimerTokens(count: 1)
    let first = timers.arm(0)
    let second = timers.arm(0)
    #expect(first != second)
    let stale = timers.fire(0, first)
    let fired = timers.fire(0, second)
    #expect(!stale, "re-armed: the first event is stale")
    #expect(fired)
    let third = timers.arm(0)
    timers.cancel(0)
    let pending = timers.isPending(0)
    let cancelled = timers.fire(0, third)
    #expect(!pending)
    #expect(!cancelled, "cancelled")
    timers.cancel(0)  // cancelling with nothing pending changes nothing
    let fourth = timers.arm(0)
    let last = timers.fire(0, fourth)
    #expect(Set([first, second, third, fourth]).count == 4, "every arming is a new token")
    #expect(last)
  }

  @Test func indicesAddedLaterStartWithNothingPending() {
    var timers = TimerTokens()
    timers.append()
    timers.append()
    let count = timers.count
    let pending = timers.isPending(1)
    let token = timers.arm(1)
    let fired = timers.fire(1, token)
    #expect(count == 2)
    #expect(!pending)
    #expect(fired)
  }
}

@Suite struct KeyedStreamTests {
  /// The streams are the constructions the model used inline before there was one API, so
  /// that every keyed draw kept its values.
  @Test(arguments: [UInt64(0), 1, 42, 0xDEAD_BEEF, .max])
  func streamsAreTheDocumentedConstructions(item: UInt64) {
    let streams = RandomStreams(seed: 7, replication: 2)
    let keyed = streams.keyed("offers")
    let key = streams.key("offers")
    var a = keyed.stream(item)
    var b = SplitMix64(seed: SplitMix64.mix(key &+ item))
    #expect(a.next() == b.next())
    var c = keyed.stream(item, 3)
    var d = SplitMix64(seed: SplitMix64.mix(key &+ SplitMix64.mix(item &+ 3)))
    #expect(c.next() == d.next())
    var e = keyed.salted(0x7072_6F62).stream(hashing: item)
    var f = SplitMix64(seed: SplitMix64.mix(key ^ 0x7072_6F62 &+ SplitMix64.mix(item)))
    #expect(e.next() == f.next())
  }

  @Test func anItemDrawsTheSameWhateverTheOrder() {
    let keyed = RandomStreams(seed: 1).keyed("callers")
    var forward: [UInt64] = []
    for item in UInt64(0)..<50 {
      var stream = keyed.stream(item)
      forward.append(stream.next())
    }
    var backward: [UInt64] = []
    for item in (UInt64(0)..<50).reversed() {
      var stream = keyed.stream(item)
      backward.append(stream.next())
    }
    #expect(forward == backward.reversed())
    #expect(Set(forward).count == 50)
  }
}
