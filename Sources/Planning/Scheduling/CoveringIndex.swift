/// A covering problem read once into the arrays the solver walks: each column's periods
/// (in range, ascending, once each) and limits, each period's columns, and the agents each
/// period needs (a demand below zero needs none).
struct CoveringIndex: Sendable {
  /// Agents needed per period (≥ 0).
  let need: [Int]
  /// Cost per agent of each column.
  let cost: [Double]
  /// The periods each column covers, ascending, in range, without repeats.
  let covers: [[Int]]
  /// The limits each column counts against, ascending, without repeats.
  let limitsOf: [[Int]]
  /// The columns of each limit, without repeats.
  let columnsOf: [[Int]]
  /// The most agents of each limit (≥ 0).
  let maximum: [Int]
  /// The columns covering each period, ascending.
  let covering: [[Int]]
  /// The smallest unit every cost is a whole multiple of (1, ½, ¼, … hours), nil when none
  /// is: then the optimum is a multiple of it and the LP bound may be rounded up to it.
  let costUnit: Double?

  var periods: Int { need.count }
  var columnCount: Int { cost.count }

  init(_ problem: CoveringProblem) {
    let periods = problem.demand.count
    need = problem.demand.map { max(0, $0) }
    cost = problem.columns.map(\.cost)
    covers = problem.columns.map { column in
      var seen = Set<Int>()
      return column.covers.filter { $0 >= 0 && $0 < periods && seen.insert($0).inserted }.sorted()
    }
    var limitsOf = Array(repeating: [Int](), count: problem.columns.count)
    var columnsOf: [[Int]] = []
    for (limit, rule) in problem.limits.enumerated() {
      var seen = Set<Int>()
      let columns = rule.columns.filter {
        $0 >= 0 && $0 < problem.columns.count && seen.insert($0).inserted
      }
      for column in columns { limitsOf[column].append(limit) }
      columnsOf.append(columns)
    }
    self.limitsOf = limitsOf
    self.columnsOf = columnsOf
    maximum = problem.limits.map { max(0, $0.maximum) }
    var covering = Array(repeating: [Int](), count: periods)
    for (column, periods) in covers.enumerated() {
      for period in periods { covering[period].append(column) }
    }
    self.covering = covering
    costUnit = Self.unit(of: cost)
  }

  /// The largest of 1, ½, ¼, ⅛, 1/12, 1/60 that divides every cost, or nil.
  private static func unit(of costs: [Double]) -> Double? {
    for unit in [1.0, 0.5, 0.25, 0.125, 1.0 / 12, 1.0 / 60] {
      let whole = costs.allSatisfy { cost in
        let units = cost / unit
        return abs(units - units.rounded()) < 1e-9 * max(1, abs(units))
      }
      if whole { return unit }
    }
    return nil
  }
}
