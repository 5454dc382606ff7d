import SimKernel

/// The contact-centre model: calls arrive, queue, are answered by agents and wrapped up.
///
/// State lives in flat arrays indexed by agent, call slot, team and queue; events carry only
/// indices. A centre runs one replication on one thread.
public struct Centre: EventHandler {
  let configuration: CentreConfiguration
  let countFrom: SimInstant
  let end: SimInstant

  var arrivals: [ArrivalStream]
  var talkRandom: [Xoshiro256StarStar]
  var acwRandom: [Xoshiro256StarStar]
  var patienceRandom: [Xoshiro256StarStar]
  /// Queue index per call type; −1 when no team handles it.
  let queueOfCallType: [Int32]
  /// Teams serving each queue, and queues each team serves.
  let queueTeams: [[Int]]
  let teamQueues: [[Int]]

  var calls: [Call] = []
  var freeSlots: [UInt32] = []
  var waiting: [FIFO<CallReference>]

  var agentTeam: [Int32] = []
  var agentState: [AgentState] = []
  var agentSince: [SimInstant] = []
  var agentCall: [UInt32] = []
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
      ArrivalStream(
        profile: $0.arrivals, interval: configuration.interval, streams: streams, line: $0.id)
    }
    talkRandom = configuration.callTypes.map { streams.stream("talk/\($0.id)") }
    acwRandom = configuration.callTypes.map { streams.stream("acw/\($0.id)") }
    patienceRandom = configuration.callTypes.map { streams.stream("patience/\($0.id)") }
    queueOfCallType = configuration.callTypes.indices.map {
      Int32(configuration.queue(ofCallType: $0) ?? -1)
    }
    queueTeams = configuration.queues.map(\.teams)
    teamQueues = configuration.teams.indices.map { team in
      configuration.queues.indices.filter { configuration.queues[$0].teams.contains(team) }
    }
    waiting = Array(repeating: FIFO(), count: configuration.queues.count)
    readyAgents = Array(repeating: FIFO(), count: configuration.teams.count)
    statistics = RunStatistics(
      replication: replication, configuration: configuration, intervals: intervals)
    for (team, spec) in configuration.teams.enumerated() {
      for _ in 0..<spec.agents {
        let agent = Int32(agentTeam.count)
        agentTeam.append(Int32(team))
        agentState.append(.ready)
        agentSince.append(.zero)
        agentCall.append(0)
        readyAgents[team].append(agent)
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
      abandon(call, now: simulation.now)
    case .talkEnd(let agent):
      endTalk(agent: Int(agent), in: &simulation)
    case .wrapUpEnd(let agent):
      endWrapUp(agent: Int(agent), in: &simulation)
    }
  }

  /// Closes the books at the end of the run: state times up to `now`, unresolved calls.
  public mutating func finish(at now: SimInstant) -> RunStatistics {
    for agent in agentState.indices {
      setState(agent: agent, to: agentState[agent], now: now)
    }
    for call in calls where call.counted && (call.phase == .waiting || call.phase == .talking) {
      record(queue: Int(call.queue), interval: Int(call.interval)) { $0.unresolvedAtEnd += 1 }
    }
    return statistics
  }

  /// Adds one update to the run's, the queue's and the interval's tallies.
  @inline(__always)
  mutating func record(queue: Int, interval: Int, _ update: (inout CallTally) -> Void) {
    update(&statistics.total)
    update(&statistics.queues[queue])
    if !statistics.intervals.isEmpty {
      update(&statistics.intervals[interval * statistics.queues.count + queue])
    }
  }
}

@available(*, unavailable)
extension Centre: Sendable {}
