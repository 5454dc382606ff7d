extension CentreConfiguration {
  /// The queues of the AAC desk: those the calls of its area lines wait in.
  public var deskPlans: Set<Int> {
    var plans = Set<Int>()
    for line in lines where line.kind == .aac {
      for share in line.callTypes {
        if let plan = plan(line: lines.firstIndex(of: line)!, callType: share.callType) {
          plans.insert(plan)
        }
      }
    }
    return plans
  }

  /// Whether the run's totals leave the AAC desk out: when the scenario has lines of its own
  /// besides the desk's, its totals are the centre's (the desk has its own figures, per area).
  public var totalsLeaveOutDesk: Bool {
    aac != nil && lines.contains { $0.kind != .aac }
  }

  /// The queues counted in the run's totals: all, or all but the AAC desk's.
  public var plansInTotals: [Int] {
    guard totalsLeaveOutDesk else { return Array(plans.indices) }
    let desk = deskPlans
    return plans.indices.filter { !desk.contains($0) }
  }

  /// The teams counted in the run's totals (occupancy): all, or all but those that serve only
  /// the AAC desk's queues.
  public var teamsInTotals: [Int] {
    guard totalsLeaveOutDesk else { return Array(teams.indices) }
    let desk = deskPlans
    var centre = Set<Int>()
    var deskOnly = Set<Int>()
    for plan in plans.indices {
      if desk.contains(plan) {
        deskOnly.formUnion(servingTeams(ofPlan: plan))
      } else {
        centre.formUnion(servingTeams(ofPlan: plan))
      }
    }
    return teams.indices.filter { !deskOnly.contains($0) || centre.contains($0) }
  }
}
