import ContactCentre

extension ReportHTML {
  /// Per-interval charts: calls, service level against target, ASA, agents by state.
  static func charts(_ summary: RunSummary, _ series: IntervalSeries) -> String {
    var html = "<section id=\"charts\" class=\"panel\">\n<h2>Through the day</h2>\n"
    guard series.count > 0 else {
      return html + "<p class=\"note\">Per-interval figures are kept with <code>--out</code>.</p>"
        + "\n</section>\n"
    }
    let configuration = summary.configuration
    let pulse = configuration.pulse
    let perDay = summary.replications > 1 ? " (mean per replication)" : ""
    let count: (Double) -> String = {
      summary.replications > 1
        ? Formatting.fixed($0, decimals: 1) : Formatting.fixed($0, decimals: 0)
    }
    let whole: (Double) -> String = { SVGChart.coordinate($0, decimals: 1) }
    let percent: (Double) -> String = { Formatting.fixed($0 * 100, decimals: 0) + " %" }
    var charts = [
      SVGChart(
        title: "Calls per interval" + perDay, yTitle: "calls", labels: series.labels,
        kind: .lines,
        series: [
          .init(name: "Offered", cssClass: "c-offered", values: series.total.map(\.offered)),
          .init(name: "Answered", cssClass: "c-answered", values: series.total.map(\.answered)),
          .init(
            name: "Abandoned", cssClass: "c-abandoned", values: series.total.map(\.abandoned)),
        ],
        tickFormat: whole, valueFormat: count),
      SVGChart(
        title: "Service level, all queues",
        yTitle: "answered in "
          + durationLabel(configuration.serviceLevelThreshold),
        labels: series.labels, kind: .lines,
        series: [
          .init(
            name: "Service level", cssClass: "c-service", values: series.total.map(\.serviceLevel),
            level: { pulse.level(serviceLevel: $0) })
        ],
        tickFormat: percent, valueFormat: { Formatting.percent($0) }, yMaximum: 1,
        target: (
          configuration.serviceLevelTarget,
          "target \(Formatting.percent(configuration.serviceLevelTarget))"
        )),
      SVGChart(
        title: "Average speed of answer", yTitle: "seconds", labels: series.labels, kind: .lines,
        series: [
          .init(
            name: "ASA", cssClass: "c-asa", values: series.total.map(\.averageSpeedOfAnswer))
        ],
        tickFormat: whole, valueFormat: { Formatting.seconds($0) },
        target: (
          configuration.serviceLevelThreshold.seconds,
          "threshold \(durationLabel(configuration.serviceLevelThreshold))"
        )),
    ]
    if !series.agents.isEmpty {
      charts.append(
        SVGChart(
          title: "Agents by state (average over the interval)", yTitle: "agents",
          labels: series.labels, kind: .stackedBars,
          series: AgentState.reportOrder.filter { $0 != .loggedOut }.map { state in
            .init(
              name: state.pulseLabel, cssClass: state.cssClass,
              values: series.agents.map { $0[state] })
          },
          tickFormat: whole, valueFormat: { Formatting.fixed($0, decimals: 1) }))
    }
    html += "<div class=\"charts\">\n" + charts.map { $0.render() }.joined() + "</div>\n"
    if series.agents.isEmpty {
      html += "<p class=\"note\">Agent time per interval was not kept in this run.</p>\n"
    }
    html += "</section>\n"
    return html
  }
}
