import ContactCentre
import SimKernel

/// The data behind the report's replay slider, as one JSON object: per interval the queues'
/// figures, the teams' agents by Pulse column on average over the interval and at its end (the
/// first replication's, counted as CC Pulse counts them: `AgentStateLog`), and the first
/// replication's agent state changes from which the page finds every agent's state at an
/// interval's end.
enum ReplayData {
  /// The object, keys in a fixed order.
  static func document(
    _ summary: RunSummary, series: IntervalSeries, timeline: AgentTimeline
  ) -> JSONOutput {
    let configuration = summary.configuration
    let pulse = configuration.pulse
    let labels = AgentTimeline.labels(configuration)
    let roster = configuration.roster
    let reasons = configuration.vocabulary.notReadyReasons.count
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
      ("groups", .array(PulseStateGroup.allCases.map { .string($0.label) })),
      ("teamStates", .array(series.teamAgents.map(groupAverages))),
      ("teamCounts", .array(counts(summary, series).map { teams in .array(teams.map(ints)) })),
      (
        "buckets",
        .array(
          (0..<StateTimes.bucketCount(reasons: reasons)).map {
            bucket($0, configuration.vocabulary)
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

  /// Per team, the agents in each Pulse column on average over an interval.
  private static func groupAverages(_ teams: [RunSummary.AverageAgents]) -> JSONOutput {
    .array(
      teams.map { agents in
        .array(
          PulseStateGroup.allCases.map { group in
            number(agents.agents(in: AgentState.allCases.filter { PulseStateGroup($0) == group }))
          })
      })
  }

  /// Per interval end, per team, per Pulse column: the first replication's agents then, from
  /// its log of state changes (empty when the run kept no detail: the log is kept with the
  /// agent times per interval, by `--out`).
  private static func counts(_ summary: RunSummary, _ series: IntervalSeries) -> [[[Int]]] {
    guard let first = summary.runs.first, summary.hasIntervalStates else { return [] }
    return AgentStateLog.groupCounts(
      first.stateChanges, at: series.ends.map { SimInstant(since: $0) },
      agentTeams: summary.configuration.roster.map(\.team),
      teams: summary.configuration.teams.count)
  }

  private static func ints(_ values: [Int]) -> JSONOutput { .array(values.map { .int($0) }) }

  /// A state-time bucket: its label, its CSS class, and what colours time in it (ACW,
  /// NotReady) or that it is no state (off shift).
  private static func bucket(_ bucket: Int, _ vocabulary: Vocabulary) -> JSONOutput {
    let reasons = vocabulary.notReadyReasons.count
    guard bucket != StateTimes.offShiftBucket(reasons: reasons) else {
      return .array([.string("Off shift"), .string("st-offShift"), .string("off")])
    }
    let state = AgentState.ofBucket(bucket, reasons: reasons)
    return .array([
      .string(AgentState.bucketLabel(bucket, vocabulary)), .string(state.cssClass),
      .string(state == .afterCallWork ? "acw" : state == .notReady ? "notReady" : ""),
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
