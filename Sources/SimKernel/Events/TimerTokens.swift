/// One timer per index (an agent, a call slot, a team), armed and disarmed without touching the
/// event list: arming gives a token that the timer's event carries, and an event whose token is
/// no longer its index's pending one is stale and ignored. Nothing is ever removed from the
/// event list.
///
/// A token is the index's generation: odd while a timer is pending, even when none is. Arming
/// moves to a new odd generation (any pending token goes stale); firing or disarming moves to
/// the next even one.
public struct TimerTokens: ~Copyable {
  @usableFromInline var generations: Table<UInt32>

  /// Timers for indices `0 ..< count`, none pending.
  public init(count: Int = 0) {
    generations = Table(repeating: 0, count: count)
  }

  /// The number of indices.
  @inlinable public var count: Int { generations.count }

  /// Adds an index, with no timer pending.
  public mutating func append() { generations.append(0) }

  /// Arms `index`'s timer: returns the token its event must carry. A token given earlier goes
  /// stale.
  ///
  /// - Complexity: O(1)
  @inlinable @inline(__always) public mutating func arm(_ index: Int) -> UInt32 {
    let token = (generations[index] &+ 1) | 1
    generations[index] = token
    return token
  }

  /// Disarms `index`'s timer, if one is pending: its event will be ignored.
  @inlinable @inline(__always) public mutating func cancel(_ index: Int) {
    generations[index] &+= generations[index] & 1
  }

  /// Whether `token` is `index`'s pending timer; if so the timer has fired and is no longer
  /// pending.
  @inlinable @inline(__always) public mutating func fire(_ index: Int, _ token: UInt32) -> Bool {
    guard generations[index] == token else { return false }
    generations[index] &+= 1
    return true
  }

  /// Whether `index` has a timer pending.
  @inlinable public func isPending(_ index: Int) -> Bool { generations[index] & 1 == 1 }
}

@available(*, unavailable)
extension TimerTokens: Sendable {}
