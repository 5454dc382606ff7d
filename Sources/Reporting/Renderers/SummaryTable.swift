import ContactCentre
import SimKernel

/// Renders a run summary for a planner reading a terminal: aligned, with units.
public enum SummaryTable {
  /// The whole report.
  public static func render(_ summary: RunSummary) -> String {
    let configuration = summary.configuration
    let calls = summary.total.calls
    var text = "\(configuration.name) — seed \(configuration.seed), "
    text += "\(summary.replications) replication\(summary.replications == 1 ? "" : "s"), "
    text += "\(Formatting.seconds(configuration.duration.seconds)) simulated"
    if configuration.warmup > .zero {
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
        label += " (\(threshold) s, target \(Formatting.percent(configuration.serviceLevelTarget)))"
      }
      metrics.add([label, value(name, estimate.mean), halfWidth(name, estimate.halfWidth95)])
    }
    text += metrics.rendered()

    if summary.queues.count > 1 || summary.teams.count > 1 {
      var queues = TextTable(["Queue", "Offered", "Answered", "Abandoned", "SL", "ASA", "AHT"])
      for queue in summary.queues {
        queues.add([
          queue.id, Formatting.count(queue.calls.offered), Formatting.count(queue.calls.answered),
          Formatting.count(queue.calls.abandoned),
          Formatting.percent(queue.metrics[.serviceLevel]?.mean),
          Formatting.seconds(queue.metrics[.averageSpeedOfAnswer]?.mean),
          Formatting.seconds(queue.metrics[.averageHandleTime]?.mean),
        ])
      }
      text += "\n" + queues.rendered()
      if summary.lines.count > 1 {
        var lines = TextTable(["Line", "Callers", "IVR hang-ups", "Offered", "SL", "Abandon rate"])
        for line in summary.lines {
          lines.add([
            line.scope.id, Formatting.count(line.arrived), Formatting.count(line.ivrHangUps),
            Formatting.count(line.scope.calls.offered),
            Formatting.percent(line.scope.metrics[.serviceLevel]?.mean),
            Formatting.percent(line.scope.metrics[.abandonRate]?.mean),
          ])
        }
        text += "\n" + lines.rendered()
      }
      var teams = TextTable(["Team", "Agents", "Occupancy"])
      for team in summary.teams {
        teams.add([team.id, String(team.agents), Formatting.percent(team.occupancy.mean)])
      }
      text += "\n" + teams.rendered()
    }
    return text
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
