import ContactCentre
import SimKernel

/// `summary.json`'s `projection`: the snapshot's instant and state, the run-rate factors, the
/// what-if changes, and a row per queue and interval (actual, then projected, each projected
/// row followed by its unchanged one when there are changes).
enum ProjectionJSON {
  static func value(_ report: ProjectionReport, _ configuration: CentreConfiguration)
    -> JSONOutput
  {
    var members: [(String, JSONOutput)] = [
      ("at", .string(Formatting.clockSeconds(configuration.startOfDay + report.time.sinceStart))),
      (
        "waiting",
        .object(
          report.waiting.indices.map { (configuration.queues[$0].id, .int(report.waiting[$0])) })
      ),
      (
        "agents",
        .object(
          AgentState.allCases.compactMap { state in
            report.agents[state].map { (state.reportName, .int($0)) }
          })
      ),
    ]
    if let arrivals = report.arrivals { members.append(("arrivalFactor", factor(arrivals))) }
    if let handleTime = report.handleTime {
      members.append(("handleTimeFactor", factor(handleTime)))
    }
    members.append(("changes", .array(report.changes.map { .string($0) })))
    members.append(
      (
        "intervals",
        .array(
          report.rows.map { row in
            .object([
              ("queue", .string(configuration.queues[row.queue].id)),
              ("start", .string(ProjectionTable.start(row.interval, configuration))),
              ("kind", .string(row.kind.rawValue)),
              ("offered", SummaryJSON.estimate(row.offered)),
              ("answered", SummaryJSON.estimate(row.answered)),
              ("abandoned", SummaryJSON.estimate(row.abandoned)),
              ("serviceLevel", SummaryJSON.estimate(row.serviceLevel)),
              ("averageSpeedOfAnswer", SummaryJSON.estimate(row.averageSpeedOfAnswer)),
              ("averageHandleTime", SummaryJSON.estimate(row.averageHandleTime)),
              ("abandonRate", SummaryJSON.estimate(row.abandonRate)),
            ])
          })
      ))
    return .object(members)
  }

  static func factor(_ summary: RunRate.Summary) -> JSONOutput {
    .object([
      ("estimate", .number(summary.estimate)),
      ("ratio", .number(summary.ratio)),
      ("sd", .number(summary.sd)),
      ("level", .number(summary.level)),
      ("low", .number(summary.interval.lowerBound)),
      ("high", .number(summary.interval.upperBound)),
      ("bounds", .array([.number(summary.bounds.lowerBound), .number(summary.bounds.upperBound)])),
      ("clamped", .bool(summary.isClamped)),
      ("expected", .number(summary.expected)),
      ("observed", .number(summary.observed)),
    ])
  }
}

/// The projection for a terminal: a heading with the snapshot and the factors, then a table
/// per queue — the actuals so far, then the projected intervals with their 95 % half-widths.
public enum ProjectionTable {
  public static func render(_ report: ProjectionReport, _ configuration: CentreConfiguration)
    -> String
  {
    let at = Formatting.clock(configuration.startOfDay + report.time.sinceStart)
    var text =
      "Rest of the day from the snapshot at \(at): \(report.replications) replication"
      + "\(report.replications == 1 ? "" : "s"), ± 95 %\n"
    let states = AgentState.allCases.compactMap { state in
      report.agents[state].map { "\($0) \(state.reportName)" }
    }
    text +=
      "  now: \(report.waiting.reduce(0, +)) waiting; agents "
      + (states.isEmpty ? "none" : states.joined(separator: ", ")) + "\n"
    if let arrivals = report.arrivals { text += "  " + factor("arrivals", arrivals) + "\n" }
    if let handleTime = report.handleTime {
      text += "  " + factor("handle time", handleTime) + "\n"
    }
    for change in report.changes { text += "  what-if: \(change)\n" }
    if report.hasUnchanged { text += "  " + unchangedNote + "\n" }
    for queue in configuration.queues.indices {
      let rows = report.rows.filter { $0.queue == queue }
      guard !rows.isEmpty else { continue }
      text += "\nqueue \(VisibleText.escaped(configuration.queues[queue].id))\n"
      var table = TextTable(["Interval", "", "Offered", "SL", "ASA", "Abandon rate", "AHT"])
      for row in rows {
        table.add([
          start(row.interval, configuration), row.kind.rawValue, offered(row),
          band(row.serviceLevel, Formatting.percent),
          band(row.averageSpeedOfAnswer, Formatting.seconds),
          band(row.abandonRate, Formatting.percent),
          band(row.averageHandleTime, Formatting.seconds),
        ])
      }
      text += table.rendered()
    }
    return text
  }

