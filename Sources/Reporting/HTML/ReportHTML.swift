import ContactCentre
import SimKernel

/// Renders a run as one self-contained HTML page for team leaders (`report.html`): headline
/// figures against target, charts per interval, a replay of CC Pulse at any interval, tables
/// per queue, team and agent, and the day's agent-state timeline.
///
/// Nothing is fetched: styles, charts (inline SVG), data and the small replay script are all in
/// the file. Every headline figure carries `data-metric` (a JSON Pointer into `summary.json`)
/// and `data-value` (the number as `summary.json` writes it), so the page can be checked
/// against the JSON; every string from the scenario is escaped.
public enum ReportHTML {
  /// The whole page.
  public static func render(_ summary: RunSummary) -> String {
    let series = IntervalSeries(summary)
    let timeline = AgentTimeline(summary)
    let agents = agentRows(summary)
    var html = head(summary.configuration)
    html += "<body>\n<main>\n"
    html += header(summary)
    html += headline(summary)
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
      let data = ReplayData.document(summary, series: series, timeline: timeline)
      html += "<script type=\"application/json\" id=\"replay-data\">"
      html += HTML.scriptSafeJSON(data.compact()) + "</script>\n"
      html += "<script>\n" + ReportAssets.script + "</script>\n"
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
    \(ReportAssets.css)</style>
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

  /// The run's figures against target, coloured by the Pulse thresholds.
  private static func headline(_ summary: RunSummary) -> String {
    let configuration = summary.configuration
    let pulse = configuration.pulse
    let metrics = summary.total.metrics
    let serviceLevel = metrics[.serviceLevel]?.mean
    var gap = ""
    if let serviceLevel {
      let points = (configuration.serviceLevelTarget - serviceLevel) * 100
      gap =
        points > 0
        ? "; \(Formatting.fixed(points, decimals: 1)) points below target"
        : "; target met"
    }
    let cards: [(MetricName, PulseLevel?, String)] = [
      (
        .serviceLevel, serviceLevel.map { pulse.level(serviceLevel: $0) },
        "target \(Formatting.percent(configuration.serviceLevelTarget)) in "
          + "\(durationLabel(configuration.serviceLevelThreshold))\(gap)"
      ),
      (
        .abandonRate, metrics[.abandonRate]?.mean.map { pulse.level(abandonRate: $0) },
        "amber above \(Formatting.percent(pulse.abandonRateAmber)), red above "
          + Formatting.percent(pulse.abandonRateRed)
      ),
      (.averageSpeedOfAnswer, nil, "mean wait of answered calls"),
      (.averageHandleTime, nil, "talk, hold and after call work"),
      (.occupancy, nil, "busy share of Ready and busy time"),
      (
        .longestWait, metrics[.longestWait]?.mean.map { pulse.level(longestWait: .seconds($0)) },
        "amber above \(durationLabel(pulse.longestWaitAmber)), red above "
          + durationLabel(pulse.longestWaitRed)
      ),
      (.probabilityOfWait, nil, "answered after a wait, or abandoned"),
    ]
    var html = "<section class=\"headline\" aria-label=\"Headline figures\">\n"
    for (metric, level, note) in cards {
      let estimate = metrics[metric]
      let format = metric.isShare ? Formatting.percent : Formatting.seconds
      html +=
        "<div class=\"card \(level?.cssClass ?? "")\"><div class=\"label\">\(metric.label)</div>"
      let mean = HTML.figure(HTML.pointer("metrics", metric.rawValue, "mean"), estimate?.mean)
      html += "<div class=\"value\"\(mean)>"
      html += "\(format(estimate?.mean))</div>"
      if let halfWidth = estimate?.halfWidth95 {
        let figure = HTML.figure(
          HTML.pointer("metrics", metric.rawValue, "halfWidth95"), halfWidth)
        html += "<div class=\"hw\"\(figure)>"
        html += "± \(format(halfWidth)) (95 %)</div>"
      }
      html += "<div class=\"note\">\(HTML.escape(note))</div></div>\n"
    }
    html += "</section>\n<section class=\"counts\" aria-label=\"Calls\">\n"
    let calls = summary.total.calls
    let counts: [(String, String, Int)] = [
      ("offered", "Offered", calls.offered),
      ("answered", "Answered", calls.answered),
      ("abandoned", "Abandoned", calls.abandoned),
      ("shortAbandoned", "Short abandons", calls.shortAbandoned),
      ("answeredWithinThreshold", "Within threshold", calls.answeredWithinThreshold),
      ("unresolvedAtEnd", "Unresolved at end", calls.unresolvedAtEnd),
    ]
    for (key, label, value) in counts {
      let figure = HTML.figure(HTML.pointer("calls", key), value)
      html += "<div class=\"count\"><span class=\"value\"\(figure)>"
      html += "\(Formatting.count(value))</span><span class=\"label\">\(label)</span></div>\n"
    }
    if summary.replications > 1 {
      html += "<p class=\"note\">Counts are summed over \(summary.replications) replications; "
      html += "metrics are the mean over replications with a 95 % half-width.</p>\n"
    }
    html += "</section>\n"
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
