extension CentreConfiguration {
  /// The teams whose agents may take calls of `plan`'s queue: those its steps name, directly or
  /// through a segment, and for owner steps the teams owning casegroups (and their segments).
  public func servingTeams(ofPlan plan: Int) -> [Int] {
    teams(reachedBy: plans[plan].steps)
  }

  /// The teams `plan`'s queue offers its calls to from the moment they queue: those of its
  /// steps with the least delay (the teams reached only later take its overflow).
  public func firstTeams(ofPlan plan: Int) -> [Int] {
    let steps = plans[plan].steps
    guard let first = steps.map(\.after).min() else { return [] }
    return teams(reachedBy: steps.filter { $0.after == first })
  }

  private func teams(reachedBy steps: [RoutingStep]) -> [Int] {
    var serving = Set<Int>()
    let owners = teams.indices.filter { teams[$0].casegroups > 0 }
    func segmentTeams(_ segment: Int) -> [Int] {
      teams.indices.filter { teams[$0].segment == segment }
    }
    for step in steps {
      switch step.target {
      case .teams(let named): serving.formUnion(named)
      case .segments(let named): for segment in named { serving.formUnion(segmentTeams(segment)) }
      case .owner, .ownerTeam: serving.formUnion(owners)
      case .ownerSegment:
        serving.formUnion(owners)
        for team in owners {
          if let segment = teams[team].segment { serving.formUnion(segmentTeams(segment)) }
        }
      }
    }
    return serving.sorted()
  }
}
