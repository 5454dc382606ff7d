import SimKernel

/// The record of one replication: every count, outcome and state time the outputs are made of,
/// and, when asked for, the logs (`RecordLog`: every call, every change of an agent's state, the
/// trace). The model tells it what happened as it happens; `finish` folds it into the
/// `RunStatistics` every output renders.
///
/// Owns: the call tallies per queue and interval, line, IVR branch and answering team; the
/// outcome tables; each agent's tally and state times, and the state times per interval and team;
/// the other tallies of the run (`statistics`: security, transfers, interpretation, redials,
/// outbound, incidents, exceptions, backlogs); the logs.
struct Recorder: ~Copyable {
  /// Calls arriving before this, and agent time before it, are not counted.
  let countFrom: SimInstant
  let intervalLength: Int64
  let queueCount: Int
  let teamCount: Int
  /// The vocabulary's NotReady reasons, and the state-time buckets per agent they make
  /// (`StateTimes`).
  let reasonCount: Int
  let buckets: Int
  /// Whether figures are kept per reporting interval (and per agent: the detail of `--out`).
  let keepsIntervals: Bool
  /// The service-level threshold of each queue (plan; the centre's unless the queue has a
  /// goal of its own) and the short-abandon limit, microseconds.
  let serviceLevelThresholds: [Int64]
  let shortAbandon: Int64
  /// How calls count: the threshold inclusive or not, and whether answers and abandons count
  /// in the interval they happen (`AnsweredCounted.atAnswer`) rather than the one they queued.
  let conventions: ReportingConventions
  let countsAtAnswer: Bool
  /// Whether the centre has one line and one queue: then every update of the line's tally and
  /// outcomes is its queue's too, and the line's are the queue's sums, made at the end instead
  /// of counted twice on the way.
  let linesMirrorQueues: Bool
  let intervalCount: Int

  /// The reporting interval the clock is in, and the microsecond it ends: moved on as calls
  /// queue, so that finding a call's tally needs no division.
  private var interval = 0
  private var intervalEnd: Int64
  /// Call tallies per queue and reporting interval, at `interval * queues + queue` (per queue
  /// alone when intervals are not kept); per line; per IVR branch kind; per team of the
  /// answering agent, and interval when intervals are kept (at `interval * teams + team`, the
  /// interval the call's answer counts in). Each call event updates its queue's, its line's and
  /// its branch's: the queues' and the run's tallies are their sums, made at the end.
  var callTallies: Table<CallTally>
  var lineTallies: Table<CallTally>
  var branchTallies: Table<CallTally>
  var teamCallTallies: Table<CallTally>
  /// Callers who rang each line (after the warm-up).
  var lineArrivals: Table<Int>
  /// Outcomes of inbound calls, by call tally (queue and interval), line, team and agent; of
  /// outbound calls, by team and agent.
  var tallyOutcomes: OutcomeTable
  var lineOutcomes: OutcomeTable
  var teamOutcomes: OutcomeTable
  var agentOutcomes: OutcomeTable
  var outboundTeamOutcomes: OutcomeTable
  var outboundAgentOutcomes: OutcomeTable
  /// Per agent: what they did, and their time in each state after the warm-up, laid out for
  /// the hot path: the states other than NotReady, and off shift, at a fixed stride of eight
  /// (`stateStride`: what most changes of state add to), NotReady by reason apart.
  var agentTally: Table<AgentTally>
  /// Virtual hold per queue and interval, at a call tally's index (`Recorder+VirtualHold`).
  var virtualHold: [VirtualHoldTally] = []
  var stateTime: Table<Int64>
  var notReadyTime: Table<Int64>
  /// Agent time per reporting interval, team and bucket, when intervals are kept.
  var intervalStateTime: Table<Int64>
  /// Spans of agent time over many whole intervals (an agent off shift for days), as the
  /// change per interval in the number of agents in each team's bucket all interval long:
  /// added to `intervalStateTime` as the run ends (`Recorder+States`). Empty until a span
  /// first needs it.
  var wholeIntervals = Table<Int32>(capacity: 1)
  /// The rest of the run's figures, built as it goes, and the shape of the result.
  var statistics: RunStatistics
  var log: RecordLog

