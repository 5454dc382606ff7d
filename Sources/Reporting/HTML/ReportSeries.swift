import ContactCentre
import SimKernel

/// The run's figures at every point of the report's charts and replay, for every scope
/// (`ReportScope`), each scope's made when asked for (`calls(_:)`, `agents(_:)`), so that a
/// long run's report holds one scope's at a time. A point is a reporting interval; a run too long to embed whole merges
/// `stride` consecutive intervals into a point, so the page stays small. The figures are those
/// of `intervals.csv` and `summary.json`, made the same way: the interval tallies through
/// `RunSummary.scope`, the agent time through `RunSummary.AverageAgents`. Counts are means per
/// replication (a day's worth), metrics the mean over replications.
struct ReportSeries {
  /// One scope's calls at each point.
  struct Calls {
    var offered: [Double] = []
    var answered: [Double] = []
    var abandoned: [Double] = []
    var serviceLevel: [Double?] = []
    var averageSpeedOfAnswer: [Double?] = []
    var abandonRate: [Double?] = []
  }

  /// The most numbers the series may hold: a run with more intervals than fit merges them into
  /// points of `stride` intervals. The national month (2,880 intervals, 5 queues, 20 teams)
  /// fits whole; twice as long, it would show half-hours.
  static let valueBudget = 1_000_000

  /// Reporting intervals per point.
  var stride = 1
  /// Where each point ends, from t = 0 (the last one ends with the run).
  var ends: [SimDuration] = []
  /// Whether there are agents per scope (agent time per interval was kept).
  var hasAgents = false
  private let summary: RunSummary
  private let scopes: [ReportScope]

  /// The number of points.
  var count: Int { ends.count }

  /// The numbers each point holds for `scopes` of `configuration`: the calls of the whole
  /// centre and of each queue, every scope's agents and every team's counts by Pulse column.
  static func valuesPerPoint(_ configuration: CentreConfiguration, scopes: Int) -> Int {
    let groups = PulseStateGroup.allCases.count
    return (configuration.queues.count + 1) * 6 + (scopes + configuration.teams.count) * groups
  }

  /// The series of `summary` for `scopes`, holding at most `budget` numbers; empty when the
  /// run kept no per-interval tallies.
  init(_ summary: RunSummary, scopes: [ReportScope], budget: Int = valueBudget) {
    self.summary = summary
    self.scopes = scopes
    guard summary.hasIntervals else { return }
    let configuration = summary.configuration
    let intervals = configuration.intervalCount
    let perPoint = Self.valuesPerPoint(configuration, scopes: scopes.count)
    while (intervals + stride - 1) / stride * perPoint > budget && stride < intervals {
      stride += 1
    }
    let points = (intervals + stride - 1) / stride
    ends = (0..<points).map { point in
      min(configuration.interval * Int64(span(point).upperBound), configuration.duration)
    }
    hasAgents = summary.hasIntervalStates
  }

  /// The reporting intervals of point `point`.
  private func span(_ point: Int) -> Range<Int> {
    let intervals = summary.configuration.intervalCount
    return (point * stride)..<min(point * stride + stride, intervals)
  }

  /// The number of call series: the calls of all the queues in the run's totals
  /// (`plansInTotals`), then of each queue.
  var callSeries: Int { count > 0 ? summary.configuration.queues.count + 1 : 0 }

  /// Call series `series` (0 for the totals, 1 + q for queue q) at every point.
  func calls(_ series: Int) -> Calls {
    let configuration = summary.configuration
    let queues = series == 0 ? configuration.plansInTotals : [series - 1]
    let replications = Double(max(summary.replications, 1))
    var calls = Calls(reservingCapacity: count)
    for point in 0..<count {
      let tallies = summary.runs.map { run in
        queues.reduce(into: CallTally()) { tally, queue in
          for interval in span(point) { tally.merge(run.interval(interval, queue: queue)) }
        }
      }
      calls.append(
        RunSummary.scope("", tallies, occupancy: nil, conventions: configuration.conventions),
        replications)
    }
    return calls
  }

  /// Every call series (`calls(_:)`).
  var calls: [Calls] { (0..<callSeries).map(calls) }

  /// Per Pulse column (`PulseStateGroup`), per point: the agents of scope `scope` in the column
  /// on average over the point; empty without agent time per interval.
  func agents(_ scope: Int) -> [[Double]] {
    guard hasAgents else { return [] }
    let groupStates = PulseStateGroup.allCases.map { group in
      AgentState.allCases.filter { PulseStateGroup($0) == group }
    }
    var columns = groupStates.map { _ in
      var column = [Double]()
      column.reserveCapacity(count)
      return column
    }
    for point in 0..<count {
      let average = Self.averageAgents(summary, span(point), teams: scopes[scope].teams)
      for (group, members) in groupStates.enumerated() {
        columns[group].append(average?.agents(in: members) ?? 0)
      }
    }
    return columns
  }

  /// Every scope's agents (`agents(_:)`); empty without agent time per interval.
  var agents: [[[Double]]] { hasAgents ? scopes.indices.map(agents) : [] }

  /// Per team, per Pulse column: the first replication's agents at the end of point `point`,
  /// as CC Pulse counts them (`AgentStateLog`), taken as the run went at every interval end
  /// (`RunStatistics.pulseCounts`): a point's are those at the end of its last interval.
  func counts(_ point: Int) -> [[Int]] {
    let first = summary.runs[0]
    let last = span(point).upperBound - 1
    guard last < first.pulseCounts.count else {
      let groups = PulseStateGroup.allCases.count
      return Array(
        repeating: Array(repeating: 0, count: groups), count: summary.configuration.teams.count)
    }
    return first.pulseCounts[last]
  }

  /// Every point's counts (`counts(_:)`); empty without agent state changes.
  var counts: [[[Int]]] { hasAgents && !summary.runs.isEmpty ? (0..<count).map(counts) : [] }

  /// The agents of `teams` by state on average over the intervals of `span`: their agent time
  /// over the span's length, as `RunSummary.averageAgents` makes it for one interval.
  private static func averageAgents(
    _ summary: RunSummary, _ span: Range<Int>, teams: [Int]
  ) -> RunSummary.AverageAgents? {
    var merged: RunSummary.AverageAgents?
    for interval in span {
      guard let average = summary.averageAgents(interval: interval, teams: teams) else {
        return nil
      }
      guard var sum = merged else {
        merged = average
        continue
      }
      sum.times.merge(average.times)
      sum.span += average.span
      merged = sum
    }
    return merged
  }
}

extension ReportSeries.Calls {
  /// Empty series with room for `points` points.
  init(reservingCapacity points: Int) {
    offered.reserveCapacity(points)
    answered.reserveCapacity(points)
    abandoned.reserveCapacity(points)
    serviceLevel.reserveCapacity(points)
    averageSpeedOfAnswer.reserveCapacity(points)
    abandonRate.reserveCapacity(points)
  }

  /// Appends the figures of `scope`, its counts per replication.
  fileprivate mutating func append(_ scope: RunSummary.Scope, _ replications: Double) {
    offered.append(Double(scope.calls.offered) / replications)
    answered.append(Double(scope.calls.answered) / replications)
    abandoned.append(Double(scope.calls.abandoned) / replications)
    serviceLevel.append(scope.metrics[.serviceLevel]?.mean)
    averageSpeedOfAnswer.append(scope.metrics[.averageSpeedOfAnswer]?.mean)
    abandonRate.append(scope.metrics[.abandonRate]?.mean)
  }
}
