import ContactCentre
import SimKernel

extension RunSummary {
  /// Whether the replications recorded the calls each team answered per interval.
  public var hasIntervalTeamCalls: Bool {
    !runs.isEmpty
      && runs.allSatisfy {
        $0.intervalTeamCalls.count == configuration.intervalCount * configuration.teams.count
      }
  }

  /// The teams' scopes in reporting interval `interval`: the calls each team's agents answered
  /// and handled (in the interval the answer counts in, `ReportingConventions`); empty without
  /// them.
  public func intervalTeamScopes(_ interval: Int) -> [Scope] {
    guard hasIntervalTeamCalls else { return [] }
    return configuration.teams.indices.map { team in
      Self.scope(
        configuration.teams[team].id, runs.map { $0.interval(interval, team: team) },
        occupancy: nil, conventions: configuration.conventions)
    }
  }

  /// The occupancy of the agents of `teams` in reporting interval `interval`, mean over the
  /// replications with its half-width; nil without agent time per interval.
  public func intervalOccupancy(_ interval: Int, teams: [Int]) -> Estimate? {
    guard hasIntervalStates else { return nil }
    let teamCount = configuration.teams.count
    let reasons = configuration.vocabulary.notReadyReasons.count
    return Estimate(
      replications: runs.map { run in
        teams.reduce(into: StateTimes(reasons: reasons)) {
          $0.merge(run.intervalStates[interval * teamCount + $1])
        }.occupancy
      })
  }

  /// The length of reporting interval `interval` within the run (the last may be partial).
  public func intervalLength(_ interval: Int) -> SimDuration {
    let start = configuration.interval * Int64(interval)
    return min(configuration.interval, configuration.duration - start)
  }
}
