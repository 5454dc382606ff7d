import SimKernel

/// The contact-centre model: callers ring lines, pass the IVR, wait in routing plans' queues,
/// are offered to agents, talk, and are wrapped up; agents follow their rosters and the seeds'
/// timers (RONA, the ACW limit, idle logout).
///
/// State lives in tables indexed by agent, call slot, team and waiting list; events carry only
/// indices. A centre runs one replication on one thread and cannot be copied.
public struct Centre: EventHandler, ~Copyable {
  let configuration: CentreConfiguration
  let layout: CentreLayout
  let countFrom: SimInstant
  let end: SimInstant
  let intervalLength: Int64
  /// The reporting interval the clock is in, and the microsecond it ends: moved on as the
  /// clock passes interval ends, so that queuing a call needs no division.
  var interval = 0
  var intervalEnd: Int64
  let acwLimit: SimDuration
  let ronaTimeout: SimDuration
  let idleLogout: SimDuration
  /// The service-level threshold and the short-abandon limit, microseconds.
  let serviceLevelThreshold: Int64
  let shortAbandon: Int64

  var arrivals: Table<ArrivalStream>
  /// Per line: the caller's call type, IVR branch and times, and casegroup.
  var lineRandom: Table<Xoshiro256StarStar>
  var samplers: Table<CallTypeSampler>
  /// Per line: its single call type, or −1 when it has a mix; whether it has an IVR; the plan
  /// of its calls when that does not depend on the IVR or the call type (else −1).
  let lineCallType: [Int32]
  let lineHasIVR: [Bool]
  let linePlan: [Int32]
  /// Per team: the shrinkage episodes (when, whose, why, how long), and logging back in after
  /// an idle logout. Each its own stream, so that one does not shift the other.
  var shrinkageRandom: Table<Xoshiro256StarStar>
  var relogRandom: Table<Xoshiro256StarStar>
  /// The keys of counter-based draws: each offer's ring time and miss (and NotReady after a
  /// miss), a redial's IVR times, a warm transfer's consult (`offerRandom`, `ring`, `reachRecipient`).
  let offers: KeyedStreams
  let redialIVR: KeyedStreams
  let consults: KeyedStreams
  let behaviours: [AgentBehaviour]
  let instant: [Bool]
  /// Per team: the total rate of unscheduled NotReady episodes per second of logged-in time.
  let shrinkageRate: [Double]
  var shrinkage: ShrinkagePools

  var calls = Table<Call>()
  var freeSlots = Table<UInt32>()
  var lists = Table<WaitingList>()
  var agents = Table<Agent>()
  /// Per person: the agent slot they work now (the latest to log in), for casegroup owners.
  var personSlot: Table<Int32>
  var agentTally: Table<AgentTally>
  /// Agent time per agent and bucket after the warm-up, microseconds.
  var stateTime: Table<Int64>
  /// Ready agents per team, longest idle first (entries go stale when an agent leaves Ready).
  var readyLines = Table<Ring<ReadyEntry>>()
  /// Per team: when its pending idle check is due (the distant future when none is pending).
  var idleCheckAt: Table<SimInstant>
  /// Call tallies per queue (routing plan) and reporting interval, at
  /// `interval * queues + queue`; per queue alone when intervals are not kept. Each call event
  /// updates one of these, its line's and its IVR branch's: the queues' and the run's tallies
  /// are their sums, made at the end.
  var callTallies: Table<CallTally>
  let keepsIntervals: Bool
  /// Whether every call is recorded (`RunStatistics.calls`), every change of an agent's state
  /// (`RunStatistics.stateChanges`), and where the trace goes.
  let recordsCalls: Bool
  let recordsStates: Bool
  let trace: ((TraceRecord) -> Void)?
  /// Whether the model's rules are checked as it runs (`Centre+Invariants`), the first rule
  /// found broken, and the events checked.
  let checks: Bool
  public internal(set) var violation: String?
  var checkedEvents = 0
  /// Agent time per reporting interval, team and bucket, when intervals are kept.
  var intervalStateTime: Table<Int64>
  var lineTallies: Table<CallTally>
  var branchTallies: Table<CallTally>
  /// Per team of the answering agent; per line, calls that rang it.
  var teamCallTallies: Table<CallTally>
  var lineArrivals: Table<Int>
  /// Outcomes of inbound calls, by call tally (queue and interval), line, team and agent; of
  /// outbound calls, by team and agent.
  var tallyOutcomes: OutcomeTable
  var lineOutcomes: OutcomeTable
  var teamOutcomes: OutcomeTable
  var agentOutcomes: OutcomeTable
  var outboundTeamOutcomes: OutcomeTable
  var outboundAgentOutcomes: OutcomeTable
  /// Callers ringing again, and the security rule's consecutive failures per SCIN (casegroup).
  let redials: Redials
  /// Whether any outcome makes callers ring again; per call type, whether it has security.
  let redialsAfterOutcomes: Bool
  let checksSecurity: [Bool]
  /// Outbound work: the rules, the work waiting, the agents on it per team, their stream.
  let outboundRules: Outbound?
  let hasOutbound: Bool
  var desk: OutboundDesk
  var outboundBusy: Table<Int>
  /// Per activity plan: when its calls fall due, and how many have.
  var activityRandom: [Xoshiro256StarStar]
  var activityCalls: [UInt64]
  /// The key of each client's draws (suppressed or not, and each attempt's outcome and times),
  /// counter-based by the client (`OutboundItem.client`).
  let outboundDraws: KeyedStreams
  var consecutiveFailures: [Int32: Int] = [:]
  /// Caseworkers' incidents with AAC and case-closure exception work.
  var backOffice: BackOffice
  let hasIncidents: Bool
  let hasAACLines: Bool
  let hasExceptions: Bool

