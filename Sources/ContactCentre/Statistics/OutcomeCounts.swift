/// How many call activities closed with each of the 19 outcomes.
public struct OutcomeCounts: Sendable, Equatable {
  /// Counts by `Outcome.rawValue`.
  public private(set) var counts = Array(repeating: 0, count: Outcome.allCases.count)

  public init() {}

  public subscript(outcome: Outcome) -> Int {
    get { counts[outcome.rawValue] }
    set { counts[outcome.rawValue] = newValue }
  }

  /// All activities counted.
  public var total: Int { counts.reduce(0, +) }

  /// The outcomes with a count, in the seeds' order.
  public var nonZero: [(outcome: Outcome, count: Int)] {
    Outcome.allCases.compactMap { counts[$0.rawValue] > 0 ? ($0, counts[$0.rawValue]) : nil }
  }

  public mutating func merge(_ other: OutcomeCounts) {
    for index in counts.indices { counts[index] += other.counts[index] }
  }
}
