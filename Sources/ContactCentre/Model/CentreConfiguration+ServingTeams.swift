extension CentreConfiguration {
  /// The teams whose agents may take calls of `plan`'s queue: those its steps name, directly or
  /// through a segment, and for owner steps the teams owning casegroups (and their segments).
  public func servingTeams(ofPlan plan: Int) -> [Int] {
    var serving = Set<Int>()
    let owners = teams.indices.filter { teams[$0].casegroups > 0 }
    func segmentTeams(_ segment: Int) -> [Int] {
      teams.indices.filter { teams[$0].segment == segment }
    }
    for step in plans[plan].steps {
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