  /// What this replication measured, complete once `finish` has run (the call tallies and
  /// counts above are folded in then).
  public internal(set) var statistics: RunStatistics

  /// Builds the centre for replication `replication` (0-based) of `configuration`;
  /// `intervals` asks for per-interval tallies.
  public init(
    configuration: CentreConfiguration, replication: Int, intervals: Bool, calls: Bool = false,
    states: Bool = false, trace: ((TraceRecord) -> Void)? = nil,
    checks: Bool = Centre.checksByDefault
  ) {
    self.checks = checks
    recordsCalls = calls
    recordsStates = states
    self.trace = trace
    self.configuration = configuration
    layout = CentreLayout(configuration)
    countFrom = SimInstant(since: configuration.warmup)
    end = SimInstant(since: configuration.duration)
    intervalLength = configuration.interval.microseconds
    intervalEnd = intervalLength
    acwLimit = configuration.rules.acwLimit
    ronaTimeout = configuration.rules.ronaTimeout
    idleLogout = configuration.rules.idleLogout
    serviceLevelThreshold = configuration.serviceLevelThreshold.microseconds
    shortAbandon = configuration.shortAbandon.microseconds
    let streams = RandomStreams(seed: configuration.seed, replication: replication)
    arrivals = Table(
      configuration.lines.map {
        ArrivalStream(profile: $0.arrivals, streams: streams, line: $0.id)
      })
    lineRandom = Table(configuration.lines.map { streams.stream("callers/\($0.id)") })
    samplers = Table(configuration.callTypes.map { CallTypeSampler($0, streams: streams) })
    lineCallType = configuration.lines.map {
      $0.callTypes.count == 1 ? Int32($0.callTypes[0].callType) : -1
    }
    lineHasIVR = configuration.lines.map { $0.ivr != nil }
    linePlan = configuration.lines.indices.map { line in
      let spec = configuration.lines[line]
      guard spec.ivr == nil, spec.callTypes.count == 1 else { return -1 }
      return Int32(configuration.plan(line: line, callType: spec.callTypes[0].callType) ?? -1)
    }
    shrinkageRandom = Table(configuration.teams.map { streams.stream("shrinkage/\($0.id)") })
    relogRandom = Table(configuration.teams.map { streams.stream("relog/\($0.id)") })
    offers = streams.keyed("offers")
    redialIVR = streams.keyed("redials/ivr")
    consults = streams.keyed("consults")
    behaviours = configuration.teams.map(\.behaviour)
    instant = configuration.teams.map(\.behaviour.answersInstantly)
    shrinkageRate = configuration.teams.map { team in
      let total = team.behaviour.shrinkage.reduce(0) { $0 + $1.share }
      guard total > 0, total < 1 else { return 0 }
      return team.behaviour.shrinkage.reduce(0) {
        $0 + $1.share / ($1.meanLength.seconds * (1 - total))
      }
    }
    lineTallies = Table(repeating: CallTally(), count: configuration.lines.count)
    branchTallies = Table(repeating: CallTally(), count: IVRBranch.Kind.allCases.count)
    for _ in 0..<layout.listCount { lists.append(WaitingList(capacity: 4)) }
    for _ in configuration.teams { readyLines.append(Ring()) }
    shrinkage = ShrinkagePools(
      agentTeams: layout.agents.map { $0.team }, teamCount: configuration.teams.count)
    idleCheckAt = Table(repeating: .distantFuture, count: configuration.teams.count)
    for agent in layout.agents {
      agents.append(
        Agent(team: agent.team, shift: agent.shift, place: agent.place, isLeader: agent.isLeader))
    }
    agentTally = Table(repeating: AgentTally(), count: layout.agents.count)
    personSlot = Table(repeating: 0, count: layout.personSlots.count)
    for person in 0..<layout.personSlots.count {
      personSlot[person] = Int32(
        layout.personSlots.element(layout.personSlots.range(person).lowerBound))
    }
    stateTime = Table(repeating: 0, count: layout.agents.count * StateTimes.bucketCount)
    statistics = RunStatistics(
      replication: replication, configuration: configuration, intervals: intervals)
    keepsIntervals = !statistics.intervals.isEmpty
    callTallies = Table(
      repeating: CallTally(),
      count: keepsIntervals ? statistics.intervals.count : configuration.plans.count)
    teamCallTallies = Table(repeating: CallTally(), count: configuration.teams.count)
    intervalStateTime = Table(
      repeating: 0,
      count: keepsIntervals
        ? configuration.intervalCount * configuration.teams.count * StateTimes.bucketCount : 0)
    lineArrivals = Table(repeating: 0, count: configuration.lines.count)
    tallyOutcomes = OutcomeTable(rows: callTallies.count)
    lineOutcomes = OutcomeTable(rows: configuration.lines.count)
    teamOutcomes = OutcomeTable(rows: configuration.teams.count)
    // Outcomes per agent are for agents.csv: kept with the other detail (`intervals`).
    agentOutcomes = OutcomeTable(rows: keepsIntervals ? layout.agents.count : 0)
    outboundTeamOutcomes = OutcomeTable(rows: configuration.teams.count)
    outboundAgentOutcomes = OutcomeTable(rows: keepsIntervals ? layout.agents.count : 0)
    redials = configuration.redials
    redialsAfterOutcomes = Outcome.allCases.contains {
      configuration.redials.rule(after: $0) != nil
    }
    checksSecurity = configuration.callTypes.map { $0.security != nil }
    outboundRules = configuration.outbound
    hasOutbound = configuration.outbound != nil
    desk = OutboundDesk(teams: configuration.teams.count)
    outboundBusy = Table(repeating: 0, count: configuration.teams.count)
    let activityPlans = configuration.outbound?.activityPlans ?? []
    activityRandom = activityPlans.indices.map { streams.stream("outbound/plan\($0)") }
    activityCalls = Array(repeating: 0, count: activityPlans.count)
    outboundDraws = streams.keyed("outbound")
    backOffice = BackOffice(
      configuration, agents: layout.agents.count, lockedPlan: configuration.lockedPlan,
      streams: streams)
    hasIncidents = configuration.incidents != nil && configuration.aac != nil
    hasAACLines = configuration.aac != nil
    hasExceptions = configuration.exceptions != nil
  }