  /// An empty record for `configuration`'s replication `replication`, with `agents` agent
  /// slots; `intervals` asks for figures per interval and agent, `calls` for every call,
  /// `states` for what the report needs of the changes of state (`RecordLog`), `trace` for
  /// every event.
  init(
    _ configuration: CentreConfiguration, replication: Int, agents: Int, intervals: Bool,
    calls: Bool, callRecords: (any CallRecordSink)? = nil, states: Bool,
    trace: ((TraceRecord) -> Void)?
  ) {
    countFrom = SimInstant(since: configuration.warmup)
    intervalLength = configuration.interval.microseconds
    intervalEnd = intervalLength
    queueCount = configuration.plans.count
    teamCount = configuration.teams.count
    serviceLevelThresholds = configuration.plans.indices.map {
      configuration.serviceLevelThreshold(ofPlan: $0).microseconds
    }
    shortAbandon = configuration.shortAbandon.microseconds
    // Locals, not `self`'s: nothing reads a partly built record (an autoclosure capturing it
    // miscompiles in release builds).
    let conventions = configuration.conventions
    self.conventions = conventions
    intervalCount = configuration.intervalCount
    // The statistics' tables per interval are filled at the end, from the record's own.
    statistics = RunStatistics(
      replication: replication, configuration: configuration, intervals: false)
    let keepsIntervals =
      intervals && configuration.intervalCount > 0 && !configuration.plans.isEmpty
    self.keepsIntervals = keepsIntervals
    countsAtAnswer = keepsIntervals && conventions.answeredCounted == .atAnswer
    callTallies = Table(
      repeating: CallTally(),
      count: configuration.plans.count * (keepsIntervals ? configuration.intervalCount : 1))
    lineTallies = Table(repeating: CallTally(), count: configuration.lines.count)
    linesMirrorQueues = configuration.lines.count == 1 && configuration.plans.count == 1
    let vocabulary = configuration.vocabulary
    branchTallies = Table(repeating: CallTally(), count: vocabulary.ivrBranches.count)
    teamCallTallies = Table(
      repeating: CallTally(),
      count: configuration.teams.count * (keepsIntervals ? configuration.intervalCount : 1))
    lineArrivals = Table(repeating: 0, count: configuration.lines.count)
    let outcomes = vocabulary.outcomes.count
    tallyOutcomes = OutcomeTable(rows: callTallies.count, outcomes: outcomes)
    lineOutcomes = OutcomeTable(rows: configuration.lines.count, outcomes: outcomes)
    teamOutcomes = OutcomeTable(rows: configuration.teams.count, outcomes: outcomes)
    // Outcomes per agent are for agents.csv: kept with the other detail (`intervals`).
    agentOutcomes = OutcomeTable(rows: keepsIntervals ? agents : 0, outcomes: outcomes)
    outboundTeamOutcomes = OutcomeTable(rows: configuration.teams.count, outcomes: outcomes)
    outboundAgentOutcomes = OutcomeTable(rows: keepsIntervals ? agents : 0, outcomes: outcomes)
    agentTally = Table(repeating: AgentTally(), count: agents)
    reasonCount = vocabulary.notReadyReasons.count
    buckets = StateTimes.bucketCount(reasons: reasonCount)
    stateTime = Table(repeating: 0, count: agents * Self.stateStride)
    notReadyTime = Table(repeating: 0, count: agents * reasonCount)
    intervalStateTime = Table(
      repeating: 0,
      count: keepsIntervals ? configuration.intervalCount * configuration.teams.count * buckets : 0)
    // The list of changes and the counts at interval ends are the first replication's.
    log = RecordLog(
      configuration, agents: agents, calls: calls, callRecords: callRecords, states: states,
      stateList: replication == 0, trace: trace,
      offShift: StateTimes.offShiftBucket(reasons: reasonCount))
  }

  /// Whether `time` is after the warm-up (what happens then is counted).
  @inline(__always) func counts(_ time: SimInstant) -> Bool { time >= countFrom }

  /// The tally of a call queuing in `plan` now: its queue's in the current interval.
  @inline(__always)
  mutating func tally(plan: Int, at now: SimInstant) -> Int32 {
    guard keepsIntervals else { return Int32(plan) }
    if now.microseconds >= intervalEnd {
      // The end of the run is in the last interval (work may fall due at the end itself).
      interval = interval(of: now)
      intervalEnd = Int64(interval + 1) * intervalLength
    }
    return Int32(interval * queueCount + plan)
  }

  /// The tally of `call`'s queue in the interval an event of the call at `instant` (its answer,
  /// its abandon) counts in: the interval it queued in, or with `AnsweredCounted.atAnswer`
  /// the one `instant` is in.
  @inline(__always)
  func tally(of call: borrowing Call, at instant: SimInstant) -> Int {
    guard countsAtAnswer else { return Int(call.tally) }
    return interval(of: instant) * queueCount + Int(call.plan)
  }

  /// The reporting interval `instant` is in; the end of the run is in the last one.
  @inline(__always)
  func interval(of instant: SimInstant) -> Int {
    min(Int(instant.microseconds / intervalLength), intervalCount - 1)
  }

