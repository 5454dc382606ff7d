import SimKernel

/// Renders a sweep's results for a terminal: a row per point with its levels and the service
/// level, ASA, abandon rate and occupancy, each ± its 95 % half-width.
public enum SweepTable {
  /// The whole report.
  public static func render(_ results: SweepResults) -> String {
    let outline = results.outline
    let replications = outline.replications
    var text = VisibleText.escaped("\(outline.name) — \(outline.scenario)")
    text += ", seed \(outline.seed), "
    text += "\(outline.points.count) point\(outline.points.count == 1 ? "" : "s") × "
    text += "\(replications) replication\(replications == 1 ? "" : "s")\n\n"
    var table = TextTable(
      ["Point"] + outline.factors + ["Offered"]
        + SweepResultsCSV.metrics.flatMap { [$0.shortLabel, "± 95 %"] })
    for (index, point) in results.points.enumerated() {
      var row = [String(index)] + point.outline.levels.map(\.label)
      row.append(Formatting.count(point.total.calls.offered))
      for metric in SweepResultsCSV.metrics {
        let estimate = point.total.metrics[metric]
        row += [
          SummaryTable.value(metric, estimate?.mean),
          SummaryTable.halfWidth(metric, estimate?.halfWidth95),
        ]
      }
      table.add(row)
    }
    return text + table.rendered()
  }
}

extension MetricName {
  /// The column heading in a sweep's table.
  fileprivate var shortLabel: String {
    switch self {
    case .serviceLevel: "SL"
    case .averageSpeedOfAnswer: "ASA"
    case .averageHandleTime: "AHT"
    case .abandonRate: "Abandoned"
    case .probabilityOfQueueing: "P(queue)"
    case .probabilityOfWait: "P(wait)"
    case .occupancy: "Occupancy"
    case .longestWait: "Longest wait"
    }
  }
}
