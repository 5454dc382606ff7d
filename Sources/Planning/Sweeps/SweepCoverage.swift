/// How a set of parts covers a sweep's units: the parts that overlap and the units none runs.
public struct SweepCoverage: Sendable, Equatable {
  /// Two parts (their positions in the list) that share a unit, with the first unit they share.
  public struct Overlap: Sendable, Equatable {
    public var first: Int
    public var second: Int
    public var unit: Int
  }

  /// Every pair of overlapping parts, in the order found.
  public var overlaps: [Overlap] = []
  /// The units no part runs, in order.
  public var missing: [Int] = []
  /// When every part has the same N: the shards K/N missing, in order (empty otherwise).
  public var missingShards: [SweepShard] = []

  /// Whether every unit is run exactly once.
  public var isExact: Bool { overlaps.isEmpty && missing.isEmpty }

  /// The coverage of `units` units by parts that ran `shards`.
  ///
  /// - Complexity: O(units + parts²) at most.
  public init(_ shards: [SweepShard], units: Int) {
    var owner = Array(repeating: -1, count: units)
    var reported = Set<[Int]>()
    for (part, shard) in shards.enumerated() {
      for unit in shard.units(of: units) {
        if owner[unit] >= 0 {
          if reported.insert([owner[unit], part]).inserted {
            overlaps.append(Overlap(first: owner[unit], second: part, unit: unit))
          }
        } else {
          owner[unit] = part
        }
      }
    }
    missing = owner.indices.filter { owner[$0] < 0 }
    if let count = shards.first?.count, shards.allSatisfy({ $0.count == count }) {
      let present = Set(shards.map(\.index))
      missingShards = (1...count).filter { !present.contains($0) }.map {
        SweepShard(index: $0, count: count)!
      }
    }
  }
}
