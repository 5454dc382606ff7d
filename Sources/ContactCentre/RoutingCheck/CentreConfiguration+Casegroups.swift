extension CentreConfiguration {
  /// How many casegroups the person working agent slot `slot` owns (orphaned ones included):
  /// a team's casegroups are shared out in turn among its caseworkers who take calls.
  public func casegroupCount(ownedBySlot slot: Int) -> Int {
    let layout = CentreLayout(self)
    let team = layout.agents[slot].team
    let owners = layout.caseworkers.range(team)
    let person = Int(layout.slotPerson[slot])
    guard
      let place = owners.firstIndex(where: { layout.caseworkers.element($0) == person })
    else { return 0 }
    let casegroups = layout.casegroupStart[team + 1] - layout.casegroupStart[team]
    let index = place - owners.lowerBound
    return index < casegroups ? (casegroups - index + owners.count - 1) / owners.count : 0
  }

  /// The casegroups of each team, numbered end to end in the order of `teams` (the numbers of
  /// the SCIN column of `calls.csv`); a team with no caseworker to own them has none.
  public var casegroupRanges: [Range<Int>] {
    let layout = CentreLayout(self)
    return teams.indices.map { layout.casegroupStart[$0]..<layout.casegroupStart[$0 + 1] }
  }
}
