/// Counter-based random draws: a stream per item (a caller, a client, an incident), computed
/// from a key and the item's number alone, so that an item draws the same values whenever and
/// in whatever order the items are met (common random numbers for things whose existence or
/// timing depends on the routing).
///
/// `stream(item)` is `SplitMix64(seed: mix(key &+ item))`; `stream(hashing: item)` is
/// `stream(mix(item))`, for items whose numbers are not spread already; `stream(item, counter)`,
/// the `counter`-th stream of one item, is `stream(hashing: item &+ counter)`.
public struct KeyedStreams: Sendable, BitwiseCopyable {
  /// The key, from the replication's `RandomStreams.key(_:)`.
  public let key: UInt64

  /// Streams keyed by `key`.
  @inlinable public init(key: UInt64) { self.key = key }

  /// Streams keyed by the key mixed with `salt`: a second family from the same key.
  @inlinable public func salted(_ salt: UInt64) -> KeyedStreams { KeyedStreams(key: key ^ salt) }

  /// The stream of `item`.
  @inlinable @inline(__always) public func stream(_ item: UInt64) -> SplitMix64 {
    SplitMix64(seed: SplitMix64.mix(key &+ item))
  }

  /// The stream of `item` mixed first: for items numbered 1, 2, 3, … or packed from fields.
  @inlinable @inline(__always) public func stream(hashing item: UInt64) -> SplitMix64 {
    stream(SplitMix64.mix(item))
  }

  /// The `counter`-th stream of `item` (an offer's ring-out count, an attempt, a round).
  @inlinable @inline(__always) public func stream(_ item: UInt64, _ counter: UInt64)
    -> SplitMix64
  {
    stream(hashing: item &+ counter)
  }
}

extension RandomStreams {
  /// The keyed streams called `name` (`key(name)`).
  public func keyed(_ name: String) -> KeyedStreams { KeyedStreams(key: key(name)) }
}
