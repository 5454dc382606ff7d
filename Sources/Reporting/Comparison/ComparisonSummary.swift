import ContactCentre
import Planning
import SimKernel

/// What `ccsim compare` reports: per metric, for the whole run, each queue and each team the
/// two scenarios share, both sides and the paired difference candidate − base.
public struct ComparisonSummary: Sendable {
  /// The metrics of one scope, in report order.
  public struct Scope: Sendable {
    /// The queue's or team's id (empty for the whole run).
    public var id: String
    /// Each metric the scope has, with its comparison.
    public var metrics: [(name: MetricName, difference: PairedDifference)]
  }

  /// A queue or team only one side has: its figures on that side.
  public struct OneSided: Sendable {
    public var id: String
    public var metrics: [(name: MetricName, estimate: Estimate)]
  }

  /// The two runs compared.
  public var comparison: Comparison
  /// The whole run: every metric, calls of all queues, occupancy of all teams.
  public var total: Scope
  /// Queues (routing plans) with the same id in both, in the base's order: every metric but
  /// occupancy (a queue has no agents of its own).
  public var queues: [Scope]
  /// Teams with the same id in both, in the base's order: ``MetricName/teamMetrics``.
  public var teams: [Scope]
  /// Queues and teams only one side has, not compared.
  public var onlyInBase: (queues: [String], teams: [String])
  public var onlyInCandidate: (queues: [String], teams: [String])
  /// Their figures on the side that has them.
  public var baseOnly: (queues: [OneSided], teams: [OneSided])
  public var candidateOnly: (queues: [OneSided], teams: [OneSided])
  /// The figures that moved, largest relative change first (`ComparisonChange.changes`).
  public var changes: [ComparisonChange]
  /// How many compared figures did not move.
  public var unmoved: Int

  /// Summarises `comparison`.
  public init(_ comparison: Comparison) {
    self.comparison = comparison
    total = Scope(
      id: "",
      metrics: MetricName.allCases.map { name in
        (
          name,
          PairedDifference(
            base: name.totals(comparison.baseRuns, comparison.base.conventions),
            candidate: name.totals(comparison.candidateRuns, comparison.candidate.conventions))
        )
      })
    let queueMatches = comparison.queues
    queues = queueMatches.map { pair in
      Scope(
        id: comparison.base.queues[pair.base].id,
        metrics: MetricName.allCases.filter { $0 != .occupancy }.map { name in
          (
            name,
            comparison.difference(
              { name.value(of: $0.queues[pair.base], comparison.base.conventions) },
              { name.value(of: $0.queues[pair.candidate], comparison.candidate.conventions) })
          )
        })
    }
    let teamMatches = comparison.teams
    teams = teamMatches.map { pair in
      Scope(
        id: comparison.base.teams[pair.base].id,
        metrics: MetricName.teamMetrics.map { name in
          (
            name,
            comparison.difference(
              { name.value(team: pair.base, in: $0, comparison.base.conventions) },
              { name.value(team: pair.candidate, in: $0, comparison.candidate.conventions) })
          )
        })
    }
    func unmatched(_ ids: [String], _ matched: [Int]) -> [String] {
      let kept = Set(matched)
      return ids.indices.filter { !kept.contains($0) }.map { ids[$0] }
    }
    let baseQueues = comparison.base.queues.map(\.id)
    let candidateQueues = comparison.candidate.queues.map(\.id)
    let baseTeams = comparison.base.teams.map(\.id)
    let candidateTeams = comparison.candidate.teams.map(\.id)
    onlyInBase = (
      unmatched(baseQueues, queueMatches.map(\.base)),
      unmatched(baseTeams, teamMatches.map(\.base))
    )
    onlyInCandidate = (
      unmatched(candidateQueues, queueMatches.map(\.candidate)),
      unmatched(candidateTeams, teamMatches.map(\.candidate))
    )
    baseOnly = Self.oneSided(
      onlyInBase, configuration: comparison.base, runs: comparison.baseRuns)
    candidateOnly = Self.oneSided(
      onlyInCandidate, configuration: comparison.candidate, runs: comparison.candidateRuns)
    let scopes =
      [(ComparisonChange.ScopeKind.total, total)] + queues.map { (.queue, $0) }
      + teams.map { (.team, $0) }
    changes = ComparisonChange.changes(scopes)
    unmoved = scopes.reduce(0) { $0 + $1.1.metrics.count } - changes.count
  }

  /// The figures of the queues and teams `ids` of `configuration`, over `runs`: the metrics a
  /// compared queue or team has.
  static func oneSided(
    _ ids: (queues: [String], teams: [String]), configuration: CentreConfiguration,
    runs: [RunStatistics]
  ) -> (queues: [OneSided], teams: [OneSided]) {
    let queueIndex = Dictionary(
      configuration.queues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first }
    )
    let teamIndex = Dictionary(
      configuration.teams.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let queues = ids.queues.compactMap { id in
      queueIndex[id].map { queue in
        OneSided(
          id: id,
          metrics: MetricName.allCases.filter { $0 != .occupancy }.map { name in
            (
              name,
              Estimate(
                replications: runs.map {
                  name.value(of: $0.queues[queue], configuration.conventions)
                })
            )
          })
      }
    }
    let teams = ids.teams.compactMap { id in
      teamIndex[id].map { team in
        OneSided(
          id: id,
          metrics: MetricName.teamMetrics.map { name in
            (
              name,
              Estimate(
                replications: runs.map { name.value(team: team, in: $0, configuration.conventions) }
              )
            )
          })
      }
    }
    return (queues, teams)
  }

  /// The shared seed.
  public var seed: UInt64 { comparison.base.seed }

  /// The replications of each side.
  public var replications: Int { comparison.replications }
}