  /// Schedules the first arrival on every line and every agent's shift.
  public mutating func start(in simulation: inout Simulation<CentreEvent>) {
    for line in arrivals.indices {
      scheduleArrival(line: line, after: .zero, in: &simulation)
    }
    if let first = layout.timetable.first {
      simulation.schedule(.roster(index: 0), at: first.time)
    }
    startActivityPlans(in: &simulation)
    startExceptionBatches(in: &simulation)
    if hasAACLines || hasExceptions {
      simulation.schedule(
        .backlog(interval: 0), at: min(end, SimInstant(microseconds: intervalLength)))
    }
  }

  /// Applies one event.
  public mutating func handle(_ event: CentreEvent, in simulation: inout Simulation<CentreEvent>) {
    if let trace { trace(event.traceRecord(at: simulation.now)) }
    switch event {
    case .arrival(let line): arrive(line: Int(line), in: &simulation)
    case .leaveIVR(let call): leaveIVR(slot: Int(call), in: &simulation)
    case .redial(let call): ringAgain(slot: Int(call), in: &simulation)
    case .callTimer(let call): wake(slot: Int(call), in: &simulation)
    case .ringEnd(let agent): endRinging(agent: Int(agent), in: &simulation)
    case .handlingEnd(let agent): endHandling(agent: Int(agent), in: &simulation)
    case .transferStart(let agent): startTransfer(agent: Int(agent), in: &simulation)
    case .consultEnd(let agent): endConsult(agent: Int(agent), in: &simulation)
    case .wrapUpEnd(let agent): endWrapUp(agent: Int(agent), in: &simulation)
    case .outboundEnd(let agent): endOutbound(agent: Int(agent), in: &simulation)
    case .outboundRetry(let item): retryOutbound(slot: Int(item), in: &simulation)
    case .activityPlan(let plan): planCall(plan: Int(plan), in: &simulation)
    case .notReadyEnd(let agent): endNotReady(agent: Int(agent), in: &simulation)
    case .idleCheck(let team): checkIdle(team: Int(team), in: &simulation)
    case .login(let agent): login(agent: Int(agent), in: &simulation)
    case .roster(let index): followRoster(index: Int(index), in: &simulation)
    case .shrinkage(let team): feelShrinkage(team: Int(team), in: &simulation)
    case .problem(let agent): meetProblem(agent: Int(agent), in: &simulation)
    case .incident(let index): advanceIncident(index: Int(index), in: &simulation)
    case .exceptionBatch(let night): runExceptionBatch(night: Int(night), in: &simulation)
    case .exceptionItem(let team): receiveExceptionItem(team: Int(team), in: &simulation)
    case .backlog(let interval): sampleBacklog(interval: Int(interval), in: &simulation)
    }
    if checks { checkRules(after: event, at: simulation.now) }
  }

