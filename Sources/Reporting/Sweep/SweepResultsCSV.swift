/// Renders a sweep's results as CSV (`results.csv`): one row per point with its factor levels,
/// calls offered, answered and abandoned, and service level, ASA, abandon rate and occupancy,
/// each with its 95 % half-width.
public enum SweepResultsCSV {
  static let metrics: [MetricName] = [
    .serviceLevel, .averageSpeedOfAnswer, .abandonRate, .occupancy,
  ]

  /// The whole table.
  public static func render(_ results: SweepResults) -> String {
    let header =
      ["point"] + results.outline.factors + ["replications", "offered", "answered", "abandoned"]
      + metrics.flatMap { [$0.rawValue, $0.rawValue + "HalfWidth95"] }
    var text = header.map(CSVField.escape).joined(separator: ",") + "\n"
    for (index, point) in results.points.enumerated() {
      let calls = point.total.calls
      var fields = [String(index)] + point.outline.levels.map { CSVField.escape($0.label) }
      fields += [results.outline.replications, calls.offered, calls.answered, calls.abandoned]
        .map(String.init)
      for metric in metrics {
        let estimate = point.total.metrics[metric]
        fields += [
          CSVField.number(estimate?.mean), CSVField.number(estimate?.halfWidth95),
        ]
      }
      text += fields.joined(separator: ",") + "\n"
    }
    return text
  }
}
