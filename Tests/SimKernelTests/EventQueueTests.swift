import Testing

@testable import SimKernel

private func instant(_ microseconds: Int64) -> SimInstant { SimInstant(microseconds: microseconds) }

/// Drains `queue`, returning every (time in microseconds, event) in pop order.
private func drain(_ queue: inout EventQueue<Int>) -> [(time: Int64, event: Int)] {
  var popped: [(time: Int64, event: Int)] = []
  while let next = queue.pop() { popped.append((next.time.microseconds, next.event)) }
  return popped
}

@Suite struct EventQueueTests {
  @Test func emptyQueueHasNothingToPop() {
    var queue = EventQueue<Int>()
    #expect(queue.isEmpty == true)
    #expect(queue.count == 0)
    #expect(queue.nextTime == nil)
    let popped = queue.pop()
    #expect(popped == nil)
    #expect(queue.count == 0)
  }

  @Test func popsInTimeOrder() {
    var queue = EventQueue<Int>()
    queue.push(3, at: instant(30))
    queue.push(1, at: instant(10))
    queue.push(4, at: instant(40))
    queue.push(2, at: instant(20))
    let popped = drain(&queue)
    #expect(popped.map(\.time) == [10, 20, 30, 40])
    #expect(popped.map(\.event) == [1, 2, 3, 4])
    #expect(queue.isEmpty == true)
  }

  /// Events due at the same instant come out in the order they were pushed: a single instant,
  /// and ties interleaved with other times (pushed again into the emptied queue, earlier than
  /// the last taken, which an empty queue allows). The larger cases grow buckets several times.
  @Test(arguments: [1, 2, 3, 7, 16, 100, 1_000])
  func equalTimesPopFirstInFirstOut(count: Int) {
    var queue = EventQueue<Int>()
    for index in 0..<count { queue.push(index, at: instant(5)) }
    #expect(queue.count == count)
    #expect(drain(&queue).map(\.event) == Array(0..<count))

    for index in 0..<count { queue.push(index, at: instant(Int64(index % 3))) }
    let popped = drain(&queue)
    let expected = (0..<count).sorted { ($0 % 3, $0) < ($1 % 3, $1) }
    #expect(popped.map(\.event) == expected)
    #expect(popped.map(\.time) == expected.map { Int64($0 % 3) })
  }

  @Test func nextTimeAndCountFollowPushesAndPops() {
    var queue = EventQueue<Int>()
    queue.push(0, at: instant(50))
    #expect(queue.nextTime == instant(50))
    #expect(queue.count == 1)
    queue.push(1, at: instant(70))
    #expect(queue.nextTime == instant(50))
    queue.push(2, at: instant(20))
    #expect(queue.nextTime == instant(20))
    #expect(queue.count == 3)
    #expect(queue.isEmpty == false)

    var events: [Int?] = []
    events.append(queue.pop()?.event)
    #expect(queue.nextTime == instant(50))
    #expect(queue.count == 2)
    events.append(queue.pop()?.event)
    #expect(queue.nextTime == instant(70))
    events.append(queue.pop()?.event)
    #expect(queue.nextTime == nil)
    #expect(queue.count == 0)
    #expect(events == [2, 0, 1])
  }

  @Test func popUntilLeavesLaterEvents() {
    var queue = EventQueue<Int>()
    queue.push(1, at: instant(10))
    queue.push(2, at: instant(20))
    let early = queue.pop(until: instant(9))
    #expect(early == nil)
    let due = queue.pop(until: instant(10))
    #expect(due?.event == 1)
    #expect(due?.time == instant(10))
    let notYet = queue.pop(until: instant(19))
    #expect(notYet == nil)
    #expect(queue.count == 1)
    #expect(queue.nextTime == instant(20))
  }

  @Test func removeAllEmptiesTheQueueAndKeepsTiesInPushOrder() {
    var queue = EventQueue<Int>()
    for index in 0..<10 { queue.push(index, at: instant(Int64(index))) }
    queue.removeAll()
    #expect(queue.isEmpty == true)
    #expect(queue.nextTime == nil)
    let popped = queue.pop()
    #expect(popped == nil)
    queue.push(1, at: instant(3))
    queue.push(2, at: instant(3))
    queue.push(0, at: instant(1))
    #expect(drain(&queue).map(\.event) == [0, 1, 2])
  }

