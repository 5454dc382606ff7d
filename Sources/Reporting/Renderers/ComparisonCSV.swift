/// Renders a comparison as CSV: one row per scope and metric.
public enum ComparisonCSV {
  /// Column names.
  public static let header = [
    "scope", "metric", "base", "baseHalfWidth95", "candidate", "candidateHalfWidth95",
    "difference", "differenceHalfWidth95", "unpairedHalfWidth95", "significant", "pairs",
    "presentIn", "relativeChange", "moved", "rank",
  ]

  /// Rows for the total (scope `total`), each queue (`queue:ID`) and each team (`team:ID`) both
  /// have (`presentIn` `both`); `significant` is `true`, `false` or empty with fewer than two
  /// pairs; `relativeChange` is the difference over the base's mean (empty from 0), `moved`
  /// whether the difference shows at the precision reports print, and `rank` the figure's place
  /// among those that moved, largest relative change first (empty if it did not move). Then the
  /// queues and teams only one side has, `presentIn` `base` or `candidate`, with that side's
  /// figures alone.
  public static func render(_ summary: ComparisonSummary) -> String {
    var text = header.joined(separator: ",") + "\n"
    var ranks: [String: Int] = [:]
    for (index, change) in summary.changes.enumerated() {
      ranks[key(change.kind.rawValue, change.id, change.metric)] = index + 1
    }
    let scopes =
      [("total", ComparisonChange.ScopeKind.total, summary.total)]
      + summary.queues.map { ("queue:" + $0.id, .queue, $0) }
      + summary.teams.map { ("team:" + $0.id, .team, $0) }
    for (scope, kind, values) in scopes {
      for (name, compared) in values.metrics {
        let change = ComparisonChange(kind: kind, id: values.id, metric: name, compared: compared)
        let moved = ComparisonChange.moved(name, compared)
        let fields = [
          CSVField.text(scope), name.rawValue,
          CSVField.number(compared.base.mean), CSVField.number(compared.base.halfWidth95),
          CSVField.number(compared.candidate.mean),
          CSVField.number(compared.candidate.halfWidth95),
          CSVField.number(compared.difference.mean),
          CSVField.number(compared.difference.halfWidth95),
          CSVField.number(compared.unpairedHalfWidth95),
          compared.significant.map { String($0) } ?? "", String(compared.difference.count),
          "both", CSVField.number(change.relativeChange), String(moved),
          ranks[key(kind.rawValue, values.id, name)].map(String.init) ?? "",
        ]
        text += fields.joined(separator: ",") + "\n"
      }
    }
    let oneSided = [
      ("queue:", "base", summary.baseOnly.queues), ("team:", "base", summary.baseOnly.teams),
      ("queue:", "candidate", summary.candidateOnly.queues),
      ("team:", "candidate", summary.candidateOnly.teams),
    ]
    for (prefix, side, list) in oneSided {
      for scope in list {
        for (name, estimate) in scope.metrics {
          let figures = [CSVField.number(estimate.mean), CSVField.number(estimate.halfWidth95)]
          let base = side == "base" ? figures : ["", ""]
          let candidate = side == "candidate" ? figures : ["", ""]
          let fields =
            [CSVField.text(prefix + scope.id), name.rawValue] + base + candidate
            + ["", "", "", "", "", side, "", "", ""]
          text += fields.joined(separator: ",") + "\n"
        }
      }
    }
    return text
  }

  private static func key(_ kind: String, _ id: String, _ metric: MetricName) -> String {
    kind + "\u{0}" + id + "\u{0}" + metric.rawValue
  }
}
