import ContactCentre

/// What a sweep's results are about: the grid's factors and points, without the simulation.
///
/// Parts of a sweep carry it so that they can be merged without the sweep or scenario files.
public struct SweepOutline: Sendable, Equatable {
  /// A point of the grid: its factor levels and the queues and teams it reports.
  public struct Point: Sendable, Equatable {
    /// One level per factor, in the order of `SweepOutline.factors`.
    public var levels: [SweepValue]
    /// The queues' ids, in the order of the replications' queue tallies.
    public var queues: [String]
    /// The teams' ids and headcounts, in the order of the replications' team occupancies.
    public var teams: [(id: String, agents: Int)]
    /// How the point's scenario counts the service level and abandon rate (its `reporting`),
    /// kept in a part's manifest when not the standard ones.
    public var conventions: ReportingConventions

    /// Creates a point.
    public init(
      levels: [SweepValue], queues: [String], teams: [(id: String, agents: Int)],
      conventions: ReportingConventions = .standard
    ) {
      self.levels = levels
      self.queues = queues
      self.teams = teams
      self.conventions = conventions
    }

    public static func == (lhs: Point, rhs: Point) -> Bool {
      lhs.levels == rhs.levels && lhs.queues == rhs.queues && lhs.conventions == rhs.conventions
        && lhs.teams.elementsEqual(rhs.teams) { $0.id == $1.id && $0.agents == $1.agents }
    }
  }

  /// The sweep's name.
  public var name: String
  /// The base scenario's name.
  public var scenario: String
  /// The seed of every point.
  public var seed: UInt64
  /// Replications per point.
  public var replications: Int
  /// The factors' names, e.g. `agents:gich`, `variant`, `demand`.
  public var factors: [String]
  /// The points in grid order.
  public var points: [Point]

  /// Creates an outline.
  public init(
    name: String, scenario: String, seed: UInt64, replications: Int,
    factors: [String], points: [Point]
  ) {
    self.name = name
    self.scenario = scenario
    self.seed = seed
    self.replications = replications
    self.factors = factors
    self.points = points
  }

  /// The work units: replication r of point p is unit `p × replications + r`.
  public var units: Int { points.count * replications }
}

/// A factor's level as results show it.
public enum SweepValue: Sendable, Equatable {
  /// A count, e.g. of agents.
  case integer(Int)
  /// A number, e.g. a demand factor.
  case number(Double)
  /// A name, e.g. of a variant.
  case text(String)

  /// The level in JSON.
  public var json: JSONOutput {
    switch self {
    case .integer(let value): .int(value)
    case .number(let value): .double(value)
    case .text(let value): .string(value)
    }
  }

  /// The level as a CSV field: a name neutralised as the scenario's are (`CSVField.text`).
  var csvField: String {
    if case .text(let name) = self { return CSVField.text(name) }
    return CSVField.escape(label)
  }

  /// The level as text (a CSV field or a table cell, before escaping).
  public var label: String {
    switch self {
    case .integer(let value): String(value)
    case .number(let value): JSONOutput.format(value)
    case .text(let value): value
    }
  }
}
