/// Outcome counts per row (per reporting interval and queue, per agent slot) in one flat array,
/// `outcomes` to a row: a long run has thousands of intervals, a national roster tens of
/// thousands of slots, and an array per row would double their memory.
public struct OutcomeRows: Sendable, Equatable, RandomAccessCollection {
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

  public var startIndex: Int { 0 }
  public var endIndex: Int { outcomes == 0 ? 0 : counts.count / outcomes }

  public subscript(row: Int) -> OutcomeCounts {
    OutcomeCounts(counts: Array(counts[row * outcomes..<(row + 1) * outcomes]))
  }
}

/// Agent state times per row (per reporting interval and team, per agent slot) in one flat
/// array, one row of `StateTimes` buckets each, for the same reason as `OutcomeRows`.
public struct StateTimeRows: Sendable, Equatable, RandomAccessCollection {
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

  /// `rows` laid out flat (all of one length).
  public init(_ rows: [StateTimes]) {
    let buckets = rows.first?.microseconds.count ?? 0
    precondition(rows.allSatisfy { $0.microseconds.count == buckets }, "rows of one length")
    self.init(microseconds: rows.flatMap(\.microseconds), buckets: buckets)
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { buckets == 0 ? 0 : microseconds.count / buckets }

  public subscript(row: Int) -> StateTimes {
    StateTimes(microseconds: Array(microseconds[row * buckets..<(row + 1) * buckets]))
  }
}

/// CC Pulse's counts at each reporting interval's end, per team and column
/// (`PulseStateGroup`), in one flat array, for the same reason as `OutcomeRows`.
public struct PulseCountRows: Sendable, Equatable, RandomAccessCollection {
  /// The counts, interval after interval, each at `team * columns + column`.
  public private(set) var counts: [Int] = []
  public let teams: Int
  private static let columns = PulseStateGroup.allCases.count

  /// No intervals yet, with room for `intervals` of `teams` teams.
  public init(teams: Int = 0, intervals: Int = 0) {
    self.teams = teams
    counts.reserveCapacity(teams * Self.columns * intervals)
  }

  public var startIndex: Int { 0 }
  /// The number of interval ends counted.
  public var endIndex: Int { teams == 0 ? 0 : counts.count / (teams * Self.columns) }

  /// Adds the next interval end's counts, at `team * columns + column`.
  mutating func append(_ row: [Int]) {
    precondition(row.count == teams * Self.columns, "a count per team and column")
    counts += row
  }

  /// Per team, per column: the agents in it at the end of interval `interval`.
  public subscript(interval: Int) -> [[Int]] {
    let base = interval * teams * Self.columns
    return (0..<teams).map { team in
      Array(counts[(base + team * Self.columns)..<(base + team * Self.columns + Self.columns)])
    }
  }
}