  /// Closes the books at the end of the run: state times up to `now`, unresolved calls.
  public mutating func finish(at now: SimInstant) -> RunStatistics {
    for agent in agents.indices where agents[agent].outboundItem >= 0 {
      settleOutbound(agent: agent, now: now)
    }
    for slot in desk.waitingSlots() where desk.items[slot].counted && desk.items[slot].attempts == 0
    {
      statistics.outbound[Int(desk.items[slot].team)].notMade += 1
    }
    // Transferred calls still held or wrapped up: answered already, they close now.
    for agent in agents.indices
    where agents[agent].state == .consulting
      || (agents[agent].state == .afterCallWork && agents[agent].outboundItem < 0)
    {
      let call = calls[Int(agents[agent].call)]
      close(slot: Int(agents[agent].call), agent: agent, handleTime: nil)
      keepRecord(call, agent: agent, answered: call.queuedAt + call.wait, ended: now, end: .handled)
    }
    for agent in agents.indices where agents[agent].answerAt < .distantFuture {
      settleHandling(agent: agent, now: now)
      let call = calls[Int(agents[agent].call)]
      // The caller has gone and the agent is wrapping up: an answered call, not yet handled.
      if call.counted && agents[agent].answerAt + call.talk <= now {
        calls[Int(agents[agent].call)].phase = .wrappingUp
        countAnswered(slot: Int(agents[agent].call), agent: agent, handleTime: nil)
        close(slot: Int(agents[agent].call), agent: agent, handleTime: nil)
        keepRecord(
          call, agent: agent, answered: call.queuedAt + call.wait, ended: now, end: .handled)
      }
    }
    for agent in agents.indices {
      setState(agent: agent, to: agents[agent].state, reason: agents[agent].reason, now: now)
    }
    if hasAACLines || hasExceptions {
      closeIncidentBooks()
      statistics.exceptions.openAtEnd =
        backOffice.exceptionQueue.reduce(0, +) + backOffice.exceptionsInTransit
      let last = configuration.intervalCount - 1
      if last >= 0 && now >= end {
        if last < statistics.incidentBacklog.count {
          statistics.incidentBacklog[last] = backOffice.openIncidents
        }
        if last < statistics.exceptionBacklog.count {
          statistics.exceptionBacklog[last] = statistics.exceptions.openAtEnd
        }
      }
    }
    for slot in calls.indices {
      let call = calls[slot]
      if call.counted && [.waiting, .ringing, .talking].contains(call.phase) {
        record(call) { $0.unresolvedAtEnd += 1 }
      }
      if recordsCalls && call.counted
        && [.inIVR, .waiting, .ringing, .talking].contains(call.phase)
      {
        let agent = call.phase == .waiting || call.phase == .inIVR ? -1 : Int(call.agent)
        let answeredAt = call.queuedAt + call.wait
        let answered = call.phase == .talking && answeredAt <= now ? answeredAt : nil
        keepRecord(
          call, agent: agent, answered: answered, ended: now, end: .unresolved,
          queued: call.phase != .inIVR)
      }
      if call.counted && call.phase == .inIVR { statistics.inIVRAtEnd[Int(call.line)] += 1 }
    }
    let queueCount = configuration.plans.count
    statistics.queues = Array(repeating: CallTally(), count: queueCount)
    for index in callTallies.indices {
      statistics.queues[index % queueCount].merge(callTallies[index])
    }
    // The totals are the centre's: without the AAC desk's queues if it has lines of its own.
    statistics.total = statistics.queuesInTotals.reduce(into: CallTally()) {
      $0.merge(statistics.queues[$1])
    }
    if keepsIntervals { statistics.intervals = callTallies.array }
    statistics.queueOutcomes = Array(repeating: OutcomeCounts(), count: queueCount)
    for index in 0..<tallyOutcomes.rowCount {
      statistics.queueOutcomes[index % queueCount].merge(tallyOutcomes.row(index))
    }
    if keepsIntervals { statistics.intervalOutcomes = tallyOutcomes.rows }
    statistics.lineOutcomes = lineOutcomes.rows
    statistics.teamOutcomes = teamOutcomes.rows
    statistics.agentOutcomes = agentOutcomes.rows
    statistics.outboundTeamOutcomes = outboundTeamOutcomes.rows
    statistics.outboundAgentOutcomes = outboundAgentOutcomes.rows
    statistics.teamCalls = teamCallTallies.array
    statistics.arrivals = lineArrivals.array
    statistics.lines = lineTallies.array
    statistics.branches = branchTallies.array
    statistics.agents = agentTally.array
    // State times per team, summed from the agents' rows; per agent only with the detail.
    let buckets = StateTimes.bucketCount
    var teamTimes = Array(
      repeating: Array(repeating: Int64(0), count: buckets), count: statistics.teams.count)
    for agent in agents.indices {
      let team = Int(agents[agent].team)
      for bucket in 0..<buckets { teamTimes[team][bucket] += stateTime[agent * buckets + bucket] }
    }
    for team in teamTimes.indices { statistics.teams[team].microseconds = teamTimes[team] }
    if keepsIntervals {
      statistics.intervalStates = (0..<intervalStateTime.count / buckets).map { row in
        var times = StateTimes()
        times.microseconds = (0..<buckets).map { intervalStateTime[row * buckets + $0] }
        return times
      }
    }
    // Handling is accounted when it ends, so changes come in late: put them in time order.
    statistics.stateChanges.sort { ($0.time, $0.agent) < ($1.time, $1.agent) }
    if keepsIntervals {
      statistics.agentTimes = agents.indices.map { agent in
        var times = StateTimes()
        times.microseconds = (0..<buckets).map { stateTime[agent * buckets + $0] }
        return times
      }
    }
    statistics.autoLogouts = statistics.agents.reduce(0) { $0 + $1.autoLogouts }
    if checks && violation == nil { violation = checkTotals(statistics, at: now) }
    statistics.violation = violation
    statistics.acwTimeouts = statistics.agents.reduce(0) { $0 + $1.acwTimeouts }
    return statistics
  }

