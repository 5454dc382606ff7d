/// Integer solutions from the LP relaxation's values: each keeps every column's whole
/// agents (the LP's values rounded down, which keep within the limits) and covers what is
/// left short in its own way.
enum CoveringRounding {
  /// Rounded down, then the greedy repair (most short periods covered per unit of cost; the
  /// LP's fraction breaks ties).
  static func downThenGreedy(_ index: CoveringIndex, _ values: [Double]) -> CoveringCover {
    var cover = roundedDown(index, values)
    cover.repairGreedily(preference: fractions(values))
    return cover
  }

  /// Rounded down, then one more agent on the columns of largest fraction first, each as long
  /// as it still covers a short period and fits its limits, then the greedy repair for what
  /// remains.
  static func upByFraction(_ index: CoveringIndex, _ values: [Double]) -> CoveringCover {
    var cover = roundedDown(index, values)
    let fraction = fractions(values)
    let order = (0..<index.columnCount).filter { fraction[$0] > 1e-6 }
      .sorted { fraction[$0] > fraction[$1] || (fraction[$0] == fraction[$1] && $0 < $1) }
    for column in order
    where cover.fits(column) && index.covers[column].contains(where: { cover.surplus($0) < 0 }) {
      cover.add(column)
    }
    cover.repairGreedily(preference: fraction)
    return cover
  }

  /// Whole counts (the dive's), within the limits, then the greedy repair should any period
  /// be short.
  static func whole(_ index: CoveringIndex, _ counts: [Int]) -> CoveringCover {
    var cover = CoveringCover(index)
    for (column, agents) in counts.enumerated() {
      for _ in 0..<max(0, agents) where cover.fits(column) { cover.add(column) }
    }
    cover.repairGreedily(preference: Array(repeating: 0, count: index.columnCount))
    return cover
  }

  /// Rounded down (a value within a millionth of a whole number counts as that number),
  /// within the limits.
  static func roundedDown(_ index: CoveringIndex, _ values: [Double]) -> CoveringCover {
    var cover = CoveringCover(index)
    for (column, value) in values.enumerated() {
      let agents = Int((value + 1e-6).rounded(.down))
      for _ in 0..<max(0, agents) where cover.fits(column) { cover.add(column) }
    }
    return cover
  }

  private static func fractions(_ values: [Double]) -> [Double] {
    values.map { value in
      let whole = (value + 1e-6).rounded(.down)
      return max(0, value - whole)
    }
  }
}
