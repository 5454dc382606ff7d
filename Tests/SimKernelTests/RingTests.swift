import Testing

@testable import SimKernel

@Suite struct RingTests {
  @Test func emptyQueue() {
    var queue = Ring<Int>()
    #expect(queue.isEmpty == true)
    #expect(queue.count == 0)
    #expect(queue.first == nil)
    #expect(queue.removeFirst() == nil)
    #expect(queue.removeFirst() == nil)
    #expect(queue.count == 0)
  }

  @Test func removesInAppendOrder() {
    var queue = Ring<Int>()
    for name in [10, 11, 12, 13] { queue.append(name) }
    #expect(queue.count == 4)
    #expect(queue.first == 10)
    var removed: [Int] = []
    while let name = queue.removeFirst() { removed.append(name) }
    #expect(removed == [10, 11, 12, 13])
    #expect(queue.isEmpty == true)
    #expect(queue.first == nil)
    #expect(queue.removeFirst() == nil)
    queue.append(14)
    #expect(queue.first == 14)
    #expect(queue.count == 1)
  }

  /// (prefill, removed, then appended): the head sits mid-buffer when the queue wraps round
  /// and then grows, several times over, past the initial capacity of 16.
  @Test(arguments: [(0, 0, 17), (10, 6, 12), (16, 15, 16), (16, 16, 40), (15, 5, 300)])
  func growsPastInitialCapacityWithWrapAround(prefill: Int, removed: Int, appended: Int) {
    var queue = Ring<Int>()
    var oracle: [Int] = []
    var next = 0
    for _ in 0..<prefill {
      queue.append(next)
      oracle.append(next)
      next += 1
    }
    for _ in 0..<removed { #expect(queue.removeFirst() == oracle.removeFirst()) }
    for _ in 0..<appended {
      queue.append(next)
      oracle.append(next)
      next += 1
      #expect(queue.first == oracle.first)
    }
    #expect(queue.count == oracle.count)
    var drained: [Int] = []
    while let element = queue.removeFirst() { drained.append(element) }
    #expect(drained == oracle)
    #expect(queue.isEmpty == true)
  }

  /// Random appends and removals against an array, in bursts that grow and drain the queue.
  @Test(arguments: 0..<16)
  func matchesArrayOracle(seed: UInt64) throws {
    var rng = Xoshiro256StarStar(seed: seed)
    var queue = Ring<Int>()
    var oracle: [Int] = []
    for step in 0..<4_000 {
      let appendProbability = (step / 500) % 2 == 0 ? 0.7 : 0.3
      if rng.nextUnitInterval() < appendProbability {
        queue.append(step)
        oracle.append(step)
      } else {
        let expected = oracle.isEmpty ? nil : oracle.removeFirst()
        let actual = queue.removeFirst()
        try #require(actual == expected, "seed \(seed), step \(step)")
      }
      try #require(queue.count == oracle.count, "seed \(seed), step \(step): count")
      try #require(queue.first == oracle.first, "seed \(seed), step \(step): first")
    }
  }
}
