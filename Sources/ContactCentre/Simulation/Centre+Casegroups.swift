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
}
