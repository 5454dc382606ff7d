import ContactCentre
import SimKernel

extension ReportHTML {
  /// Service requests per team that works them, and all together: arrived, closed, activities
  /// done, caseworker hours, open at the end and their mean and greatest age; empty without SR
  /// types.
  static func serviceRequests(_ summary: RunSummary) -> String {
    guard let requests = summary.serviceRequests else { return "" }
    var html = "<section id=\"service-requests\" class=\"panel\">\n"
    html += "<h2>Service requests</h2>\n<table class=\"figures\">\n<thead><tr><th>Team</th>"
    html += "<th>Arrived</th><th>Closed</th><th>Activities done</th><th>Caseworker hours</th>"
    html += "<th>Open at the end</th><th>Mean age (min)</th><th>Greatest age (min)</th>"
    html += "</tr></thead>\n<tbody>\n"
    func row(_ label: String, _ path: [String], _ counts: ServiceRequestCounts, total: Bool)
      -> String
    {
      var row = total ? "<tr class=\"total\">" : "<tr>"
      row += "<th>\(HTML.escape(label))</th>"
      for (key, value) in [
        ("arrived", counts.arrived), ("closed", counts.closed),
        ("activitiesDone", counts.activitiesDone),
      ] {
        row += "<td\(HTML.figure(pointer(path + [key]), value))>\(Formatting.count(value))</td>"
      }
      let hours = ServiceRequestSummary.hours(counts)
      row += "<td\(HTML.figure(pointer(path + ["caseworkerHours"]), hours))>"
      row += "\(Formatting.fixed(hours, decimals: 1))</td>"
      row += "<td\(HTML.figure(pointer(path + ["openAtEnd"]), counts.open))>"
      row += "\(Formatting.count(counts.open))</td>"
      for (key, value) in [
        ("meanAgeAtEndMinutes", ServiceRequestSummary.meanAgeMinutes(counts)),
        ("maxAgeAtEndMinutes", ServiceRequestSummary.maxAgeMinutes(counts)),
      ] {
        row += "<td\(HTML.figure(pointer(path + [key]), value))>"
        row += "\(value.map { Formatting.fixed($0, decimals: 0) } ?? "—")</td>"
      }
      return row + "</tr>\n"
    }
    for team in requests.teams {
      html += row(team.id, ["serviceRequests", "teams", team.id], team.counts, total: false)
    }
    html += row("All", ["serviceRequests", "total"], requests.total, total: true)
    html += "</tbody>\n</table>\n"
    html += "<p class=\"note\">Case owning SRs are counted under the casegroup owner's team,"
    html += " functionally unique ones under the specialist team of the area of the person they"
    html += " are raised against. Each activity is worked in NotReady – Customer Related Clerical"
    html += " Work when no call waits; an SR closes when its last activity is done."
    if summary.replications > 1 {
      html += " Counts and hours are summed over \(summary.replications) replications."
    }
    html += "</p>\n</section>\n"
    return html
  }
}
