import ContactCentre
import Planning
import SimKernel

extension BacktestReport {
  /// A page a planner reads: the day's table and, per scope, a chart per figure with the actual
  /// intervals beside the simulated mean and its 95 % band.
  public static func html(
    _ backtest: Backtest, configuration: CentreConfiguration, date: String
  ) -> String {
    let title = "Backtest of \(configuration.name) on \(date)"
    var html = HTML.head(
      title: HTML.escape(title) + " — ccsim",
      css: ReportStyle.css + ".c-actual{--c:#222}.c-sim{--c:#2f6fd0}.c-band{--c:#93c4f5}\n")
    html += """
      <body>
      <header>
      <h1>\(HTML.escape(title))</h1>
      <p class="facts">the actual callers replayed at their moments, \
      \(backtest.replications) replications; simulated − actual is the error</p>
      </header>
      <main>
      <section><h2>The day</h2>
      <pre>\(HTML.escape(table(backtest)))</pre>
      </section>

      """
    let labels = (0..<configuration.intervalCount).map { label(interval: $0, configuration) }
    for scope in backtest.scopes {
      let rows = backtest.intervals.filter { $0.scope == scope }
      html +=
        "<section><h2>\(HTML.escape(scope == Backtest.allQueues ? "All queues" : scope))</h2>\n"
      for metric in Backtest.Metric.allCases {
        let figures = rows.map { $0[metric] }
        guard figures.contains(where: { $0.actual != nil }) else { continue }
        let share = metric == .serviceLevel || metric == .abandonRate || metric == .occupancy
        let chart = SVGChart(
          title: label(metric), yTitle: label(metric), labels: labels, kind: .lines,
          series: [
            .init(name: "actual", cssClass: "c-actual", values: figures.map(\.actual)),
            .init(name: "simulated", cssClass: "c-sim", values: figures.map(\.simulated.mean)),
            .init(
              name: "simulated − 95 %", cssClass: "c-band",
              values: figures.map { band($0.simulated, -1) }),
            .init(
              name: "simulated + 95 %", cssClass: "c-band",
              values: figures.map { band($0.simulated, 1) }),
          ],
          tickFormat: { share ? Formatting.percent($0) : Formatting.fixed($0, decimals: 0) },
          valueFormat: { format(metric, $0) }, yMaximum: share ? 1 : nil)
        html += chart.render()
      }
      html += "</section>\n"
    }
    html += "</main>\n</body>\n</html>\n"
    return html
  }

  private static func band(_ estimate: Estimate, _ side: Double) -> Double? {
    guard let mean = estimate.mean else { return nil }
    return mean + side * (estimate.halfWidth95 ?? 0)
  }
}
