import ContactCentre
import SimKernel

/// Renders a run as one self-contained HTML page for team leaders (`report.html`): headline
/// figures against target, charts per interval, a replay of CC Pulse at any interval, tables
/// per queue, team and agent, and the day's agent-state timeline. The page can be switched to
/// one queue or one team (`ReportScope`), and a run of several days to one day.
///
/// Nothing is fetched: styles, charts (inline SVG), data and the small replay script are all in
/// the file. Every headline figure carries `data-metric` (a JSON Pointer into `summary.json`)
/// and `data-value` (the number as `summary.json` writes it), so the page can be checked
/// against the JSON; every string from the scenario is escaped.
public enum ReportHTML {
  /// The whole page.
  public static func render(_ summary: RunSummary) -> String {
    let configuration = summary.configuration
    let scopes = ReportScope.all(configuration, serving: configuration.queueTeams.serving)
    let series = ReportSeries(summary, scopes: scopes)
    let timeline = AgentTimeline(summary)
    let agents = agentRows(summary)
    var html = head(configuration)
    html += "<body>\n<main>\n"
    html += header(summary)
    html += controls(summary, scopes, series)
    // Without the series there is no script to switch scopes: the centre's figures only.
    html += scopes.prefix(series.count > 0 ? scopes.count : 1).map { headline(summary, $0) }
      .joined()
    html += charts(summary, series)
    html += replay(summary, series, timeline)
    html += queueTable(summary)
    html += teamTable(summary, agents)
    html += backOffice(summary)
    html += timelineSection(summary, timeline)
    html += agentTable(summary, agents)
    html += "<footer>Written by ccsim. Self-contained: no network, no external files.</footer>\n"
    html += "</main>\n"
    if series.count > 0 {
      let data = ReportData.document(
        summary, scopes: scopes, series: series, timeline: timeline)
      html += "<script type=\"application/json\" id=\"report-data\">"
      html += HTML.scriptSafeJSON(data.compact()) + "</script>\n"
      html += "<script>\n" + ReportScript.source + "</script>\n"
    }
    html += "</body>\n</html>\n"
    return html
  }

  private static func head(_ configuration: CentreConfiguration) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(HTML.escape(configuration.name)) — ccsim report</title>
    <link rel="icon" href="data:,">
    <style>
    \(ReportStyle.css)</style>
    </head>

    """
  }

  private static func header(_ summary: RunSummary) -> String {
    let configuration = summary.configuration
    let start = configuration.startOfDay
    var facts = [
      "seed \(configuration.seed)",
      summary.replications == 1 ? "1 replication" : "\(summary.replications) replications",
      "\(Formatting.clock(start))–\(Formatting.clock(start + configuration.duration))",
      "\(durationLabel(configuration.interval)) intervals",
      "service level target \(Formatting.percent(configuration.serviceLevelTarget)) answered "
        + "in \(durationLabel(configuration.serviceLevelThreshold))",
    ]
    if configuration.warmup > .zero {
      facts.append("warm-up \(durationLabel(configuration.warmup)) not counted")
    }
    var html = "<header>\n<h1>\(HTML.escape(configuration.name))</h1>\n<p class=\"facts\">"
    html += facts.map(HTML.escape).joined(separator: " · ")
    if let emergency = configuration.emergency {
      html += " <span class=\"badge\">Emergency: \(HTML.escape(emergency))</span>"
    }
    html += "</p>\n<nav><a href=\"#charts\">Intervals</a><a href=\"#replay\">Replay</a>"
    html += "<a href=\"#queues\">Queues</a><a href=\"#teams\">Teams</a>"
    if summary.aac != nil || summary.incidents != nil || summary.exceptions != nil {
      html += "<a href=\"#aac\">AAC and back office</a>"
    }
    html += "<a href=\"#timeline\">Timeline</a><a href=\"#agents\">Agents</a></nav>\n</header>\n"
    return html
  }

  /// "15 min", "1 h", "20 s", "1 h 30 min".
  static func durationLabel(_ duration: SimDuration) -> String {
    let seconds = Int(duration.microseconds / 1_000_000)
    guard seconds % 60 == 0, seconds > 0 else { return "\(seconds) s" }
    let minutes = seconds / 60
    guard minutes >= 60 else { return "\(minutes) min" }
    return minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
  }
}
