import ContactCentre
import SimKernel

/// Renders a run summary's metrics as CSV: one row per scope and metric, then each outcome's
/// share of the scope's call activities.
public enum SummaryCSV {
  /// `scope,metric,mean,halfWidth95` rows; scope is `total` or `queue:ID`, and `outbound` for the
  /// outcome shares of outbound calls when the scenario dials out. An outcome's row is
  /// `outcomeShare:NAME`: its share of the activities that closed in the scope (inbound and
  /// outbound for `total`, inbound for a queue), the mean over replications. Then, when the
  /// scenario has them, `aac:PREFIX` rows (each area's service level and ASA), `incidents`
  /// rows (raised per replication, average time to resolve, caseworker hours per replication)
  /// and an `exceptions` row (caseworker hours per replication).
  public static func render(_ summary: RunSummary) -> String {
    var text = "scope,metric,mean,halfWidth95\n"
    let scopes = [("total", summary.total)] + summary.queues.map { ("queue:" + $0.id, $0) }
    for (scope, values) in scopes {
      for name in MetricName.allCases {
        guard let estimate = values.metrics[name] else { continue }
        text += row(scope, name.rawValue, estimate)
      }
    }
    var outcomeScopes: [(String, [OutcomeCounts])] = [
      (
        "total",
        summary.runs.map { run in
          var all = run.inboundOutcomes
          all.merge(run.outboundOutcomes)
          return all
        }
      )
    ]
    outcomeScopes += summary.queues.indices.map { queue in
      ("queue:" + summary.queues[queue].id, summary.runs.map { $0.queueOutcomes[queue] })
    }
    if summary.configuration.outbound != nil {
      outcomeScopes.append(("outbound", summary.runs.map(\.outboundOutcomes)))
    }
    for (scope, counts) in outcomeScopes {
      for outcome in Outcome.allCases {
        let share = Estimate(
          replications: counts.map { $0.total > 0 ? Double($0[outcome]) / Double($0.total) : nil })
        text += row(scope, "outcomeShare:" + outcome.name, share)
      }
    }
    return text + backOffice(summary)
  }

  /// The AAC areas' metrics and the per-replication figures of incidents and exception work.
  private static func backOffice(_ summary: RunSummary) -> String {
    var text = ""
    for area in summary.aac?.areas ?? [] {
      for name in [MetricName.serviceLevel, .averageSpeedOfAnswer] {
        guard let estimate = area.calls.metrics[name] else { continue }
        text += row("aac:" + area.prefix, name.rawValue, estimate)
      }
    }
    if let incidents = summary.incidents {
      text += row("incidents", "raisedPerReplication", incidents.raisedPerReplication)
      text += row("incidents", "averageTimeToResolveSeconds", incidents.averageTimeToResolve)
      text += row(
        "incidents", "caseworkerHoursPerReplication", incidents.caseworkerHoursPerReplication)
    }
    if let exceptions = summary.exceptions {
      text += row(
        "exceptions", "caseworkerHoursPerReplication", exceptions.caseworkerHoursPerReplication)
    }
    return text
  }

  private static func row(_ scope: String, _ metric: String, _ estimate: Estimate) -> String {
    "\(CSVField.text(scope)),\(CSVField.escape(metric)),"
      + "\(CSVField.number(estimate.mean)),\(CSVField.number(estimate.halfWidth95))\n"
  }
}
