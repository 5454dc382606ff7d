import ContactCentre
import SimKernel

/// The data the report's script draws from, as one JSON object: the scopes the page can be
/// switched to, each scope's calls and agents by Pulse column at every point of the run
/// (`ReportSeries`), the teams' agents at each point's end, and the first replication's agent
/// state changes from which the replay finds every agent's state at a point's end.
enum ReportData {
  /// The most agent state changes embedded for the replay's tiles: past it, the tiles stop at
  /// the last instant whose changes all fit (`tilesUntil`), which bounds the page for long runs.
  static let changeBudget = 150_000

  /// The object, keys in a fixed order.
  static func document(
    _ summary: RunSummary, scopes: [ReportScope], series: ReportSeries, timeline: AgentTimeline
  ) -> JSONOutput {
    let configuration = summary.configuration
    let pulse = configuration.pulse
    let labels = AgentTimeline.labels(configuration)
    let roster = configuration.roster
    let reasons = configuration.vocabulary.notReadyReasons.count
    let until = tilesUntil(timeline, end: timeline.window)
    return .object([
      ("replications", .int(summary.replications)),
      ("startOfDay", number(configuration.startOfDay.seconds)),
      ("duration", number(configuration.duration.seconds)),
      ("intervalsPerPoint", .int(series.stride)),
      ("ends", .array(series.ends.map { number($0.seconds) })),
      ("queues", .array(configuration.queues.map { .string($0.id) })),
      ("teams", .array(configuration.teams.map { .string($0.id) })),
      (
        "scopes",
        .array(
          scopes.map { scope in
            .object([
              ("key", .string(scope.key)), ("kind", .string(scope.kind.rawValue)),
              ("id", .string(scope.id)),
              (
                "calls",
                .int(scope.kind == .centre ? 0 : scope.callQueue.map { $0 + 1 } ?? -1)
              ),
              ("queues", .array(scope.queues.map { .int($0) })),
              ("teams", .array(scope.teams.map { .int($0) })),
            ])
          })
      ),
      ("calls", .array(series.calls.map(calls))),
      ("groups", .array(PulseStateGroup.allCases.map { .string($0.label) })),
      ("groupClasses", .array(PulseStateGroup.allCases.map { .string($0.colour.cssClass) })),
      (
        "agents",
        .array(
          series.agents.map { groups in
            .array(groups.map { .array($0.map { number($0, decimals: 1) }) })
          })
      ),
      ("counts", .array(series.counts.map { teams in .array(teams.map(ints)) })),
      (
        "buckets",
        .array(
          (0..<StateTimes.bucketCount(reasons: reasons)).map {
            bucket($0, configuration.vocabulary, configuration.pulse)
          })
      ),
      (
        "words",
        .object([
          ("threshold", .string(ReportHTML.durationLabel(configuration.serviceLevelThreshold))),
          ("target", .string(Formatting.percent(configuration.serviceLevelTarget))),
          (
            "allQueues",
            .string(
              configuration.totalsLeaveOutDesk ? "All queues but the AAC desk's" : "All queues")
          ),
          (
            "noQueue",
            .string("No queue of this name: its agents' queues are in the tables below")
          ),
          (
            "tilesUntil",
            .string(
              "Agent tiles are kept up to "
                + "\(Formatting.clock(configuration.startOfDay + until.sinceStart)), for the "
                + "agent slots of the timeline; the counts above cover the whole run.")
          ),
        ])
      ),
      ("tilesUntil", number(until.seconds)),
      (
        "tiles",
        .array(
          timeline.rows.map { row in
            .array([
              .string(labels[row.slot]), .int(roster[row.slot].team),
              .array(
                row.changes.prefix { $0.time.seconds <= until.seconds }.flatMap {
                  [number($0.time.seconds), .int($0.bucket)]
                }),
            ])
          })
      ),
      (
        "thresholds",
        .object([
          ("serviceLevelTarget", number(configuration.serviceLevelTarget)),
          ("serviceLevelThreshold", number(configuration.serviceLevelThreshold.seconds)),
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

  /// The instant up to which the tiles are embedded: the `end` of the timeline's window (its
  /// slots are those at work in it: in a run of many days, the first day's), or sooner when
  /// the changes up to it do not all fit `changeBudget`.
  static func tilesUntil(_ timeline: AgentTimeline, end: SimDuration) -> SimInstant {
    let last = SimInstant(since: end)
    let total = timeline.rows.reduce(0) { $0 + $1.changes.count { $0.time <= last } }
    guard total > changeBudget else { return last }
    let times = timeline.rows.flatMap { $0.changes.map(\.time).filter { $0 <= last } }.sorted()
    // Every change at the cut-off instant is kept: cut strictly before the first one left out.
    let first = times[changeBudget]
    return times.last { $0 < first } ?? SimInstant(since: .zero)
  }

  /// Offered, answered, abandoned, service level, ASA and abandon rate, each a series.
  private static func calls(_ calls: ReportSeries.Calls) -> JSONOutput {
    .array([
      .array(calls.offered.map { number($0) }), .array(calls.answered.map { number($0) }),
      .array(calls.abandoned.map { number($0) }),
      .array(calls.serviceLevel.map { number($0, decimals: 3) }),
      .array(calls.averageSpeedOfAnswer.map { number($0, decimals: 1) }),
      .array(calls.abandonRate.map { number($0, decimals: 3) }),
    ])
  }

  private static func ints(_ values: [Int]) -> JSONOutput { .array(values.map { .int($0) }) }

  /// A state-time bucket: its label, its CSS class, what colours time in it (ACW, NotReady)
  /// or that it is no state (off shift), and for ACW and NotReady the seconds past which CC
  /// Pulse colours it amber and red — a NotReady reason's own (`PulseThresholds.notReady`: a
  /// lunch is long at an hour, a team leader's time never; null for never), as `ccsim pulse`
  /// colours it.
  private static func bucket(
    _ bucket: Int, _ vocabulary: Vocabulary, _ pulse: PulseThresholds
  ) -> JSONOutput {
    let reasons = vocabulary.notReadyReasons.count
    guard bucket != StateTimes.offShiftBucket(reasons: reasons) else {
      return .array([.string("Off shift"), .string("st-offShift"), .string("off")])
    }
    let state = AgentState.ofBucket(bucket, reasons: reasons)
    let label: [JSONOutput] = [
      .string(AgentState.bucketLabel(bucket, vocabulary)), .string(state.cssClass),
    ]
    func seconds(_ limit: PulseTimeLimit) -> JSONOutput {
      limit.duration.map { number($0.seconds) } ?? .null
    }
    switch state {
    case .afterCallWork:
      return .array(
        label + [
          .string("acw"), number(pulse.afterCallWorkAmber.seconds),
          number(pulse.afterCallWorkRed.seconds),
        ])
    case .notReady:
      let reason = NotReadyReason(bucket - AgentState.notReady.rawValue)
      let limits = pulse.notReady(reason, in: vocabulary)
      return .array(label + [.string("notReady"), seconds(limits.amber), seconds(limits.red)])
    default:
      return .array(label + [.string("")])
    }
  }

  /// A number to `decimals` places: as many as the page shows (one decimal of seconds, of
  /// agents and of a percentage), so rounding happens once and the file stays small.
  static func number(_ value: Double?, decimals: Int = 3) -> JSONOutput {
    guard let value, value.isFinite else { return .null }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return .double((value * scale).rounded() / scale)
  }
}
