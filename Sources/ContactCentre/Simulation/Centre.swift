import SimKernel

/// The contact-centre model: calls arrive, queue, are answered by agents and wrapped up.
///
/// State lives in tables indexed by agent, call slot, team and queue; events carry only
/// indices. A centre runs one replication on one thread and cannot be copied.
public struct Centre: EventHandler, ~Copyable {
  let configuration: CentreConfiguration
  let countFrom: SimInstant
  let end: SimInstant

  var arrivals: [ArrivalStream]
  var samplers: [CallTypeSampler]
  /// Per line, the call type it brings.
  let lineCallType: [Int32]
  let intervalLength: Int64
  let acwLimit: SimDuration
  /// Queue index per call type; −1 when no team handles it.
  let queueOfCallType: [Int32]
  /// Teams serving each queue, and queues each team serves (flat, for the hot path).
  let queueTeams: FlatLists
  let teamQueues: FlatLists

  var calls = Table<Call>()
  var freeSlots = Table<UInt32>()
  var waiting: [FIFO<CallReference>]

  var agents = Table<Agent>()
  /// Agent time per team and state after the warm-up, microseconds, at
  /// `team * AgentState.allCases.count + state`.
  var stateTime: Table<Int64>
  /// Per-queue tallies (copied into `statistics` at the end).
  var queueTallies: Table<CallTally>
  /// Ready agents per team, longest idle first.
  var readyAgents: [FIFO<Int32>]

  /// What this replication has measured so far.
  public internal(set) var statistics: RunStatistics

  /// Builds the centre for replication `replication` (0-based) of `configuration`;
  /// `intervals` asks for per-interval tallies.
  public init(configuration: CentreConfiguration, replication: Int, intervals: Bool) {
    self.configuration = configuration
    countFrom = SimInstant(since: configuration.warmup)
    end = SimInstant(since: configuration.duration)
    let streams = RandomStreams(seed: configuration.seed, replication: replication)
    arrivals = configuration.lines.map {
      ArrivalStream(profile: $0.arrivals, streams: streams, line: $0.id)
    }
    samplers = configuration.callTypes.map { CallTypeSampler($0, streams: streams) }
    lineCallType = configuration.lines.map { Int32($0.callType) }
    intervalLength = configuration.interval.microseconds
    acwLimit = configuration.rules.acwLimit
    queueOfCallType = configuration.callTypes.indices.map {
      Int32(configuration.queue(ofCallType: $0) ?? -1)
    }
    queueTeams = FlatLists(configuration.queues.map(\.teams))
    teamQueues = FlatLists(
      configuration.teams.indices.map { team in
        configuration.queues.indices.filter { configuration.queues[$0].teams.contains(team) }
      })
    waiting = Array(repeating: FIFO(), count: configuration.queues.count)
    readyAgents = Array(repeating: FIFO(), count: configuration.teams.count)
    stateTime = Table(
      repeating: 0, count: configuration.teams.count * AgentState.allCases.count)
    queueTallies = Table(repeating: CallTally(), count: configuration.queues.count)
    statistics = RunStatistics(
      replication: replication, configuration: configuration, intervals: intervals)
    for (team, spec) in configuration.teams.enumerated() {
      for _ in 0..<spec.agents {
        readyAgents[team].append(Int32(agents.count))
        agents.append(Agent(team: team))
      }
    }
  }

  /// Schedules the first arrival on every line.
  public mutating func start(in simulation: inout Simulation<CentreEvent>) {
    for line in arrivals.indices {
      scheduleArrival(line: line, after: .zero, in: &simulation)
    }
  }

  /// Applies one event.
  public mutating func handle(_ event: CentreEvent, in simulation: inout Simulation<CentreEvent>) {
    switch event {
    case .arrival(let line):
      arrive(line: Int(line), in: &simulation)
    case .abandon(let call):
      abandon(slot: Int(call), now: simulation.now)
    case .talkEnd(let agent):
      endTalk(agent: Int(agent), in: &simulation)
    case .wrapUpEnd(let agent):
      endWrapUp(agent: Int(agent), in: &simulation)
    }
  }

  /// Closes the books at the end of the run: state times up to `now`, unresolved calls.
  public mutating func finish(at now: SimInstant) -> RunStatistics {
    for agent in agents.indices {
      setState(agent: agent, to: agents[agent].state, now: now)
    }
    let states = AgentState.allCases.count
    for team in statistics.teams.indices {
      statistics.teams[team].microseconds = (team * states..<(team + 1) * states).map {
        stateTime[$0]
      }
    }
    for slot in calls.indices {
      let call = calls[slot]
      if call.counted && (call.phase == .waiting || call.phase == .talking) {
        record(queue: Int(call.queue), interval: Int(call.interval)) { $0.unresolvedAtEnd += 1 }
      }
    }
    statistics.queues = queueTallies.array
    return statistics
  }

  /// Adds one update to the run's, the queue's and the interval's tallies.
  @inline(__always)
  mutating func record(queue: Int, interval: Int, _ update: (inout CallTally) -> Void) {
    update(&statistics.total)
    update(&queueTallies[queue])
    if !statistics.intervals.isEmpty {
      update(&statistics.intervals[interval * statistics.queues.count + queue])
    }
  }
}

@available(*, unavailable)
extension Centre: Sendable {}
