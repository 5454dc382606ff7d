import ContactCentre
import SimKernel

/// Renders a run summary's metrics as CSV: one row per scope and metric, then each outcome's
/// share of the scope's call activities.
public enum SummaryCSV {
  /// `scope,metric,mean,halfWidth95` rows; scope is `total` or `queue:ID`, and `outbound` for the
  /// outcome shares of outbound calls when the scenario dials out. An outcome's row is
  /// `outcomeShare:NAME`: its share of the activities that closed in the scope (inbound and
  /// outbound for `total`, inbound for a queue), the mean over replications.
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
    return text
  }

  private static func row(_ scope: String, _ metric: String, _ estimate: Estimate) -> String {
    "\(CSVField.escape(scope)),\(CSVField.escape(metric)),"
      + "\(CSVField.number(estimate.mean)),\(CSVField.number(estimate.halfWidth95))\n"
  }
}

/// CSV field formatting.
enum CSVField {
  static func escape(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
    return "\"" + field.replacingOccurrences("\"", with: "\"\"") + "\""
  }

  static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return JSONOutput.format(value)
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
