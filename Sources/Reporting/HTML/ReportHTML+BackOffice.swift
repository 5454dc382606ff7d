import ContactCentre
import SimKernel

extension ReportHTML {
  /// The AAC desk per area, the incident funnel, rejections and assignments, the caseworker
  /// time lost to incidents and exception work, and the backlogs over the day; empty when the
  /// scenario has neither an AAC desk nor exception work.
  static func backOffice(_ summary: RunSummary) -> String {
    guard summary.aac != nil || summary.incidents != nil || summary.exceptions != nil else {
      return ""
    }
    var html = "<section id=\"aac\" class=\"panel\">\n"
    html += "<h2>Area Advice Centre and back-office work</h2>\n"
    if let aac = summary.aac { html += areaTable(aac, pulse: summary.configuration.pulse) }
    if let incidents = summary.incidents {
      html += incidentTables(incidents)
      if summary.configuration.incidents?.parksWithAdvice == true { html += adviceNote(incidents) }
    }
    html += caseworkerTime(summary)
    if let exceptions = summary.exceptions { html += exceptionTable(exceptions) }
    html += backlogChart(summary)
    if summary.replications > 1 {
      html += "<p class=\"note\">Counts and hours are summed over \(summary.replications) "
      html += "replications; per-replication figures are the mean with a 95 % half-width; the "
      html += "backlog is the mean over replications.</p>\n"
    }
    html += "</section>\n"
    return html
  }

  /// Per area: its line's calls, service level (coloured) and ASA.
  private static func areaTable(_ aac: AACSummary, pulse: PulseThresholds) -> String {
    var html = "<h3>AAC desk by area</h3>\n<table class=\"figures\">\n<thead><tr><th>Area</th>"
    html += "<th>Prefix</th><th>Line</th><th>Offered</th><th>Answered</th><th>Abandoned</th>"
    html += "<th>Service level</th><th>ASA</th></tr></thead>\n<tbody>\n"
    for area in aac.areas {
      let path = ["aac", area.prefix]
      let calls = area.calls.calls
      html += "<tr><th>\(HTML.escape(area.name))</th><td>\(HTML.escape(area.prefix))</td>"
      html += "<td>\(HTML.escape(area.calls.id))</td>"
      for (key, value) in [
        ("offered", calls.offered), ("answered", calls.answered), ("abandoned", calls.abandoned),
      ] {
        html += "<td\(HTML.figure(pointer(path + [key]), value))>\(Formatting.count(value))</td>"
      }
      let serviceLevel = area.calls.metrics[.serviceLevel]?.mean
      let level = serviceLevel.map { pulse.level(serviceLevel: $0) }
      html += "<td\(PulseLevel.classAttribute(level))"
      html += "\(HTML.figure(pointer(path + ["serviceLevel", "mean"]), serviceLevel))>"
      html += "\(Formatting.percent(serviceLevel))\(halfWidth(area.calls.metrics[.serviceLevel]))"
      html += "</td>"
      let speed = area.calls.metrics[.averageSpeedOfAnswer]
      html += "<td\(HTML.figure(pointer(path + ["averageSpeedOfAnswer", "mean"]), speed?.mean))>"
      html += "\(Formatting.seconds(speed?.mean))</td></tr>\n"
    }
    html += "</tbody>\n</table>\n"
    return html
  }

  /// Requests to Advice and Guidance, when it answers days later.
  private static func adviceNote(_ incidents: IncidentSummary) -> String {
    let tally = incidents.tally
    let figures: [(label: String, key: String, value: Int)] = [
      ("requests", "requested", tally.adviceRequested), ("urgent", "urgent", tally.adviceUrgent),
      ("answered", "answered", tally.adviceAnswered),
      ("awaiting the answer at the end", "outstandingAtEnd", tally.adviceOutstandingAtEnd),
    ]
    let parts = figures.map { figure in
      let pointer = HTML.pointer("incidents", "adviceAndGuidance", figure.key)
      return "<span\(HTML.figure(pointer, figure.value))>\(Formatting.count(figure.value))</span>"
        + " \(figure.label)"
    }
    return "<p class=\"note\">Advice and Guidance: \(parts.joined(separator: ", ")).</p>\n"
  }

