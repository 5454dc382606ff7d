import ContactCentre
import SimKernel

/// The data behind the report's replay slider, as one JSON object: per interval the queues'
/// figures and the teams' agents by state, and the first replication's agent state changes
/// from which the page finds every agent's state at an interval's end.
enum ReplayData {
  /// The object, keys in a fixed order.
  static func document(
    _ summary: RunSummary, series: IntervalSeries, timeline: AgentTimeline
  ) -> JSONOutput {
    let configuration = summary.configuration
    let pulse = configuration.pulse
    let labels = AgentTimeline.labels(configuration)
    let roster = configuration.roster
    return .object([
      ("replications", .int(summary.replications)),
      ("labels", .array(series.labels.map { .string($0) })),
      (
        "endLabels",
        .array(series.ends.map { .string(Formatting.clock(configuration.startOfDay + $0)) })
      ),
      ("ends", .array(series.ends.map { number($0.seconds) })),
      ("queues", .array(configuration.queues.map { .string($0.id) })),
      (
        "queueFigures",
        .array(
          series.queues.indices.map { interval in
            .array((series.queues[interval] + [series.total[interval]]).map(figures))
          })
      ),
      ("teams", .array(configuration.teams.map { .string($0.id) })),
      (
        "teamStates",
        .array(
          series.teamAgents.map { teams in
            .array(
              teams.map { agents in
                .array(
                  AgentState.pulseGroups.map { group in
                    number(group.members.reduce(0) { $0 + agents[$1.rawValue] })
                  })
              })
          })
      ),
      (
        "buckets",
        .array(
          (0..<StateTimes.bucketCount).map { bucket in
            let state = AgentState.ofBucket(bucket)
            return .array([
              .string(AgentState.bucketLabel(bucket)), .string(state.cssClass),
              .string(state == .afterCallWork ? "acw" : state == .notReady ? "notReady" : ""),
            ])
          })
      ),
      (
        "agents",
        .array(
          timeline.rows.map { row in
            .array([
              .string(labels[row.slot]), .int(roster[row.slot].team),
              .array(
                row.changes.flatMap { [number($0.time.seconds), .int($0.bucket)] }),
            ])
          })
      ),
      (
        "thresholds",
        .object([
          ("serviceLevelAmber", number(pulse.serviceLevelAmber)),
          ("serviceLevelRed", number(pulse.serviceLevelRed)),
          ("abandonRateAmber", number(pulse.abandonRateAmber)),
          ("abandonRateRed", number(pulse.abandonRateRed)),
          ("afterCallWorkAmber", number(pulse.afterCallWorkAmber.seconds)),
          ("afterCallWorkRed", number(pulse.afterCallWorkRed.seconds)),
          ("notReadyAmber", number(pulse.notReadyAmber.seconds)),
          ("notReadyRed", number(pulse.notReadyRed.seconds)),
        ])
      ),
    ])
  }

  /// Offered, answered, abandoned, service level, ASA and abandon rate.
  private static func figures(_ queue: IntervalSeries.QueueFigures) -> JSONOutput {
    .array([
      number(queue.offered), number(queue.answered), number(queue.abandoned),
      number(queue.serviceLevel, decimals: 4), number(queue.averageSpeedOfAnswer),
      number(queue.abandonRate, decimals: 4),
    ])
  }

  /// A number to `decimals` places: the page shows at most one decimal, and the file stays
  /// small.
  private static func number(_ value: Double?, decimals: Int = 3) -> JSONOutput {
    guard let value, value.isFinite else { return .null }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return .double((value * scale).rounded() / scale)
  }
}
