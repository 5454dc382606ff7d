import SimKernel

/// The contact-centre model: callers ring lines, pass the IVR, wait in routing plans' queues,
/// are offered to agents, talk, and are wrapped up; agents follow their rosters and the seeds'
/// timers (RONA, the ACW limit, idle logout).
///
/// The centre is its components — each owns its tables and offers a small API — and the
/// wiring between them: this file dispatches the events; the `Centre+…` files are the
/// processes that move calls and agents through the components. A centre runs one replication
/// on one thread and cannot be copied.
public struct Centre: EventHandler, ~Copyable {
  let configuration: CentreConfiguration
  /// The fixed shape: agents, shifts, lines, IVR branches, plans, steps and waiting lists.
  let layout: CentreLayout
  /// The centre's outcomes and reasons, which the engine asks about by behaviour; whether any
  /// call type transfers calls, and whether call-backs are made (the hot path asks these
  /// before it asks an outcome's behaviour).
  let vocabulary: Vocabulary
  let transfersCalls: Bool
  let makesCallBacks: Bool
  /// The run's horizon and the seeds' timers.
  let countFrom: SimInstant
  let end: SimInstant
  let intervalLength: Int64
  let acwLimit: SimDuration
  let ronaTimeout: SimDuration
  let idleLogout: SimDuration
  /// The most events one instant may hold before the run is stopped as a loop.
  let instantBudget: Int
  /// Callers ringing again, and whether any outcome makes them.
  let redials: Redials
  let redialsAfterOutcomes: Bool
  /// Whether some team's clerical work from a cut ACW may wait while the caseworker is
  /// Available (`AgentBehaviour.clericalWorkMayWait`), and the keyed draws that decide it.
  let clericalWorkMayWait: Bool
  let clericalDraws: KeyedStreams
  /// Whether some line rings a team leader's direct-dial number, and the keyed draws of the
  /// team leader's ring time and miss.
  let ringsTeamLeaders: Bool
  let directDialDraws: KeyedStreams
  /// Whether some plan offers callers a call-back in queue (virtual hold), each plan's rule
  /// (by plan index), and the keyed draws of acceptance, reach and dial time
  /// (`Centre+VirtualHold`).
  let holdsCalls: Bool
  let virtualHolds: [VirtualHold?]
  let virtualHoldDraws: KeyedStreams
  /// Talk and ACW by who serves, and whether some call type's depend on it.
  let serviceTimes: ServiceTimes
  /// Which Ready agent takes a call at the steps that do not take the longest idle.
  let selector: AgentSelector
  /// Whether some line has trunks or some queue a limit (`Centre+Blocking`), and their state.
  let blocksCallers: Bool
  var trunks: Trunks

  /// Who rings and what is drawn about them.
  var callers: Callers
  /// The calls in flight.
  var calls = CallSlots()
  /// The waiting lists of the routing plans.
  var router: Router
  /// The agents, their activities and Ready lines.
  var agents: AgentFloor
  /// Unscheduled NotReady time.
  var shrinkage: ShrinkagePools
  /// Outbound work.
  var outbound: OutboundDesk
  /// Caseworkers' incidents with AAC and case-closure exception work.
  var backOffice: BackOffice
  /// Service requests.
  var serviceRequests: ServiceRequestDesk
  /// Failed security checks per SCIN.
  var security: SecurityChecks
  /// Everything the outputs are made of.
  var recorder: Recorder
  /// Per agent slot of a team staffed by counts, when they last logged in (`Centre+Staffing`);
  /// empty when no team is.
  var loggedInAt: [SimInstant]
  /// In a run from a snapshot, its instant: callers who leave the IVR by then are not
  /// followed (`Centre+Graft`); before the start otherwise.
  var snapshotAt = SimInstant(microseconds: -1)

  /// Whether the model's rules are checked as it runs (`Centre+Invariants`), the first rule
  /// found broken, and the events checked.
  let checks: Bool
  public internal(set) var violation: String?
  var checkedEvents = 0