  /// Adds one update to every tally the call belongs to: its queue's in its interval, its
  /// line's and its IVR branch's (the run's and the queue's are summed at the end).
  @inline(__always)
  mutating func record(_ call: Call, _ update: (inout CallTally) -> Void) {
    record(tally: Int(call.tally), line: Int(call.line), branch: Int(call.branch), update)
  }

  /// `record` for the call in `slot`.
  @inline(__always)
  mutating func record(slot: Int, _ update: (inout CallTally) -> Void) {
    record(
      tally: Int(calls[slot].tally), line: Int(calls[slot].line), branch: Int(calls[slot].branch),
      update)
  }

  @inline(__always)
  mutating func record(tally: Int, line: Int, branch: Int, _ update: (inout CallTally) -> Void) {
    update(&callTallies[tally])
    update(&lineTallies[line])
    if branch >= 0 { update(&branchTallies[branch]) }
  }
}

@available(*, unavailable)
extension Centre: Sendable {}

extension Centre {
  /// Checks are on in debug builds (and so in tests), off in release unless asked for.
  public static var checksByDefault: Bool {
    #if CCSIM_CHECKS
      true
    #else
      false
    #endif
  }
}

extension Centre {
  /// How many calls are waiting in `plan`'s queue now (ringing calls excepted).
  ///
  /// - Complexity: O(calls in flight)
  public func callsWaiting(plan: Int) -> Int {
    var count = 0
    for slot in calls.indices where calls[slot].phase == .waiting && calls[slot].plan == plan {
      count += 1
    }
    return count
  }

