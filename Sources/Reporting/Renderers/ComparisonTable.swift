import Planning
import SimKernel

/// Renders a comparison for a planner reading a terminal: first, on one screen, the figures
/// that moved, significant first, then largest change, and the queues and teams only one side has with their
/// figures; then the detail, a table each for the whole run, the queues and the teams, one row
/// per metric, aligned, with units.
public enum ComparisonTable {
  /// How many of the figures that moved the summary lists.
  public static let summaryRows = 12

  /// The whole report.
  public static func render(_ summary: ComparisonSummary) -> String {
    let base = summary.comparison.base
    let candidate = summary.comparison.candidate
    let count = summary.replications
    var text = "Base:      \(VisibleText.escaped(base.name))\n"
    text += "Candidate: \(VisibleText.escaped(candidate.name))\n"
    text += "Seed \(summary.seed), \(count) replication\(count == 1 ? "" : "s") of each, with"
    text += " common random numbers.\n"
    text += "\n" + changes(summary)
    let sides = onlyOneSide(summary)
    if !sides.isEmpty { text += "\n" + sides }

    text += "\nDifference = candidate − base. ± 95 % paired: its Student-t half-width over the"
    text += " paired\nreplications; ± 95 % unpaired: the Welch half-width had the runs been"
    text += " independent.\nSignificant: the paired interval excludes 0.\n"
    text += "\n" + table("Total", [summary.total], named: false)
    if !summary.queues.isEmpty { text += "\n" + table("Queue", summary.queues, named: true) }
    if !summary.teams.isEmpty { text += "\n" + table("Team", summary.teams, named: true) }
    let oneSided = [
      ("Queue only in the base", "Base", summary.baseOnly.queues),
      ("Team only in the base", "Base", summary.baseOnly.teams),
      ("Queue only in the candidate", "Candidate", summary.candidateOnly.queues),
      ("Team only in the candidate", "Candidate", summary.candidateOnly.teams),
    ]
    for (title, side, scopes) in oneSided where !scopes.isEmpty {
      text += "\n" + table(title, side: side, scopes)
    }
    return text
  }

  /// The summary: the figures that moved, significant first, then largest relative change, at most
  /// `summaryRows` of them, and how many more moved and how many did not.
  static func changes(_ summary: ComparisonSummary) -> String {
    let changes = summary.changes
    let shown = changes.prefix(summaryRows)
    var text = "What moved, significant first, then largest change"
    guard !changes.isEmpty else {
      return text + ": nothing (\(summary.unmoved) figures compared, every difference 0).\n"
    }
    text +=
      ": \(changes.count) of \(changes.count + summary.unmoved) figures"
      + (shown.count < changes.count ? ", the first \(shown.count) here" : "")
      + ".\nSignificant: the paired 95 % interval of the difference excludes 0.\n"
    var table = TextTable(
      ["Scope", "Metric", "Base", "Candidate", "Difference ± 95 %", "Change", "Significant"],
      leftAligned: 2)
    for change in shown {
      let metric = change.metric
      let compared = change.compared
      table.add([
        scopeLabel(change), capitalised(shortLabel(metric)),
        SummaryTable.value(metric, compared.base.mean),
        SummaryTable.value(metric, compared.candidate.mean),
        signed(metric, compared.difference.mean, halfWidth: compared.difference.halfWidth95),
        relative(change.relativeChange), compared.significant.map { $0 ? "yes" : "no" } ?? "—",
      ])
    }
    text += table.rendered()
    let more = changes.count - shown.count
    if more > 0 {
      text += "… and \(more) smaller change\(more == 1 ? "" : "s") in the tables below.\n"
    }
    return text
  }

  /// One line per queue or team only one side has, with its figures on that side.
  static func onlyOneSide(_ summary: ComparisonSummary) -> String {
    let sides = [
      ("base", "queue", summary.baseOnly.queues), ("base", "team", summary.baseOnly.teams),
      ("candidate", "queue", summary.candidateOnly.queues),
      ("candidate", "team", summary.candidateOnly.teams),
    ]
    var text = ""
    for (side, kind, scopes) in sides {
      for scope in scopes {
        let figures = scope.metrics.map { name, estimate in
          shortLabel(name) + " " + SummaryTable.value(name, estimate.mean)
        }
        text +=
          "Only in the \(side): \(kind) \(VisibleText.escaped(scope.id)) — "
          + figures.joined(separator: ", ") + "\n"
      }
    }
    return text
  }

  /// Short names of the metrics for the one-line figures of a queue or team: the planners'
  /// abbreviations, else the metric's label in lower case.
  static func shortLabel(_ metric: MetricName) -> String {
    switch metric {
    case .serviceLevel: "SL"
    case .averageSpeedOfAnswer: "ASA"
    case .averageHandleTime: "AHT"
    default: metric.label.lowercased()
    }
  }

  static func capitalised(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }

  /// "total", "queue gich", "team gich".
  static func scopeLabel(_ change: ComparisonChange) -> String {
    change.kind == .total ? "total" : "\(change.kind.rawValue) \(change.id)"
  }

  /// A relative change: "+12.3 %", "-41.6 %"; "from 0" when the base's mean was 0.
  static func relative(_ value: Double?) -> String {
    guard let value else { return "from 0" }
    let sign = value > 0 ? "+" : value < 0 ? "-" : ""
    return sign + Formatting.fixed(abs(value) * 100, decimals: 1) + " %"
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

  /// The table of queues or teams only one side (`side`) has: each metric's mean and 95 %
  /// half-width there.
  static func table(_ title: String, side: String, _ scopes: [ComparisonSummary.OneSided])
    -> String
  {
    var table = TextTable([title, "Metric", side, "± 95 %"], leftAligned: 2)
    for scope in scopes {
      for (index, metric) in scope.metrics.enumerated() {
        table.add([
          index == 0 ? scope.id : "", metric.name.label,
          SummaryTable.value(metric.name, metric.estimate.mean),
          SummaryTable.halfWidth(metric.name, metric.estimate.halfWidth95),
        ])
      }
    }
    return table.rendered()
  }

  /// A difference with its sign and half-width: "-5.26 ± 0.99 pp", "+3.00 ± 1.74 s".
  static func signed(_ name: MetricName, _ value: Double?, halfWidth: Double?) -> String {
    guard let value, value.isFinite else { return "—" }
    let sign = value > 0 ? "+" : value < 0 ? "-" : ""
    let scale = name.isShare ? 100.0 : 1.0
    let unit = name.isShare ? " pp" : " s"
    let spread = halfWidth.map { " ± " + Formatting.fixed($0 * scale, decimals: 2) } ?? ""
    return sign + Formatting.fixed(abs(value) * scale, decimals: 2) + spread + unit
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
