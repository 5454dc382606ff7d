/// A shift-covering problem: choose how many agents work each column (a shift with its breaks
/// placed, or a week's tour) so that every period has at least its demand of agents working,
/// at the least cost (paid hours), within the limits.
///
///     minimise Σ cost[j] x[j]
///     subject to Σ_{j covers p} x[j] ≥ demand[p]   for each period p
///                Σ_{j in limit.columns} x[j] ≤ limit.maximum   for each limit
///                x[j] ≥ 0 integer
///
/// Its JSON form (``Codable``) is what `ccsim schedule --covering-problem FILE` writes and
/// `scripts/schedule-quality.py` solves exactly, to measure how far ``CoveringSolver`` is from
/// the optimum.
public struct CoveringProblem: Sendable, Equatable, Codable {
  /// Agents needed per period.
  public var demand: [Int]
  /// The columns one may choose.
  public var columns: [Column]
  /// Upper limits on sums of columns (most agents of a template, of a team, part-timers).
  public var limits: [Limit]

  /// A choosable shift or tour.
  public struct Column: Sendable, Equatable, Codable {
    /// Its cost per agent working it (paid hours).
    public var cost: Double
    /// The periods in which an agent on it is working (not on a break), ascending.
    public var covers: [Int]

    public init(cost: Double, covers: [Int]) {
      self.cost = cost
      self.covers = covers
    }
  }

  /// At most `maximum` agents over `columns` together.
  public struct Limit: Sendable, Equatable, Codable {
    public var columns: [Int]
    public var maximum: Int

    public init(columns: [Int], maximum: Int) {
      self.columns = columns
      self.maximum = maximum
    }
  }

  /// Creates a problem.
  public init(demand: [Int], columns: [Column], limits: [Limit] = []) {
    self.demand = demand
    self.columns = columns
    self.limits = limits
  }
}

/// A solution of a ``CoveringProblem``.
public struct CoveringSolution: Sendable, Equatable, Codable {
  /// Agents per column.
  public var counts: [Int]
  /// Σ cost × count.
  public var cost: Double
  /// A lower bound on the optimum (the LP relaxation's value), when the solver has one.
  public var lowerBound: Double?
  /// Periods whose demand the solution leaves uncovered (the limits or the columns cannot
  /// cover them), with how many agents short: empty when every demand is met.
  public var shortfalls: [Int: Int]

  public init(counts: [Int], cost: Double, lowerBound: Double?, shortfalls: [Int: Int]) {
    self.counts = counts
    self.cost = cost
    self.lowerBound = lowerBound
    self.shortfalls = shortfalls
  }
}

/// Solves covering problems.
public enum CoveringSolver {
  /// A feasible solution of `problem`, as cheap as the solver can make it.
  ///
  /// PLACEHOLDER (to be replaced by the LP relaxation, rounding and local search): greedily
  /// adds the column with the least cost per unit of uncovered demand it covers, within the
  /// limits, until every period is covered or no column helps.
  public static func solve(_ problem: CoveringProblem) -> CoveringSolution {
    var counts = Array(repeating: 0, count: problem.columns.count)
    var missing = problem.demand
    var used = Array(repeating: 0, count: problem.limits.count)
    let limitsOf = problem.columns.indices.map { column in
      problem.limits.indices.filter { problem.limits[$0].columns.contains(column) }
    }
    while true {
      var best: (column: Int, ratio: Double)?
      for (index, column) in problem.columns.enumerated()
      where limitsOf[index].allSatisfy({ used[$0] < problem.limits[$0].maximum }) {
        let gain = column.covers.reduce(0) { $0 + (missing[$1] > 0 ? 1 : 0) }
        guard gain > 0 else { continue }
        let ratio = column.cost / Double(gain)
        if best == nil || ratio < best!.ratio { best = (index, ratio) }
      }
      guard let chosen = best?.column else { break }
      counts[chosen] += 1
      for period in problem.columns[chosen].covers { missing[period] -= 1 }
      for limit in limitsOf[chosen] { used[limit] += 1 }
    }
    let cost = zip(counts, problem.columns).reduce(0.0) { $0 + Double($1.0) * $1.1.cost }
    var shortfalls: [Int: Int] = [:]
    for (period, short) in missing.enumerated() where short > 0 { shortfalls[period] = short }
    return CoveringSolution(counts: counts, cost: cost, lowerBound: nil, shortfalls: shortfalls)
  }
}
