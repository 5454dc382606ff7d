/// A growable array owned by one simulation run.
///
/// Unlike `Array`, a table cannot be copied, so writing an element needs no copy-on-write
/// uniqueness check, and elements are updated in place. Indices are always checked. Models keep
/// their per-agent and per-call state in tables because those writes are the hot path.
///
/// Elements are usually plain values; they may also be non-copyable owners of their own
/// storage (a table of queues, say), which the table destroys with itself.
public struct Table<Element: ~Copyable>: ~Copyable {
  @usableFromInline var base: UnsafeMutablePointer<Element>
  @usableFromInline var capacity: Int
  @usableFromInline var storedCount = 0

  /// Creates an empty table with room for `capacity` elements before it grows.
  public init(capacity: Int = 16) {
    self.capacity = max(capacity, 1)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    base.deinitialize(count: storedCount)
    base.deallocate()
  }

  /// The number of elements.
  @inlinable public var count: Int { storedCount }

  /// The valid indices.
  @inlinable public var indices: Range<Int> { 0..<storedCount }

  /// The element at `index`.
  ///
  /// - Complexity: O(1)
  @inlinable public subscript(index: Int) -> Element {
    unsafeAddress {
      check(index)
      return UnsafePointer(base + index)
    }
    unsafeMutableAddress {
      check(index)
      return base + index
    }
  }

  /// The address of the element at `index`, for a type that keeps its elements in a table and
  /// offers them through an addressor of its own.
  ///
  /// - Complexity: O(1)
  @inlinable @inline(__always) public func address(_ index: Int) -> UnsafeMutablePointer<Element> {
    check(index)
    return base + index
  }

  /// Appends `element`.
  ///
  /// - Complexity: amortised O(1)
  @inlinable public mutating func append(_ element: consuming Element) {
    if storedCount == capacity { grow() }
    (base + storedCount).initialize(to: element)
    storedCount += 1
  }

  /// Removes and returns the last element, if any.
  @inlinable public mutating func popLast() -> Element? {
    guard storedCount > 0 else { return nil }
    storedCount -= 1
    return (base + storedCount).move()
  }

  /// Traps unless `0 <= index < count` (one unsigned comparison).
  @inlinable @inline(__always) func check(_ index: Int) {
    precondition(
      UInt(bitPattern: index) < UInt(bitPattern: storedCount), "table index out of range")
  }

  @usableFromInline mutating func grow() {
    let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    bigger.moveInitialize(from: base, count: storedCount)
    base.deallocate()
    base = bigger
    capacity *= 2
  }
}

extension Table {
  /// Creates a table of `elements`, in order.
  public init(_ elements: [Element]) {
    self.init(capacity: elements.count)
    for element in elements { append(element) }
  }

  /// Creates a table of `count` copies of `value`.
  public init(repeating value: Element, count: Int) {
    self.init(capacity: count)
    base.initialize(repeating: value, count: count)
    storedCount = count
  }

  /// The elements as an array.
  public var array: [Element] { Array(UnsafeBufferPointer(start: base, count: storedCount)) }

  /// The elements as an array, the table's own memory let go as soon as they are copied
  /// (rather than when the table's owner ends).
  public consuming func intoArray() -> [Element] { array }
}
