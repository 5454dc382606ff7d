import ContactCentre

/// The points of a sweep's grid, in grid order, each made when it is asked for: the sweep holds
/// one configuration per variant, never one per point, so a shard touches only its own points.
///
/// Point p's levels are p's digits in the mixed radix of the factors' level counts, the last
/// factor's the lowest. Its queues and teams (with their headcounts) are read from what the
/// grid computed once per variant and agents level; its configuration is made at each access.
public struct SweepPoints: RandomAccessCollection, Sendable {
  /// The factors, in grid order: the agents factors, then the variant, then the demand.
  let factors: [Sweep.Factor]
  /// Each variant's configuration with the sweep's seed, in the order of its levels (the base
  /// scenario alone when there is no variant factor).
  let variants: [CentreConfiguration]
  /// Each variant's queue ids.
  private let queues: [[String]]
  /// Each variant's teams with their headcounts.
  private let teams: [[(id: String, agents: Int)]]
  /// Per agents factor and variant: the team's position, and its headcount at each level.
  private let scaledTeams: [[(position: Int, headcounts: [Int])]]

  public var startIndex: Int { 0 }
  public let endIndex: Int

  /// The grid of `factors` over `variants`, which must have every agents factor's team with
  /// call-taking agents to scale from whenever a level asks for some.
  init(factors: [Sweep.Factor], variants: [CentreConfiguration]) {
    self.factors = factors
    self.variants = variants
    endIndex = factors.reduce(1) { $0 * $1.levels.count }
    queues = variants.map { $0.queues.map(\.id) }
    teams = variants.map { $0.teams.map { ($0.id, $0.headcount) } }
    scaledTeams = factors.map { factor in
      guard case .agents(let team) = factor.kind else { return [] }
      return variants.map { variant in
        let position = variant.teams.firstIndex { $0.id == team }!
        let headcounts = factor.levels.map { level in
          guard case .agents(let count) = level else { return 0 }
          return variant.teams[position].withCallTakers(count)!.headcount
        }
        return (position, headcounts)
      }
    }
  }

  /// Point `position` of the grid.
  ///
  /// - Complexity: O(factors + teams); the configuration is made when it is read.
  public subscript(position: Int) -> Sweep.Point {
    precondition(indices.contains(position), "no point \(position) in the grid")
    var choices = Array(repeating: 0, count: factors.count)
    var rest = position
    for factor in factors.indices.reversed() {
      choices[factor] = rest % factors[factor].levels.count
      rest /= factors[factor].levels.count
    }
    let variant = factors.firstIndex { $0.kind == .variant }.map { choices[$0] } ?? 0
    var teams = teams[variant]
    for (factor, scaled) in scaledTeams.enumerated() where !scaled.isEmpty {
      teams[scaled[variant].position].agents = scaled[variant].headcounts[choices[factor]]
    }
    return Sweep.Point(
      index: position, levels: factors.indices.map { factors[$0].levels[choices[$0]] },
      queues: queues[variant], teams: teams, variant: variants[variant], factors: factors)
  }
}
