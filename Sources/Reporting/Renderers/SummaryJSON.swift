import ContactCentre
import SimKernel

/// Renders a run summary as the JSON object of PRODUCT §5 (`summary.json`).
public enum SummaryJSON {
  /// The whole document.
  public static func render(_ summary: RunSummary) -> String {
    document(summary).rendered() + "\n"
  }

  /// The document as a value, keys in contract order.
  public static func document(_ summary: RunSummary) -> JSONOutput {
    let configuration = summary.configuration
    let handled = summary.total.calls.handled
    return .object([
      ("scenario", .string(configuration.name)),
      ("seed", seed(configuration.seed)),
      ("replications", .int(summary.replications)),
      ("calls", calls(summary.total.calls)),
      ("metrics", metrics(summary.total.metrics)),
      (
        "agents",
        .object([
          ("autoLogouts", .int(summary.autoLogouts)),
          ("acwTimeouts", .int(summary.acwTimeouts)),
          ("ronaNotReady", .int(summary.ronaNotReady)),
          (
            "redirectedOnNoAnswer",
            .int(summary.runs.reduce(0) { $0 + $1.total.redirectedOnNoAnswer })
          ),
          (
            "idleLoggedOutSeconds",
            .number(
              summary.runs.reduce(0.0) { total, run in
                total + run.agents.reduce(0.0) { $0 + Double($1.idleLoggedOut) / 1e6 }
              })
          ),
        ])
      ),
      ("outcomes", .object(handled > 0 ? [("Call Resolved", .int(handled))] : [])),
      (
        "queues",
        .object(
          summary.queues.map {
            ($0.id, .object([("calls", calls($0.calls)), ("metrics", metrics($0.metrics))]))
          })
      ),
      (
        "lines",
        .object(
          summary.lines.map { line in
            (
              line.scope.id,
              .object([
                ("arrived", .int(line.arrived)),
                ("ivrHangUps", .int(line.ivrHangUps)),
                ("inIVRAtEnd", .int(line.inIVRAtEnd)),
                (
                  "ivrBranches", .object(line.branches.map { ($0.kind.rawValue, .int($0.callers)) })
                ),
                ("calls", calls(line.scope.calls)),
                ("metrics", metrics(line.scope.metrics)),
              ])
            )
          })
      ),
      (
        "ivrBranches",
        .object(
          summary.branches.map {
            (
              $0.kind.rawValue,
              .object([("calls", calls($0.scope.calls)), ("metrics", metrics($0.scope.metrics))])
            )
          })
      ),
      (
        "teams",
        .object(
          summary.teams.map { team in
            (
              team.id,
              .object([
                ("agents", .int(team.agents)),
                ("calls", calls(team.calls.calls)),
                (
                  "metrics",
                  .object(
                    [("occupancy", estimate(team.occupancy))]
                      + [MetricName.averageSpeedOfAnswer, .averageHandleTime].compactMap { name in
                        team.calls.metrics[name].map { (name.rawValue, estimate($0)) }
                      })
                ),
                ("stateSeconds", stateSeconds(team.stateTimes)),
              ])
            )
          })
      ),
    ])
  }

  /// Seconds per agent state, NotReady split by reason code.
  static func stateSeconds(_ times: StateTimes) -> JSONOutput {
    .object(
      AgentState.allCases.map { state in
        guard state == .notReady else { return (state.reportName, .number(times[state].seconds)) }
        return (
          state.reportName,
          .object(NotReadyReason.allCases.map { ($0.name, .number(times[reason: $0].seconds)) })
        )
      })
  }

  /// A seed as a JSON number when a double holds it exactly, else as a string of digits.
  static func seed(_ seed: UInt64) -> JSONOutput {
    seed <= 1 << 53 ? .int(Int(seed)) : .string(String(seed))
  }

  static func calls(_ tally: CallTally) -> JSONOutput {
    .object([
      ("offered", .int(tally.offered)),
      ("answered", .int(tally.answered)),
      ("abandoned", .int(tally.abandoned)),
      ("shortAbandoned", .int(tally.shortAbandoned)),
      ("answeredWithinThreshold", .int(tally.answeredWithinThreshold)),
      ("waited", .int(tally.waited)),
      ("redirectedOnNoAnswer", .int(tally.redirectedOnNoAnswer)),
      ("transferred", .int(tally.transferred)),
      ("unresolvedAtEnd", .int(tally.unresolvedAtEnd)),
      ("handled", .int(tally.handled)),
    ])
  }

  static func metrics(_ metrics: [MetricName: Estimate]) -> JSONOutput {
    .object(
      MetricName.allCases.compactMap { name in
        metrics[name].map { (name.rawValue, estimate($0)) }
      })
  }

  static func estimate(_ estimate: Estimate) -> JSONOutput {
    .object([("mean", .number(estimate.mean)), ("halfWidth95", .number(estimate.halfWidth95))])
  }
}
