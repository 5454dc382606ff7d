/// Renders a comparison as CSV: one row per scope and metric.
public enum ComparisonCSV {
  /// Column names.
  public static let header = [
    "scope", "metric", "base", "baseHalfWidth95", "candidate", "candidateHalfWidth95",
    "difference", "differenceHalfWidth95", "unpairedHalfWidth95", "significant", "pairs",
  ]

  /// Rows for the total (scope `total`), each queue (`queue:ID`) and each team (`team:ID`);
  /// `significant` is `true`, `false` or empty with fewer than two pairs.
  public static func render(_ summary: ComparisonSummary) -> String {
    var text = header.joined(separator: ",") + "\n"
    let scopes =
      [("total", summary.total)] + summary.queues.map { ("queue:" + $0.id, $0) }
      + summary.teams.map { ("team:" + $0.id, $0) }
    for (scope, values) in scopes {
      for (name, compared) in values.metrics {
        let fields = [
          CSVField.text(scope), name.rawValue,
          CSVField.number(compared.base.mean), CSVField.number(compared.base.halfWidth95),
          CSVField.number(compared.candidate.mean),
          CSVField.number(compared.candidate.halfWidth95),
          CSVField.number(compared.difference.mean),
          CSVField.number(compared.difference.halfWidth95),
          CSVField.number(compared.unpairedHalfWidth95),
          compared.significant.map { String($0) } ?? "", String(compared.difference.count),
        ]
        text += fields.joined(separator: ",") + "\n"
      }
    }
    return text
  }
}
