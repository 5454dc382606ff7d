import SimKernel

/// Outcome counts for a set of rows (queues × intervals, lines, teams or agents), in one flat
/// table: the hot path adds one, the end of the run reads them out.
struct OutcomeTable: ~Copyable {
  private var counts: Table<Int>
  let rowCount: Int

  init(rows: Int) {
    rowCount = rows
    counts = Table(repeating: 0, count: rows * Outcome.allCases.count)
  }

  @inline(__always)
  mutating func add(_ outcome: Outcome, row: Int) {
    counts[row * Outcome.allCases.count + outcome.rawValue] += 1
  }

  /// Row `row`'s counts.
  func row(_ row: Int) -> OutcomeCounts {
    var result = OutcomeCounts()
    for outcome in Outcome.allCases {
      result[outcome] = counts[row * Outcome.allCases.count + outcome.rawValue]
    }
    return result
  }

  var rows: [OutcomeCounts] {
    var result: [OutcomeCounts] = []
    result.reserveCapacity(rowCount)
    for index in 0..<rowCount { result.append(row(index)) }
    return result
  }
}
