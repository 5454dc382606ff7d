import ContactCentre

extension SummaryJSON {
  /// `casegroups`, when the scenario orphans or moves casegroups: those orphaned before the
  /// run, each orphaning and movement with the casegroups it changed, and the calls that met
  /// them — summed over replications.
  static func casegroups(_ summary: RunSummary) -> [(String, JSONOutput)] {
    let rules = summary.configuration.casegroups
    guard rules.orphanedShare > 0 || rules.hasEvents else { return [] }
    let tally = summary.casegroups
    let teams = summary.configuration.teams
    let segments = summary.configuration.segments
    return [
      (
        "casegroups",
        .object([
          ("orphanedAtStart", .int(tally.orphanedAtStart)),
          (
            "orphanings",
            .array(
              rules.orphanings.enumerated().map { index, event in
                .object(
                  [
                    ("caseworker", .string(event.staffNumber)),
                    ("reason", .string(event.reason.rawValue)),
                    ("orphaned", .int(tally.orphaned[index])),
                    ("recovered", .int(tally.recovered[index])),
                  ]
                    + (event.recoveredTo.map { [("recoveredTo", .string(teams[$0].id))] } ?? []))
              })
          ),
          (
            "movements",
            .array(
              rules.movements.enumerated().map { index, movement in
                .object([
                  ("reason", .string(movement.reason.rawValue)),
                  ("to", .string(segments[movement.segment])),
                  ("moved", .int(tally.moved[index])),
                ])
              })
          ),
          ("callsToOrphans", .int(tally.callsToOrphans)),
          ("callsToMoved", .int(tally.callsToMoved)),
        ])
      )
    ]
  }
}
