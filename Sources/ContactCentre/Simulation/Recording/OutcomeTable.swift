import SimKernel

/// Outcome counts for a set of rows (queues × intervals, lines, teams or agents), in one flat
/// table: the hot path adds one, the end of the run reads them out.
struct OutcomeTable: ~Copyable {
  private var counts: Table<Int>
  let rowCount: Int
  /// The number of outcomes of the vocabulary: the length of a row.
  let outcomeCount: Int

  init(rows: Int, outcomes: Int) {
    rowCount = rows
    outcomeCount = outcomes
    counts = Table(repeating: 0, count: rows * outcomes)
  }

  /// Counts one `outcome` in row `row` (wrapping adds: no count nears 2^63, and the hot path
  /// carries no overflow check).
  @inline(__always)
  mutating func add(_ outcome: Outcome, row: Int) {
    counts[row &* outcomeCount &+ outcome.index] &+= 1
  }

  /// Row `row`'s counts.
  func row(_ row: Int) -> OutcomeCounts {
    OutcomeCounts(counts: (0..<outcomeCount).map { counts[row * outcomeCount + $0] })
  }

  /// The rows, flat, the table's own memory let go as soon as they are copied.
  consuming func intoFlatRows() -> OutcomeRows {
    let outcomes = outcomeCount
    return OutcomeRows(counts: counts.intoArray(), outcomes: outcomes)
  }

  var rows: [OutcomeCounts] {
    var result: [OutcomeCounts] = []
    result.reserveCapacity(rowCount)
    for index in 0..<rowCount { result.append(row(index)) }
    return result
  }
}
