import ContactCentre
import SimKernel

/// The run's figures at every point of the report's charts and replay, for every scope
/// (`ReportScope`). A point is a reporting interval; a run too long to embed whole merges
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
  /// The calls of all the queues in the run's totals (`plansInTotals`), then of each queue.
  var calls: [Calls] = []
  /// Per scope, per Pulse column (`PulseStateGroup`), per point: the scope's agents in the
  /// column on average over the point; empty without agent time per interval.
  var agents: [[[Double]]] = []
  /// Per point, per team, per Pulse column: the first replication's agents at the point's end,
  /// as CC Pulse counts them (`AgentStateLog`); empty without agent state changes.
  var counts: [[[Int]]] = []

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
    guard summary.hasIntervals else { return }
    let configuration = summary.configuration
    let intervals = configuration.intervalCount
    let queues = configuration.queues.count
    let teams = configuration.teams.count
    let groups = PulseStateGroup.allCases.count
    let perPoint = Self.valuesPerPoint(configuration, scopes: scopes.count)
    while (intervals + stride - 1) / stride * perPoint > budget && stride < intervals {
      stride += 1
    }
    let points = (intervals + stride - 1) / stride
    let replications = Double(max(summary.replications, 1))
    let states = summary.hasIntervalStates
    let groupStates = PulseStateGroup.allCases.map { group in
      AgentState.allCases.filter { PulseStateGroup($0) == group }
    }
    calls = Array(repeating: Calls(), count: queues + 1)
    agents =
      states ? Array(repeating: Array(repeating: [], count: groups), count: scopes.count) : []
    for point in 0..<points {
      let span = (point * stride)..<min(point * stride + stride, intervals)
      ends.append(min(configuration.interval * Int64(span.upperBound), configuration.duration))
      let perQueue = (0..<queues).map { queue in
        summary.runs.map { run in
          span.reduce(into: CallTally()) { $0.merge(run.interval($1, queue: queue)) }
        }
      }
      let total = summary.runs.indices.map { run in
        configuration.plansInTotals.reduce(into: CallTally()) { $0.merge(perQueue[$1][run]) }
      }
      for (series, tallies) in ([total] + perQueue).enumerated() {
        calls[series].append(
          RunSummary.scope(
            "", tallies, occupancy: nil, conventions: configuration.conventions),
          replications)
      }
      guard states else { continue }
      for (index, scope) in scopes.enumerated() {
        let average = Self.averageAgents(summary, span, teams: scope.teams)
        for (group, members) in groupStates.enumerated() {
          agents[index][group].append(average?.agents(in: members) ?? 0)
        }
      }
    }
    if let first = summary.runs.first, states {
      // Taken as the run went, at every interval end (`RunStatistics.pulseCounts`): a point's
      // are those at the end of its last interval; none counted without changes of state.
      let none = Array(repeating: Array(repeating: 0, count: groups), count: teams)
      counts = (0..<points).map { point in
        let last = min(point * stride + stride, intervals) - 1
        return last < first.pulseCounts.count ? first.pulseCounts[last] : none
      }
    }
  }

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
