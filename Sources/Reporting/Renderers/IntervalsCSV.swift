import ContactCentre
import SimKernel

/// Renders per-interval, per-queue figures as CSV, the columns a WFM tool imports.
public enum IntervalsCSV {
  /// Column names.
  public static let header = [
    "interval", "start", "queue", "offered", "answered", "abandoned", "shortAbandoned",
    "answeredWithinThreshold", "unresolvedAtEnd", "serviceLevel", "averageSpeedOfAnswer",
    "averageHandleTime", "abandonRate",
  ]

  /// One row per interval and queue; counts are summed over replications, metrics are means.
  /// When the run counted outcomes per interval, a column per outcome follows, named exactly.
  public static func render(_ summary: RunSummary) -> String {
    let outcomes = summary.hasIntervalOutcomes
    var columns = header
    if outcomes { columns += Outcome.allCases.map(\.name) }
    var text = columns.map(CSVField.escape).joined(separator: ",") + "\n"
    let configuration = summary.configuration
    for interval in 0..<configuration.intervalCount {
      let start = configuration.startOfDay + configuration.interval * Int64(interval)
      for scope in summary.intervalScopes(interval) {
        let calls = scope.calls
        var fields = [
          String(interval), Formatting.clock(start), CSVField.escape(scope.id),
          String(calls.offered), String(calls.answered), String(calls.abandoned),
          String(calls.shortAbandoned), String(calls.answeredWithinThreshold),
          String(calls.unresolvedAtEnd),
          CSVField.number(scope.metrics[.serviceLevel]?.mean),
          CSVField.number(scope.metrics[.averageSpeedOfAnswer]?.mean),
          CSVField.number(scope.metrics[.averageHandleTime]?.mean),
          CSVField.number(scope.metrics[.abandonRate]?.mean),
        ]
        if outcomes, let counts = scope.outcomes {
          fields += Outcome.allCases.map { String(counts[$0]) }
        }
        text += fields.joined(separator: ",") + "\n"
      }
    }
    return text
  }
}
