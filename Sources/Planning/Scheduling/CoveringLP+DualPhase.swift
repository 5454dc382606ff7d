extension CoveringLP {
  /// The basis the primal simplex starts from when the dual simplex reached it.
  struct Start {
    var basis: [Int]
    var inverse: [Double]
    var primal: [Double]
    var iterations: Int
  }

  /// The dual simplex from the surplus basis (B = −I on the covering rows, the slacks on
  /// the limit rows): dual feasible from the start when no column costs less than nothing
  /// (y = 0 prices every column at its cost), primal infeasible by the demand. Each pivot
  /// takes the row most short relative to its norm in B⁻¹ (dual steepest edge, the norms
  /// recomputed: O(rows²)), prices that row of B⁻¹A over the columns covering its nonzeros
  /// (the columns of a period are listed once), and lets in the column of least reduced
  /// cost per unit of the row (Harris's two passes; ties to the largest entry). The costs
  /// are perturbed by a few billionths so the ties do not stall it; the primal simplex,
  /// which goes on from here, prices with the true costs. A covering problem usually needs
  /// between one and two pivots per row this way, where the primal simplex from artificials
  /// needs many more. Nil when a row cannot be met (then the primal simplex starts from the
  /// artificials and reports the shortfall) or after `limit` pivots.
  ///
  /// From `warm` instead (an optimal basis of another right-hand side: still dual
  /// feasible), it re-optimises after the right-hand side changed — the dive's step.
  func dualPhase(perturbed: [Double], penalty: Double, limit: Int, warm: Start? = nil) -> Start? {
    let n = index.columnCount
    let m = rows
    let variables = n + m + coveringRows
    var basis = warm?.basis ?? (0..<m).map { n + $0 }
    var inBasis = Array(repeating: -1, count: variables)
    for (row, variable) in basis.enumerated() { inBasis[variable] = row }
    var inverse: [Double]
    if let warm {
      inverse = warm.inverse
    } else {
      inverse = Array(repeating: 0.0, count: m * m)
      for row in 0..<m { inverse[row * m + row] = row < coveringRows ? -1 : 1 }
    }
    var primal = Array(repeating: 0.0, count: m)
    recomputePrimal(&primal, perturbed, inverse)
    // Reduced costs (basic: 0) with the perturbed costs.
    let costs = (0..<variables).map { variable -> Double in
      let base = variable < n ? index.cost[variable] : (variable < n + m ? 0 : penalty)
      let wiggle = (Double(variable) * 0.618_033_988_75).truncatingRemainder(dividingBy: 1)
      return base + 1e-9 * largestCost * (1 + wiggle)
    }
    var reduced = costs
    if warm != nil {
      var dual = Array(repeating: 0.0, count: m)
      for c in 0..<m {
        var sum = 0.0
        for i in 0..<m { sum += costs[basis[i]] * inverse[c * m + i] }
        dual[c] = sum
      }
      for variable in 0..<variables where inBasis[variable] < 0 {
        column(variable, n: n, m: m) { row, coefficient in
          reduced[variable] -= coefficient * dual[row]
        }
      }
    }
    for variable in basis { reduced[variable] = 0 }
    var rowEntry = Array(repeating: 0.0, count: variables)
    var prefix = Array(repeating: 0.0, count: coveringRows + 1)
    var touched: [Int] = []
    var pivotRow = Array(repeating: 0.0, count: m)
    var norms = Array(repeating: 0.0, count: m)
    var alpha = Array(repeating: 0.0, count: m)
    var alphaRows: [Int] = []
    var iterations = 0
    while iterations < limit {
      // Leaving row: the largest shortfall² / ‖row of B⁻¹‖².
      for i in 0..<m { norms[i] = 0 }
      for c in 0..<m {
        let base = c * m
        for i in 0..<m {
          let entry = inverse[base + i]
          norms[i] += entry * entry
        }
      }
      var leaving = -1
      var score = 0.0
      for i in 0..<m where primal[i] < -1e-9 {
        let value = primal[i] * primal[i] / max(norms[i], 1e-12)
        if value > score {
          score = value
          leaving = i
        }
      }
      guard leaving >= 0 else {
        return Start(basis: basis, inverse: inverse, primal: primal, iterations: iterations)
      }
      // The leaving row of B⁻¹A over the nonbasic variables: each column's entry is a sum
      // over its runs of rows, by prefix sums of the row of B⁻¹.
      touched.removeAll(keepingCapacity: true)
      prefix[0] = 0
      for c in 0..<m {
        let entry = inverse[c * m + leaving]
        pivotRow[c] = entry
        if c < coveringRows { prefix[c + 1] = prefix[c] + entry }
      }
      for column in 0..<n where inBasis[column] < 0 {
        var value = 0.0
        var k = runStart[column]
        while k < runStart[column + 1] {
          value += prefix[Int(runs[k + 1])] - prefix[Int(runs[k])]
          k += 2
        }
        for limit in index.limitsOf[column] { value += pivotRow[coveringRows + limit] }
        rowEntry[column] = value
        if value != 0 { touched.append(column) }
      }
      for c in 0..<m where pivotRow[c] != 0 {
        touched.append(n + c)
        rowEntry[n + c] = c < coveringRows ? -pivotRow[c] : pivotRow[c]  // surplus or slack
        if c < coveringRows {
          touched.append(n + m + c)
          rowEntry[n + m + c] = pivotRow[c]  // artificial
        }
      }
      var bound = Double.infinity
      for variable in touched where inBasis[variable] < 0 && rowEntry[variable] < -1e-9 {
        bound = min(bound, (max(reduced[variable], 0) + 1e-9 * largestCost) / -rowEntry[variable])
      }
      guard bound < .infinity else { return nil }
      var entering = -1
      var largest = 0.0
      for variable in touched where inBasis[variable] < 0 && rowEntry[variable] < -1e-9 {
        if max(reduced[variable], 0) / -rowEntry[variable] <= bound && -rowEntry[variable] > largest
        {
          largest = -rowEntry[variable]
          entering = variable
        }
      }
      let step = max(reduced[entering], 0) / -rowEntry[entering]
      for variable in touched where inBasis[variable] < 0 {
        reduced[variable] += step * rowEntry[variable]
      }
      reduced[entering] = 0
      reduced[basis[leaving]] = step
      // The entering column, B⁻¹ a_q, and the primal step.
      for i in 0..<m { alpha[i] = 0 }
      column(entering, n: n, m: m) { row, value in
        let base = row * m
        for i in 0..<m {
          let entry = inverse[base + i]
          if entry != 0 { alpha[i] += value * entry }
        }
      }
      let pivot = alpha[leaving]
      guard abs(pivot) > 1e-11 else { return nil }
      alphaRows.removeAll(keepingCapacity: true)
      for i in 0..<m where alpha[i] != 0 { alphaRows.append(i) }
      let move = primal[leaving] / pivot
      for i in alphaRows { primal[i] -= move * alpha[i] }
      primal[leaving] = move
      for c in 0..<m where pivotRow[c] != 0 {
        let base = c * m
        let value = pivotRow[c] / pivot
        for i in alphaRows { inverse[base + i] -= alpha[i] * value }
        inverse[base + leaving] = value
      }
      inBasis[basis[leaving]] = -1
      basis[leaving] = entering
      inBasis[entering] = leaving
      iterations += 1
      if iterations % 64 == 0 { recomputePrimal(&primal, perturbed, inverse) }
    }
    return nil
  }
}
