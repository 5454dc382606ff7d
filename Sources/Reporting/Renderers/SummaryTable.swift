import ContactCentre
import SimKernel

/// Renders a run summary for a planner reading a terminal: aligned, with units.
public enum SummaryTable {
  /// The whole report.
  public static func render(_ summary: RunSummary) -> String {
    let configuration = summary.configuration
    let calls = summary.total.calls
    var text = "\(VisibleText.escaped(configuration.name)) — seed \(configuration.seed), "
    text += "\(summary.replications) replication\(summary.replications == 1 ? "" : "s"), "
    text += "\(Formatting.seconds(configuration.duration.seconds)) simulated"
    if summary.projection != nil {
      let from = Formatting.clock(configuration.startOfDay + configuration.warmup)
      text += " (counted from the snapshot at \(from))"
    } else if configuration.warmup > .zero {
      text += " (first \(Formatting.seconds(configuration.warmup.seconds)) warm-up)"
    }
    text += "\n\n"

    var counts = TextTable(["Calls", "Count"])
    counts.add(["Offered", Formatting.count(calls.offered)])
    counts.add(["Answered", Formatting.count(calls.answered)])
    counts.add(["Abandoned", Formatting.count(calls.abandoned)])
    counts.add(["  short abandons", Formatting.count(calls.shortAbandoned)])
    counts.add(["Answered within threshold", Formatting.count(calls.answeredWithinThreshold)])
    counts.add(["Unresolved at end", Formatting.count(calls.unresolvedAtEnd)])
    text += counts.rendered() + "\n"

    let threshold = Int(configuration.serviceLevelThreshold.seconds.rounded())
    var metrics = TextTable(["Metric", "Mean", "± 95 %"])
    for name in MetricName.allCases {
      guard let estimate = summary.total.metrics[name] else { continue }
      var label = name.label
      if name == .serviceLevel {
        // With queue goals, each call counts against its queue's (in the queues' table).
        label +=
          configuration.hasQueueGoals
          ? " (each queue's goal)"
          : " (\(threshold) s, target \(Formatting.percent(configuration.serviceLevelTarget)))"
      }
      metrics.add([label, value(name, estimate.mean), halfWidth(name, estimate.halfWidth95)])
    }
    text += metrics.rendered()
    let empty = MetricName.allCases.filter {
      summary.total.metrics[$0].map { $0.mean == nil } ?? false
    }
    if !empty.isEmpty {
      var reasons: [String] = []
      for name in empty where !reasons.contains(name.emptyDenominator) {
        reasons.append(name.emptyDenominator)
      }
      text += "— no value: " + reasons.joined(separator: "; ") + "\n"
    }
    text += outcomes(summary)
    text += callWork(summary)
    text += backOffice(summary)
    text += serviceRequests(summary)

    if summary.queues.count > 1 || summary.teams.count > 1 {
      // With queue goals, each queue's threshold and target beside its service level.
      let goals = configuration.hasQueueGoals
      var queues = TextTable(
        ["Queue", "Offered", "Answered", "Abandoned", "SL"] + (goals ? ["SL goal"] : [])
          + ["ASA", "AHT"])
      for (index, queue) in summary.queues.enumerated() {
        let goal =
          "\(Int(configuration.serviceLevelThreshold(ofPlan: index).seconds.rounded())) s, "
          + Formatting.percent(configuration.serviceLevelTarget(ofPlan: index))
        queues.add(
          [
            queue.id, Formatting.count(queue.calls.offered),
            Formatting.count(queue.calls.answered), Formatting.count(queue.calls.abandoned),
            Formatting.percent(queue.metrics[.serviceLevel]?.mean),
          ] + (goals ? [goal] : []) + [
            Formatting.seconds(queue.metrics[.averageSpeedOfAnswer]?.mean),
            Formatting.seconds(queue.metrics[.averageHandleTime]?.mean),
          ])
      }
      text += "\n" + queues.rendered()
      // With trunks or queue limits, every line's blocked callers and blocking probability.
      let blocking = summary.countsBlocking
      if summary.lines.count > 1 || blocking {
        var lines = TextTable(
          ["Line", "Callers", "IVR hang-ups", "Offered", "SL", "Abandon rate"]
            + (blocking ? ["Blocked", "Blocking"] : []))
        for (index, line) in summary.lines.enumerated() {
          var row = [
            line.scope.id, Formatting.count(line.arrived), Formatting.count(line.ivrHangUps),
            Formatting.count(line.scope.calls.offered),
            Formatting.percent(line.scope.metrics[.serviceLevel]?.mean),
            Formatting.percent(line.scope.metrics[.abandonRate]?.mean),
          ]
          if blocking {
            let figures = summary.blocking(line: index)
            row += [
              Formatting.count(figures.blocked), Formatting.percent(figures.probability.mean),
            ]
          }
          lines.add(row)
        }
        text += "\n" + lines.rendered()
      }
      var teams = TextTable(["Team", "Agents", "Occupancy"])
      for team in summary.teams {
        teams.add([team.id, String(team.agents), Formatting.percent(team.occupancy.mean)])
      }
      text += "\n" + teams.rendered()
    }
    if summary.hasVirtualHold { text += virtualHold(summary) }
    return text
  }

