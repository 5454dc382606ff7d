import ContactCentre

/// A sweep: a grid of factor levels applied to a base scenario, every point of the grid run for
/// the same replications with the same seed (common random numbers across the grid).
public struct Sweep: Sendable {
  /// One dimension of the grid.
  public struct Factor: Sendable, Equatable {
    /// What the factor changes.
    public enum Kind: Sendable, Equatable {
      /// The number of call-taking agents of a team.
      case agents(team: String)
      /// A named set of replacements in the scenario's JSON.
      case variant
      /// A multiplier of every line's arrivals.
      case demand
    }

    public var kind: Kind
    /// The levels, in the order of the sweep file.
    public var levels: [Level]

    /// The factor's name in results: `agents:gich`, `variant` or `demand`.
    public var name: String {
      switch kind {
      case .agents(let team): "agents:" + team
      case .variant: "variant"
      case .demand: "demand"
      }
    }
  }

  /// A factor's value at a point.
  public enum Level: Sendable, Equatable {
    case agents(Int)
    case variant(String)
    case demand(Double)
  }

  /// One point of the grid: a level of every factor and what they make of the scenario.
  public struct Point: Sendable {
    /// The point's position in the grid, from 0.
    public let index: Int
    /// One level per factor, in the order of `Sweep.factors`.
    public let levels: [Level]
    /// The queues' ids, in the order of the configuration's queues.
    public let queues: [String]
    /// The teams' ids and headcounts, in the order of the configuration's teams.
    public let teams: [(id: String, agents: Int)]
    /// The point's variant of the scenario, with the sweep's seed.
    let variant: CentreConfiguration
    /// The sweep's factors.
    let factors: [Factor]

    /// The base scenario with the levels applied and the sweep's seed, made at each access.
    public var configuration: CentreConfiguration {
      var configuration = variant
      for (factor, level) in zip(factors, levels) {
        switch (factor.kind, level) {
        case (.agents(let team), .agents(let count)):
          // The loader made sure that every variant has the team, with agents to scale from.
          let position = configuration.teams.firstIndex { $0.id == team }!
          configuration.teams[position] = configuration.teams[position].withCallTakers(count)!
        case (.demand, .demand(let factor)):
          configuration = configuration.scalingDemand(by: factor)
        default:
          break
        }
      }
      return configuration
    }
  }

  /// The sweep's name, for reports.
  public var name: String
  /// The sweep file as given.
  public var file: String
  /// The base scenario's name.
  public var scenario: String
  /// The base scenario's file, from the working directory.
  public var scenarioFile = ""
  /// The seed of every point.
  public var seed: UInt64
  /// Replications per point.
  public var replications: Int
  /// The factors, in grid order: the last one changes fastest from point to point.
  public var factors: [Factor]
  /// Every point of the grid, in order, each made when it is read.
  public var points: SweepPoints
  /// A digest of everything the results depend on (the sweep file, the base scenario and every
  /// point's arrivals), 16 hexadecimal digits: parts of a sweep merge only when theirs agree.
  public var fingerprint: String

  /// The work units: replication r of point p is unit `p × replications + r`.
  public var units: Int { points.count * replications }
}
