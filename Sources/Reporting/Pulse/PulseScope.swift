import ContactCentre

/// Which queues a team leader watching one team sees: those whose routing plan can offer a
/// call to the team.
enum PulseScope {
  /// The queues (plan indices) whose steps can reach `team`, in plan order.
  static func queues(reaching team: Int, in configuration: CentreConfiguration) -> [Int] {
    configuration.plans.indices.filter { plan in
      configuration.plans[plan].steps.contains {
        reaches($0.target, team: team, configuration)
      }
    }
  }

  /// Whether `target` can name an agent of `team`: the team itself, its segment, or — for the
  /// owner's steps — a team that owns casegroups (or shares a segment with one that does).
  static func reaches(
    _ target: RoutingTarget, team: Int, _ configuration: CentreConfiguration
  ) -> Bool {
    let teams = configuration.teams
    let segment = teams[team].segment
    switch target {
    case .teams(let list):
      return list.contains(team)
    case .segments(let list):
      return segment.map(list.contains) ?? false
    case .owner, .ownerTeam:
      return teams[team].casegroups > 0
    case .ownerSegment:
      guard let segment else { return false }
      return teams.contains { $0.segment == segment && $0.casegroups > 0 }
    }
  }
}
