import ContactCentre
import SimKernel

/// The rest of a day from a snapshot as a team leader reads it (`ccsim run --from`): per queue
/// and reporting interval, the day's actuals before the snapshot and the projected figures
/// after it, means over the replications with their 95 % half-widths — the figures of the
/// run's own interval tallies (`RunSummary.intervalScopes`), so the projection, the summary
/// and `intervals.csv` agree.
public struct ProjectionReport: Sendable {
  /// One queue in one reporting interval: actual (before the snapshot's instant) or projected.
  public struct Row: Sendable {
    public var queue: Int
    public var interval: Int
    public var isActual: Bool
    /// Calls offered, answered and abandoned: counts for an actual row, means over the
    /// replications for a projected one.
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
  /// Actual rows first, then projected ones; by interval, then queue. Queues with no call in
  /// either are left out.
  public var rows: [Row]

  public init(
    _ summary: RunSummary, projection: Projection, changes: [String] = []
  ) {
    let configuration = summary.configuration
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
      for (queue, scope) in summary.intervalScopes(interval).enumerated() {
        let offered = summary.runs.map { Double($0.interval(interval, queue: queue).offered) }
        guard offered.contains(where: { $0 > 0 }) else { continue }
        rows.append(
          Row(
            queue: queue, interval: interval, isActual: false,
            offered: Estimate(replications: offered),
            answered: Estimate(
              replications: summary.runs.map {
                Double($0.interval(interval, queue: queue).answered)
              }),
            abandoned: Estimate(
              replications: summary.runs.map {
                Double($0.interval(interval, queue: queue).abandoned)
              }),
            serviceLevel: scope.metrics[.serviceLevel] ?? .none,
            averageSpeedOfAnswer: scope.metrics[.averageSpeedOfAnswer] ?? .none,
            averageHandleTime: scope.metrics[.averageHandleTime] ?? .none,
            abandonRate: scope.metrics[.abandonRate] ?? .none))
      }
    }
    self.rows = rows
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
      queue: actual.queue, interval: actual.interval, isActual: true,
      offered: count(actual.offered), answered: count(actual.answered),
      abandoned: count(actual.abandoned),
      serviceLevel: share(actual.answeredWithinThreshold, actual.answered + actual.abandoned),
      averageSpeedOfAnswer: .none,
      averageHandleTime: Estimate(mean: aht, halfWidth95: nil, count: aht == nil ? 0 : 1),
      abandonRate: share(actual.abandoned, actual.offered))
  }
}

extension Estimate {
  /// No figure.
  static let none = Estimate(mean: nil, halfWidth95: nil, count: 0)
}
