import ContactCentre
import SimKernel

extension SummaryTable {
  /// Service requests per team that works them: arrived, closed, activities, caseworker hours,
  /// and those open at the end with their mean and greatest age; empty without SR types.
  static func serviceRequests(_ summary: RunSummary) -> String {
    guard let requests = summary.serviceRequests else { return "" }
    var table = TextTable([
      "SR team", "Arrived", "Closed", "Activities", "Hours", "Open at end", "Mean age",
      "Max age",
    ])
    func row(_ name: String, _ counts: ServiceRequestCounts) -> [String] {
      [
        name, Formatting.count(counts.arrived), Formatting.count(counts.closed),
        Formatting.count(counts.activitiesDone),
        Formatting.fixed(ServiceRequestSummary.hours(counts), decimals: 1),
        Formatting.count(counts.open), minutes(ServiceRequestSummary.meanAgeMinutes(counts)),
        minutes(ServiceRequestSummary.maxAgeMinutes(counts)),
      ]
    }
    for team in requests.teams { table.add(row(team.id, team.counts)) }
    table.add(row("All", requests.total))
    return "\n" + table.rendered()
  }

  /// Minutes with no decimals, "45 min"; "–" for none.
  private static func minutes(_ value: Double?) -> String {
    value.map { Formatting.fixed($0, decimals: 0) + " min" } ?? "–"
  }
}
