/// How many call activities closed with each outcome of the vocabulary.
///
/// The counts grow to the outcomes counted: an outcome never counted reads 0, so counts of
/// any vocabulary start empty and merge.
public struct OutcomeCounts: Sendable {
  /// Counts by `Outcome.index`, up to the last outcome counted.
  public private(set) var counts: [Int] = []

  public init() {}

  /// Counts by `Outcome.index`.
  public init(counts: [Int]) { self.counts = counts }

  public subscript(outcome: Outcome) -> Int {
    get { outcome.index < counts.count ? counts[outcome.index] : 0 }
    set {
      grow(to: outcome.index + 1)
      counts[outcome.index] = newValue
    }
  }

  /// All activities counted.
  public var total: Int { counts.reduce(0, +) }

  /// The outcomes with a count, in the vocabulary's order.
  public var nonZero: [(outcome: Outcome, count: Int)] {
    counts.indices.compactMap { counts[$0] > 0 ? (Outcome($0), counts[$0]) : nil }
  }

  public mutating func merge(_ other: OutcomeCounts) {
    grow(to: other.counts.count)
    for index in other.counts.indices { counts[index] += other.counts[index] }
  }

  private mutating func grow(to count: Int) {
    if counts.count < count {
      counts.append(contentsOf: repeatElement(0, count: count - counts.count))
    }
  }
}

extension OutcomeCounts: Equatable {
  /// Equal when every outcome has the same count (an outcome never counted counts 0).
  public static func == (lhs: OutcomeCounts, rhs: OutcomeCounts) -> Bool {
    let length = max(lhs.counts.count, rhs.counts.count)
    return (0..<length).allSatisfy { lhs[Outcome($0)] == rhs[Outcome($0)] }
  }
}
