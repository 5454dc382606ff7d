import ContactCentre
import Planning
import SimKernel

/// A schedule's HTML page (`ccsim schedule --report FILE`): per scheduled team, a chart of the
/// agents required against the agents scheduled (working, and logged in: the gap between them
/// is the agents on a break), drawn with the run report's chart code and style, then the
/// intervals short of the goal.
public enum ScheduleHTML {
  public static func render(_ result: ScheduleSearch.Result) -> String {
    let configuration = result.configuration
    let labels = (0..<configuration.intervalCount).map {
      StaffingCSV.start(of: $0, in: configuration)
    }
    var body = ""
    for team in result.teams {
      let chart = SVGChart(
        title: "Team \(team.id): agents required and scheduled", yTitle: "Agents",
        labels: labels, kind: .lines,
        series: [
          .init(
            name: "Required", cssClass: "c-abandoned", values: team.required.map(Double.init)),
          .init(
            name: "Scheduled (working)", cssClass: "c-answered",
            values: team.working.map(Double.init)),
          .init(
            name: "Logged in (with breaks)", cssClass: "c-offered",
            values: team.loggedIn.map(Double.init)),
        ],
        tickFormat: { Formatting.fixed($0, decimals: 0) },
        valueFormat: { Formatting.fixed($0, decimals: 0) })
      body += "<section>\n<h2>\(HTML.escape("Team \(team.id)"))</h2>\n"
      body += "<p>\(team.solution.counts.reduce(0, +)) shifts, "
      body += "\(Formatting.fixed(team.paidHours, decimals: 2)) paid hours"
      if team.unmet.isEmpty {
        body += "; every interval meets the goal.</p>\n"
      } else {
        let times = team.unmet.map { labels[$0] }.joined(separator: ", ")
        body += "; short of the goal at \(HTML.escape(times)).</p>\n"
      }
      body += chart.render() + "</section>\n"
    }
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTML.escape(configuration.name)) — ccsim schedule</title>
      <link rel="icon" href="data:,">
      <style>
      \(ReportStyle.css)
      </style>
      </head>
      <body>
      <main>
      <h1>\(HTML.escape(configuration.name)) — schedule</h1>
      <p>Goal in every interval: \(HTML.escape(StaffingTable.goal(result.goal))); \
      \(result.passes) simulations of the schedule with its breaks placed, \
      \(result.replications) replications each.</p>
      \(body)</main>
      </body>
      </html>

      """
  }
}
