extension CoveringLP {
  /// Rounds the LP by diving: fixes every column's whole agents, then one more agent on the
  /// column of largest fraction (and on every column whose fraction is ¾ or more), and
  /// re-optimises the LP of what is left to cover (the dual
  /// simplex from the last basis, which the new right-hand side leaves dual feasible: a few
  /// pivots a step), until the LP's values are whole. The classic LP-based diving heuristic
  /// of integer programming. Nil when the LP had no final basis, a limit stops the dive, or
  /// the dive needs more than `limit` pivots in all (then the other roundings serve).
  func dive(from relaxation: Result, limit: Int) -> [Int]? {
    guard var state = relaxation.final else { return nil }
    let n = index.columnCount
    let m = rows
    var fixed = Array(repeating: 0, count: n)
    var values = relaxation.values
    var pivots = 0
    while true {
      var largest = -1
      var largestFraction = 1e-6
      var roundedUp = 0
      for column in 0..<n where values[column] > 1e-6 {
        let whole = Int((values[column] + 1e-6).rounded(.down))
        fixed[column] += whole
        let fraction = values[column] - Double(whole)
        if fraction >= 0.75 {
          fixed[column] += 1
          roundedUp += 1
        } else if fraction > largestFraction {
          largest = column
          largestFraction = fraction
        }
      }
      if roundedUp == 0 {
        guard largest >= 0 else { return fixed }
        fixed[largest] += 1
      }
      // What is left to cover, and room left in each limit.
      var left = rhs
      for column in 0..<n where fixed[column] > 0 {
        var k = runStart[column]
        while k < runStart[column + 1] {
          for row in Int(runs[k])..<Int(runs[k + 1]) { left[row] -= Double(fixed[column]) }
          k += 2
        }
        for limit in index.limitsOf[column] { left[coveringRows + limit] -= Double(fixed[column]) }
      }
      if (coveringRows..<m).contains(where: { left[$0] < -1e-9 }) { return nil }
      guard
        let next = dualPhase(
          perturbed: perturb(left), penalty: 1e6 * largestCost, limit: limit - pivots, warm: state)
      else { return nil }
      pivots += next.iterations
      state = next
      state.iterations = 0
      values = Array(repeating: 0, count: n)
      for (row, variable) in state.basis.enumerated() {
        if variable >= n + m && state.primal[row] > 1e-4 { return nil }  // an artificial
        if variable < n { values[variable] = max(0, state.primal[row]) }
      }
    }
  }
}
