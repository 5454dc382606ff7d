/// The LP relaxation of a covering problem (x ≥ 0 real instead of integer), solved by a
/// revised primal simplex with an explicit basis inverse and partial pricing.
///
/// Rows are the periods that need agents (a period needing none constrains nothing) and the
/// limits:
///
///     Σ_{j covers p} x[j] − s[p] + a[p] = need[p]     (s: surplus, a: artificial, cost M)
///     Σ_{j in l} x[j] + t[l] = maximum[l]            (t: slack)
///
/// The artificials and slacks are the first basis (the identity), so there is no phase 1:
/// an artificial left in the basis at the end marks demand the columns and limits cannot
/// cover (big-M). The right-hand side is perturbed by a few millionths, different for every
/// row, so the many ties of a covering problem do not make the simplex cycle; the ratio
/// test is Harris's two-pass one (the largest pivot among the near-ties). Pricing scans the
/// columns in segments from where the last scan stopped and takes the most negative reduced
/// cost of a segment (Dantzig's rule over a partial price), so a week of tens of thousands
/// of tours does not price every column every pivot. The bound is the dual value y·need +
/// μ·maximum of duals that price every column at ≥ 0, hence a lower bound on the integer
/// optimum by weak duality whatever the rounding errors of the basis inverse.
struct CoveringLP {
  /// The columns' LP values, the dual bound (nil when the simplex stopped short of
  /// optimality), and whether some demand needed an artificial (the LP is infeasible).
  struct Result {
    var values: [Double]
    var bound: Double?
    var infeasible: Bool
    var iterations: Int
    /// The last basis, for the dive (nil when the LP stopped short).
    var final: Start? = nil
  }

  let index: CoveringIndex
  /// Row of each period that needs agents, -1 for the others.
  var rowOf: [Int]
  /// Covering rows (periods needing agents), then limit rows.
  let coveringRows: Int
  let rows: Int
  /// Each column's rows, as a compressed sparse list (all coefficients are 1).
  private var start: [Int] = [0]
  private var entries: [Int32] = []
  /// Each column's covering rows as runs of consecutive rows [from, to), (from, to) pairs
  /// from `runs[runStart[j]]` to `runs[runStart[j + 1]]`: a shift is a few runs between its
  /// breaks, so a sum over its rows is a few differences of prefix sums.
  var runStart: [Int] = [0]
  var runs: [Int32] = []
  /// The most any column costs (at least 1): the artificials' penalty starts at twice it.
  let largestCost: Double
  private let dualTolerance: Double
  var rhs: [Double] = []

  init(_ index: CoveringIndex) {
    self.index = index
    var rowOf = Array(repeating: -1, count: index.periods)
    var next = 0
    for period in 0..<index.periods where index.need[period] > 0 {
      rowOf[period] = next
      next += 1
    }
    self.rowOf = rowOf
    coveringRows = next
    rows = next + index.maximum.count
    for column in 0..<index.columnCount {
      for period in index.covers[column] where rowOf[period] >= 0 {
        entries.append(Int32(rowOf[period]))
      }
      for limit in index.limitsOf[column] { entries.append(Int32(coveringRows + limit)) }
      start.append(entries.count)
      var previous = -2
      for period in index.covers[column] where rowOf[period] >= 0 {
        let row = rowOf[period]
        if row == previous + 1 {
          runs[runs.count - 1] = Int32(row + 1)
        } else {
          runs.append(Int32(row))
          runs.append(Int32(row + 1))
        }
        previous = row
      }
      runStart.append(runs.count)
    }
    let largest = index.cost.map(abs).max() ?? 1
    largestCost = max(1, largest)
    dualTolerance = 1e-9 * max(1, largest)
    for period in 0..<index.periods where rowOf[period] >= 0 {
      rhs.append(Double(index.need[period]))
    }
    rhs += index.maximum.map(Double.init)
  }

