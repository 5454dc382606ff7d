import ContactCentre

extension MetricName {
  /// The metric over the whole run in each replication: the calls of every queue, occupancy
  /// over every team's agents (as `RunSummary.total` counts them), under `conventions`.
  public func totals(_ runs: [RunStatistics], _ conventions: ReportingConventions) -> [Double?] {
    runs.map { self == .occupancy ? $0.allTeams.occupancy : value(of: $0.total, conventions) }
  }

  /// The metrics a team has: occupancy from its agents' time, and the speed of answer and
  /// handle time of the calls its agents answered (its calls are never abandoned, so the
  /// rates have no meaning for it), as in `summary.json`.
  public static let teamMetrics: [MetricName] = [
    .occupancy, .averageSpeedOfAnswer, .averageHandleTime,
  ]

  /// The metric for team `team` in one replication: occupancy from its agents' time, the
  /// others from the calls its agents answered (counted under `conventions`).
  func value(team: Int, in run: RunStatistics, _ conventions: ReportingConventions) -> Double? {
    self == .occupancy
      ? run.teams[team].occupancy : value(of: run.teamCalls[team], conventions)
  }
}
