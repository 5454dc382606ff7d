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
    /// Outcomes of the scope's inbound calls, summed over replications; nil where outcomes are
    /// not counted (IVR branches).
    public var outcomes: OutcomeCounts?
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
    /// Calls answered and handled by the team's agents, with the outcomes of their inbound
    /// calls.
    public var calls: Scope
    /// The outbound calls the team's caseworkers dialled.
    public var outbound: OutboundSummary
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
  /// Outbound calls over all teams.
  public var outbound: OutboundSummary
  /// Failed security checks (SASC reports) and bogus caller forms, over replications.
  public var security: SecurityTally
  /// Transfers, and the mean consultation of a warm transfer in seconds.
  public var transfers: TransferTally
  public var averageConsultTime: Estimate
  /// Calls to team leaders' direct-dial numbers, summed over the replications.
  public var directDial: DirectDialTally
  /// Calls with an interpreter, and their mean handle time in seconds.
  public var interpretation: InterpretationTally
  public var interpretationHandleTime: Estimate
  /// Callers who rang again, by what made them.
  public var redials: RedialTally
  /// Orphaned and moved casegroups, and the calls that met them, over replications.
  public var casegroups: CasegroupTally
  /// The AAC desk per area; nil when the scenario has none.
  public var aac: AACSummary?
  /// Problems and incidents raised with AAC; nil when the scenario has no AAC desk.
  public var incidents: IncidentSummary?
  /// Case-closure exception work; nil when the scenario has none.
  public var exceptions: ExceptionSummary?
  /// Service requests per type and team; nil when the scenario has none.
  public var serviceRequests: ServiceRequestSummary?
  /// The rest of the day from a snapshot, with the day's actuals before it (`ccsim run
  /// --from`); nil for a run of the whole day.
  public var projection: ProjectionReport?
  /// Agent event counts summed over replications.
  public var autoLogouts: Int
  public var acwTimeouts: Int
  public var ronaNotReady: Int
  /// Simulation events handled, summed over replications.
  public var events: Int
  /// How the number of replications was chosen, when it was by `--precision`.
  public var precision: PrecisionSummary?

  /// Summarises `runs`, one per replication, of `configuration`.
  public init(configuration: CentreConfiguration, runs: [RunStatistics]) {
    self.configuration = configuration
    replications = runs.count
    let occupancy = Estimate(replications: runs.map { $0.allTeams.occupancy })
    let conventions = configuration.conventions
    total = Self.scope(
      "", runs.map(\.total), occupancy: occupancy, outcomes: runs.map(\.inboundOutcomes),
      conventions: conventions)
    queues = configuration.queues.indices.map { queue in
      Self.scope(
        configuration.queues[queue].id, runs.map { $0.queues[queue] }, occupancy: nil,
        outcomes: runs.map { $0.queueOutcomes[queue] }, conventions: conventions)
    }
    self.runs = runs
    teams = configuration.teams.indices.map { team in
      TeamScope(
        id: configuration.teams[team].id, agents: configuration.teams[team].headcount,
        stateTimes: runs.reduce(
          into: StateTimes(reasons: configuration.vocabulary.notReadyReasons.count)
        ) { $0.merge($1.teams[team]) },
        occupancy: Estimate(replications: runs.map { $0.teams[team].occupancy }),
        calls: Self.scope(
          configuration.teams[team].id, runs.map { $0.teamCalls[team] }, occupancy: nil,
          outcomes: runs.map { $0.teamOutcomes[team] }, conventions: conventions),
        outbound: OutboundSummary(
          runs.map { $0.outbound[team] }, outcomes: runs.map { $0.outboundTeamOutcomes[team] }))
    }
    outbound = OutboundSummary(
      runs.map { $0.outbound.reduce(into: OutboundTally()) { $0.merge($1) } },
      outcomes: runs.map(\.outboundOutcomes))
    security = runs.reduce(into: SecurityTally()) { $0.merge($1.security) }
    transfers = runs.reduce(into: TransferTally()) { $0.merge($1.transfers) }
    directDial = runs.reduce(into: DirectDialTally()) { $0.merge($1.directDial) }
    averageConsultTime = Estimate(
      replications: runs.map { run in
        run.transfers.warm > 0
          ? SimDuration(microseconds: run.transfers.consultTime).seconds
            / Double(run.transfers.warm) : nil
      })
    interpretation = runs.reduce(into: InterpretationTally()) { $0.merge($1.interpretation) }
    interpretationHandleTime = Estimate(
      replications: runs.map(\.interpretation.averageHandleTime))
    redials = runs.reduce(into: RedialTally()) { $0.merge($1.redials) }
    casegroups = runs.reduce(
      into: CasegroupTally(
        orphanings: configuration.casegroups.orphanings.count,
        movements: configuration.casegroups.movements.count)
    ) { $0.merge($1.casegroups) }
    let vocabulary = configuration.vocabulary
    let kinds = vocabulary.ivrBranches.indices.map(IVRBranch.Kind.init)
    lines = configuration.lines.indices.map { line in
      LineScope(
        scope: Self.scope(
          configuration.lines[line].id, runs.map { $0.lines[line] }, occupancy: nil,
          outcomes: runs.map { $0.lineOutcomes[line] }, conventions: conventions),
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
      return (
        kind,
        Self.scope(
          vocabulary.name(of: kind), runs.map { $0.branches[kind.index] }, occupancy: nil,
          conventions: conventions)
      )
    }
    aac = configuration.aac.map { AACSummary($0, configuration: configuration, runs: runs) }
    incidents =
      configuration.aac != nil || configuration.incidents != nil
      ? IncidentSummary(configuration: configuration, runs: runs) : nil
    exceptions =
      configuration.exceptions != nil
      ? ExceptionSummary(configuration: configuration, runs: runs) : nil
    serviceRequests = configuration.serviceRequests.map {
      ServiceRequestSummary($0, configuration: configuration, runs: runs)
    }
    autoLogouts = runs.reduce(0) { $0 + $1.autoLogouts }
    acwTimeouts = runs.reduce(0) { $0 + $1.acwTimeouts }
    ronaNotReady = runs.reduce(0) { $0 + $1.ronaNotReady }
    events = runs.reduce(0) { $0 + $1.events }
  }

  /// The outcomes of every call activity, inbound and outbound, summed over replications.
  public var outcomes: OutcomeCounts {
    var all = total.outcomes ?? OutcomeCounts()
    all.merge(outbound.outcomes)
    return all
  }

  /// Whether the replications recorded per-interval tallies.
  public var hasIntervals: Bool { runs.first.map { !$0.intervals.isEmpty } ?? false }

  /// Whether the replications recorded per-interval outcomes.
  public var hasIntervalOutcomes: Bool {
    hasIntervals && runs.allSatisfy { !$0.intervalOutcomes.isEmpty }
  }

  /// The queues' scopes in reporting interval `interval`, with their outcomes when recorded;
  /// empty without interval tallies.
  public func intervalScopes(_ interval: Int) -> [Scope] {
    guard hasIntervals else { return [] }
    let queueCount = configuration.queues.count
    let withOutcomes = hasIntervalOutcomes
    return configuration.queues.indices.map { queue in
      Self.scope(
        configuration.queues[queue].id, runs.map { $0.interval(interval, queue: queue) },
        occupancy: nil,
        outcomes: withOutcomes
          ? runs.map { $0.intervalOutcomes[interval * queueCount + queue] } : nil,
        conventions: configuration.conventions)
    }
  }

  /// The scope `id` of `tallies` (one per replication), its metrics counted under
  /// `conventions`.
  static func scope(
    _ id: String, _ tallies: [CallTally], occupancy: Estimate?, outcomes: [OutcomeCounts]? = nil,
    conventions: ReportingConventions
  ) -> Scope {
    var calls = CallTally()
    for tally in tallies { calls.merge(tally) }
    // Room for every metric at once: grown one by one, the table is rebuilt four times.
    var metrics = [MetricName: Estimate](minimumCapacity: MetricName.allCases.count)
    for metric in MetricName.allCases where metric != .occupancy {
      metrics[metric] = Estimate(replications: tallies.map { metric.value(of: $0, conventions) })
    }
    if let occupancy { metrics[.occupancy] = occupancy }
    return Scope(
      id: id, calls: calls, metrics: metrics,
      outcomes: outcomes?.reduce(into: OutcomeCounts()) { $0.merge($1) })
  }
}