  /// Random pushes and pops against a sorted array, mostly as a simulation makes them: a push
  /// is due after the last event taken by a delay drawn from a narrow range (ties are common),
  /// a wide one, or a very wide one (times spread over every level of buckets); a tenth are due
  /// at the last time taken itself, and 3 % anywhere from 0 on (the slow path that puts every
  /// event in its bucket again). The buckets are checked at every step.
  @Test(arguments: 0..<48)
  func matchesSortedOracle(seed: Int) throws {
    var rng = Xoshiro256StarStar(seed: UInt64(seed))
    var queue = EventQueue<Int>()
    // The oracle holds (time, payload) sorted by time, then by push order; payloads are the
    // push order itself.
    var oracle: [(time: Int64, payload: Int)] = []
    var pushed = 0
    var taken: Int64 = 0
    let range: Int64 = [20, 1_000_000, 1 << 40][seed % 3]
    for step in 0..<1_500 {
      let pushProbability = step < 750 ? 0.6 : 0.4
      if rng.nextUnitInterval() < pushProbability {
        let delay = rng.nextUnitInterval() < 0.1 ? 0 : Int64.random(in: 0..<range, using: &rng)
        let early = rng.nextUnitInterval() < 0.03
        let time = early ? Int64.random(in: 0...(taken + delay), using: &rng) : taken + delay
        queue.push(pushed, at: instant(time))
        let index = oracle.firstIndex { $0.time > time } ?? oracle.count
        oracle.insert((time, pushed), at: index)
        pushed += 1
      } else {
        let popped = queue.pop()
        if oracle.isEmpty {
          try #require(popped == nil, "seed \(seed), step \(step): popped from an empty queue")
        } else {
          let expected = oracle.removeFirst()
          let actual = try #require(popped, "seed \(seed), step \(step): nothing popped")
          try #require(
            actual.time.microseconds == expected.time && actual.event == expected.payload,
            """
            seed \(seed), step \(step): popped \(actual.event) at \(actual.time.microseconds), \
            expected \(expected.payload) at \(expected.time)
            """)
          taken = expected.time
        }
      }
      try #require(queue.count == oracle.count, "seed \(seed), step \(step): count")
      let (valid, next) = (queue.isValid, queue.nextTime)
      try #require(valid, "seed \(seed), step \(step): buckets")
      try #require(next?.microseconds == oracle.first?.time, "seed \(seed), step \(step): nextTime")
    }
    let rest = drain(&queue)
    try #require(rest.map(\.time) == oracle.map(\.time), "seed \(seed): final drain times")
    try #require(rest.map(\.event) == oracle.map(\.payload), "seed \(seed): final drain order")
  }

  /// A run-sized case: 200 events pending over three days in microseconds, each taken event
  /// replaced by one a random delay later, ties made often; the order must equal a binary
  /// heap's keyed by (time, push order).
  @Test(arguments: 1...6)
  func matchesAHeapOverThreeDays(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed))
    var queue = EventQueue<Int>()
    var heap = Heap<Keyed>()
    var label = 0
    func push(_ time: Int64) {
      queue.push(label, at: instant(time))
      heap.insert(Keyed(time: time, label: label))
      label += 1
    }
    for _ in 0..<200 { push(Int64(random.next() % 3_600_000_000)) }
    var steps = 0
    while let expected = heap.removeFirst() {
      let popped = queue.pop()
      let actual = try #require(popped, "seed \(seed), step \(steps): nothing popped")
      try #require(
        actual.event == expected.label && actual.time.microseconds == expected.time,
        "seed \(seed), step \(steps): popped \(actual.event), expected \(expected.label)")
      steps += 1
      guard expected.time < 3 * 86_400_000_000 else { continue }
      // Delays in whole minutes a quarter of the time, so that times meet; none an eighth.
      let delay = Int64(random.next() % 1_800_000_000)
      switch random.next() % 8 {
      case 0: push(expected.time)
      case 1, 2: push((expected.time / 60_000_000 + 1 + delay / 60_000_000) * 60_000_000)
      default: push(expected.time + delay)
      }
    }
    #expect(queue.isEmpty == true)
    #expect(steps > 10_000, "seed \(seed): \(steps) events")
  }
}

/// An event for the heap oracle: ordered by time, then by push order.
private struct Keyed: HeapElement {
  var time: Int64
  var label: Int

  func precedes(_ other: Keyed) -> Bool { (time, label) < (other.time, other.label) }

  static func markEnd(_ slot: UnsafeMutablePointer<Keyed>) {
    slot.pointee.time = .max
    slot.pointee.label = .max
  }
}
