/// Outcome counts per reporting interval and queue in one flat array, `outcomes` to a row: a
/// long run has thousands of intervals, and an array per row would double their memory.
public struct OutcomeRows: Sendable, Equatable {
  /// The counts, row after row.
  public private(set) var counts: [Int]
  /// The length of a row: the vocabulary's outcomes.
  public let outcomes: Int

  /// The rows of `counts`, `outcomes` to a row.
  public init(counts: [Int] = [], outcomes: Int = 0) {
    precondition(outcomes > 0 ? counts.count % outcomes == 0 : counts.isEmpty, "whole rows")
    self.counts = counts
    self.outcomes = outcomes
  }

  /// `rows` laid out flat (each as long as the longest).
  public init(_ rows: [OutcomeCounts]) {
    let outcomes = rows.map(\.counts.count).max() ?? 0
    var counts = [Int]()
    counts.reserveCapacity(rows.count * outcomes)
    for row in rows {
      counts += row.counts
      counts += repeatElement(0, count: outcomes - row.counts.count)
    }
    self.init(counts: counts, outcomes: outcomes)
  }

  public var count: Int { outcomes == 0 ? 0 : counts.count / outcomes }
  public var isEmpty: Bool { counts.isEmpty }

  public subscript(row: Int) -> OutcomeCounts {
    OutcomeCounts(counts: Array(counts[row * outcomes..<(row + 1) * outcomes]))
  }
}

/// Agent state times per reporting interval and team in one flat array, one row of
/// `StateTimes` buckets each, for the same reason as `OutcomeRows`.
public struct StateTimeRows: Sendable, Equatable {
  /// The microseconds, row after row.
  public private(set) var microseconds: [Int64]
  /// The length of a row: `StateTimes.bucketCount`.
  public let buckets: Int

  /// The rows of `microseconds`, `buckets` to a row.
  public init(microseconds: [Int64] = [], buckets: Int = 0) {
    precondition(
      buckets > 0 ? microseconds.count % buckets == 0 : microseconds.isEmpty, "whole rows")
    self.microseconds = microseconds
    self.buckets = buckets
  }

  public var count: Int { buckets == 0 ? 0 : microseconds.count / buckets }
  public var isEmpty: Bool { microseconds.isEmpty }

  public subscript(row: Int) -> StateTimes {
    StateTimes(microseconds: Array(microseconds[row * buckets..<(row + 1) * buckets]))
  }
}
