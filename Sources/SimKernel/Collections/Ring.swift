/// A first-in first-out queue of plain values on a ring buffer owned by one simulation run.
///
/// `FIFO` without copy-on-write: a ring cannot be copied, so appending and removing need no
/// uniqueness check. Rings kept in a `Table` are the hot path's queues (Ready agents per team).
public struct Ring<Element: BitwiseCopyable>: ~Copyable {
  @usableFromInline var base: UnsafeMutablePointer<Element>
  /// A power of two, so that positions wrap with a mask.
  @usableFromInline var capacity: Int
  @usableFromInline var head = 0
  @usableFromInline var storedCount = 0

  /// Creates an empty ring with room for at least `capacity` elements before it grows.
  public init(capacity: Int = 16) {
    var size = 1
    while size < capacity { size *= 2 }
    self.capacity = size
    base = .allocate(capacity: size)
  }

  deinit { base.deallocate() }

  /// The number of elements.
  @inlinable public var count: Int { storedCount }

  /// Whether the ring is empty.
  @inlinable public var isEmpty: Bool { storedCount == 0 }

  /// The oldest element, if any.
  ///
  /// - Complexity: O(1)
  @inlinable public var first: Element? { storedCount == 0 ? nil : base[head] }

  /// Appends `element` at the back.
  ///
  /// - Complexity: amortised O(1)
  @inlinable public mutating func append(_ element: Element) {
    if storedCount == capacity { grow() }
    base[(head &+ storedCount) & (capacity &- 1)] = element
    storedCount &+= 1
  }

  /// Removes and returns the oldest element, if any.
  ///
  /// - Complexity: O(1)
  @inlinable @discardableResult public mutating func removeFirst() -> Element? {
    guard storedCount > 0 else { return nil }
    let element = base[head]
    head = (head &+ 1) & (capacity &- 1)
    storedCount &-= 1
    return element
  }

  /// Doubles the buffer, oldest element first.
  @usableFromInline mutating func grow() {
    let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    let front = min(storedCount, capacity - head)
    bigger.initialize(from: base + head, count: front)
    (bigger + front).initialize(from: base, count: storedCount - front)
    base.deallocate()
    base = bigger
    head = 0
    capacity *= 2
  }
}
