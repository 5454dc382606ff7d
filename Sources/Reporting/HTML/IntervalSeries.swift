import ContactCentre
import SimKernel

/// The run's figures per reporting interval, for the report's charts and its replay: counts
/// are means per replication (a day's worth), metrics the mean over replications.
struct IntervalSeries {
  /// One queue in one interval.
  struct QueueFigures {
    var offered: Double
    var answered: Double
    var abandoned: Double
    var serviceLevel: Double?
    var averageSpeedOfAnswer: Double?
    var abandonRate: Double?
  }

  /// Clock labels of the intervals' starts ("08:15").
  var labels: [String] = []
  /// Where each interval ends, from t = 0 (the last one ends with the run).
  var ends: [SimDuration] = []
  /// All queues together.
  var total: [QueueFigures] = []
  /// Per interval, per queue (`configuration.queues` order).
  var queues: [[QueueFigures]] = []
  /// Per interval: agents by state on average over the interval, all teams; empty without
  /// agent time per interval.
  var agents: [RunSummary.AverageAgents] = []
  /// Per interval, per team.
  var teamAgents: [[RunSummary.AverageAgents]] = []

  /// The series of `summary`; empty when the run kept no per-interval tallies.
  init(_ summary: RunSummary) {
    guard summary.hasIntervals else { return }
    let configuration = summary.configuration
    let replications = Double(max(summary.replications, 1))
    let teamCount = configuration.teams.count
    for interval in 0..<configuration.intervalCount {
      let start = configuration.interval * Int64(interval)
      let end = min(start + configuration.interval, configuration.duration)
      ends.append(end)
      labels.append(Formatting.clock(configuration.startOfDay + start))
      queues.append(
        summary.intervalScopes(interval).map { Self.figures($0, replications: replications) })
      let tallies = summary.runs.map { run in
        configuration.queues.indices.reduce(into: CallTally()) {
          $0.merge(run.interval(interval, queue: $1))
        }
      }
      total.append(
        Self.figures(
          RunSummary.scope(
            "", tallies, occupancy: nil, conventions: configuration.conventions),
          replications: replications))
      guard let all = summary.averageAgents(interval: interval, teams: Array(0..<teamCount))
      else { continue }
      agents.append(all)
      teamAgents.append(
        (0..<teamCount).compactMap { summary.averageAgents(interval: interval, teams: [$0]) })
    }
  }

  /// The number of intervals.
  var count: Int { labels.count }

  private static func figures(_ scope: RunSummary.Scope, replications: Double) -> QueueFigures {
    QueueFigures(
      offered: Double(scope.calls.offered) / replications,
      answered: Double(scope.calls.answered) / replications,
      abandoned: Double(scope.calls.abandoned) / replications,
      serviceLevel: scope.metrics[.serviceLevel]?.mean,
      averageSpeedOfAnswer: scope.metrics[.averageSpeedOfAnswer]?.mean,
      abandonRate: scope.metrics[.abandonRate]?.mean)
  }
}
