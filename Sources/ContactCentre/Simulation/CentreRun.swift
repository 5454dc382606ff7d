import SimKernel

/// Runs replications of a centre from start to end.
public enum CentreRun {
  /// Runs replication `replication` (0-based) of `configuration` and returns what it measured;
  /// `intervals` asks for per-interval tallies, `calls` for a record of every call, `states`
  /// for every change of an agent's state; `trace` receives every event; `progress` is told
  /// the simulated time and the callers so far about two hundred times in the run.
  public static func run(
    _ configuration: CentreConfiguration, replication: Int, intervals: Bool = true,
    calls: Bool = false, states: Bool = false, trace: ((TraceRecord) -> Void)? = nil,
    progress: ((SimInstant, Int) -> Void)? = nil, checks: Bool = Centre.checksByDefault
  ) -> RunStatistics {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(
      configuration: configuration, replication: replication, intervals: intervals,
      calls: calls, states: states, trace: trace, checks: checks)
    centre.start(in: &simulation)
    let end = SimInstant(since: configuration.duration)
    if let progress {
      let step = SimDuration(microseconds: max(configuration.duration.microseconds / 200, 1))
      var next = SimInstant.zero + step
      while next < end && centre.violation == nil {
        advance(&simulation, &centre, to: next)
        progress(next, centre.callersSoFar)
        next = next + step
      }
    }
    advance(&simulation, &centre, to: end)
    var statistics = centre.finish(at: simulation.now)
    statistics.events = simulation.eventsHandled
    return statistics
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
  /// the replay there. Returns what the replay measured, up to where it stopped.
  public static func replay(
    _ configuration: CentreConfiguration, replication: Int, at instants: [SimInstant],
    visit: (PulseSnapshot, [CallRecord]) -> Bool
  ) -> RunStatistics {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(
      configuration: configuration, replication: replication, intervals: true, calls: true)
    centre.start(in: &simulation)
    let end = SimInstant(since: configuration.duration)
    var stopped = false
    for instant in instants where instant <= end {
      simulation.run(until: instant, handler: &centre)
      guard visit(centre.snapshot(at: instant), centre.recorder.log.calls) else {
        stopped = true
        break
      }
    }
    if !stopped { simulation.run(until: end, handler: &centre) }
    var statistics = centre.finish(at: simulation.now)
    statistics.events = simulation.eventsHandled
    return statistics
  }
}
