/// The ways an agent may take their rest days in a week: which days they work.
///
/// A pattern is one flag per day (true: works). With `consecutive`, the rest days form one block
/// of days in a row, the week taken as a cycle — Sunday and the next Monday are consecutive, as a
/// roster repeats week after week (the cyclic days-off model of Baker 1974 and Burns & Carter
/// 1985). Without it, any `restDays` of the days: C(7, 2) = 21 patterns for a five-day week,
/// 7 when consecutive.
public enum RestPatterns {
  /// Every pattern of `days` days with exactly `restDays` rest days, in a fixed order: by the
  /// first rest day, then the next.
  public static func all(days: Int, restDays: Int, consecutive: Bool) -> [[Bool]] {
    precondition(days > 0 && restDays >= 0 && restDays < days)
    if restDays == 0 { return [Array(repeating: true, count: days)] }
    if consecutive {
      return (0..<days).map { first in
        var works = Array(repeating: true, count: days)
        for offset in 0..<restDays { works[(first + offset) % days] = false }
        return works
      }
    }
    var patterns: [[Bool]] = []
    var rest: [Int] = []
    func choose(from day: Int) {
      if rest.count == restDays {
        var works = Array(repeating: true, count: days)
        for off in rest { works[off] = false }
        patterns.append(works)
        return
      }
      guard day < days else { return }
      for next in day..<days {
        rest.append(next)
        choose(from: next + 1)
        rest.removeLast()
      }
    }
    choose(from: 0)
    return patterns
  }

  /// A lower bound on the agents a cyclic five-on, two-off roster needs to have at least
  /// `demand[j]` agents at work on day j of 7 (one shift a day): Baker's (1974) busiest day and
  /// ⌈Σ demand ÷ 5⌉ and — with consecutive rest days — a bound derived here in the manner of
  /// his third (the tests check it against an exhaustive search): for each day j, the three days
  /// j+1, j+3, j+5 (whose rest pairs are disjoint and leave out only the pair (j+6, j)) with
  /// the larger of days j and j+6: every agent is off on at most one of the three unless off on
  /// that pair, so 3W ≥ d(j+1) + d(j+3) + d(j+5) + max(d(j), d(j+6)).
  public static func bakerBound(demand: [Int], consecutive: Bool) -> Int {
    precondition(demand.count == 7)
    let busiest = demand.max() ?? 0
    let total = demand.reduce(0, +)
    var bound = max(busiest, (total + 4) / 5)
    guard consecutive else { return bound }
    for day in 0..<7 {
      let d = { demand[(day + $0) % 7] }
      let three = d(1) + d(3) + d(5) + max(d(0), d(6))
      bound = max(bound, (three + 2) / 3)
    }
    return bound
  }
}
