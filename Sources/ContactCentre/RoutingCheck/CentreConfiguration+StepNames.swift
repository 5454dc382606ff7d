extension CentreConfiguration {
  /// The names of plan `plan`'s steps, as routing tests write them: `owner`, `ownerTeam`,
  /// `ownerSegment`, or the ids of a step's teams or segments joined by `+` (`gich`,
  /// `maintenance-north+maintenance-south`). A name repeated in the plan gets `#2`, `#3`, ….
  public func stepNames(plan: Int) -> [String] {
    var names: [String] = []
    for step in plans[plan].steps {
      let base: String
      switch step.target {
      case .owner: base = "owner"
      case .ownerTeam: base = "ownerTeam"
      case .ownerSegment: base = "ownerSegment"
      case .teams(let chosen): base = chosen.map { teams[$0].id }.joined(separator: "+")
      case .segments(let chosen): base = chosen.map { segments[$0] }.joined(separator: "+")
      }
      var name = base
      var suffix = 2
      while names.contains(name) {
        name = "\(base)#\(suffix)"
        suffix += 1
      }
      names.append(name)
    }
    return names
  }

  /// How an agent slot is named in routing tests and their reports: the staff number, or the
  /// team and the agent's number in the team's roster (`gich agent 3`) for an agent without
  /// one.
  public func agentName(slot: Int) -> String {
    let slots = roster
    let entry = slots[slot]
    if let number = entry.profile.staffNumber { return number }
    let first = slots.firstIndex { $0.team == entry.team } ?? slot
    return "\(teams[entry.team].id) agent \(slot - first + 1)"
  }
}
