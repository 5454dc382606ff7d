/// A value a `Heap` can order: a strict order, and a way to mark the end of the heap.
public protocol HeapElement: BitwiseCopyable {
  /// Whether this value comes out of the heap before `other` (a strict order).
  func precedes(_ other: Self) -> Bool

  /// Makes the value at `slot` one that every element precedes; only the fields `precedes`
  /// reads need be set. The heap keeps such a value past its last element, so that a parent
  /// whose second child would lie past the end needs no bounds test.
  static func markEnd(_ slot: UnsafeMutablePointer<Self>)
}

/// A binary min-heap of small plain values, in one buffer the heap owns.
///
/// A heap cannot be copied, so its operations need no uniqueness checks; elements are
/// bitwise-copyable, so they move with plain loads and stores. The queues of waiting callers are
/// heaps (the event list, whose keys only grow, is a radix heap: `EventQueue`). Elements that
/// neither precedes the other come out in an order that depends on the heap's history: give the
/// order a final tie-break when it matters.
///
/// With `CCSIM_CHECKS` (debug builds and tests) the heap property is checked over the whole heap
/// every 1,024 operations.
public struct Heap<Element: HeapElement>: ~Copyable {
  /// The elements in `storage[0 ..< storedCount]`, then the end mark.
  @usableFromInline var storage: UnsafeMutablePointer<Element>
  /// The number of elements the heap holds before it grows.
  public private(set) var capacity: Int
  @usableFromInline var storedCount = 0
  #if CCSIM_CHECKS
    @usableFromInline var checks = PeriodicCheck()
  #endif

  /// Creates an empty heap with room for `capacity` elements before it grows.
  public init(capacity: Int = 16) {
    self.capacity = max(capacity, 4)
    storage = .allocate(capacity: self.capacity + 1)
    Element.markEnd(storage)
  }

  deinit { storage.deallocate() }

  /// The number of elements.
  @inlinable public var count: Int { storedCount }

  /// Whether the heap is empty.
  @inlinable public var isEmpty: Bool { storedCount == 0 }

  /// The first element (one that no other precedes), if any.
  ///
  /// - Complexity: O(1)
  @inlinable public var first: Element? { storedCount == 0 ? nil : storage[0] }

  /// Adds `element`.
  ///
  /// - Complexity: O(log n); O(1) when elements arrive in order.
  @inlinable public mutating func insert(_ element: Element) {
    if storedCount == capacity { grow() }
    place(element)
  }

  /// Adds `element`; a full heap first removes every element `isDroppable` picks (once it has
  /// room for `smallestToCompact`), and grows only if more than half of them stay.
  ///
  /// For elements that go stale where they are (a waiting list's calls answered elsewhere or
  /// abandoned): the heap never has room for more than four times the most elements that
  /// stayed at a removal, or `smallestToCompact`, and an insertion that finds room costs what
  /// `insert(_:)` does. The elements kept come out in the same order (see `removeAll(where:)`).
  ///
  /// - Complexity: O(log n), amortised over the removals: one of O(n) at most every n/2
  ///   insertions.
  @inlinable public mutating func insert(
    _ element: Element, droppingWhenFull isDroppable: (Element) -> Bool
  ) {
    if storedCount == capacity { makeRoom(droppingWhere: isDroppable) }
    place(element)
  }

  /// The smallest capacity at which `insert(_:droppingWhenFull:)` removes elements rather than
  /// just growing.
  public static var smallestToCompact: Int { 64 }

  /// Puts `element` after the last element, then in its place; there must be room.
  @inlinable @inline(__always) mutating func place(_ element: Element) {
    let hole = storedCount
    storedCount &+= 1
    Element.markEnd(storage + storedCount)
    rise(element, from: hole)
    checkAfterChange()
  }

  /// Makes room in a full heap: removes what `isDroppable` picks, from `smallestToCompact`
  /// up, and doubles the capacity if more than half is still taken.
  @usableFromInline mutating func makeRoom(droppingWhere isDroppable: (Element) -> Bool) {
    if capacity >= Self.smallestToCompact { removeAll(where: isDroppable) }
    if storedCount > capacity / 2 { grow() }
  }

