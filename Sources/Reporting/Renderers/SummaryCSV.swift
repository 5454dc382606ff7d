import ContactCentre
import SimKernel

/// Renders a run summary's metrics as CSV: one row per scope and metric.
public enum SummaryCSV {
  /// `scope,metric,mean,halfWidth95` rows; scope is `total` or `queue:ID`.
  public static func render(_ summary: RunSummary) -> String {
    var text = "scope,metric,mean,halfWidth95\n"
    let scopes = [("total", summary.total)] + summary.queues.map { ("queue:" + $0.id, $0) }
    for (scope, values) in scopes {
      for name in MetricName.allCases {
        guard let estimate = values.metrics[name] else { continue }
        text += "\(CSVField.escape(scope)),\(name.rawValue),"
        text += "\(CSVField.number(estimate.mean)),\(CSVField.number(estimate.halfWidth95))\n"
      }
    }
    return text
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
