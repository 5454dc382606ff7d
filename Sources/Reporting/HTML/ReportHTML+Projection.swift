import ContactCentre
import SimKernel

extension ReportHTML {
  /// The rest of the day from a snapshot (`ccsim run --from`): what stood at the instant, the
  /// run-rate factors and what-if changes, then per queue a chart of the service level and the
  /// calls offered — the actuals so far, the projection after with its 95 % band, the day
  /// without the what-if changes beside it when there are some — and the table of
  /// `ProjectionTable`. Nothing for a run of the whole day.
  static func projection(_ summary: RunSummary) -> String {
    guard let report = summary.projection else { return "" }
    let configuration = summary.configuration
    let at = Formatting.clock(configuration.startOfDay + report.time.sinceStart)
    // The band's and the unchanged day's colours: only a page with a projection has them.
    var html = "<section id=\"projection\">\n"
    html += "<style>.c-band{--c:#9dbbe8}.c-unchanged{--c:#8a8a8a}"
    html += ".series.c-unchanged{stroke-dasharray:5 3}</style>\n"
    html += "<h2>Rest of the day from \(at)</h2>\n<p>"
    let states = AgentState.allCases.compactMap { state in
      report.agents[state].map { "\($0) \(state.reportName)" }
    }
    html += HTML.escape(
      "At \(at): \(report.waiting.reduce(0, +)) callers waiting; agents "
        + (states.isEmpty ? "none" : states.joined(separator: ", ")) + ".")
    if let arrivals = report.arrivals {
      html += "<br>" + HTML.escape(ProjectionTable.factor("Arrivals", arrivals))
    }
    if let handleTime = report.handleTime {
      html += "<br>" + HTML.escape(ProjectionTable.factor("Handle time", handleTime))
    }
    for change in report.changes { html += "<br>What-if: " + HTML.escape(change) }
    if report.hasUnchanged {
      html += "<br>" + HTML.escape(ProjectionTable.unchangedNote)
    }
    html += "</p>\n"
    let labels = (0..<configuration.intervalCount).map {
      ProjectionTable.start($0, configuration)
    }
    for queue in configuration.queues.indices {
      let rows = report.rows.filter { $0.queue == queue }
      guard !rows.isEmpty else { continue }
      let id = HTML.escape(configuration.queues[queue].id)
      html += "<h3>Queue \(id)</h3>\n<div class=\"charts\">\n"
      html += chart(
        "Service level", rows, labels, \.serviceLevel, share: true,
        target: configuration.serviceLevelTarget)
      html += chart("Calls offered", rows, labels, \.offered, share: false, target: nil)
      html += "</div>\n" + table(rows, configuration)
    }
    return html + "</section>\n"
  }

  /// A chart of one figure: actual, projected, the projection's 95 % band, and the projection
  /// without the what-if changes when there are some.
  private static func chart(
    _ title: String, _ rows: [ProjectionReport.Row], _ labels: [String],
    _ figure: KeyPath<ProjectionReport.Row, Estimate>, share: Bool, target: Double?
  ) -> String {
    var actual = [Double?](repeating: nil, count: labels.count)
    var projected = actual
    var unchanged = actual
    var low = actual
    var high = actual
    for row in rows where labels.indices.contains(row.interval) {
      let estimate = row[keyPath: figure]
      switch row.kind {
      case .actual: actual[row.interval] = estimate.mean
      case .unchanged: unchanged[row.interval] = estimate.mean
      case .projected:
        projected[row.interval] = estimate.mean
        if let mean = estimate.mean, let half = estimate.halfWidth95 {
          low[row.interval] = max(0, mean - half)
          high[row.interval] = share ? min(1, mean + half) : mean + half
        }
      }
    }
    var series: [SVGChart.Series] = [
      .init(name: "Actual", cssClass: "c-answered", values: actual),
      .init(name: "Projected", cssClass: "c-offered", values: projected),
      .init(name: "95 % low", cssClass: "c-band", values: low),
      .init(name: "95 % high", cssClass: "c-band", values: high),
    ]
    if rows.contains(where: { $0.kind == .unchanged }) {
      series.append(.init(name: "Unchanged", cssClass: "c-unchanged", values: unchanged))
    }
    let format: (Double) -> String =
      share ? { Formatting.percent($0) } : { Formatting.fixed($0, decimals: 1) }
    let chart = SVGChart(
      title: title, yTitle: share ? "share" : "calls", labels: labels, kind: .lines,
      series: series,
      tickFormat: share
        ? { HTML.coordinate($0 * 100, decimals: 0) + " %" }
        : {
          HTML.coordinate($0, decimals: 1)
        }, valueFormat: format, yMaximum: share ? 1 : nil,
      target: target.map { ($0, "target " + Formatting.percent($0)) })
    return chart.render()
  }

  private static func table(_ rows: [ProjectionReport.Row], _ configuration: CentreConfiguration)
    -> String
  {
    var html = "<table class=\"figures\">\n<thead><tr><th>Interval</th><th></th>"
    html += "<th>Offered</th><th>Service level</th><th>ASA</th><th>Abandon rate</th>"
    html += "<th>AHT</th></tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr><th>\(ProjectionTable.start(row.interval, configuration))</th>"
      html += "<td>\(row.kind.rawValue)</td>"
      let cells = [
        ProjectionTable.offered(row),
        ProjectionTable.band(row.serviceLevel, Formatting.percent),
        ProjectionTable.band(row.averageSpeedOfAnswer, Formatting.seconds),
        ProjectionTable.band(row.abandonRate, Formatting.percent),
        ProjectionTable.band(row.averageHandleTime, Formatting.seconds),
      ]
      html += cells.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }
}
