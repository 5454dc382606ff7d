import SimKernel

/// Runs replications of a centre from start to end.
public enum CentreRun {
  /// Runs replication `replication` (0-based) of `configuration` and returns what it measured;
  /// `intervals` asks for per-interval tallies, `calls` for a record of every call (kept in
  /// `RunStatistics.calls`), `states` for what the report needs of the agents' changes of state
  /// (`RecordLog`: the list itself only in replication 0's first day); `callRecords`
  /// receives every call as it ends, in the order `calls` keeps them (and `finish` at the end);
  /// `trace` every event; `progress` is told
  /// the simulated time and the callers so far about two hundred times in the run. A run that
  /// loops at one instant past `Centre.instantBudget` stops there, with `loop` saying so.
  ///
  /// From a snapshot (`from`, with `configuration` `projected(from:)` its instant): the centre
  /// runs to the instant with no callers ringing (rosters, breaks and back-office work as the
  /// scenario has them), takes the snapshot's state there (`Centre.graft`), and callers ring
  /// from then on.
  public static func run(
    _ configuration: CentreConfiguration, replication: Int, from now: CentreNow? = nil,
    intervals: Bool = true,
    calls: Bool = false, callRecords: (any CallRecordSink)? = nil, states: Bool = false,
    trace: ((TraceRecord) -> Void)? = nil, progress: ((SimInstant, Int) -> Void)? = nil,
    checks: Bool = Centre.checksByDefault
  ) -> RunStatistics {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(
      configuration: configuration, replication: replication, intervals: intervals,
      calls: calls, callRecords: callRecords, states: states, trace: trace, checks: checks)
    simulation.instantBudget = centre.instantBudget
    centre.start(in: &simulation, callersFrom: now?.time ?? .zero)
    if let now {
      advance(&simulation, &centre, to: now.time)
      centre.graft(now, in: &simulation)
    }
    let end = SimInstant(since: configuration.duration)
    if let progress {
      let step = SimDuration(microseconds: max(configuration.duration.microseconds / 200, 1))
      var next = SimInstant.zero + step
      while next < end && centre.violation == nil && !simulation.isStalled {
        advance(&simulation, &centre, to: next)
        progress(next, centre.callersSoFar)
        next = next + step
      }
    }
    advance(&simulation, &centre, to: end)
    let loop = simulation.isStalled ? sampleLoop(&simulation, &centre) : nil
    var statistics = centre.finish(at: simulation.now)
    statistics.events = simulation.eventsHandled
    statistics.loop = loop
    callRecords?.finish()
    return statistics
  }

  /// The events a loop is sampled on, once an instant is over its budget.
  static let loopSample = 10_000

  /// The loop `simulation` stalled in: the run goes on at that instant for `loopSample` more
  /// events (fewer if the clock moves on after all) and counts them by kind.
  static func sampleLoop(
    _ simulation: inout Simulation<CentreEvent>, _ centre: inout Centre
  ) -> InstantLoop {
    let time = simulation.now
    let events = simulation.eventsAtThisInstant
    simulation.instantBudget = .max
    var counts: [String: Int] = [:]
    var sampled = 0
    while sampled < loopSample, let event = simulation.step(until: time) {
      centre.handle(event, in: &simulation)
      counts[event.traceName.kind, default: 0] += 1
      sampled += 1
    }
    let kinds = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
      InstantLoop.KindCount(
        kind: $0.key, meaning: CentreEvent.meanings[$0.key] ?? $0.key, count: $0.value)
    }
    return InstantLoop(time: time, events: events, sampled: sampled, kinds: kinds)
  }

  /// Runs the events due by `time`; with checks on, one at a time, stopping at a broken rule.
  static func advance(
    _ simulation: inout Simulation<CentreEvent>, _ centre: inout Centre, to time: SimInstant
  ) {
    guard centre.checks else {
      simulation.run(until: time, handler: &centre)
      return
    }
    while centre.violation == nil, let event = simulation.step(until: time) {
      centre.handle(event, in: &simulation)
    }
  }

  /// Replays replication `replication`, stopping at each of `instants` (in time order) to show
  /// CC Pulse's view then, with the calls that had ended by then; `visit` returns false to stop
  /// the replay there. Returns what the replay measured, up to where it stopped; a replay that
  /// loops at one instant (`RunStatistics.loop`) visits no instant after it.
  public static func replay(
    _ configuration: CentreConfiguration, replication: Int, at instants: [SimInstant],
    visit: (PulseSnapshot, [CallRecord]) -> Bool
  ) -> RunStatistics {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(
      configuration: configuration, replication: replication, intervals: true, calls: true)
    simulation.instantBudget = centre.instantBudget
    centre.start(in: &simulation)
    let end = SimInstant(since: configuration.duration)
    var stopped = false
    for instant in instants where instant <= end {
      simulation.run(until: instant, handler: &centre)
      guard !simulation.isStalled,
        visit(centre.snapshot(at: instant), centre.recorder.log.calls)
      else {
        stopped = true
        break
      }
    }
    if !stopped { simulation.run(until: end, handler: &centre) }
    let loop = simulation.isStalled ? sampleLoop(&simulation, &centre) : nil
    var statistics = centre.finish(at: simulation.now)
    statistics.events = simulation.eventsHandled
    statistics.loop = loop
    return statistics
  }
}
