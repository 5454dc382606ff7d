import Calibration

extension FitReport {
  /// `fit.html`: per queue, a Q-Q plot of each fitted time against its chosen family, the
  /// Kaplan–Meier survival of patience against the fitted family's, and the table.
  public static func html(_ fits: [QueueFit], source: String) -> String {
    var html = HTML.head(
      title: "Fit of \(HTML.escape(source)) — ccsim",
      css: ReportStyle.css + """
        .qq{display:inline-block;margin:0 1em 1em 0}
        .qq circle{fill:#2f6fd0}.qq .diag,.qq .fitted{stroke:#d64545;fill:none;stroke-width:1.5}
        .qq .km{stroke:#222;fill:none;stroke-width:1.5}.qq .frame{stroke:#9aa1b1;fill:none}

        """)
    html += """
      <body>
      <header><h1>Fit of \(HTML.escape(source))</h1>
      <p class="facts">each time against its chosen family (points on the diagonal: a good fit);
      patience as Kaplan–Meier survival (black) against the fitted family (red)</p></header>
      <main>

      """
    for fit in fits {
      html += "<section><h2>\(HTML.escape(fit.queue))</h2>\n"
      for (name, fits) in [
        ("IVR time", fit.ivrTime), ("Talk + hold", fit.talk), ("ACW", fit.wrapUp),
      ] {
        guard let best = fits?.best else { continue }
        let goodness = best.goodness
        html += quantilePlot(
          title: "\(name): \(best.family), KS \(number(goodness.kolmogorovSmirnov)),"
            + " AD \(number(goodness.andersonDarling))",
          pairs: goodness.quantilePairs.map { ($0.theoretical, $0.empirical) })
      }
      if let patience = fit.patience {
        html += survivalPlot(patience)
      }
      html += "<pre>\(HTML.escape(table([fit])))</pre>\n</section>\n"
    }
    html += "</main>\n</body>\n</html>\n"
    return html
  }

  static let size = 260.0
  static let margin = 30.0

  static func quantilePlot(title: String, pairs: [(Double, Double)]) -> String {
    let top = max(pairs.map { max($0.0, $0.1) }.max() ?? 1, 1e-9)
    let scale = (size - 2 * margin) / top
    func x(_ value: Double) -> String { HTML.coordinate(margin + value * scale) }
    func y(_ value: Double) -> String { HTML.coordinate(size - margin - value * scale) }
    var svg =
      "<figure class=\"qq\"><svg width=\"\(Int(size))\" height=\"\(Int(size))\" role=\"img\">"
    svg +=
      "<rect class=\"frame\" x=\"\(Int(margin))\" y=\"\(Int(margin))\" width=\"\(Int(size - 2 * margin))\" height=\"\(Int(size - 2 * margin))\"/>"
    svg += "<line class=\"diag\" x1=\"\(x(0))\" y1=\"\(y(0))\" x2=\"\(x(top))\" y2=\"\(y(top))\"/>"
    for (theoretical, empirical) in pairs {
      svg += "<circle cx=\"\(x(theoretical))\" cy=\"\(y(empirical))\" r=\"2\"/>"
    }
    svg +=
      "<text x=\"\(Int(margin))\" y=\"\(Int(size - 8))\">fitted quantile (s), top \(number(top))</text>"
    svg += "</svg><figcaption>\(HTML.escape(title))</figcaption></figure>\n"
    return svg
  }

  static func survivalPlot(_ patience: PatienceFit) -> String {
    let horizon = max(patience.kaplanMeier.lastTime, 1)
    let scale = (size - 2 * margin) / horizon
    func x(_ value: Double) -> String { HTML.coordinate(margin + value * scale) }
    func y(_ value: Double) -> String {
      HTML.coordinate(size - margin - value * (size - 2 * margin))
    }
    var km = "M\(x(0)),\(y(1))"
    var survival = 1.0
    for step in patience.kaplanMeier.steps {
      km += " L\(x(step.time)),\(y(survival)) L\(x(step.time)),\(y(step.survival))"
      survival = step.survival
    }
    km += " L\(x(horizon)),\(y(survival))"
    let fitted = (0...60).map { i -> String in
      let time = horizon * Double(i) / 60
      return (i == 0 ? "M" : " L") + "\(x(time)),\(y(patience.best.distribution.survival(time)))"
    }.joined()
    let best = patience.best
    return """
      <figure class="qq"><svg width="\(Int(size))" height="\(Int(size))" role="img">\
      <rect class="frame" x="\(Int(margin))" y="\(Int(margin))" width="\(Int(size - 2 * margin))" \
      height="\(Int(size - 2 * margin))"/><path class="km" d="\(km)"/><path class="fitted" d="\(fitted)"/>\
      <text x="\(Int(margin))" y="\(Int(size - 8))">wait (s), to \(number(horizon))</text></svg>\
      <figcaption>Patience: \(best.family) mean \(number(best.mean.value)) s; \
      \(Formatting.percent(patience.censoredShare)) of waits censored by an answer; naive mean \
      \(number(patience.naiveMean.value)) s</figcaption></figure>

      """
  }
}
