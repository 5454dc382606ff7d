import ContactCentre
import SimKernel

extension ReportHTML {
  /// What the page shows: the whole centre, a queue or a team, and for a run of several days
  /// the whole run or one day. The script shows the controls and reads and writes them in the
  /// page's address (`#scope=team/gich&day=2&t=40`).
  static func controls(
    _ summary: RunSummary, _ scopes: [ReportScope], _ series: ReportSeries
  ) -> String {
    guard series.count > 0 else { return "" }
    var html = "<div class=\"controls\" id=\"controls\" hidden><label for=\"scope\">Show</label>"
    html += "<select id=\"scope\">"
    for kind in [ReportScope.Kind.centre, .queue, .team] {
      let options = scopes.filter { $0.kind == kind }.map { scope in
        let name = kind == .centre ? "Whole centre" : scope.id
        return "<option value=\"\(HTML.escape(scope.key))\">\(HTML.escape(name))</option>"
      }.joined()
      html +=
        kind == .centre
        ? options
        : "<optgroup label=\"\(kind == .queue ? "Queues" : "Teams")\">\(options)</optgroup>"
    }
    html += "</select>"
    let days = dayCount(summary.configuration)
    if days > 1 {
      html += "<label for=\"day\">Day</label><select id=\"day\"><option value=\"all\">"
      html += "Whole run</option>"
      html += (0..<days).map { "<option value=\"\($0 + 1)\">Day \($0 + 1)</option>" }.joined()
      html += "</select>"
    }
    if series.stride > 1 {
      let point = durationLabel(summary.configuration.interval * Int64(series.stride))
      html += "<span class=\"note\">Charts and replay by \(point): the run is too long to embed "
      html += "every interval (<code>intervals.csv</code> has them).</span>"
    }
    html += "</div>\n"
    return html
  }

  /// The days a run spans, counted from its start.
  static func dayCount(_ configuration: CentreConfiguration) -> Int {
    let day = SimDuration.hours(24).microseconds
    return Int((configuration.duration.microseconds + day - 1) / day)
  }