  /// The funnel from problems to what became of the incidents, then rejections by reason and
  /// assignments by domain.
  private static func incidentTables(_ incidents: IncidentSummary) -> String {
    let tally = incidents.tally
    let base = Double(max(tally.problems, tally.raised, 1))
    let stages: [(label: String, key: [String], value: Int, indent: Bool)] =
      [
        ("Problems caseworkers met", ["problems"], tally.problems, false),
        ("after Unresolved – Escalated calls", ["fromEscalated"], tally.fromEscalated, true),
        ("Solved locally", [], incidents.solvedLocally, false),
      ]
      + Incidents.LocalStep.allCases.map { step in
        (
          stepLabel(step), ["solvedLocally", step.key], tally.solvedLocally[step.rawValue], true
        )
      }
      + [
        ("Raised with AAC", ["raised"], tally.raised, false),
        ("Closed Rejected", ["rejected", "total"], incidents.rejected, true),
        ("Resolved in the call", ["resolvedInCall"], tally.resolvedInCall, true),
        ("Resolved by call-back", ["resolvedByCallBack"], tally.resolvedByCallBack, true),
        ("Resolved by email", ["resolvedByEmail"], tally.resolvedByEmail, true),
        ("Assigned to an Expert Domain", ["assigned", "total"], incidents.assigned, true),
        ("escalated again", ["escalations"], tally.escalations, true),
        ("Open at the end", ["openAtEnd"], tally.openAtEnd, true),
      ]
    var html = "<h3>Incidents</h3>\n<table class=\"figures funnel\">\n<thead><tr><th>Stage</th>"
    html += "<th>Count</th><th></th></tr></thead>\n<tbody>\n"
    for stage in stages {
      let figure =
        stage.key.isEmpty ? "" : HTML.figure(pointer(["incidents"] + stage.key), stage.value)
      let width = HTML.coordinate(Double(stage.value) / base * 100, decimals: 1)
      html += "<tr\(stage.indent ? " class=\"sub\"" : "")><th>\(HTML.escape(stage.label))</th>"
      html += "<td\(figure)>\(Formatting.count(stage.value))</td>"
      html += "<td class=\"bar\"><i style=\"width:\(width)%\"></i></td></tr>\n"
    }
    html += "</tbody>\n</table>\n"
    let average = incidents.averageTimeToResolve
    html += "<p class=\"note\">Average time to resolve (from the call to AAC): "
    html +=
      "<span\(HTML.figure(HTML.pointer("incidents", "averageTimeToResolveSeconds", "mean"), average.mean))>"
    html += "\(Formatting.seconds(average.mean))</span>\(halfWidth(average, share: false)); "
    html += "call-backs arranged \(Formatting.count(tally.callBacksArranged)), made "
    html += "\(Formatting.count(tally.callBacksMade)); resolution emails answered "
    html += "\(Formatting.count(tally.emailsAnswered)), late "
    html += "\(Formatting.count(tally.emailsAnsweredLate)); calls routed to the caseworker "
    html += "holding a case lock \(Formatting.count(tally.lockedCalls)).</p>\n"

