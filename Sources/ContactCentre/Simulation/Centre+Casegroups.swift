import SimKernel

extension Centre {
  /// Counts, once per replication, the casegroups orphaned before the run and what the
  /// scenario's named events do to casegroups within it (`CasegroupTally`).
  mutating func countCasegroups() {
    let rules = configuration.casegroups
    let total = layout.casegroupStart.last ?? 0
    if rules.orphanedShare > 0 {
      var orphaned = 0
      for casegroup in 0..<total where callers.isOrphaned(casegroup) { orphaned += 1 }
      recorder.statistics.casegroups.orphanedAtStart = orphaned
    }
    callers.ownership?.census(into: &recorder.statistics.casegroups, before: end)
  }

  /// Who holds `casegroup`, first held by `team`, at `now`: the team and the owner (a person),
  /// −1 when nobody can see it — orphaned (`Callers.isOrphaned`, or the scenario's events:
  /// `CasegroupOwnership`) or its team has no caseworkers. Otherwise the team's caseworkers own
  /// its casegroups in turn. Callers and service requests find their owner here.
  func casegroupHolder(_ casegroup: Int, team: Int, at now: SimInstant)
    -> CasegroupOwnership.Holder
  {
    Self.holder(of: casegroup, team: team, at: now, callers: callers, layout: layout)
  }

  /// `casegroupHolder` for a caller in a mutating method (a call's ring): the same answer.
  /// Called from a mutating method, the non-mutating one is handed a copy of the whole centre
  /// (a memcpy of ~6 KB per call with a casegroup: ~320 instructions per call on national);
  /// this one borrows it in place.
  mutating func casegroupHolderInPlace(_ casegroup: Int, team: Int, at now: SimInstant)
    -> CasegroupOwnership.Holder
  {
    Self.holder(of: casegroup, team: team, at: now, callers: callers, layout: layout)
  }

  /// The body of both: the holder from the callers' ownership and the layout's caseworkers.
  @inline(__always)
  static func holder(
    of casegroup: Int, team: Int, at now: SimInstant, callers: borrowing Callers,
    layout: borrowing CentreLayout
  ) -> CasegroupOwnership.Holder {
    // Through optional chaining, not `if let`: binding the ownership would copy it (a memcpy
    // per call).
    if let holder = callers.ownership?.holder(of: casegroup, team: team, at: now) {
      return holder
    }
    let owners = layout.caseworkers.range(team)
    guard !owners.isEmpty, !callers.isOrphaned(casegroup) else {
      return CasegroupOwnership.Holder(team: team, person: -1)
    }
    let place = casegroup - layout.casegroupStart[team]
    return CasegroupOwnership.Holder(
      team: team, person: layout.caseworkers.element(owners.lowerBound + place % owners.count))
  }
}
