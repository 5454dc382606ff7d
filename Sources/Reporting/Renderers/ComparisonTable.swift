import Planning
import SimKernel

/// Renders a comparison for a planner reading a terminal: a table each for the whole run, the
/// queues and the teams, one row per metric, aligned, with units.
public enum ComparisonTable {
  /// The whole report.
  public static func render(_ summary: ComparisonSummary) -> String {
    let base = summary.comparison.base
    let candidate = summary.comparison.candidate
    let count = summary.replications
    var text = "Base:      \(VisibleText.escaped(base.name))\n"
    text += "Candidate: \(VisibleText.escaped(candidate.name))\n"
    text += "Seed \(summary.seed), \(count) replication\(count == 1 ? "" : "s") of each, with"
    text += " common random numbers.\nDifference = candidate − base. ± 95 % paired: its Student-t"
    text += " half-width over the paired\nreplications; ± 95 % unpaired: the Welch half-width had"
    text += " the runs been independent.\nSignificant: the paired interval excludes 0.\n"

    text += "\n" + table("Total", [summary.total], named: false)
    if !summary.queues.isEmpty { text += "\n" + table("Queue", summary.queues, named: true) }
    if !summary.teams.isEmpty { text += "\n" + table("Team", summary.teams, named: true) }
    let notCompared = [
      ("Only in the base", summary.onlyInBase), ("Only in the candidate", summary.onlyInCandidate),
    ]
    var notes: [String] = []
    for (label, ids) in notCompared {
      for (kind, list) in [("queues", ids.queues), ("teams", ids.teams)] where !list.isEmpty {
        let names = VisibleText.escaped(list.joined(separator: ", "))
        notes.append("\(label), not compared: \(kind) \(names)\n")
      }
    }
    if !notes.isEmpty { text += "\n" + notes.joined() }
    return text
  }

  /// One table: a row per metric of each scope. The total's table names the metrics in its
  /// first column; the others name the queue or team, on its first row only, then the metric.
  static func table(_ title: String, _ scopes: [ComparisonSummary.Scope], named: Bool) -> String {
    let figures = [
      "Base", "Candidate", "Difference", "± 95 % paired", "± 95 % unpaired", "Significant",
    ]
    var table = TextTable(
      (named ? [title, "Metric"] : [title]) + figures, leftAligned: named ? 2 : 1)
    for scope in scopes {
      for (index, metric) in scope.metrics.enumerated() {
        let name = metric.name
        let compared = metric.difference
        table.add(
          (named ? [index == 0 ? scope.id : "", name.label] : [name.label]) + [
            SummaryTable.value(name, compared.base.mean),
            SummaryTable.value(name, compared.candidate.mean),
            signed(name, compared.difference.mean),
            SummaryTable.halfWidth(name, compared.difference.halfWidth95),
            SummaryTable.halfWidth(name, compared.unpairedHalfWidth95),
            compared.significant.map { $0 ? "yes" : "no" } ?? "—",
          ])
      }
    }
    return table.rendered()
  }

  /// A difference with its sign: percentage points for shares, seconds otherwise.
  static func signed(_ name: MetricName, _ value: Double?) -> String {
    guard let value, value.isFinite else { return "—" }
    let sign = value > 0 ? "+" : value < 0 ? "-" : ""
    return sign
      + (name.isShare
        ? Formatting.fixed(abs(value) * 100, decimals: 2) + " pp"
        : Formatting.seconds(abs(value)))
  }
}
