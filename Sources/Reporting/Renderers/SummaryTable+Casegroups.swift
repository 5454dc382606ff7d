import ContactCentre

extension SummaryTable {
  /// One line for orphaned and moved casegroups and the calls that met them, when the scenario
  /// orphans or moves some.
  static func casegroupsLine(_ summary: RunSummary) -> String? {
    let rules = summary.configuration.casegroups
    guard rules.orphanedShare > 0 || rules.hasEvents else { return nil }
    let tally = summary.casegroups
    let orphaned = tally.orphanedAtStart + tally.orphaned.reduce(0, +)
    var line = "Casegroups: \(Formatting.count(orphaned)) orphaned"
    if !rules.orphanings.isEmpty {
      line += " (\(Formatting.count(tally.recovered.reduce(0, +))) recovered by local IT)"
    }
    if !rules.movements.isEmpty {
      line += ", \(Formatting.count(tally.moved.reduce(0, +))) moved"
    }
    line += "; \(Formatting.count(tally.callsToOrphans)) calls met an orphaned casegroup"
    if !rules.movements.isEmpty {
      line += ", \(Formatting.count(tally.callsToMoved)) a moved one"
    }
    return line
  }
}