  /// Solves the relaxation, pivoting at most `iterationLimit` times (default 20 per row
  /// plus 2,000): a problem that needs more gives its last basis's values and no bound.
  func solve(iterationLimit: Int? = nil, segment: Int? = nil) -> Result {
    let n = index.columnCount
    let m = rows
    if m == 0 {
      return Result(
        values: Array(repeating: 0, count: n), bound: 0, infeasible: false, iterations: 0)
    }
    // Variables: 0..<n columns, n..<n+m surplus (covering rows) or slack (limit rows),
    // n+m..<n+m+coveringRows artificials.
    let perturbed = perturb(rhs)
    let limit = iterationLimit ?? (20 * m + 2000)
    // The first basis: where the dual simplex left it, else the artificials and slacks.
    var basis = (0..<m).map { $0 < coveringRows ? n + m + $0 : n + $0 }
    var inverse = Array(repeating: 0.0, count: m * m)  // column-major
    for row in 0..<m { inverse[row * m + row] = 1 }
    var primal = perturbed
    var iterations = 0
    if !index.cost.contains(where: { $0 < 0 }),
      let start = dualPhase(perturbed: perturbed, penalty: 1e6 * largestCost, limit: limit)
    {
      basis = start.basis
      inverse = start.inverse
      primal = start.primal
      iterations = start.iterations
    }
    var inBasis = Array(repeating: -1, count: n + m + coveringRows)
    for (row, variable) in basis.enumerated() { inBasis[variable] = row }
    // An artificial costs more than any column, so none stays basic where a column can cover
    // its period; when one stays at the end (limits can force it), the penalty grows
    // a hundredfold and the simplex goes on, up to a millionfold: after that the demand is
    // beyond the columns and limits. A small penalty keeps Dantzig's rule looking at the
    // columns' costs from the first pivot (a large one makes the first pivots a phase 1).
    var penalty = 2 * largestCost + 1
    var basicCost = basis.map { cost(of: $0, n: n, m: m, penalty: penalty) }
    var dual = Array(repeating: 0.0, count: m)
    recomputeDual(&dual, basicCost, inverse)
    var alpha = Array(repeating: 0.0, count: m)
    var alphaRows: [Int] = []
    var pivotRow = Array(repeating: 0.0, count: m)
    // Column generation's first master: one column per span and cost (the columns that
    // differ only in where their breaks fall are alike to the LP); then every column.
    var candidates = representatives()
    if candidates.count * 2 > n { candidates = Array(0..<n) }
    var cursor = 0
    func segmentSize() -> Int {
      segment ?? max(64, min(candidates.count, max(2 * m, candidates.count / 16)))
    }
    var segment = segmentSize()
    var optimal = false

    while iterations < limit {
      if iterations % 64 == 63 {
        recomputePrimal(&primal, perturbed, inverse)
        recomputeDual(&dual, basicCost, inverse)
      }
      guard
        let (entering, reduced) = price(
          dual, inBasis: inBasis, candidates: candidates, cursor: &cursor, segment: segment,
          n: n, m: m, penalty: penalty)
      else {
        if candidates.count < n {
          candidates = Array(0..<n)
          cursor = 0
          segment = segmentSize()
          continue
        }
        let artificial = (0..<m).contains { basis[$0] >= n + m && primal[$0] > 1e-4 }
        if artificial && penalty < 1e6 * largestCost {
          penalty *= 100
          for row in 0..<m where basis[row] >= n + m { basicCost[row] = penalty }
          recomputeDual(&dual, basicCost, inverse)
          continue
        }
        optimal = true
        break
      }
      // alpha = B⁻¹ a_q
      for row in alphaRows { alpha[row] = 0 }
      alphaRows.removeAll(keepingCapacity: true)
      column(entering, n: n, m: m) { row, value in
        let base = row * m
        for i in 0..<m {
          let entry = inverse[base + i]
          if entry != 0 { alpha[i] += value * entry }
        }
      }
      for i in 0..<m where alpha[i] != 0 { alphaRows.append(i) }
      // Harris ratio test.
      var bound = Double.infinity
      for i in alphaRows where alpha[i] > 1e-9 {
        bound = min(bound, (max(primal[i], 0) + 1e-9) / alpha[i])
      }
      guard bound < .infinity else { break }  // unbounded: a column of negative cost
      var leaving = -1
      var largest = 0.0
      for i in alphaRows where alpha[i] > 1e-9 && max(primal[i], 0) / alpha[i] <= bound {
        if alpha[i] > largest {
          largest = alpha[i]
          leaving = i
        }
      }
      let step = max(primal[leaving], 0) / alpha[leaving]
      for i in alphaRows { primal[i] -= step * alpha[i] }
      primal[leaving] = step
      // The dual moves along the leaving row of B⁻¹ (before the update).
      let ratio = reduced / alpha[leaving]
      for c in 0..<m {
        let entry = inverse[c * m + leaving]
        pivotRow[c] = entry
        if entry != 0 { dual[c] += ratio * entry }
      }
      // B⁻¹ ← E B⁻¹, column by column, skipping the zeros of the leaving row.
      let pivot = alpha[leaving]
      for c in 0..<m where pivotRow[c] != 0 {
        let base = c * m
        let value = pivotRow[c] / pivot
        for i in alphaRows { inverse[base + i] -= alpha[i] * value }
        inverse[base + leaving] = value
      }
      inBasis[basis[leaving]] = -1
      basis[leaving] = entering
      inBasis[entering] = leaving
      basicCost[leaving] = cost(of: entering, n: n, m: m, penalty: penalty)
      iterations += 1
    }

    recomputePrimal(&primal, perturbed, inverse)
    var values = Array(repeating: 0.0, count: n)
    var artificial = 0.0
    for (row, variable) in basis.enumerated() {
      if variable < n {
        values[variable] = max(0, primal[row])
      } else if variable >= n + m {
        artificial += max(0, primal[row])
      }
    }
    var bound: Double? = nil
    if optimal {
      recomputeDual(&dual, basicCost, inverse)
      if dualFeasible(dual, n: n, m: m, penalty: penalty) {
        bound = (0..<m).reduce(0.0) { $0 + dual[$1] * rhs[$1] }
      }
    }
    return Result(
      values: values, bound: bound, infeasible: artificial > 1e-4, iterations: iterations,
      final: optimal
        ? Start(basis: basis, inverse: inverse, primal: primal, iterations: iterations) : nil)
  }

