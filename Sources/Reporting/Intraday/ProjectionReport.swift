import ContactCentre
import SimKernel

/// The rest of a day from a snapshot as a team leader reads it (`ccsim run --from`): per queue
/// and reporting interval, the day's actuals before the snapshot and the projected figures
/// after it, means over the replications with their 95 % half-widths — the figures of the
/// run's own interval tallies (`RunSummary.intervalScopes`), so the projection, the summary
/// and `intervals.csv` agree. With what-if changes, each projected row is followed by the same
/// interval of the day without them (`Kind.unchanged`), run on the same random numbers.
public struct ProjectionReport: Sendable {
  /// What a row holds: the day's actuals before the snapshot's instant, the projection after
  /// it (with the what-if changes, when there are some), or the projection without the changes.
  public enum Kind: String, Sendable {
    case actual, projected, unchanged
  }

  /// One queue in one reporting interval.
  public struct Row: Sendable {
    public var queue: Int
    public var interval: Int
    public var kind: Kind
    /// Calls offered, answered and abandoned: counts for an actual row, means over the
    /// replications for a projected or unchanged one.
    public var offered: Estimate
    public var answered: Estimate
    public var abandoned: Estimate
    public var serviceLevel: Estimate
    public var averageSpeedOfAnswer: Estimate
    public var averageHandleTime: Estimate
    public var abandonRate: Estimate
  }

  /// The snapshot's instant, its waiting callers per queue and its agents by state.
  public var time: SimInstant
  public var waiting: [Int]
  public var agents: [AgentState: Int]
  /// The run-rate factors, when the rest of the day was re-forecast at run rate.
  public var arrivals: RunRate.Summary?
  public var handleTime: RunRate.Summary?
  /// The what-if changes applied at the instant, as given.
  public var changes: [String]
  public var replications: Int
  /// Whether the projection without the changes is beside it.
  public var hasUnchanged: Bool
  /// Actual rows first, then projected ones, by interval, then queue, each followed by its
  /// unchanged row when there is one. Queues with no call in either are left out.
  public var rows: [Row]

  /// The report of `summary`, the rest of the day from `projection` with `changes` applied;
  /// `unchanged`, when given, is the same replications of the day without the changes.
  public init(
    _ summary: RunSummary, projection: Projection, changes: [String] = [],
    unchanged: RunSummary? = nil
  ) {
    let configuration = summary.configuration
    precondition(
      unchanged.map { $0.configuration.queues.count == configuration.queues.count } ?? true,
      "what-if changes keep the queues")
    let now = projection.now
    time = now.time
    var waiting = Array(repeating: 0, count: configuration.queues.count)
    for queue in now.queues where waiting.indices.contains(queue.queue) {
      waiting[queue.queue] += queue.waits.count
    }
    self.waiting = waiting
    agents = now.agents.reduce(into: [:]) { $0[$1.state, default: 0] += 1 }
    arrivals = projection.arrivals?.summary
    handleTime = projection.handleTime?.summary
    self.changes = changes
    replications = summary.replications
    let first = Int(now.time.microseconds / configuration.interval.microseconds)
    var rows = now.actuals.sorted { ($0.interval, $0.queue) < ($1.interval, $1.queue) }.map(
      Self.actualRow)
    for interval in first..<configuration.intervalCount {
      let scopes = summary.intervalScopes(interval)
      let unchangedScopes = unchanged.map { ($0, $0.intervalScopes(interval)) }
      for queue in scopes.indices {
        let projected = Self.projectedRow(summary, scopes[queue], queue, interval, .projected)
        let other = unchangedScopes.map { unchanged, scopes in
          Self.projectedRow(unchanged, scopes[queue], queue, interval, .unchanged)
        }
        guard projected.hasCalls || other?.hasCalls == true else { continue }
        rows.append(projected)
        if let other { rows.append(other) }
      }
    }
    hasUnchanged = unchanged != nil
    self.rows = rows
  }

  /// A projected or unchanged row: the means over `summary`'s replications, the metrics of
  /// its interval tallies.
  static func projectedRow(
    _ summary: RunSummary, _ scope: RunSummary.Scope, _ queue: Int, _ interval: Int,
    _ kind: Kind
  ) -> Row {
    func mean(_ count: (CallTally) -> Int) -> Estimate {
      Estimate(
        replications: summary.runs.map { Double(count($0.interval(interval, queue: queue))) })
    }
    return Row(
      queue: queue, interval: interval, kind: kind, offered: mean(\.offered),
      answered: mean(\.answered), abandoned: mean(\.abandoned),
      serviceLevel: scope.metrics[.serviceLevel] ?? .none,
      averageSpeedOfAnswer: scope.metrics[.averageSpeedOfAnswer] ?? .none,
      averageHandleTime: scope.metrics[.averageHandleTime] ?? .none,
      abandonRate: scope.metrics[.abandonRate] ?? .none)
  }

  /// An actual row: the counts as given; the service level answered within the threshold
  /// over answered and abandoned (a feed's actuals say nothing of short abandons); the
  /// abandon rate over offered; AHT from the handle time, when given; no ASA (waits are not
  /// in the actuals).
  static func actualRow(_ actual: CentreNow.Actual) -> Row {
    func count(_ value: Int) -> Estimate {
      Estimate(mean: Double(value), halfWidth95: nil, count: 1)
    }
    func share(_ part: Int, _ whole: Int) -> Estimate {
      whole > 0 ? Estimate(mean: Double(part) / Double(whole), halfWidth95: nil, count: 1) : .none
    }
    let aht =
      actual.handleTime.flatMap { time in
        actual.handled > 0 ? time.seconds / Double(actual.handled) : nil
      }
    return Row(
      queue: actual.queue, interval: actual.interval, kind: .actual,
      offered: count(actual.offered), answered: count(actual.answered),
      abandoned: count(actual.abandoned),
      serviceLevel: share(actual.answeredWithinThreshold, actual.answered + actual.abandoned),
      averageSpeedOfAnswer: .none,
      averageHandleTime: Estimate(mean: aht, halfWidth95: nil, count: aht == nil ? 0 : 1),
      abandonRate: share(actual.abandoned, actual.offered))
  }
}

extension ProjectionReport.Row {
  /// Whether any replication had a call in its queue and interval.
  var hasCalls: Bool { offered.mean.map { $0 > 0 } ?? false }
}

extension Estimate {
  /// No figure.
  static let none = Estimate(mean: nil, halfWidth95: nil, count: 0)
}
