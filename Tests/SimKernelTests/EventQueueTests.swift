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

  /// Events due at the same instant come out in the order they were pushed, whatever the heap
  /// shape: a single instant, and ties interleaved with other times. The small initial
  /// capacity makes the larger cases grow the heap several times.
  @Test(arguments: [1, 2, 3, 7, 16, 100, 1_000])
  func equalTimesPopFirstInFirstOut(count: Int) {
    var queue = EventQueue<Int>(capacity: 4)
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

  /// Random pushes and pops against a sorted array: times are drawn from a narrow range for
  /// even seeds (ties are common) and a wide one for odd seeds, and the queue grows from a
  /// small capacity and shrinks many times.
  @Test(arguments: 0..<48)
  func matchesSortedOracle(seed: Int) throws {
    var rng = Xoshiro256StarStar(seed: UInt64(seed))
    var queue = EventQueue<Int>(capacity: 4)
    // The oracle holds (time, payload) sorted by time, then by push order; payloads are the
    // push order itself.
    var oracle: [(time: Int64, payload: Int)] = []
    var pushed = 0
    let range: Int64 = seed % 2 == 0 ? 20 : 1_000_000
    for step in 0..<1_500 {
      let pushProbability = step < 750 ? 0.6 : 0.4
      if rng.nextUnitInterval() < pushProbability {
        let time = Int64.random(in: 0..<range, using: &rng)
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
        }
      }
      try #require(queue.count == oracle.count, "seed \(seed), step \(step): count")
      try #require(
        queue.nextTime?.microseconds == oracle.first?.time, "seed \(seed), step \(step): nextTime")
    }
    let rest = drain(&queue)
    try #require(rest.map(\.time) == oracle.map(\.time), "seed \(seed): final drain times")
    try #require(rest.map(\.event) == oracle.map(\.payload), "seed \(seed): final drain order")
  }
}

/// `replaceFirst` is a pop and a push in one: the queue must come out exactly as if the two
/// had been done separately, ties included.
@Suite struct EventQueueReplaceTests {
  @Test(arguments: 1...24)
  func replaceFirstEqualsPopThenPush(seed: Int) {
    var random = SplitMix64(seed: UInt64(seed))
    var replaced = EventQueue<Int>(capacity: 4)
    var separate = EventQueue<Int>(capacity: 4)
    var label = 0
    for step in 0..<600 {
      let time = SimInstant(microseconds: Int64(random.next() % 50))
      label += 1
      if replaced.count > 0 && random.next() % 3 == 0 {
        replaced.replaceFirst(with: label, at: time)
        _ = separate.pop()
        separate.push(label, at: time)
      } else {
        replaced.push(label, at: time)
        separate.push(label, at: time)
      }
      #expect(replaced.count == separate.count, "seed \(seed), step \(step)")
      #expect(replaced.first()?.event == separate.first()?.event, "seed \(seed), step \(step)")
    }
    while let expected = separate.pop() {
      #expect(replaced.pop()?.event == expected.event, "seed \(seed): drained order")
    }
    #expect(replaced.isEmpty == true)
  }
}
