/// A first-in first-out queue on a growable ring buffer.
public struct FIFO<Element> {
  @usableFromInline var storage: [Element?]
  @usableFromInline var head = 0
  @usableFromInline var storedCount = 0

  /// The number of elements.
  @inlinable public var count: Int { storedCount }

  /// Creates an empty queue.
  public init() { storage = Array(repeating: nil, count: 16) }

  /// Whether the queue is empty.
  @inlinable public var isEmpty: Bool { count == 0 }

  /// The oldest element, if any.
  ///
  /// - Complexity: O(1)
  @inlinable public var first: Element? { count == 0 ? nil : storage[head] }

  /// Appends `element` at the back.
  ///
  /// - Complexity: amortised O(1)
  @inlinable public mutating func append(_ element: Element) {
    if count == storage.count { grow() }
    var tail = head + count
    if tail >= storage.count { tail -= storage.count }
    storage[tail] = element
    storedCount += 1
  }

  /// Removes and returns the oldest element.
  ///
  /// - Complexity: O(1)
  @inlinable public mutating func removeFirst() -> Element? {
    guard count > 0 else { return nil }
    let element = storage[head]
    storage[head] = nil
    head += 1
    if head == storage.count { head = 0 }
    storedCount -= 1
    return element
  }

  @usableFromInline mutating func grow() {
    var bigger = [Element?](repeating: nil, count: storage.count * 2)
    for index in 0..<count {
      bigger[index] = storage[(head + index) % storage.count]
    }
    storage = bigger
    head = 0
  }
}
