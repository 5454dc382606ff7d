import ContactCentre
import SimKernel

/// The Area Advice Centre's desk over replications: each area's line, its calls summed and its
/// service level and speed of answer as mean ± half-width (the queue metrics' definitions).
public struct AACSummary: Sendable {
  /// One area: its incident-number prefix, name, line and the calls on that line.
  public struct Area: Sendable {
    public var prefix: String
    public var name: String
    /// The line's index and its calls (id, counts summed, metrics over replications).
    public var line: Int
    public var calls: RunSummary.Scope
  }

  /// The areas, in the scenario's order.
  public var areas: [Area]

  /// Summarises `runs` for `desk`: an area's figures are those of its line.
  init(_ desk: AreaAdviceCentre, configuration: CentreConfiguration, runs: [RunStatistics]) {
    areas = desk.areas.map { area in
      Area(
        prefix: area.prefix, name: area.name, line: area.line,
        calls: RunSummary.scope(
          configuration.lines[area.line].id, runs.map { $0.lines[area.line] }, occupancy: nil,
          outcomes: runs.map { $0.lineOutcomes[area.line] },
          conventions: configuration.conventions))
    }
  }
}
