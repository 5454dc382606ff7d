import SimKernel

/// Runs replications of a centre from start to end.
public enum CentreRun {
  /// Runs replication `replication` (0-based) of `configuration` and returns what it measured;
  /// `intervals` asks for per-interval tallies, `calls` for a record of every call.
  public static func run(
    _ configuration: CentreConfiguration, replication: Int, intervals: Bool = true,
    calls: Bool = false
  ) -> RunStatistics {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(
      configuration: configuration, replication: replication, intervals: intervals,
      calls: calls)
    centre.start(in: &simulation)
    simulation.run(until: SimInstant(since: configuration.duration), handler: &centre)
    var statistics = centre.finish(at: simulation.now)
    statistics.events = simulation.eventsHandled
    return statistics
  }
}
