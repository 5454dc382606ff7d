import ContactCentre

extension ReportHTML {
  /// The replay: a slider over the reporting intervals showing CC Pulse's queue view of the
  /// interval, the teams' agents by state over it and every agent's state at its end (the
  /// script draws them from the embedded data).
  static func replay(
    _ summary: RunSummary, _ series: ReportSeries, _ timeline: AgentTimeline
  ) -> String {
    var html = "<section id=\"replay\" class=\"panel\">\n<h2>Replay: CC Pulse interval by "
    html += "interval</h2>\n"
    guard series.count > 0 else {
      return html + "<p class=\"note\">The replay needs the per-interval figures of "
        + "<code>--out</code>.</p>\n</section>\n"
    }
    html += "<div class=\"replay-controls\"><label for=\"replay-slider\">Interval</label>"
    html += "<input type=\"range\" id=\"replay-slider\" min=\"0\" max=\"\(series.count - 1)\" "
    html += "step=\"1\" value=\"0\"><output id=\"replay-label\" for=\"replay-slider\"></output>"
    html += "</div>\n<noscript><p class=\"note\">The replay needs JavaScript.</p></noscript>\n"
    let perDay = summary.replications > 1 ? ", mean per replication" : ""
    html += "<div class=\"replay-grid\">\n<div><h3>Queues in the interval\(perDay)</h3>\n"
    html += "<table class=\"figures\" id=\"replay-queues\"><thead><tr><th>Queue</th>"
    html += "<th>Offered</th><th>Answered</th><th>Abandoned</th><th>Service level</th>"
    html += "<th>ASA</th><th>Abandon rate</th></tr></thead><tbody></tbody></table>\n</div>\n"
    let columns = PulseStateGroup.allCases.map {
      "<th><i class=\"swatch \($0.colour.cssClass)\"></i>\($0.label)</th>"
    }.joined()
    html += "<div><h3>Agents by state, average over the interval\(perDay)</h3>\n"
    html += "<table class=\"figures\" id=\"replay-teams\"><thead><tr><th>Team</th>"
    html += columns + "</tr></thead><tbody></tbody></table>\n</div>\n"
    html += "<div><h3>Agents at <span class=\"replay-end\"></span>"
    if summary.replications > 1 { html += " (first replication)" }
    html += "</h3>\n<table class=\"figures\" id=\"replay-counts\"><thead><tr><th>Team</th>"
    html += columns + "</tr></thead><tbody></tbody></table>\n</div>\n</div>\n"
    html += "<p class=\"note\">As CC Pulse counts them: the agents on shift or logged in "
    html += "(LoggedOut is an agent on shift who is not logged in); Talking includes calls ringing "
    html += "(Reserved), outbound calls and consults before a warm transfer.</p>\n"
    html += "<h3>Agents at <span class=\"replay-end\"></span>"
    if summary.replications > 1 { html += " (first replication)" }
    html += "</h3>\n"
    if timeline.rows.isEmpty {
      html += "<p class=\"note\">Agent state changes were not kept in this run.</p>\n"
    } else {
      if timeline.rows.count < timeline.slots {
        html += "<p class=\"note\">\(shownSlots(timeline)) on the first day, as in the "
        html += "timeline.</p>\n"
      }
      html += "<p class=\"note\">Time in state is amber or red past the thresholds for ACW "
      html += "(\(durationLabel(summary.configuration.pulse.afterCallWorkAmber)), "
      html += "\(durationLabel(summary.configuration.pulse.afterCallWorkRed))) and, for NotReady, "
      html += "those of its reason code (<code>pulse.thresholds.notReadyReasons</code>), as "
      html += "<code>ccsim pulse</code> colours them.</p>\n"
    }
    html += "<div id=\"replay-agents\"></div>\n</section>\n"
    return html
  }

  /// The agent-state timeline of the first replication.
  static func timelineSection(
    _ summary: RunSummary, _ timeline: AgentTimeline, to output: inout some TextOutputStream
  ) {
    var html = "<section id=\"timeline\" class=\"panel\">\n<h2>Agent states through the day"
    if summary.replications > 1 { html += " (first replication)" }
    html += "</h2>\n"
    guard !timeline.rows.isEmpty else {
      output.write(
        html + "<p class=\"note\">Agent state changes are kept with <code>--out</code>."
          + "</p>\n</section>\n")
      return
    }
    html += "<div class=\"legend\">"
    html += AgentState.reportOrder.filter { $0 != .loggedOut }.map {
      "<span><i class=\"swatch \($0.cssClass)\"></i>\($0.pulseLabel)</span>"
    }.joined()
    html += "<span><i class=\"swatch st-loggedOut\"></i>LoggedOut</span>"
    html += "<span>Off shift (blank)</span></div>\n"
    var notes: [String] = []
    if timeline.rows.count < timeline.slots {
      notes.append("\(shownSlots(timeline)) are shown.")
    }
    if timeline.window < summary.configuration.duration {
      notes.append("The run's first \(durationLabel(timeline.window)) are shown.")
    }
    if !notes.isEmpty { html += "<p class=\"note\">\(notes.joined(separator: " "))</p>\n" }
    output.write(html)
    timeline.render(summary.configuration, to: &output)
    output.write("\n</section>\n")
  }

  /// "The first 200 of the 520 agent slots at work", or with several teams "200 of the 2,000
  /// agent slots at work, the first of each team".
  static func shownSlots(_ timeline: AgentTimeline) -> String {
    let slots = Formatting.count(timeline.slots)
    let teams = Set(timeline.rows.map(\.team)).count
    return teams > 1
      ? "\(timeline.rows.count) of the \(slots) agent slots at work, the first of each team,"
      : "The first \(timeline.rows.count) of the \(slots) agent slots at work"
  }
}