    html += "<div class=\"charts\">\n<div><h3>Rejections by reason</h3>\n"
    html += "<table class=\"figures\">\n<thead><tr><th>Reason</th><th>Incidents</th>"
    html += "<th>Share</th></tr></thead>\n<tbody>\n"
    for index in tally.rejected.indices {
      let name = incidents.rejectReason(index)
      let count = tally.rejected[index]
      let share = incidents.rejected > 0 ? Double(count) / Double(incidents.rejected) : nil
      html += "<tr><th>\(HTML.escape(name))</th>"
      html += "<td\(HTML.figure(HTML.pointer("incidents", "rejected", name), count))>"
      html += "\(Formatting.count(count))</td><td>\(Formatting.percent(share))</td></tr>\n"
    }
    html += "</tbody>\n</table>\n</div>\n<div><h3>Assignments by Expert Domain</h3>\n"
    html += "<table class=\"figures\">\n<thead><tr><th>Domain</th><th>Assignments</th>"
    html += "<th>Share</th></tr></thead>\n<tbody>\n"
    for (index, domain) in incidents.expertDomains.enumerated() {
      let count = tally.assigned[index]
      let share = incidents.assigned > 0 ? Double(count) / Double(incidents.assigned) : nil
      html += "<tr><th>\(HTML.escape(domain))</th>"
      html += "<td\(HTML.figure(HTML.pointer("incidents", "assigned", domain), count))>"
      html += "\(Formatting.count(count))</td><td>\(Formatting.percent(share))</td></tr>\n"
    }
    html += "</tbody>\n</table>\n</div>\n</div>\n"
    return html
  }

  /// Caseworker hours lost to incidents and to exception work, summed and per replication.
  private static func caseworkerTime(_ summary: RunSummary) -> String {
    var rows: [(String, String, Double, Estimate)] = []
    if let incidents = summary.incidents {
      rows.append(
        (
          "Problems and incidents", "incidents", incidents.caseworkerHours,
          incidents.caseworkerHoursPerReplication
        ))
    }
    if let exceptions = summary.exceptions {
      rows.append(
        (
          "Case-closure exception work", "exceptions", exceptions.caseworkerHours,
          exceptions.caseworkerHoursPerReplication
        ))
    }
    var html = "<h3>Caseworker time lost to back-office work</h3>\n<table class=\"figures\">\n"
    html += "<thead><tr><th>Work</th><th>Hours</th><th>Hours per replication</th>"
    html += "<th>± 95 %</th></tr></thead>\n<tbody>\n"
    for (label, key, hours, estimate) in rows {
      html += "<tr><th>\(label)</th>"
      html += "<td\(HTML.figure(HTML.pointer(key, "caseworkerHours"), hours))>"
      html += "\(Formatting.fixed(hours, decimals: 1))</td>"
      html +=
        "<td\(HTML.figure(HTML.pointer(key, "caseworkerHoursPerReplication", "mean"), estimate.mean))>"
      html += "\(estimate.mean.map { Formatting.fixed($0, decimals: 1) } ?? "—")</td>"
      html += "<td>\(estimate.halfWidth95.map { Formatting.fixed($0, decimals: 2) } ?? "—")</td>"
      html += "</tr>\n"
    }
    html += "</tbody>\n</table>\n"
    return html
  }

  /// Failure reports by reason, then triage and the caseworkers' work items.
  private static func exceptionTable(_ exceptions: ExceptionSummary) -> String {
    let tally = exceptions.tally
    var html = "<h3>Case-closure exceptions</h3>\n<table class=\"figures\">\n<thead><tr>"
    html += "<th>Failure reason</th><th>Reports</th></tr></thead>\n<tbody>\n"
    for index in tally.reports.indices {
      let name = exceptions.reason(index)
      html += "<tr><th>\(HTML.escape(name))</th>"
      html +=
        "<td\(HTML.figure(HTML.pointer("exceptions", "reports", name), tally.reports[index]))>"
      html += "\(Formatting.count(tally.reports[index]))</td></tr>\n"
    }
    let triage: [(String, String, Int)] = [
      ("Technical skip (re-run with the next batch)", "technicalSkips", tally.technicalSkips),
      ("AMS team: fixed", "amsFixed", tally.amsFixed),
      ("AMS team: clerical case handling", "amsClerical", tally.amsClerical),
      ("Back to a caseworker", "toCaseworker", tally.toCaseworker),
      ("Work items done", "worked", tally.worked),
      ("Work items open at the end", "openAtEnd", tally.openAtEnd),
    ]
    html += "<tr class=\"total\"><th>All reports</th>"
    html += "<td\(HTML.figure(HTML.pointer("exceptions", "reports", "total"), exceptions.reports))>"
    html += "\(Formatting.count(exceptions.reports))</td></tr>\n"
    for (label, key, value) in triage {
      html += "<tr class=\"sub\"><th>\(label)</th>"
      html += "<td\(HTML.figure(HTML.pointer("exceptions", key), value))>"
      html += "\(Formatting.count(value))</td></tr>\n"
    }
    html += "</tbody>\n</table>\n"
    return html
  }

  /// Open incidents and exception work items at each interval's end, mean over replications.
  private static func backlogChart(_ summary: RunSummary) -> String {
    let configuration = summary.configuration
    var series: [SVGChart.Series] = []
    if let incidents = summary.incidents {
      series.append(
        .init(name: "Open incidents", cssClass: "c-incidents", values: incidents.backlog.open))
    }
    if let exceptions = summary.exceptions {
      series.append(
        .init(
          name: "Open exception work items", cssClass: "c-exceptions",
          values: exceptions.backlog.open))
    }
    guard configuration.intervalCount > 0, !series.isEmpty else { return "" }
    let labels = (0..<configuration.intervalCount).map {
      Formatting.clock(configuration.startOfDay + configuration.interval * Int64($0))
    }
    let chart = SVGChart(
      title: "Backlog at the end of each interval"
        + (summary.replications > 1 ? " (mean over replications)" : ""),
      yTitle: "open", labels: labels, kind: .lines, series: series,
      tickFormat: { HTML.coordinate($0, decimals: 1) },
      valueFormat: { Formatting.fixed($0, decimals: 1) })
    return "<div class=\"charts\">\n" + chart.render() + "</div>\n"
  }

  /// How the procedures name a local step.
  private static func stepLabel(_ step: Incidents.LocalStep) -> String {
    switch step {
    case .procedures: "by the procedures"
    case .colleagues: "by colleagues"
    case .teamLeader: "by the team leader"
    case .adviceAndGuidance: "by Advice and Guidance"
    }
  }

  /// " ± x" after a figure when it has a half-width.
  private static func halfWidth(_ estimate: Estimate?, share: Bool = true) -> String {
    guard let value = estimate?.halfWidth95 else { return "" }
    let text =
      share
      ? Formatting.fixed(value * 100, decimals: 1) + " pp" : Formatting.seconds(value)
    return " <span class=\"hw\">± \(text)</span>"
  }
}
