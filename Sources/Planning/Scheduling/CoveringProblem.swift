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

/// Solves covering problems: the LP relaxation (CoveringLP: the dual simplex, then the
/// primal simplex with partial pricing), roundings of its values (a dive re-solving the LP,
/// CoveringDive, first on a day's problem, last on a larger one when the rest end 3 % above
/// the bound; CoveringRounding's two), each improved by local search
/// (CoveringLocalSearch) and ruin-and-recreate (CoveringRecreate); the cheapest wins. Deterministic: no random draws, ties broken by
/// column index.
public enum CoveringSolver {
  /// A feasible solution of `problem`, as cheap as the solver can make it, with the LP
  /// relaxation's value as its lower bound (rounded up to the costs' unit — a quarter hour,
  /// say — when every cost is a whole number of it). Demand the columns and limits cannot
  /// cover is left in `shortfalls`, and then there is no bound.
  public static func solve(_ problem: CoveringProblem) -> CoveringSolution {
    let index = CoveringIndex(problem)
    let lp = CoveringLP(index)
    let relaxation = lp.solve()
    var bound = relaxation.bound
    if let value = bound, let unit = index.costUnit {
      bound = (value / unit - 1e-6).rounded(.up) * unit
    }
    var roundings: [CoveringCover] = []
    // The dive re-solves the LP a step at a time: worth it first on a day's problem (a few
    // hundred pivots of a few microseconds); on a week's (hundreds of rows, thousands of pivots
    // of a millisecond) it costs several LPs, so it runs last and only when needed (below).
    if lp.rows <= 200, let dived = lp.dive(from: relaxation, limit: 4000) {
      roundings.append(CoveringRounding.whole(index, dived))
    }
    roundings.append(CoveringRounding.upByFraction(index, relaxation.values))
    roundings.append(CoveringRounding.downThenGreedy(index, relaxation.values))
    var best: CoveringCover?
    var bestShort = Int.max
    let preference = relaxation.values.map { $0 - ($0 + 1e-6).rounded(.down) }
    for var cover in roundings {
      CoveringLocalSearch.improve(&cover, target: bound)
      CoveringRecreate.improve(&cover, preference: preference, target: bound)
      let short = cover.shortfalls.values.reduce(0, +)
      if short < bestShort || (short == bestShort && cover.exactCost < best!.exactCost - 1e-9) {
        best = cover
        bestShort = short
      }
      if short == 0, let bound, cover.exactCost <= bound + 1e-9 { break }
    }
    // On a larger problem the dive comes last, and only when the other roundings end more
    // than 3 % above the bound: a week's tours (448 rows, 11,788 columns: 1,460 paid hours
    // without the dive, 1,420 with it, at four times the processor time).
    if lp.rows > 200, bestShort == 0, let bound, best!.exactCost > 1.03 * bound,
      let dived = lp.dive(from: relaxation, limit: 100 * lp.rows)
    {
      var cover = CoveringRounding.whole(index, dived)
      CoveringLocalSearch.improve(&cover, target: bound)
      CoveringRecreate.improve(&cover, preference: preference, target: bound)
      if cover.shortfalls.isEmpty && cover.exactCost < best!.exactCost - 1e-9 { best = cover }
    }
    let cover = best!
    let shortfalls = cover.shortfalls
    return CoveringSolution(
      counts: cover.counts, cost: cover.exactCost,
      lowerBound: shortfalls.isEmpty ? bound : nil,
      shortfalls: shortfalls)
  }
}