  /// Callers who have rung so far (after the warm-up), for progress reports.
  public var callersSoFar: Int {
    var total = 0
    for line in lineArrivals.indices { total += lineArrivals[line] }
    return total
  }

  /// CC Pulse's view of the centre at `now` (no earlier than the last event handled): agents on
  /// shift or logged in, with their figures so far; queues with their waiting calls.
  public func snapshot(at now: SimInstant) -> PulseSnapshot {
    var lines: [PulseSnapshot.AgentLine] = []
    for agent in agents.indices where agents[agent].onShift || agents[agent].state != .loggedOut {
      let (state, reason) = self.state(ofAgent: agent, at: now)
      var since = agents[agent].since
      let answerAt = agents[agent].answerAt
      if answerAt < .distantFuture && answerAt <= now {
        let talkEnd = answerAt + calls[Int(agents[agent].call)].talk
        since = now < talkEnd ? answerAt : talkEnd
      }
      lines.append(
        PulseSnapshot.AgentLine(
          agent: agent, team: Int(agents[agent].team), state: state, reason: reason,
          since: since, tally: agentTally[agent]))
    }
    let queueCount = configuration.plans.count
    var queues = (0..<queueCount).map {
      PulseSnapshot.QueueLine(queue: $0, waiting: 0, longestWait: nil, calls: CallTally())
    }
    for index in callTallies.indices { queues[index % queueCount].calls.merge(callTallies[index]) }
    // Calls answered by now whose handling is accounted when it ends: answered, as Pulse shows.
    for agent in agents.indices where agents[agent].answerAt <= now {
      let slot = Int(agents[agent].call)
      guard calls[slot].counted else { continue }
      let wait = calls[slot].wait.microseconds
      queues[Int(calls[slot].plan)].calls.countAnswered(
        wait: wait, withinThreshold: wait <= serviceLevelThreshold)
    }
    for slot in calls.indices where calls[slot].phase == .waiting {
      let queue = Int(calls[slot].plan)
      queues[queue].waiting += 1
      let wait = now - calls[slot].queuedAt
      queues[queue].longestWait = max(queues[queue].longestWait ?? .zero, wait)
    }
    return PulseSnapshot(time: now, agents: lines, queues: queues)
  }

  /// The state of agent `agent` (in roster order) at `now` (no earlier than the last event
  /// handled) and, when NotReady, the reason.
  public func state(ofAgent agent: Int, at now: SimInstant) -> (
    state: AgentState, reason: NotReadyReason?
  ) {
    let record = agents[agent]
    if record.answerAt < .distantFuture {
      let talkEnd = record.answerAt + calls[Int(record.call)].talk
      if now < record.answerAt { return (.reserved, nil) }
      return (now < talkEnd ? .talking : .afterCallWork, nil)
    }
    return (record.state, record.state == .notReady ? record.reason : nil)
  }
}