  /// What an unchanged row is.
  static let unchangedNote =
    "projected: with the what-if changes; unchanged: the same replications without them"

  /// The offered calls of a row: a count for an actual row, a mean with its band otherwise.
  static func offered(_ row: ProjectionReport.Row) -> String {
    band(row.offered) { Formatting.fixed($0, decimals: row.kind == .actual ? 0 : 1) }
  }

  /// "arrivals at run rate: × 1.08 (90 %: 0.97–1.20; 412 against 381 forecast)".
  static func factor(_ name: String, _ summary: RunRate.Summary) -> String {
    let low = Formatting.fixed(summary.interval.lowerBound, decimals: 2)
    let high = Formatting.fixed(summary.interval.upperBound, decimals: 2)
    return "\(name) at run rate: × \(Formatting.fixed(summary.estimate, decimals: 2))"
      + " (\(Int((summary.level * 100).rounded())) %: "
      + "\(low)–\(high); \(Formatting.fixed(summary.observed, decimals: 0)) against "
      + "\(Formatting.fixed(summary.expected, decimals: 0)) forecast"
      + (summary.isClamped ? ", bounded" : "") + ")"
  }

  /// An estimate as "value ± half-width", or the value alone, or "—".
  static func band(_ estimate: Estimate, _ format: (Double?) -> String) -> String {
    guard let mean = estimate.mean else { return "—" }
    guard let halfWidth = estimate.halfWidth95 else { return format(mean) }
    return format(mean) + " ± " + format(halfWidth)
  }

  static func band(_ estimate: Estimate, _ format: (Double) -> String) -> String {
    band(estimate) { (value: Double?) in value.map(format) ?? "—" }
  }

  /// The clock of reporting interval `interval`'s start.
  static func start(_ interval: Int, _ configuration: CentreConfiguration) -> String {
    Formatting.clock(
      configuration.startOfDay
        + SimDuration(microseconds: Int64(interval) * configuration.interval.microseconds))
  }
}

/// `projection.csv` (`ccsim run --from --out`): a row per queue and interval, actual then
/// projected (and unchanged, with what-if changes); counts and metrics as in `intervals.csv` (means over replications, `_hw95`
/// their 95 % half-widths, empty when there is none).
public enum ProjectionCSV {
  public static let header = [
    "queue", "interval", "start", "kind", "offered", "offered_hw95", "answered", "abandoned",
    "sl", "sl_hw95", "asa_s", "asa_s_hw95", "aht_s", "aht_s_hw95", "abandon_rate",
    "abandon_rate_hw95",
  ]

  public static func render(_ report: ProjectionReport, _ configuration: CentreConfiguration)
    -> String
  {
    var text = header.joined(separator: ",") + "\n"
    for row in report.rows {
      var fields = [
        CSVField.text(configuration.queues[row.queue].id), String(row.interval),
        ProjectionTable.start(row.interval, configuration), row.kind.rawValue,
      ]
      fields += [number(row.offered.mean), number(row.offered.halfWidth95)]
      fields += [number(row.answered.mean), number(row.abandoned.mean)]
      for estimate in [
        row.serviceLevel, row.averageSpeedOfAnswer, row.averageHandleTime, row.abandonRate,
      ] {
        fields += [number(estimate.mean), number(estimate.halfWidth95)]
      }
      text += fields.joined(separator: ",") + "\n"
    }
    return text
  }

  static func number(_ value: Double?) -> String { CSVField.number(value) }
}
