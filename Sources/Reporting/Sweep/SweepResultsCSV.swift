/// Renders a sweep's results as CSV (`results.csv`): one row per point with its factor levels,
/// calls offered, answered and abandoned, and service level, ASA, abandon rate and occupancy,
/// each with its 95 % half-width.
public enum SweepResultsCSV {
  static let metrics: [MetricName] = [
    .serviceLevel, .averageSpeedOfAnswer, .abandonRate, .occupancy,
  ]

  /// The whole table.
  public static func render(_ results: SweepResults) -> String {
    // A factor's name holds a team's id (`agents:gich`), a variant's level the sweep's name.
    let header =
      [CSVField.escape("point")] + results.outline.factors.map(CSVField.text)
      + (["replications", "offered", "answered", "abandoned"]
      + metrics.flatMap { [$0.rawValue, $0.rawValue + "HalfWidth95"] }).map(CSVField.escape)
    var text = header.joined(separator: ",") + "\n"
    for (index, point) in results.points.enumerated() {
      let calls = point.total.calls
      var fields = [String(index)] + point.outline.levels.map(\.csvField)
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
