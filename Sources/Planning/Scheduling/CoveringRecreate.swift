/// Ruin and recreate (a large-neighbourhood search) around a local optimum: every agent of the
/// columns starting in a window of periods is taken off, the gap is covered again greedily
/// and the local search runs; the result is kept when it is cheaper. The windows slide over
/// the horizon by half a window, half as long as a typical column, so every start is ruined
/// twice a round; rounds repeat while one improves (at most `rounds`). No random draws: the
/// windows are the same every run.
enum CoveringRecreate {
  static func improve(
    _ cover: inout CoveringCover, preference: [Double], target: Double?, rounds: Int = 3
  ) {
    let index = cover.index
    guard index.periods > 0, index.columnCount > 0 else { return }
    let spans = index.covers.compactMap { periods in periods.last.map { $0 - periods[0] + 1 } }
      .sorted()
    let window = max(2, (spans.isEmpty ? index.periods : spans[spans.count / 2]) / 2)
    let step = max(1, window / 2)
    for _ in 0..<rounds {
      let before = cover.cost
      var start = 0
      while start < index.periods {
        if let target, cover.cost <= target + 1e-9 { return }
        var trial = cover
        for column in 0..<index.columnCount where trial.counts[column] > 0 {
          guard let first = index.covers[column].first, first >= start, first < start + window
          else { continue }
          while trial.counts[column] > 0 { trial.remove(column) }
        }
        trial.repairGreedily(preference: preference)
        CoveringLocalSearch.improve(&trial, target: target)
        if shortOf(trial) <= shortOf(cover) && trial.cost < cover.cost - 1e-9 {
          cover = trial
        }
        start += step
      }
      if cover.cost >= before - 1e-9 { return }
    }
  }

  private static func shortOf(_ cover: CoveringCover) -> Int {
    (0..<cover.index.periods).reduce(0) { $0 + max(0, -cover.surplus($1)) }
  }
}
