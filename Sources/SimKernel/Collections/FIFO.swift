/// A first-in first-out queue on a growable ring buffer.
public struct FIFO<Element> {
  @usableFromInline var storage: [Element] = []
  @usableFromInline var head = 0
  @usableFromInline var storedCount = 0

  /// Creates an empty queue.
  public init() {}

  /// The number of elements.
  @inlinable public var count: Int { storedCount }

  /// Whether the queue is empty.
  @inlinable public var isEmpty: Bool { storedCount == 0 }

  /// The oldest element, if any.
  ///
  /// - Complexity: O(1)
  @inlinable public var first: Element? { storedCount == 0 ? nil : storage[head] }

  /// Appends `element` at the back.
  ///
  /// - Complexity: amortised O(1)
  @inlinable public mutating func append(_ element: Element) {
    if storedCount == storage.count {
      grow(with: element)
      return
    }
    var tail = head + storedCount
    if tail >= storage.count { tail -= storage.count }
    storage[tail] = element
    storedCount += 1
  }

  /// Removes and returns the oldest element.
  ///
  /// Removed slots keep a stale copy until overwritten: elements are meant to be plain values
  /// such as indices.
  /// - Complexity: O(1)
  @inlinable public mutating func removeFirst() -> Element? {
    guard storedCount > 0 else { return nil }
    let element = storage[head]
    head += 1
    if head == storage.count { head = 0 }
    storedCount -= 1
    return element
  }

  /// Appends `element` into a doubled buffer, oldest first.
  @usableFromInline mutating func grow(with element: Element) {
    var bigger: [Element] = []
    bigger.reserveCapacity(max(16, storage.count * 2))
    for index in 0..<storedCount {
      bigger.append(storage[(head + index) % storage.count])
    }
    bigger.append(element)
    while bigger.count < bigger.capacity { bigger.append(element) }
    storage = bigger
    head = 0
    storedCount += 1
  }
}
