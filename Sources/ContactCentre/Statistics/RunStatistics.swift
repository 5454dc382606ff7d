import SimKernel

/// What one replication of a run measured.
public struct RunStatistics: Sendable, Equatable {
  /// The replication's index, from 0.
  public var replication: Int
  /// All calls that entered a queue.
  public var total = CallTally()
  /// Per queue (routing plan), in the order of `CentreConfiguration.plans`.
  public var queues: [CallTally]
  /// Per line.
  public var lines: [CallTally]
  /// Per IVR branch kind, in the order of the vocabulary's branches, over all lines.
  public var branches: [CallTally]
  /// Per team of the answering agent (answered and handled calls only).
  public var teamCalls: [CallTally]
  /// Per line: calls that rang it, callers who hung up in its IVR, and callers still in the
  /// IVR when the run ended (arrived + transfer legs = offered + IVR hang-ups + still in the IVR).
  public var arrivals: [Int]
  public var ivrHangUps: [Int]
  public var inIVRAtEnd: [Int]
  /// Per line and IVR branch kind: callers who took the branch (`line * kinds + kind`, `kinds`
  /// the vocabulary's branches).
  public var branchCounts: [Int]
  /// Per reporting interval and queue: index `interval * queueCount + queue`; empty unless
  /// asked for (they grow with the length of the run).
  public var intervals: [CallTally]
  /// Per reporting interval and team of the answering agent: index `interval * teamCount +
  /// team`, in the interval the call's answer counts in (`ReportingConventions`); empty unless
  /// intervals are kept. They sum to `teamCalls`.
  public var intervalTeamCalls: [CallTally] = []
  /// Agent state times per team, in the order of `CentreConfiguration.teams`.
  public var teams: [StateTimes]
  /// The queues and teams the totals count (`total`, `inboundOutcomes`, `allTeams`): all, or
  /// all but the AAC desk's in a scenario with a centre of its own.
  public var queuesInTotals: [Int]
  public var teamsInTotals: [Int]
  /// Per agent: their tally and state times, in roster order (team, shift, agent); the state
  /// times only when intervals are kept (the detail of `--out`), else empty.
  public var agents: [AgentTally]
  public var agentTimes: StateTimeRows
  /// Agents logged out by the idle-logout timer.
  /// Outcomes of inbound calls per queue, line, team and agent (of the agent who closed the
  /// call), and per reporting interval at `interval * queues + queue`; per agent and interval
  /// only when intervals are kept (the detail of `--out`), else empty.
  public var queueOutcomes: [OutcomeCounts]
  public var lineOutcomes: [OutcomeCounts]
  public var teamOutcomes: [OutcomeCounts]
  public var agentOutcomes: OutcomeRows
  public var intervalOutcomes: OutcomeRows
  /// Outcomes of outbound calls per team and agent.
  public var outboundTeamOutcomes: [OutcomeCounts]
  public var outboundAgentOutcomes: OutcomeRows
  /// Outbound work per team.
  public var outbound: [OutboundTally]
  public var security = SecurityTally()
  public var transfers = TransferTally()
  /// Calls to team leaders' direct-dial numbers.
  public var directDial = DirectDialTally()
  public var interpretation = InterpretationTally()
  public var redials = RedialTally()
  /// Callback in queue, per queue and reporting interval (at `interval * queues + queue`; per
  /// queue alone when intervals are not kept); empty without virtual hold.
  public var virtualHoldRows: [VirtualHoldTally] = []
  /// Orphaned and moved casegroups, and the calls that met them.
  public var casegroups = CasegroupTally()
  /// Problems, incidents raised with AAC and case-closure exception work.
  public var incidents = IncidentTally()
  public var exceptions = ExceptionTally()
  /// Service requests per type, team and interval (empty without SR types).
  public var serviceRequests = ServiceRequestTally()
  /// Callers blocked by busy trunks or a full queue (empty without trunks or queue limits).
  public var blocking = BlockingTally(lines: 0, queues: 0, intervals: 0, kept: false)
  /// Open incidents and unfinished exception work items at the end of each reporting interval
  /// (the backlog over the day), when the scenario has them.
  public var incidentBacklog: [Int] = []
  public var exceptionBacklog: [Int] = []
  /// Every incident raised with AAC, when asked for (`incidents.csv`).
  public var incidentRecords: [IncidentRecord] = []
  /// Every call of the run, in the order they ended, when asked for (`calls.csv`).
  public var calls: [CallRecord] = []
  /// The changes of agents' states in the first `StateChange.keptWindow` of the run, in time
  /// order, when asked for and in the first replication (the day's timeline, the replay's tiles).
  public var stateChanges: [StateChange] = []
  /// Per agent slot, when changes of state are asked for: its longest single spell of ACW, if
  /// it ended one (`StateChangeDigest`).
  public var longestAfterCallWork: [SimDuration?] = []
  /// Per reporting interval end, per team, per Pulse column (`PulseStateGroup`), when changes
  /// of state are asked for and in the first replication: the agents CC Pulse would have
  /// counted then (`StateChangeDigest`).
  public var pulseCounts = PulseCountRows()
  /// Agent time per reporting interval and team, at `interval * teams + team`, when intervals
  /// are kept (agents by state in `intervals.csv`), else empty.
  public var intervalStates = StateTimeRows()
  /// The first rule of the model found broken when checks were on (`--check`), else nil.
  public var violation: String?
  /// Why the run stopped before its end: one instant held more events than its budget (the
  /// scenario's rules loop there); nil for a run that reached its end. Its figures are then
  /// those of a partial run, fit for no report.
  public var loop: InstantLoop?
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
    queues = Array(repeating: CallTally(), count: configuration.plans.count)
    lines = Array(repeating: CallTally(), count: configuration.lines.count)
    let vocabulary = configuration.vocabulary
    branches = Array(repeating: CallTally(), count: vocabulary.ivrBranches.count)
    teamCalls = Array(repeating: CallTally(), count: configuration.teams.count)
    arrivals = Array(repeating: 0, count: configuration.lines.count)
    ivrHangUps = Array(repeating: 0, count: configuration.lines.count)
    inIVRAtEnd = Array(repeating: 0, count: configuration.lines.count)
    branchCounts = Array(
      repeating: 0, count: configuration.lines.count * vocabulary.ivrBranches.count)
    self.intervals = Array(
      repeating: CallTally(),
      count: intervals ? configuration.plans.count * configuration.intervalCount : 0)
    teams = Array(
      repeating: StateTimes(reasons: vocabulary.notReadyReasons.count),
      count: configuration.teams.count)
    teamsInTotals = configuration.teamsInTotals
    queuesInTotals = configuration.plansInTotals
    queueOutcomes = Array(repeating: OutcomeCounts(), count: configuration.plans.count)
    lineOutcomes = Array(repeating: OutcomeCounts(), count: configuration.lines.count)
    teamOutcomes = Array(repeating: OutcomeCounts(), count: configuration.teams.count)
    agentOutcomes = OutcomeRows()
    intervalOutcomes = OutcomeRows()
    outboundTeamOutcomes = Array(repeating: OutcomeCounts(), count: configuration.teams.count)
    outboundAgentOutcomes = OutcomeRows()
    outbound = Array(repeating: OutboundTally(), count: configuration.teams.count)
    agents = []
    agentTimes = StateTimeRows()
    incidents = IncidentTally(
      reasons: configuration.aac?.evaluation.rejectReasons.count ?? 0,
      domains: vocabulary.expertDomains.count)
    exceptions = ExceptionTally(reasons: configuration.exceptions?.reasons.count ?? 0)
    casegroups = CasegroupTally(
      orphanings: configuration.casegroups.orphanings.count,
      movements: configuration.casegroups.movements.count)
    blocking = BlockingTally(
      lines: configuration.lines.count, queues: configuration.plans.count,
      intervals: configuration.intervalCount, kept: configuration.blocksCallers)
    serviceRequests = ServiceRequestTally(
      types: configuration.serviceRequests?.types.count ?? 0, teams: configuration.teams.count,
      intervals: configuration.intervalCount)
    if configuration.aac != nil {
      incidentBacklog = Array(repeating: 0, count: configuration.intervalCount)
    }
    if configuration.exceptions != nil {
      exceptionBacklog = Array(repeating: 0, count: configuration.intervalCount)
    }
  }

  /// Outcomes of every inbound call of the queues counted in the totals.
  public var inboundOutcomes: OutcomeCounts {
    queuesInTotals.reduce(into: OutcomeCounts()) { $0.merge(queueOutcomes[$1]) }
  }

  /// Outcomes of every outbound call.
  public var outboundOutcomes: OutcomeCounts {
    outboundTeamOutcomes.reduce(into: OutcomeCounts()) { $0.merge($1) }
  }

  /// Agent state times over the teams counted in the totals (all but those serving only the
  /// AAC desk, in a scenario with a centre of its own: `CentreConfiguration.teamsInTotals`).
  public var allTeams: StateTimes {
    teamsInTotals.reduce(into: StateTimes(reasons: teams.first?.reasons ?? 0)) {
      $0.merge(teams[$1])
    }
  }

  /// The tally of `queue` in the reporting interval `interval`.
  public func interval(_ interval: Int, queue: Int) -> CallTally {
    intervals[interval * queues.count + queue]
  }

  /// The tally of the calls `team` answered in the reporting interval `interval`.
  public func interval(_ interval: Int, team: Int) -> CallTally {
    intervalTeamCalls[interval * teamCalls.count + team]
  }

  /// How many callers on `line` took the IVR branch `kind`.
  public func branchCount(line: Int, kind: IVRBranch.Kind) -> Int {
    branchCounts[line * branches.count + kind.index]
  }
}
