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
    var html = ""
    render(summary, to: &html)
    return html
  }

  /// Writes the page to `output` a section at a time: the page is never held whole.
  public static func render(_ summary: RunSummary, to output: inout some TextOutputStream) {
    let configuration = summary.configuration
    let scopes = ReportScope.all(configuration, serving: configuration.queueTeams.serving)
    let series = ReportSeries(summary, scopes: scopes)
    let timeline = AgentTimeline(summary)
    let agents = agentRows(summary)
    output.write(head(configuration))
    output.write("<body>\n<main>\n")
    output.write(header(summary))
    output.write(controls(summary, scopes, series))
    // Without the series there is no script to switch scopes: the centre's figures only.
    for scope in scopes.prefix(series.count > 0 ? scopes.count : 1) {
      output.write(headline(summary, scope))
    }
    output.write(projection(summary))
    output.write(charts(summary, series))
    output.write(replay(summary, series, timeline))
    output.write(queueTable(summary))
    output.write(teamTable(summary, agents))
    output.write(backOffice(summary))
    output.write(serviceRequests(summary))
    timelineSection(summary, timeline, to: &output)
    output.write(agentTable(summary, agents))
    output.write(
      "<footer>Written by ccsim. Self-contained: no network, no external files.</footer>\n")
    output.write("</main>\n")
    if series.count > 0 {
      output.write("<script type=\"application/json\" id=\"report-data\">")
      ReportData.write(summary, scopes: scopes, series: series, timeline: timeline, to: &output)
      output.write("</script>\n")
      output.write("<script>\n" + ReportScript.source + "</script>\n")
    }
    output.write("</body>\n</html>\n")
  }

  private static func head(_ configuration: CentreConfiguration) -> String {
    HTML.head(title: "\(HTML.escape(configuration.name)) — ccsim report", css: ReportStyle.css)
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
    if summary.projection != nil {
      facts.append(
        "counted from the snapshot at \(Formatting.clock(start + configuration.warmup))")
    } else if configuration.warmup > .zero {
      facts.append("warm-up \(durationLabel(configuration.warmup)) not counted")
    }
    var html = "<header>\n<h1>\(HTML.escape(configuration.name))</h1>\n<p class=\"facts\">"
    html += facts.map(HTML.escape).joined(separator: " · ")
    if let emergency = configuration.emergency {
      html += " <span class=\"badge\">Emergency: \(HTML.escape(emergency))</span>"
    }
    html += "</p>\n<nav>"
    if summary.projection != nil { html += "<a href=\"#projection\">Rest of the day</a>" }
    html += "<a href=\"#charts\">Intervals</a><a href=\"#replay\">Replay</a>"
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
