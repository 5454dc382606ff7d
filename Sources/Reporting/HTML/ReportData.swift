import ContactCentre
import SimKernel

/// The data the report's script draws from, as one JSON object written piece by piece: the
/// scopes the page can be switched to, each scope's calls and agents by Pulse column at every
/// point of the run (`ReportSeries`), the teams' agents at each point's end, and the first
/// replication's agent state changes from which the replay finds every agent's state at a
/// point's end.
enum ReportData {
  /// The most agent state changes embedded for the replay's tiles: past it, the tiles stop at
  /// the last instant whose changes all fit (`tilesUntil`), which bounds the page for long runs.
  static let changeBudget = 150_000

  /// Writes the object, keys in a fixed order, as compact JSON safe inside a `<script>` element
  /// (`HTML.scriptSafeJSON`). The long arrays (the points' ends, each scope's calls, the
  /// agents and counts, the tiles) are written an element at a time, so no more than one
  /// scope's or one row's values are held as a JSON value at once, however long the run.
  static func write(
    _ summary: RunSummary, scopes: [ReportScope], series: ReportSeries, timeline: AgentTimeline,
    to output: inout some TextOutputStream
  ) {
    let configuration = summary.configuration
    let pulse = configuration.pulse
    let labels = AgentTimeline.labels(configuration)
    let roster = configuration.roster
    let reasons = configuration.vocabulary.notReadyReasons.count
    let until = tilesUntil(timeline, end: timeline.window)
    var members = 0
    func key(_ name: String) {
      output.write(members == 0 ? "{" : ",")
      members += 1
      output.write(JSONOutput.string(name).compact() + ":")
    }
    func member(_ name: String, _ value: JSONOutput) {
      key(name)
      output.write(HTML.scriptSafeJSON(value.compact()))
    }
    func elements<Items: Collection>(
      _ name: String, _ items: Items, _ element: (Items.Element) -> JSONOutput
    ) {
      key(name)
      output.write("[")
      for (index, item) in items.enumerated() {
        if index > 0 { output.write(",") }
        output.write(HTML.scriptSafeJSON(element(item).compact()))
      }
      output.write("]")
    }
    member("replications", .int(summary.replications))
    member("startOfDay", number(configuration.startOfDay.seconds))
    member("duration", number(configuration.duration.seconds))
    member("intervalsPerPoint", .int(series.stride))
    elements("ends", series.ends) { number($0.seconds) }
    member("queues", .array(configuration.queues.map { .string($0.id) }))
    member("teams", .array(configuration.teams.map { .string($0.id) }))
    elements("scopes", scopes) { scope in
      var members: [(String, JSONOutput)] = [
        ("key", .string(scope.key)), ("kind", .string(scope.kind.rawValue)),
        ("id", .string(scope.id)),
        ("calls", .int(scope.kind == .centre ? 0 : scope.callQueue.map { $0 + 1 } ?? -1)),
        ("queues", .array(scope.queues.map { .int($0) })),
        ("teams", .array(scope.teams.map { .int($0) })),
      ]
      // With queue goals, each scope's own: its queue's threshold and target.
      if configuration.hasQueueGoals {
        let threshold = scope.callQueue.map { configuration.serviceLevelThreshold(ofPlan: $0) }
        let target = scope.callQueue.map { configuration.serviceLevelTarget(ofPlan: $0) }
        let goal = (
          threshold ?? configuration.serviceLevelThreshold,
          target ?? configuration.serviceLevelTarget
        )
        members.append(
          (
            "goal",
            .array([
              number(goal.0.seconds), number(goal.1),
              .string(ReportHTML.durationLabel(goal.0)), .string(Formatting.percent(goal.1)),
            ])
          ))
      }
      return .object(members)
    }
    key("calls")
    output.write("[")
    for index in 0..<series.callSeries {
      if index > 0 { output.write(",") }
      write(series.calls(index), to: &output)
    }
    output.write("]")
    member("groups", .array(PulseStateGroup.allCases.map { .string($0.label) }))
    member("groupClasses", .array(PulseStateGroup.allCases.map { .string($0.colour.cssClass) }))
    // Per scope, per Pulse column, per point: written a number at a time.
    key("agents")
    output.write("[")
    for scope in series.hasAgents ? scopes.indices : 0..<0 {
      output.write(scope > 0 ? ",[" : "[")
      for (group, column) in series.agents(scope).enumerated() {
        if group > 0 { output.write(",") }
        write(column.map { $0 }, decimals: 1, to: &output)
      }
      output.write("]")
    }
    output.write("]")
    elements("counts", series.hasAgents ? 0..<series.count : 0..<0) { point in
      .array(series.counts(point).map(ints))
    }
    member(
      "buckets",
      .array(
        (0..<StateTimes.bucketCount(reasons: reasons)).map {
          bucket($0, configuration.vocabulary, configuration.pulse)
        }))
    member(
      "words",
      .object([
        ("threshold", .string(ReportHTML.durationLabel(configuration.serviceLevelThreshold))),
        ("target", .string(Formatting.percent(configuration.serviceLevelTarget))),
        (
          "allQueues",
          .string(
            configuration.totalsLeaveOutDesk ? "All queues but the AAC desk's" : "All queues")
        ),
        ("noQueue", .string("No queue of this name: its agents' queues are in the tables below")),
        (
          "tilesUntil",
          .string(
            "Agent tiles are kept up to "
              + "\(Formatting.clock(configuration.startOfDay + until.sinceStart)), for the "
              + "agent slots of the timeline; the counts above cover the whole run.")
        ),
      ]))
    member("tilesUntil", number(until.seconds))
    // A row's label and team, then its changes as time and bucket, number after number.
    key("tiles")
    output.write("[")
    for (index, row) in timeline.rows.enumerated() {
      output.write(index > 0 ? ",[" : "[")
      output.write(HTML.scriptSafeJSON(JSONOutput.string(labels[row.slot]).compact()))
      output.write(",\(roster[row.slot].team),[")
      var changes = TextBytes()
      for change in 0..<row.count {
        let (time, bucket) = row.change(change)
        guard time.seconds <= until.seconds else { break }
        if change > 0 { changes.append(UInt8(ascii: ",")) }
        changes.append(thousandths: time.seconds)
        changes.append(UInt8(ascii: ","))
        changes.append(integer: bucket)
      }
      output.write(changes.string)
      output.write("]]")
    }
    output.write("]")
    member(
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
      ]))
    output.write("}")
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

  /// Offered, answered, abandoned, service level, ASA and abandon rate, each a series, as
  /// compact JSON written a number at a time (a series of a long run has thousands).
  private static func write(_ calls: ReportSeries.Calls, to output: inout some TextOutputStream) {
    let series: [(values: [Double?], decimals: Int)] = [
      (calls.offered.map { $0 }, 3), (calls.answered.map { $0 }, 3),
      (calls.abandoned.map { $0 }, 3), (calls.serviceLevel, 3), (calls.averageSpeedOfAnswer, 1),
      (calls.abandonRate, 3),
    ]
    output.write("[")
    for (index, (values, decimals)) in series.enumerated() {
      if index > 0 { output.write(",") }
      write(values, decimals: decimals, to: &output)
    }
    output.write("]")
  }

  /// A series of numbers (`number(_:decimals:)`) as a compact JSON array, a number at a time.
  private static func write(
    _ values: [Double?], decimals: Int, to output: inout some TextOutputStream
  ) {
    output.write("[")
    for (point, value) in values.enumerated() {
      if point > 0 { output.write(",") }
      output.write(text(value, decimals: decimals))
    }
    output.write("]")
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
    rounded(value, decimals: decimals).map { .double($0) } ?? .null
  }

  /// `number(value, decimals:)` as compact JSON text, with no JSON value made.
  static func text(_ value: Double?, decimals: Int = 3) -> String {
    rounded(value, decimals: decimals).map(JSONOutput.format) ?? "null"
  }

  /// `value` rounded to `decimals` places; nil when there is none or it is not finite.
  private static func rounded(_ value: Double?, decimals: Int) -> Double? {
    guard let value, value.isFinite else { return nil }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return (value * scale).rounded() / scale
  }
}
