import ContactCentre

extension ReportHTML {
  /// The per-interval charts: calls, service level against target, ASA, agents by Pulse
  /// column. The script draws them from the embedded data for the chosen scope and day.
  static func charts(_ summary: RunSummary, _ series: ReportSeries) -> String {
    var html = "<section id=\"charts\" class=\"panel\">\n<h2>Through the day</h2>\n"
    guard series.count > 0 else {
      return html + "<p class=\"note\">Per-interval figures are kept with <code>--out</code>.</p>"
        + "\n</section>\n"
    }
    let perDay = summary.replications > 1 ? " (mean per replication)" : ""
    var charts: [(id: String, title: String, legend: [(String, String)])] = [
      (
        "chart-calls", "Calls per interval" + perDay,
        [("Offered", "c-offered"), ("Answered", "c-answered"), ("Abandoned", "c-abandoned")]
      ),
      ("chart-service", "Service level", [("Service level", "c-service")]),
      ("chart-asa", "Average speed of answer", [("ASA", "c-asa")]),
    ]
    if series.hasAgents {
      let groups: [PulseStateGroup] = [.talking, .afterCallWork, .ready, .notReady]
      charts.append(
        (
          "chart-agents", "Agents by state (average over the interval)" + perDay,
          groups.map { ($0.label, $0.colour.cssClass) }
        ))
    }
    html += "<noscript><p class=\"note\">The charts need JavaScript.</p></noscript>\n"
    html += "<div class=\"charts\">\n"
    for chart in charts {
      let legend = chart.legend.map {
        "<span><i class=\"swatch \($0.1)\"></i>\(HTML.escape($0.0))</span>"
      }.joined()
      html += "<figure class=\"chart-card\" id=\"\(chart.id)\"><figcaption>"
      html += "\(HTML.escape(chart.title))</figcaption><div class=\"legend\">\(legend)</div>\n"
      html += "<svg class=\"chart\" viewBox=\"0 0 640 250\" role=\"img\" "
      html += "aria-label=\"\(HTML.escape(chart.title))\"></svg></figure>\n"
    }
    html += "</div>\n"
    if !series.hasAgents {
      html += "<p class=\"note\">Agent time per interval was not kept in this run.</p>\n"
    }
    html += "<p class=\"note\">Talking includes calls ringing (Reserved), outbound calls and "
    html += "consults, as CC Pulse counts them.</p>\n</section>\n"
    return html
  }
}
