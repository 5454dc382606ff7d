/// Part K of N of a sweep's work units: unit i belongs to part `i mod N + 1`.
///
/// Dealing the units out in turn, rather than in blocks, spreads every point's replications —
/// and so the slow points and the fast ones — evenly over the parts.
public struct SweepShard: Sendable, Hashable, CustomStringConvertible {
  /// K, from 1.
  public let index: Int
  /// N.
  public let count: Int

  /// Part `index` of `count`; nil unless 1 ≤ index ≤ count.
  public init?(index: Int, count: Int) {
    guard count >= 1, (1...count).contains(index) else { return nil }
    self.index = index
    self.count = count
  }

  /// The one part that is the whole sweep.
  public static let whole = SweepShard(index: 1, count: 1)!

  /// Whether this part is every unit.
  public var isWhole: Bool { count == 1 }

  /// The units of this part among `total`, in order.
  public func units(of total: Int) -> [Int] {
    Array(stride(from: index - 1, to: total, by: count))
  }

  /// Whether `unit` belongs to this part.
  public func contains(unit: Int) -> Bool { unit % count == index - 1 }

  /// "K/N".
  public var description: String { "\(index)/\(count)" }
}
