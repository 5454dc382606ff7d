/// Local search on a cover that never leaves a period shorter than it was and only takes
/// moves that lower the cost:
///
/// - drop: one agent fewer on a column whose every period has an agent to spare;
/// - add and drop: one agent on a column k, then one fewer on each column the added agent
///   makes redundant (the most expensive first), when the agents dropped cost more than the
///   one added. With one column dropped this is a swap for a cheaper column — a shift moved
///   to another start or other break times, a shorter template — and with several it
///   replaces two or more shifts by one. When k's limit is full the move first drops a
///   column that frees it.
///
/// A column j is made redundant by k when every period in which j has no agent to spare
/// (its tight periods) is covered by k; the columns are filed under their first tight
/// period, so trying k looks only at the columns filed under k's periods.
enum CoveringLocalSearch {
  /// Improves `cover` until no move lowers its cost, its cost reaches `target` (a lower
  /// bound: nothing is left to gain), or `passLimit` passes have run.
  static func improve(_ cover: inout CoveringCover, target: Double?, passLimit: Int = 200) {
    var search = Search(cover.index)
    for _ in 0..<passLimit {
      let before = cover.cost
      search.dropRedundant(&cover)
      if let target, cover.cost <= target + 1e-9 { return }
      search.addAndDrop(&cover, target: target)
      if cover.cost >= before - 1e-9 { return }
      if let target, cover.cost <= target + 1e-9 { return }
    }
  }

  private struct Search {
    let index: CoveringIndex
    /// Columns by cost, most expensive first (ties by index).
    let byCostDescending: [Int]
    /// The tight periods of each column with agents.
    var tight: [[Int]]
    /// Columns with agents, filed under their first tight period.
    var filed: [[Int]]
    var stamp: [Int]
    var mark = 0

    init(_ index: CoveringIndex) {
      self.index = index
      byCostDescending = (0..<index.columnCount).sorted {
        index.cost[$0] > index.cost[$1] || (index.cost[$0] == index.cost[$1] && $0 < $1)
      }
      tight = Array(repeating: [], count: index.columnCount)
      filed = Array(repeating: [], count: index.periods)
      stamp = Array(repeating: 0, count: index.periods)
    }

    func dropRedundant(_ cover: inout CoveringCover) {
      for column in byCostDescending where cover.counts[column] > 0 {
        while cover.droppable(column) { cover.remove(column) }
      }
    }

    mutating func file(_ cover: CoveringCover) {
      for period in 0..<index.periods { filed[period].removeAll(keepingCapacity: true) }
      for column in 0..<index.columnCount {
        guard cover.counts[column] > 0 else {
          tight[column].removeAll()
          continue
        }
        tight[column] = index.covers[column].filter { cover.surplus($0) <= 0 }
        if let first = tight[column].first { filed[first].append(column) }
      }
    }

    /// One pass of add-and-drop over every column as k.
    mutating func addAndDrop(_ cover: inout CoveringCover, target: Double?) {
      file(cover)
      for added in 0..<index.columnCount {
        mark += 1
        for period in index.covers[added] { stamp[period] = mark }
        var candidates: [Int] = []
        for period in index.covers[added] {
          for column in filed[period]
          where column != added && tight[column].allSatisfy({ stamp[$0] == mark }) {
            candidates.append(column)
          }
        }
        guard !candidates.isEmpty else { continue }
        candidates.sort {
          index.cost[$0] > index.cost[$1] || (index.cost[$0] == index.cost[$1] && $0 < $1)
        }
        let improved =
          cover.fits(added)
          ? tryAdding(added, dropping: candidates, &cover)
          : tryExchanging(added, candidates, &cover)
        if improved {
          dropRedundant(&cover)
          if let target, cover.cost <= target + 1e-9 { return }
          file(cover)
        }
      }
    }

    /// Adds `added`, drops what it makes redundant; keeps the change if it saves (counting
    /// `credit`, the cost of a column dropped before).
    private func tryAdding(
      _ added: Int, dropping candidates: [Int], _ cover: inout CoveringCover, credit: Double = 0
    ) -> Bool {
      cover.add(added)
      var dropped: [Int] = []
      var saved = credit - index.cost[added]
      for column in candidates where cover.droppable(column) {
        cover.remove(column)
        dropped.append(column)
        saved += index.cost[column]
      }
      if saved > 1e-9 { return true }
      for column in dropped { cover.add(column) }
      cover.remove(added)
      return false
    }

    /// `added`'s limit is full: drops a candidate that frees it first, then as tryAdding.
    private func tryExchanging(_ added: Int, _ candidates: [Int], _ cover: inout CoveringCover)
      -> Bool
    {
      for first in candidates where cover.counts[first] > 0 {
        cover.remove(first)
        if cover.fits(added)
          && tryAdding(added, dropping: candidates, &cover, credit: index.cost[first])
        {
          return true
        }
        cover.add(first)
      }
      return false
    }
  }
}
