import ContactCentre
import SimKernel

/// The result of a run over its replications: counts summed, metrics as mean ± half-width.
public struct RunSummary: Sendable {
  /// Counts and metrics of one scope: the whole run, a queue or an interval.
  public struct Scope: Sendable {
    /// The name of the queue (empty for the whole run).
    public var id: String
    /// Counts summed over replications.
    public var calls: CallTally
    /// Each metric's mean over replications and 95 % half-width.
    public var metrics: [MetricName: Estimate]
  }

  /// A team's agent time over replications.
  public struct TeamScope: Sendable {
    /// The team's identifier.
    public var id: String
    /// Agents logged in.
    public var agents: Int
    /// State times summed over replications.
    public var stateTimes: StateTimes
    /// Occupancy, mean over replications.
    public var occupancy: Estimate
    /// Calls answered and handled by the team's agents.
    public var calls: Scope
  }

  /// A line: its calls, and what its callers did in the IVR.
  public struct LineScope: Sendable {
    /// Calls that entered a queue from this line.
    public var scope: Scope
    /// Callers who rang, and who hung up in the IVR, summed over replications.
    public var arrived: Int
    public var ivrHangUps: Int
    public var inIVRAtEnd: Int
    /// Callers per IVR branch taken, summed over replications (branches taken only).
    public var branches: [(kind: IVRBranch.Kind, callers: Int)]
  }

  /// The configuration that was run.
  public var configuration: CentreConfiguration
  /// The number of replications.
  public var replications: Int
  /// The whole run.
  public var total: Scope
  /// Per queue.
  public var queues: [Scope]
  /// The replications' own statistics, for per-interval views.
  public var runs: [RunStatistics]
  /// Per team.
  public var teams: [TeamScope]
  /// Per line.
  public var lines: [LineScope]
  /// Per IVR branch kind taken by some caller.
  public var branches: [(kind: IVRBranch.Kind, scope: Scope)]
  /// Agent event counts summed over replications.
  public var autoLogouts: Int
  public var acwTimeouts: Int
  public var ronaNotReady: Int
  /// Simulation events handled, summed over replications.
  public var events: Int

  /// Summarises `runs`, one per replication, of `configuration`.
  public init(configuration: CentreConfiguration, runs: [RunStatistics]) {
    self.configuration = configuration
    replications = runs.count
    let occupancy = Estimate(replications: runs.map { $0.allTeams.occupancy })
    total = Self.scope("", runs.map(\.total), occupancy: occupancy)
    queues = configuration.queues.indices.map { queue in
      Self.scope(configuration.queues[queue].id, runs.map { $0.queues[queue] }, occupancy: nil)
    }
    self.runs = runs
    teams = configuration.teams.indices.map { team in
      TeamScope(
        id: configuration.teams[team].id, agents: configuration.teams[team].headcount,
        stateTimes: runs.reduce(into: StateTimes()) { $0.merge($1.teams[team]) },
        occupancy: Estimate(replications: runs.map { $0.teams[team].occupancy }),
        calls: Self.scope(
          configuration.teams[team].id, runs.map { $0.teamCalls[team] }, occupancy: nil))
    }
    let kinds = IVRBranch.Kind.allCases
    lines = configuration.lines.indices.map { line in
      LineScope(
        scope: Self.scope(
          configuration.lines[line].id, runs.map { $0.lines[line] }, occupancy: nil),
        arrived: runs.reduce(0) { $0 + $1.arrivals[line] },
        ivrHangUps: runs.reduce(0) { $0 + $1.ivrHangUps[line] },
        inIVRAtEnd: runs.reduce(0) { $0 + $1.inIVRAtEnd[line] },
        branches: kinds.compactMap { kind in
          let callers = runs.reduce(0) { $0 + $1.branchCount(line: line, kind: kind) }
          return callers > 0 ? (kind, callers) : nil
        })
    }
    branches = kinds.compactMap { kind in
      let taken = configuration.lines.indices.contains { line in
        runs.contains { $0.branchCount(line: line, kind: kind) > 0 }
      }
      guard taken else { return nil }
      return (kind, Self.scope(kind.rawValue, runs.map { $0.branches[kind.index] }, occupancy: nil))
    }
    autoLogouts = runs.reduce(0) { $0 + $1.autoLogouts }
    acwTimeouts = runs.reduce(0) { $0 + $1.acwTimeouts }
    ronaNotReady = runs.reduce(0) { $0 + $1.ronaNotReady }
    events = runs.reduce(0) { $0 + $1.events }
  }

  /// Whether the replications recorded per-interval tallies.
  public var hasIntervals: Bool { runs.first.map { !$0.intervals.isEmpty } ?? false }

  /// The queues' scopes in reporting interval `interval`; empty without interval tallies.
  public func intervalScopes(_ interval: Int) -> [Scope] {
    guard hasIntervals else { return [] }
    return configuration.queues.indices.map { queue in
      Self.scope(
        configuration.queues[queue].id, runs.map { $0.interval(interval, queue: queue) },
        occupancy: nil)
    }
  }

  static func scope(_ id: String, _ tallies: [CallTally], occupancy: Estimate?) -> Scope {
    var calls = CallTally()
    for tally in tallies { calls.merge(tally) }
    var metrics: [MetricName: Estimate] = [:]
    for metric in MetricName.allCases where metric != .occupancy {
      metrics[metric] = Estimate(replications: tallies.map { metric.value(of: $0) })
    }
    if let occupancy { metrics[.occupancy] = occupancy }
    return Scope(id: id, calls: calls, metrics: metrics)
  }
}