  /// Removes and returns the first element, if any.
  ///
  /// - Complexity: O(log n)
  @inlinable @discardableResult public mutating func removeFirst() -> Element? {
    guard storedCount > 0 else { return nil }
    let top = storage[0]
    storedCount &-= 1
    let last = storage[storedCount]
    Element.markEnd(storage + storedCount)
    if storedCount > 0 { sink(last) }
    checkAfterChange()
    return top
  }

  /// Removes every element that `shouldBeRemoved` picks, wherever it is in the heap.
  ///
  /// The elements kept come out in the same order as before whenever each precedes the other
  /// or is preceded by it; only the order of ties among them may change. Nothing moves when
  /// nothing is removed.
  ///
  /// - Complexity: O(n): one pass that keeps the others in place, then the heap rebuilt
  ///   bottom-up (Floyd's construction).
  public mutating func removeAll(where shouldBeRemoved: (Element) throws -> Bool) rethrows {
    var kept = 0
    for index in 0..<storedCount where try !shouldBeRemoved(storage[index]) {
      if kept != index { storage[kept] = storage[index] }
      kept += 1
    }
    guard kept < storedCount else { return }
    storedCount = kept
    Element.markEnd(storage + storedCount)
    var parent = storedCount / 2
    while parent > 0 {
      parent -= 1
      descend(storage[parent], from: parent)
    }
    checkAfterChange()
  }

  /// The child of `hole` that comes first, nil at a leaf. (A second child past the end is the
  /// end mark, which every element precedes.)
  @inlinable @inline(__always) func earlierChild(of hole: Int) -> Int? {
    let child = 2 &* hole &+ 1
    guard child < storedCount else { return nil }
    return storage[child &+ 1].precedes(storage[child]) ? child &+ 1 : child
  }

  /// Removes every element.
  public mutating func removeAll() {
    storedCount = 0
    Element.markEnd(storage)
  }

  /// Moves `element` down from the hole at `hole` past every child that precedes it, the
  /// earlier child first, and puts it there.
  @inlinable @inline(__always) mutating func descend(_ element: Element, from hole: Int) {
    var hole = hole
    while let child = earlierChild(of: hole), storage[child].precedes(element) {
      storage[hole] = storage[child]
      hole = child
    }
    storage[hole] = element
  }

  /// Moves `element` up from the hole at `hole` past every parent it precedes, and puts it
  /// there.
  @inlinable @inline(__always) mutating func rise(_ element: Element, from hole: Int) {
    var hole = hole
    while hole > 0 {
      let parent = (hole &- 1) &>> 1
      guard element.precedes(storage[parent]) else { break }
      storage[hole] = storage[parent]
      hole = parent
    }
    storage[hole] = element
  }

  /// Puts `element`, the former last one, in the hole at the root. Bottom-up: the hole goes
  /// down to a leaf along the earlier children (one comparison per level), and the element
  /// climbs back from there, rarely far (it came from the bottom).
  @inlinable @inline(__always) mutating func sink(_ element: Element) {
    var hole = 0
    while let child = earlierChild(of: hole) {
      storage[hole] = storage[child]
      hole = child
    }
    rise(element, from: hole)
  }

  @usableFromInline mutating func grow() {
    let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2 + 1)
    bigger.update(from: storage, count: storedCount + 1)
    storage.deallocate()
    storage = bigger
    capacity *= 2
  }

  /// Under `CCSIM_CHECKS`: the whole heap checked every 1,024 operations.
  @inlinable @inline(__always) mutating func checkAfterChange() {
    #if CCSIM_CHECKS
      if checks.isDue() { precondition(isValid, "heap order broken") }
    #endif
  }

  /// Whether every element comes no earlier than its parent (the heap property).
  ///
  /// - Complexity: O(n)
  public var isValid: Bool {
    var index = 1
    while index < storedCount {
      if storage[index].precedes(storage[(index - 1) / 2]) { return false }
      index += 1
    }
    return true
  }
}

@available(*, unavailable)
extension Heap: Sendable {}
