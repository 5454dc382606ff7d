import Testing

@testable import Planning

/// CoveringSolver against exact answers: brute force on tiny problems, Baker's closed form for
/// the cyclic days-off problem, and problems built so that rounding, limits or the demand
/// itself decide the answer.
struct CoveringSolverTests {
  /// Every period's demand met (or reported short), the limits kept, the cost the counts'.
  func checkSolution(_ solution: CoveringSolution, _ problem: CoveringProblem) {
    var working = Array(repeating: 0, count: problem.demand.count)
    for (column, agents) in solution.counts.enumerated() {
      #expect(agents >= 0)
      for period in problem.columns[column].covers { working[period] += agents }
    }
    for (period, need) in problem.demand.enumerated() {
      #expect(working[period] + (solution.shortfalls[period] ?? 0) >= need, "period \(period)")
    }
    for limit in problem.limits {
      #expect(limit.columns.reduce(0) { $0 + solution.counts[$1] } <= limit.maximum)
    }
    let cost = zip(solution.counts, problem.columns).reduce(0.0) {
      $0 + Double($1.0) * $1.1.cost
    }
    #expect(abs(cost - solution.cost) < 1e-9)
  }

  /// The least cost by trying every count from 0 to the largest demand on every column.
  func bruteForce(_ problem: CoveringProblem) -> Double {
    let top = problem.demand.max() ?? 0
    var counts = Array(repeating: 0, count: problem.columns.count)
    var best = Double.infinity
    while true {
      var working = Array(repeating: 0, count: problem.demand.count)
      for (column, agents) in counts.enumerated() {
        for period in problem.columns[column].covers { working[period] += agents }
      }
      let feasible =
        zip(working, problem.demand).allSatisfy { $0 >= $1 }
        && problem.limits.allSatisfy { $0.columns.reduce(0) { $0 + counts[$1] } <= $0.maximum }
      if feasible {
        best = min(best, zip(counts, problem.columns).reduce(0.0) { $0 + Double($1.0) * $1.1.cost })
      }
      var digit = 0
      while digit < counts.count && counts[digit] == top {
        counts[digit] = 0
        digit += 1
      }
      if digit == counts.count { return best }
      counts[digit] += 1
    }
  }