  /// Builds the centre for replication `replication` (0-based) of `configuration`;
  /// `intervals` asks for per-interval tallies, `calls` for a record of every call (kept),
  /// `callRecords` receives every call as it ends (nothing kept), `states` asks for what the
  /// report needs of the agents' changes of state (`RecordLog`), `trace` for every event.
  public init(
    configuration: CentreConfiguration, replication: Int, intervals: Bool, calls: Bool = false,
    callRecords: (any CallRecordSink)? = nil, states: Bool = false,
    trace: ((TraceRecord) -> Void)? = nil,
    checks: Bool = Centre.checksByDefault
  ) {
    self.configuration = configuration
    self.checks = checks
    let layout = CentreLayout(configuration)
    self.layout = layout
    loggedInAt =
      layout.staffingChanges.isEmpty ? [] : Array(repeating: .zero, count: layout.agents.count)
    vocabulary = configuration.vocabulary
    transfersCalls = configuration.callTypes.contains { $0.transfer != nil }
    makesCallBacks = configuration.outbound?.callBacks != nil
    countFrom = SimInstant(since: configuration.warmup)
    end = SimInstant(since: configuration.duration)
    intervalLength = configuration.interval.microseconds
    acwLimit = configuration.rules.acwLimit
    ronaTimeout = configuration.rules.ronaTimeout
    idleLogout = configuration.rules.idleLogout
    instantBudget = Self.instantBudget(configuration, agents: layout.agents.count)
    redials = configuration.redials
    redialsAfterOutcomes = configuration.redials.afterSomeOutcome
    let streams = RandomStreams(seed: configuration.seed, replication: replication)
    clericalWorkMayWait = configuration.teams.contains { $0.behaviour.clericalWorkMayWait }
    clericalDraws = streams.keyed("clerical")
    ringsTeamLeaders = configuration.lines.contains { $0.directDial != nil }
    directDialDraws = streams.keyed("direct dial")
    virtualHolds = configuration.plans.map(\.virtualHold)
    holdsCalls = virtualHolds.contains { $0 != nil }
    virtualHoldDraws = streams.keyed("virtual hold")
    blocksCallers = configuration.blocksCallers
    trunks = Trunks(configuration)
    callers = Callers(configuration, layout: layout, streams: streams)
    serviceTimes = ServiceTimes(configuration, streams: streams)
    selector = AgentSelector(configuration, layout: layout, streams: streams)
    router = Router(layout: layout)
    agents = AgentFloor(configuration, layout: layout, streams: streams, checks: checks)
    shrinkage = ShrinkagePools(
      configuration, agentTeams: layout.agents.map(\.team), streams: streams)
    outbound = OutboundDesk(configuration, streams: streams)
    backOffice = BackOffice(
      configuration, agents: layout.agents.count, lockedPlan: configuration.lockedPlan,
      streams: streams)
    serviceRequests = ServiceRequestDesk(
      configuration, agents: layout.agents.count, streams: streams)
    security = SecurityChecks(configuration)
    recorder = Recorder(
      configuration, replication: replication, agents: layout.agents.count,
      intervals: intervals, calls: calls, callRecords: callRecords, states: states, trace: trace)
    countCasegroups()
  }

  /// Schedules the first arrival on every line (after `callersFrom`: the instant of a
  /// snapshot the run starts from) and every agent's shift.
  public mutating func start(
    in simulation: inout Simulation<CentreEvent>, callersFrom: SimInstant = .zero
  ) {
    if callersFrom > .zero { snapshotAt = callersFrom }
    for line in 0..<configuration.lines.count {
      scheduleArrival(line: line, after: callersFrom - ivrLookback(line: line), in: &simulation)
    }
    if let first = layout.timetable.first {
      simulation.schedule(.roster(index: 0), at: first.time)
    }
    startActivityPlans(in: &simulation)
    startExceptionBatches(in: &simulation)
    startServiceRequests(in: &simulation)
    startCasegroupChanges(in: &simulation)
    if backOffice.hasAACLines || backOffice.hasExceptions || !serviceRequests.isEmpty {
      simulation.schedule(
        .backlog(interval: 0), at: min(end, SimInstant(microseconds: intervalLength)))
    }
  }

