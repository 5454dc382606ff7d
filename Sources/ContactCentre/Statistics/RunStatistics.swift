/// What one replication of a run measured.
public struct RunStatistics: Sendable, Equatable {
  /// The replication's index, from 0.
  public var replication: Int
  /// All calls.
  public var total = CallTally()
  /// Per queue, in the order of `CentreConfiguration.queues`.
  public var queues: [CallTally]
  /// Per reporting interval and queue: index `interval * queueCount + queue`; empty unless
  /// asked for (they grow with the length of the run).
  public var intervals: [CallTally]
  /// Agent state times per team, in the order of `CentreConfiguration.teams`.
  public var teams: [StateTimes]
  /// Agents logged out by the idle-logout timer.
  public var autoLogouts = 0
  /// After Call Work periods ended by the ACW limit.
  public var acwTimeouts = 0
  /// Agents put NotReady after missing an offered call.
  public var ronaNotReady = 0
  /// Simulation events handled (for speed reports).
  public var events = 0

  /// Creates empty statistics shaped for `configuration`, with per-interval tallies if asked.
  public init(replication: Int, configuration: CentreConfiguration, intervals: Bool) {
    self.replication = replication
    queues = Array(repeating: CallTally(), count: configuration.queues.count)
    self.intervals = Array(
      repeating: CallTally(),
      count: intervals ? configuration.queues.count * configuration.intervalCount : 0)
    teams = Array(repeating: StateTimes(), count: configuration.teams.count)
  }

  /// Agent state times over all teams.
  public var allTeams: StateTimes {
    teams.reduce(into: StateTimes()) { $0.merge($1) }
  }

  /// The tally of `queue` in the reporting interval `interval`.
  public func interval(_ interval: Int, queue: Int) -> CallTally {
    intervals[interval * queues.count + queue]
  }
}