  /// A scope's figures against target, coloured by the Pulse thresholds, each tied to
  /// `summary.json` by its pointer. The whole centre's show by default; the script shows the
  /// chosen scope's instead.
  static func headline(_ summary: RunSummary, _ scope: ReportScope) -> String {
    let configuration = summary.configuration
    let pulse = configuration.pulse
    let path = scope.pointer
    var cards: [(MetricName, Estimate?, PulseLevel?, String)] = []
    var counts: [(String, String, Int)] = []
    var note = ""
    switch scope.kind {
    case .centre, .queue:
      let figures = scope.callQueue.map { summary.queues[$0] } ?? summary.total
      let metrics = figures.metrics
      let serviceLevel = metrics[.serviceLevel]?.mean
      let target =
        scope.callQueue.map { configuration.serviceLevelTarget(ofPlan: $0) }
        ?? configuration.serviceLevelTarget
      let threshold =
        scope.callQueue.map { configuration.serviceLevelThreshold(ofPlan: $0) }
        ?? configuration.serviceLevelThreshold
      var gap = ""
      if let serviceLevel {
        let points = (target - serviceLevel) * 100
        gap =
          points > 0
          ? "; \(Formatting.fixed(points, decimals: 1)) points below target" : "; target met"
      }
      cards = [
        (
          .serviceLevel, metrics[.serviceLevel], serviceLevel.map { pulse.level(serviceLevel: $0) },
          "target \(Formatting.percent(target)) in \(durationLabel(threshold))\(gap)"
        ),
        (
          .abandonRate, metrics[.abandonRate],
          metrics[.abandonRate]?.mean.map { pulse.level(abandonRate: $0) },
          "amber above \(Formatting.percent(pulse.abandonRateAmber)), red above "
            + Formatting.percent(pulse.abandonRateRed)
        ),
        (.averageSpeedOfAnswer, metrics[.averageSpeedOfAnswer], nil, "mean wait of answered calls"),
        (.averageHandleTime, metrics[.averageHandleTime], nil, "talk, hold and after call work"),
      ]
      if scope.kind == .centre {
        cards.append((.occupancy, metrics[.occupancy], nil, "busy share of Ready and busy time"))
      }
      cards += [
        (
          .longestWait, metrics[.longestWait],
          metrics[.longestWait]?.mean.map { pulse.level(longestWait: .seconds($0)) },
          "amber above \(durationLabel(pulse.longestWaitAmber)), red above "
            + durationLabel(pulse.longestWaitRed)
        ),
        (
          .probabilityOfQueueing, metrics[.probabilityOfQueueing], nil,
          "not offered to an agent at once: queued"
        ),
        (
          .probabilityOfWait, metrics[.probabilityOfWait], nil,
          "answered after a wait (ring time too), or abandoned"
        ),
      ]
      let calls = figures.calls
      counts = [
        ("offered", "Offered", calls.offered), ("answered", "Answered", calls.answered),
        ("abandoned", "Abandoned", calls.abandoned),
        ("shortAbandoned", "Short abandons", calls.shortAbandoned),
        ("answeredWithinThreshold", "Within threshold", calls.answeredWithinThreshold),
        ("unresolvedAtEnd", "Unresolved at end", calls.unresolvedAtEnd),
      ]
    case .team:
      guard let team = summary.teams.first(where: { $0.id == scope.id }) else { return "" }
      let metrics = team.calls.metrics
      cards = [
        (.occupancy, team.occupancy, nil, "busy share of Ready and busy time"),
        (
          .averageSpeedOfAnswer, metrics[.averageSpeedOfAnswer], nil,
          "of the calls the team answered"
        ),
        (.averageHandleTime, metrics[.averageHandleTime], nil, "talk, hold and after call work"),
      ]
      counts = [
        ("answered", "Answered", team.calls.calls.answered),
        ("handled", "Handled", team.calls.calls.handled),
      ]
      let queues = scope.queues.map { summary.queues[$0].id }.joined(separator: ", ")
      let taken = queues.isEmpty ? "no queue's calls" : "the calls of \(queues)"
      note =
        scope.callQueue == nil
        ? "Calls per interval, service level and abandons are a queue's: this team is no queue; "
          + "its agents take \(taken)."
        : "Calls per interval, service level and abandons are those of the queue \(scope.id)."
    }
    let hidden = scope.kind == .centre ? "" : " hidden"
    var html = "<div class=\"scope-figures\" data-scope=\"\(HTML.escape(scope.key))\"\(hidden)>\n"
    html += "<section class=\"headline\" aria-label=\"Headline figures\">\n"
    for (metric, estimate, level, text) in cards {
      let format = metric.isShare ? Formatting.percent : Formatting.seconds
      html +=
        "<div class=\"card \(level?.cssClass ?? "")\"><div class=\"label\">\(metric.label)</div>"
      let mean = HTML.figure(pointer(path + ["metrics", metric.rawValue, "mean"]), estimate?.mean)
      html += "<div class=\"value\"\(mean)>\(format(estimate?.mean))</div>"
      if let halfWidth = estimate?.halfWidth95 {
        let figure = HTML.figure(
          pointer(path + ["metrics", metric.rawValue, "halfWidth95"]), halfWidth)
        html += "<div class=\"hw\"\(figure)>± \(format(halfWidth)) (95 %)</div>"
      }
      html += "<div class=\"note\">\(HTML.escape(text))</div></div>\n"
    }
    html += "</section>\n<section class=\"counts\" aria-label=\"Calls\">\n"
    for (key, label, value) in counts {
      let figure = HTML.figure(pointer(path + ["calls", key]), value)
      html += "<div class=\"count\"><span class=\"value\"\(figure)>"
      html += "\(Formatting.count(value))</span><span class=\"label\">\(label)</span></div>\n"
    }
    if summary.replications > 1 {
      html += "<p class=\"note\">Counts are summed over \(summary.replications) replications; "
      html += "metrics are the mean over replications with a 95 % half-width.</p>\n"
    }
    if !note.isEmpty { html += "<p class=\"note\">\(HTML.escape(note))</p>\n" }
    html += "</section>\n</div>\n"
    return html
  }
}