  /// The tally of `team` for the answer counted in the call tally `tally`: per team, and per
  /// interval (the call tally's) when intervals are kept.
  @inline(__always)
  func teamTally(_ team: Int, callTally tally: Int) -> Int {
    keepsIntervals ? tally / queueCount * teamCount + team : team
  }

  /// Callers who have rung so far (after the warm-up), for progress reports.
  var callersSoFar: Int {
    var total = 0
    for line in lineArrivals.indices { total += lineArrivals[line] }
    return total
  }

  /// Folds the record into the run's statistics (the tallies and state times summed as the
  /// outputs read them, the logs moved in); `agentTeams` gives each agent slot's team.
  consuming func finish(agentTeams: [Int]) -> RunStatistics {
    var statistics = statistics
    let queueCount = queueCount
    let keepsIntervals = keepsIntervals
    let teamCount = teamCount
    let intervalLength = intervalLength
    statistics.queues = Array(repeating: CallTally(), count: queueCount)
    for index in callTallies.indices {
      statistics.queues[index % queueCount].merge(callTallies[index])
    }
    // The totals are the centre's: without the AAC desk's queues if it has lines of its own.
    statistics.total = statistics.queuesInTotals.reduce(into: CallTally()) {
      $0.merge(statistics.queues[$1])
    }
    statistics.queueOutcomes = Array(repeating: OutcomeCounts(), count: queueCount)
    for index in 0..<tallyOutcomes.rowCount {
      statistics.queueOutcomes[index % queueCount].merge(tallyOutcomes.row(index))
    }
    statistics.lineOutcomes = linesMirrorQueues ? statistics.queueOutcomes : lineOutcomes.rows
    statistics.teamOutcomes = teamOutcomes.rows
    statistics.outboundTeamOutcomes = outboundTeamOutcomes.rows
    statistics.teamCalls = Array(repeating: CallTally(), count: teamCount)
    for index in teamCallTallies.indices {
      statistics.teamCalls[index % teamCount].merge(teamCallTallies[index])
    }
    statistics.arrivals = lineArrivals.array
    statistics.lines = linesMirrorQueues ? statistics.queues : lineTallies.array
    statistics.branches = branchTallies.array
    statistics.agents = agentTally.array
    // State times per team, summed from the agents' rows; per agent only with the detail.
    let buckets = buckets
    var teamTimes = Array(repeating: Int64(0), count: statistics.teams.count * buckets)
    for agent in 0..<agentTally.count {
      addTimes(agent: agent, to: &teamTimes, at: agentTeams[agent] * buckets)
    }
    for team in statistics.teams.indices {
      let row = team * buckets..<(team + 1) * buckets
      statistics.teams[team].microseconds = Array(teamTimes[row])
    }
    if keepsIntervals {
      var agentTimes = Array(repeating: Int64(0), count: agentTally.count * buckets)
      for agent in 0..<agentTally.count {
        addTimes(agent: agent, to: &agentTimes, at: agent * buckets)
      }
      statistics.agentTimes = StateTimeRows(microseconds: agentTimes, buckets: buckets)
    }
    statistics.autoLogouts = statistics.agents.reduce(0) { $0 + $1.autoLogouts }
    statistics.acwTimeouts = statistics.agents.reduce(0) { $0 + $1.acwTimeouts }
    // The tables per interval, the longest part of a long run's record: each becomes the
    // statistics' and is let go at once, so that no two copies of them all are held together.
    let intervalTallies = callTallies.intoArray()
    // Per agent slot only with the detail (a national roster has tens of thousands of slots).
    let agentRows = agentOutcomes.intoFlatRows()
    let outboundAgentRows = outboundAgentOutcomes.intoFlatRows()
    let intervalOutcomes = tallyOutcomes.intoFlatRows()
    let intervalTeamCalls = teamCallTallies.intoArray()
    var intervalStateTime = intervalStateTime.intoArray()
    Self.addWholeIntervals(
      wholeIntervals.intoArray(), to: &intervalStateTime, columns: teamCount * buckets,
      length: intervalLength)
    if keepsIntervals {
      statistics.agentOutcomes = agentRows
      statistics.outboundAgentOutcomes = outboundAgentRows
      statistics.intervals = intervalTallies
      statistics.intervalOutcomes = intervalOutcomes
      statistics.intervalTeamCalls = intervalTeamCalls
      statistics.intervalStates = StateTimeRows(microseconds: intervalStateTime, buckets: buckets)
    }
    statistics.virtualHoldRows = virtualHold
    statistics.calls = log.calls
    statistics.stateChanges = log.stateChanges
    statistics.longestAfterCallWork = log.digest.longestAfterCallWork
    statistics.pulseCounts = log.digest.pulseCounts
    return statistics
  }
}

@available(*, unavailable)
extension Recorder: Sendable {}