  /// The outcomes with a count, inbound and outbound; nothing when every call simply ended
  /// resolved (Call Resolved, the default mix), so a scenario without outcomes reads as before.
  static func outcomes(_ summary: RunSummary) -> String {
    let vocabulary = summary.configuration.vocabulary
    let inbound = summary.total.outcomes ?? OutcomeCounts()
    let outbound = summary.outbound.outcomes
    let all = summary.outcomes
    guard outbound.total > 0 || all.nonZero.contains(where: { $0.outcome != vocabulary.resolved })
    else { return "" }
    var table = TextTable(["Outcome", "Inbound", "Outbound"])
    for (outcome, _) in all.nonZero {
      table.add([
        vocabulary.name(of: outcome), Formatting.count(inbound[outcome]),
        Formatting.count(outbound[outcome]),
      ])
    }
    return "\n" + table.rendered()
  }

  /// One line each for security, transfers, interpretation, redials and outbound calls, those
  /// that happened only.
  static func callWork(_ summary: RunSummary) -> String {
    var lines: [String] = []
    let security = summary.security
    if security.failedChecks > 0 || security.sascReports > 0 {
      let forms = security.bogusCallerForms.count
      lines.append(
        "Security: \(Formatting.count(security.failedChecks)) failed checks, "
          + "\(Formatting.count(security.sascReports)) reports to SASC, "
          + "\(Formatting.count(forms)) bogus caller form\(forms == 1 ? "" : "s") "
          + "(\(summary.configuration.vocabulary.region.bogusCallerForm))")
    }
    if let line = casegroupsLine(summary) { lines.append(line) }
    let transfers = summary.transfers
    if transfers.warm + transfers.cold > 0 {
      var line = "Transfers: \(Formatting.count(transfers.warm + transfers.cold)) "
      line += "(\(Formatting.count(transfers.warm)) warm, \(Formatting.count(transfers.cold)) cold"
      line += "; \(Formatting.count(transfers.toFallback)) waited with nobody Ready"
      if transfers.handedOver > 0 {
        line += ", \(Formatting.count(transfers.handedOver)) handed over unanswered after the hold"
      }
      if transfers.takenBack > 0 {
        line += ", \(Formatting.count(transfers.takenBack)) taken back unanswered after the hold"
      }
      line += ")"
      if let consult = summary.averageConsultTime.mean {
        line += ", average consult \(Formatting.seconds(consult))"
      }
      lines.append(line)
    }
    if summary.configuration.lines.contains(where: { $0.directDial != nil }) {
      let calls = summary.directDial
      lines.append(
        "Team leaders' direct dial: \(Formatting.count(calls.offered)) calls, "
          + "\(Formatting.count(calls.answered)) answered by the team leader, "
          + "\(Formatting.count(calls.toVoicemail)) to voicemail, "
          + "\(Formatting.count(calls.toPlan)) to the line's plan")
    }
    let interpretation = summary.interpretation
    if interpretation.answered + interpretation.handled > 0 {
      lines.append(
        "Interpretation: \(Formatting.count(interpretation.answered)) calls answered, "
          + "\(Formatting.count(interpretation.handled)) handled, "
          + "AHT \(Formatting.seconds(summary.interpretationHandleTime.mean))")
    }
    let calls = summary.total.calls
    if calls.redials > 0 || summary.redials.total > 0 {
      let firstAttempts = calls.offered - calls.redials
      let legs = transfers.warm + transfers.cold
      lines.append(
        "Redials: \(Formatting.count(calls.redials)) of \(Formatting.count(calls.offered)) calls "
          + "offered; rang again: \(Formatting.count(summary.redials.afterAbandon)) after "
          + "abandoning, \(Formatting.count(summary.redials.afterOutcome.total)) after an outcome")
      lines.append(
        "First attempts: \(Formatting.count(firstAttempts)) "
          + (legs > 0
            ? "(\(Formatting.count(firstAttempts - legs)) callers and \(Formatting.count(legs)) "
              + "transfer legs)" : "(unique callers)"))
    }
    let outbound = summary.outbound
    if !outbound.isEmpty {
      let tally = outbound.tally
      lines.append(
        "Outbound: \(Formatting.count(tally.dialled)) dialled (\(Formatting.count(tally.retries)) "
          + "retries), \(Formatting.count(tally.connected)) connected, "
          + "\(Formatting.count(tally.suppressed)) suppressed, "
          + "AHT \(Formatting.seconds(outbound.averageHandleTime.mean))")
      lines.append(
        "Call-backs: \(Formatting.count(tally.callBacksRequested)) requested, "
          + "\(Formatting.count(tally.callBacksOnTime)) made on time, "
          + "\(Formatting.count(tally.callBacksLate)) late; activity plans: "
          + "\(Formatting.count(tally.planned)) calls; \(Formatting.count(tally.notMade)) not made")
    }
    return lines.isEmpty ? "" : "\n" + lines.joined(separator: "\n") + "\n"
  }

  static func value(_ name: MetricName, _ value: Double?) -> String {
    name.isShare ? Formatting.percent(value) : Formatting.seconds(value)
  }

  static func halfWidth(_ name: MetricName, _ value: Double?) -> String {
    guard let value else { return "—" }
    return name.isShare
      ? Formatting.fixed(value * 100, decimals: 2) + " pp"
      : Formatting.fixed(value, decimals: 2) + " s"
  }
}