  /// Applies one event; a timer's event whose token is stale changes nothing.
  public mutating func handle(_ event: CentreEvent, in simulation: inout Simulation<CentreEvent>) {
    guard fires(event) else { return }
    recorder.log.event(event, at: simulation.now)
    switch event {
    case .arrival(let line): arrive(line: Int(line), in: &simulation)
    case .leaveIVR(let call): leaveIVR(slot: Int(call), in: &simulation)
    case .redial(let call): ringAgain(slot: Int(call), in: &simulation)
    case .callTimer(let call, _): wake(slot: Int(call), in: &simulation)
    case .ringEnd(let agent, _): endRinging(agent: Int(agent), in: &simulation)
    case .handlingEnd(let agent, _): endHandling(agent: Int(agent), in: &simulation)
    case .transferStart(let agent, _): startTransfer(agent: Int(agent), in: &simulation)
    case .consultEnd(let agent, _): endConsult(agent: Int(agent), in: &simulation)
    case .wrapUpEnd(let agent, _): endWrapUp(agent: Int(agent), in: &simulation)
    case .outboundEnd(let agent, _): endOutbound(agent: Int(agent), in: &simulation)
    case .outboundRetry(let item): retryOutbound(slot: Int(item), in: &simulation)
    case .activityPlan(let plan): planCall(plan: Int(plan), in: &simulation)
    case .notReadyEnd(let agent, _): endNotReady(agent: Int(agent), in: &simulation)
    case .clericalDue(let agent): clericalFallsDue(agent: Int(agent), in: &simulation)
    case .idleCheck(let team, _): checkIdle(team: Int(team), in: &simulation)
    case .login(let agent, _): login(agent: Int(agent), in: &simulation)
    case .roster(let index): followRoster(index: Int(index), in: &simulation)
    case .shrinkage(let team, _): feelShrinkage(team: Int(team), in: &simulation)
    case .problem(let agent, _): meetProblem(agent: Int(agent), in: &simulation)
    case .incident(let index): advanceIncident(index: Int(index), in: &simulation)
    case .exceptionBatch(let night): runExceptionBatch(night: Int(night), in: &simulation)
    case .exceptionItem(let team): receiveExceptionItem(team: Int(team), in: &simulation)
    case .serviceRequest(let type): raiseServiceRequest(type: Int(type), in: &simulation)
    case .casegroupsChange(let index): followCasegroups(change: Int(index), in: &simulation)
    case .backlog(let interval): sampleBacklog(interval: Int(interval), in: &simulation)
    }
    if checks { checkRules(after: event, at: simulation.now) }
  }

  /// Whether `event` takes effect: a timer's token must be its index's pending one (it is then
  /// spent); other events always do.
  @inline(__always)
  mutating func fires(_ event: CentreEvent) -> Bool {
    switch event {
    case .callTimer(let call, let token): calls.timers.fire(Int(call), token)
    case .ringEnd(let agent, let token), .handlingEnd(let agent, let token),
      .transferStart(let agent, let token), .consultEnd(let agent, let token),
      .wrapUpEnd(let agent, let token), .outboundEnd(let agent, let token),
      .notReadyEnd(let agent, let token):
      agents.timers.fire(Int(agent), token)
    case .login(let agent, let token): agents.logins.fire(Int(agent), token)
    case .idleCheck(let team, let token): agents.idleChecks.fire(Int(team), token)
    case .shrinkage(let team, let token): shrinkage.timers.fire(Int(team), token)
    case .problem(let agent, let token): backOffice.problemTimers.fire(Int(agent), token)
    case .arrival, .redial, .leaveIVR, .outboundRetry, .activityPlan, .roster, .incident,
      .exceptionBatch, .exceptionItem, .serviceRequest, .casegroupsChange, .backlog,
      .clericalDue:
      true
    }
  }

  /// Closes the books at the end of the run (work still in hand, calls still in the centre,
  /// agents' time up to `now`) and returns what the replication measured.
  public consuming func finish(at now: SimInstant) -> RunStatistics {
    closeBooks(at: now)
    var broken = violation
    if checks && broken == nil { broken = agents.illegalMove ?? checkAgentTimes(at: now) }
    let checks = checks
    let queues = configuration.queues
    let atAnswer = recorder.countsAtAnswer
    var statistics = recorder.finish(agentTeams: layout.agents.map(\.team))
    if checks && broken == nil {
      broken = Self.checkTotals(statistics, queues: queues, atAnswer: atAnswer)
    }
    statistics.violation = broken
    return statistics
  }
}

@available(*, unavailable)
extension Centre: Sendable {}

extension Centre {
  /// The events one instant may hold before a run is stopped as a loop (`InstantLoop`):
  /// 100,000, and 16 more per agent (`agents`: one per agent and shift worked) and 4 more per
  /// case-closure report a nightly batch brings on average.
  ///
  /// Events share an instant only when something happens to many at once: at a shift's start
  /// or end each agent logs in or out, starts or ends a break, finishes a call and takes the
  /// next — a handful of events each (the busiest instant of the national month, 2,000 agents,
  /// holds 1,226 events) — and a batch's work items may reach the teams together and, worked
  /// in no time, end together. Calls, redials and timers fall at random microseconds. So a
  /// legitimate instant holds a few events per agent and report, and 100,000 more is a margin
  /// no real centre reaches, while a loop goes past it in a few hundredths of a second.
  public static func instantBudget(_ configuration: CentreConfiguration, agents: Int) -> Int {
    let reports = configuration.exceptions?.reportsPerBatch ?? 0
    return 100_000 + 16 * agents + 4 * Int(reports.rounded(.up))
  }

  /// Checks are on in debug builds (and so in tests), off in release unless asked for.
  public static var checksByDefault: Bool {
    #if CCSIM_CHECKS
      true
    #else
      false
    #endif
  }
}