  /// The right-hand side raised by one to two millionths, a different amount on each row.
  func perturb(_ rhs: [Double]) -> [Double] {
    rhs.enumerated().map { row, value in
      value + 1e-6 * (1 + (Double(row) * 0.618_033_988_75).truncatingRemainder(dividingBy: 1))
    }
  }

  private func cost(of variable: Int, n: Int, m: Int, penalty: Double) -> Double {
    if variable < n { return index.cost[variable] }
    return variable < n + m ? 0 : penalty
  }

  /// Calls `body(row, coefficient)` for each nonzero of a variable's column.
  @inline(__always)
  func column(_ variable: Int, n: Int, m: Int, _ body: (Int, Double) -> Void) {
    if variable < n {
      for k in start[variable]..<start[variable + 1] { body(Int(entries[k]), 1) }
    } else if variable < n + m {
      let row = variable - n
      body(row, row < coveringRows ? -1 : 1)
    } else {
      body(variable - n - m, 1)
    }
  }

  private func reducedCost(
    _ variable: Int, _ dual: [Double], n: Int, m: Int, penalty: Double
  ) -> Double {
    var value = cost(of: variable, n: n, m: m, penalty: penalty)
    column(variable, n: n, m: m) { row, coefficient in value -= coefficient * dual[row] }
    return value
  }

  /// The entering variable and its reduced cost: the most negative among the surplus,
  /// slack and artificial variables and a segment of columns from `cursor` (further
  /// segments while none prices out); nil when every variable prices at ≥ 0.
  private func price(
    _ dual: [Double], inBasis: [Int], candidates: [Int], cursor: inout Int, segment: Int,
    n: Int, m: Int, penalty: Double
  ) -> (Int, Double)? {
    var best = -1
    var bestValue = -dualTolerance
    for variable in n..<(n + m + coveringRows) where inBasis[variable] < 0 {
      let value = reducedCost(variable, dual, n: n, m: m, penalty: penalty)
      if value < bestValue {
        best = variable
        bestValue = value
      }
    }
    var prefix = Array(repeating: 0.0, count: coveringRows + 1)
    for row in 0..<coveringRows { prefix[row + 1] = prefix[row] + dual[row] }
    var scanned = 0
    while scanned < candidates.count {
      let variable = candidates[cursor]
      cursor = cursor + 1 == candidates.count ? 0 : cursor + 1
      scanned += 1
      if inBasis[variable] < 0 {
        var value = index.cost[variable]
        var k = runStart[variable]
        while k < runStart[variable + 1] {
          value -= prefix[Int(runs[k + 1])] - prefix[Int(runs[k])]
          k += 2
        }
        for limit in index.limitsOf[variable] { value -= dual[coveringRows + limit] }
        if value < bestValue {
          best = variable
          bestValue = value
        }
      }
      if scanned % segment == 0 && best >= 0 { break }
    }
    return best >= 0 ? (best, bestValue) : nil
  }

  /// The first column of each span (first and last period) and cost, in column order.
  private func representatives() -> [Int] {
    struct Key: Hashable {
      var first: Int
      var last: Int
      var cost: Double
    }
    var seen = Set<Key>()
    return (0..<index.columnCount).filter { column in
      guard let first = index.covers[column].first else { return false }
      return seen.insert(
        Key(first: first, last: index.covers[column].last!, cost: index.cost[column])
      )
      .inserted
    }
  }

  private func dualFeasible(_ dual: [Double], n: Int, m: Int, penalty: Double) -> Bool {
    (0..<(n + m + coveringRows)).allSatisfy {
      reducedCost($0, dual, n: n, m: m, penalty: penalty) >= -10 * dualTolerance
    }
  }

  /// x_B = B⁻¹ b.
  func recomputePrimal(_ primal: inout [Double], _ b: [Double], _ inverse: [Double]) {
    let m = rows
    for i in 0..<m { primal[i] = 0 }
    for c in 0..<m where b[c] != 0 {
      let base = c * m
      for i in 0..<m { primal[i] += inverse[base + i] * b[c] }
    }
  }

  /// yᵀ = c_Bᵀ B⁻¹.
  private func recomputeDual(_ dual: inout [Double], _ basicCost: [Double], _ inverse: [Double]) {
    let m = rows
    for c in 0..<m {
      let base = c * m
      var sum = 0.0
      for i in 0..<m { sum += basicCost[i] * inverse[base + i] }
      dual[c] = sum
    }
  }
}
