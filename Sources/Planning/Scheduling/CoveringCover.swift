/// A solution being built or improved: agents per column, agents working per period, agents
/// counted against each limit, and the cost — kept in step by `add` and `remove`.
struct CoveringCover {
  let index: CoveringIndex
  private(set) var counts: [Int]
  /// Agents working in each period.
  private(set) var working: [Int]
  /// Agents counted against each limit.
  private(set) var used: [Int]
  private(set) var cost: Double = 0

  init(_ index: CoveringIndex) {
    self.index = index
    counts = Array(repeating: 0, count: index.columnCount)
    working = Array(repeating: 0, count: index.periods)
    used = Array(repeating: 0, count: index.maximum.count)
  }

  /// Agents beyond the need (negative: short) in `period`.
  @inline(__always)
  func surplus(_ period: Int) -> Int { working[period] - index.need[period] }

  /// Whether one more agent on `column` stays within its limits.
  func fits(_ column: Int) -> Bool {
    index.limitsOf[column].allSatisfy { used[$0] < index.maximum[$0] }
  }

  /// Whether one agent fewer on `column` leaves every period it covers with its need.
  func droppable(_ column: Int) -> Bool {
    counts[column] > 0 && index.covers[column].allSatisfy { surplus($0) >= 1 }
  }

  mutating func add(_ column: Int, _ agents: Int = 1) {
    counts[column] += agents
    for period in index.covers[column] { working[period] += agents }
    for limit in index.limitsOf[column] { used[limit] += agents }
    cost += Double(agents) * index.cost[column]
  }

  mutating func remove(_ column: Int) { add(column, -1) }

  /// Agents short per period, for the periods short.
  var shortfalls: [Int: Int] {
    var short: [Int: Int] = [:]
    for period in 0..<index.periods where surplus(period) < 0 { short[period] = -surplus(period) }
    return short
  }

  /// The cost summed afresh (the running sum drifts by rounding errors).
  var exactCost: Double {
    zip(counts, index.cost).reduce(0.0) { $0 + Double($1.0) * $1.1 }
  }

  /// Adds, while some period is short, the column within its limits that covers the most
  /// short periods per unit of cost — ties to the larger `preference` (the LP's fraction),
  /// then the lower index. Ends when nothing is short or no column can help.
  ///
  /// - Complexity: O(nonzeros) to start, then O(columns) per agent added plus
  ///   O(columns covering p) each time a period p stops being short.
  mutating func repairGreedily(preference: [Double]) {
    var gain = Array(repeating: 0, count: index.columnCount)
    for period in 0..<index.periods where surplus(period) < 0 {
      for column in index.covering[period] { gain[column] += 1 }
    }
    while true {
      var best = -1
      var bestScore = 0.0
      for column in 0..<index.columnCount where gain[column] > 0 && fits(column) {
        let score = Double(gain[column]) / max(index.cost[column], 1e-9)
        if best < 0 || score > bestScore * (1 + 1e-12)
          || (score >= bestScore * (1 - 1e-12) && preference[column] > preference[best])
        {
          best = column
          bestScore = score
        }
      }
      guard best >= 0 else { return }
      for period in index.covers[best] where surplus(period) == -1 {
        for column in index.covering[period] { gain[column] -= 1 }
      }
      add(best)
    }
  }
}