  /// A small random problem: runs of consecutive periods with costs near their length.
  func tinyProblem(seed: UInt64) -> CoveringProblem {
    var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    func next(_ bound: Int) -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(state % UInt64(bound))
    }
    let periods = 4 + next(3)
    let demand = (0..<periods).map { _ in next(3) }
    let columns = (0..<(4 + next(3))).map { _ -> CoveringProblem.Column in
      let first = next(periods)
      let length = 1 + next(periods - first)
      return .init(
        cost: Double(length) - 0.25 * Double(next(3)), covers: Array(first..<(first + length)))
    }
    // Every period coverable: a one-period column, dearer than any run, where none covers it.
    let singles = (0..<periods).filter { period in
      !columns.contains { $0.covers.contains(period) }
    }.map { CoveringProblem.Column(cost: 3.5, covers: [$0]) }
    return CoveringProblem(demand: demand, columns: columns + singles)
  }

  @Test(arguments: 1...40)
  func tinyProblemsReachTheBruteForceOptimum(seed: UInt64) {
    let problem = tinyProblem(seed: seed)
    let solution = CoveringSolver.solve(problem)
    checkSolution(solution, problem)
    let optimum = bruteForce(problem)
    #expect(solution.shortfalls.isEmpty)
    #expect(abs(solution.cost - optimum) < 1e-9, "seed \(seed)")
    let bound = try! #require(solution.lowerBound)
    #expect(bound <= optimum + 1e-9, "seed \(seed)")
  }

  /// Three pairs of three periods at cost 1 each and the whole at 1.6: the LP takes each pair
  /// at ½ (1.5); rounding — down then greedy, or up by fraction — takes two pairs (2); only the
  /// local search's add-and-drop finds the whole (1.6, the optimum).
  @Test func localSearchImprovesOnRounding() {
    let problem = CoveringProblem(
      demand: [1, 1, 1],
      columns: [
        .init(cost: 1, covers: [0, 1]), .init(cost: 1, covers: [1, 2]),
        .init(cost: 1, covers: [0, 2]), .init(cost: 1.6, covers: [0, 1, 2]),
      ])
    let index = CoveringIndex(problem)
    let relaxation = CoveringLP(index).solve()
    #expect(abs(relaxation.bound! - 1.5) < 1e-9)
    #expect(CoveringRounding.downThenGreedy(index, relaxation.values).cost == 2)
    #expect(CoveringRounding.upByFraction(index, relaxation.values).cost == 2)
    let solution = CoveringSolver.solve(problem)
    checkSolution(solution, problem)
    #expect(abs(solution.cost - 1.6) < 1e-9)
    #expect(solution.counts == [0, 0, 0, 1])
    #expect(abs(solution.lowerBound! - 1.5) < 1e-9)
    #expect(abs(bruteForce(problem) - 1.6) < 1e-9)
  }

  /// The whole day at 4 is the cheapest way to cover it, but at most `maximum` agents may work
  /// it: the rest take the halves at 2.5 each.
  @Test(arguments: [0, 1, 2, 3])
  func limitsBind(maximum: Int) {
    let problem = CoveringProblem(
      demand: [2, 2, 2, 2],
      columns: [
        .init(cost: 4, covers: [0, 1, 2, 3]), .init(cost: 2.5, covers: [0, 1]),
        .init(cost: 2.5, covers: [2, 3]),
      ],
      limits: [.init(columns: [0], maximum: maximum)])
    let solution = CoveringSolver.solve(problem)
    checkSolution(solution, problem)
    let whole = min(maximum, 2)
    #expect(solution.counts == [whole, 2 - whole, 2 - whole])
    #expect(abs(solution.cost - (4 * Double(whole) + 5 * Double(2 - whole))) < 1e-9)
    #expect(solution.lowerBound! <= solution.cost + 1e-9)
    #expect(abs(solution.cost - bruteForce(problem)) < 1e-9)
  }

  /// Period 3 has no column; period 1's only column is limited to one agent where two are
  /// needed: both are reported short, never looped on, and there is no bound.
  @Test func infeasibleDemandIsReportedShort() {
    let problem = CoveringProblem(
      demand: [1, 2, 1, 4],
      columns: [.init(cost: 1, covers: [0, 1, 2]), .init(cost: 1, covers: [0, 2])],
      limits: [.init(columns: [0], maximum: 1)])
    let solution = CoveringSolver.solve(problem)
    checkSolution(solution, problem)
    #expect(solution.shortfalls == [1: 1, 3: 4])
    #expect(solution.counts == [1, 0])
    #expect(solution.lowerBound == nil)
    // One agent more on the limit: period 1 is met.
    var met = problem
    met.limits[0].maximum = 2
    #expect(CoveringSolver.solve(met).shortfalls == [3: 4])
  }

  @Test func emptyProblems() {
    let none = CoveringSolver.solve(CoveringProblem(demand: [0, 0], columns: []))
    #expect(none.cost == 0 && none.shortfalls.isEmpty && none.lowerBound == 0)
    let uncovered = CoveringSolver.solve(CoveringProblem(demand: [0, 3], columns: []))
    #expect(uncovered.shortfalls == [1: 3])
  }

  /// Baker (1974): seven days, each worker on five consecutive days (two consecutive rest
  /// days, cyclic), N needed Monday to Friday and n ≤ N at the weekend: the least workforce
  /// is max{n, N + ⌈2n/5⌉, ⌈(2N + 2n)/3⌉}.
  @Test(arguments: 0...9)
  func cyclicDaysOffMeetBakersBound(weekday: Int) {
    for weekend in 0...weekday {
      let demand = Array(repeating: weekday, count: 5) + [weekend, weekend]
      let columns = (0..<7).map { first in
        CoveringProblem.Column(cost: 40, covers: (0..<5).map { (first + $0) % 7 }.sorted())
      }
      let problem = CoveringProblem(demand: demand, columns: columns)
      let solution = CoveringSolver.solve(problem)
      checkSolution(solution, problem)
      let baker = max(
        weekend, weekday + (2 * weekend + 4) / 5, (2 * weekday + 2 * weekend + 2) / 3)
      #expect(solution.counts.reduce(0, +) == baker, "N \(weekday), n \(weekend)")
      #expect(solution.lowerBound! <= solution.cost + 1e-9)
    }
  }
}
