import ContactCentre
import SimKernel

/// A replayed day compared with what actually happened (`ccsim backtest`): per reporting
/// interval and for the whole day, per queue and for all queues, the actual figure beside the
/// simulated one (its mean over the replications and 95 % half-width), and the errors.
public struct Backtest: Sendable {
  /// The figures compared.
  public enum Metric: String, Sendable, CaseIterable {
    /// Calls offered to the queue (the replay rings the actual callers, so these differ only
    /// by the IVR: callers who hang up in it, or are in it at the end).
    case offered
    /// Service level by the scenario's threshold and conventions.
    case serviceLevel
    /// Average speed of answer, seconds.
    case averageSpeedOfAnswer
    /// Abandoned / (answered + abandoned), by the scenario's conventions.
    case abandonRate
    /// Busy time (ringing, talk, hold, ACW) / staffed time, of all teams: occupancy as call
    /// records and staffing can measure it (no NotReady data); only with staffing.
    case occupancy
  }

  /// One figure: the actual value and the simulated estimate (nil where undefined, such as the
  /// service level of an interval without calls).
  public struct Figure: Sendable, Equatable {
    public var actual: Double?
    public var simulated: Estimate
    /// The mean absolute deviation of single replications from their mean: how far one day of
    /// a model that is exactly right falls from the simulated mean, by chance alone.
    public var spread: Double?

    init(actual: Double?, simulated: Estimate, values: [Double?]) {
      self.actual = actual
      self.simulated = simulated
      let known = values.compactMap { $0 }
      if let mean = simulated.mean, known.count >= 2 {
        spread = known.reduce(0) { $0 + abs($1 - mean) } / Double(known.count)
      }
    }
    /// Simulated − actual, where both exist.
    public var error: Double? {
      guard let actual, let mean = simulated.mean else { return nil }
      return mean - actual
    }
  }

  /// The figures of one scope (a queue's id, or "all") in one interval, or the day (`interval`
  /// nil), in the order of `Metric.allCases`.
  public struct Row: Sendable, Equatable {
    public var scope: String
    public var interval: Int?
    public var figures: [Figure]

    public subscript(metric: Metric) -> Figure {
      figures[Metric.allCases.firstIndex(of: metric)!]
    }
  }

  /// How far the model was off for one metric and scope over the day's intervals.
  public struct Accuracy: Sendable, Equatable {
    public var scope: String
    public var metric: Metric
    /// Intervals where both figures exist.
    public var intervals: Int
    /// Mean |simulated − actual| and mean (simulated − actual) over those intervals.
    public var meanAbsoluteError: Double?
    public var bias: Double?
    /// The day's figure: simulated − actual.
    public var dayError: Double?
    /// The mean over the same intervals of each figure's `spread`: the interval MAE a model
    /// exactly right would show by chance, one actual day being one draw. An MAE near it is all
    /// the model can do; well above it, the model misses something.
    public var chanceError: Double?
  }

  /// "all" and the compared queues (those with actual calls), in the scenario's order.
  public var scopes: [String]
  /// Per interval, each scope's row (interval-major).
  public var intervals: [Row]
  /// Each scope's whole-day row.
  public var day: [Row]
  public var accuracy: [Accuracy]
  /// The replications compared.
  public var replications: Int

  /// The scope of all queues together.
  public static let allQueues = "all"

  /// Compares the actual day with the replications of its replay (`runs`, from
  /// `day.configuration` with intervals and agent states kept).
  public init(_ day: BacktestDay, runs: [RunStatistics]) {
    let configuration = day.configuration
    let queues = configuration.queues.count
    let intervalCount = configuration.intervalCount
    let teams = configuration.teams.count
    let compared = (0..<queues).filter { queue in
      (0..<intervalCount).contains { day.intervals[$0 * queues + queue].offered > 0 }
    }
    scopes = [Self.allQueues] + compared.map { configuration.queues[$0].id }
    let scopeQueues = [compared] + compared.map { [$0] }
    replications = runs.count
    let conventions = configuration.conventions
    func figures(
      actual: CallTally, simulated: [CallTally], busy: Double?, staffed: Double?,
      simulatedStates: [StateTimes]?
    ) -> [Figure] {
      Metric.allCases.map { metric in
        let (actualValue, values): (Double?, [Double?]) =
          switch metric {
          case .offered: (Double(actual.offered), simulated.map { Double($0.offered) })
          case .serviceLevel:
            (actual.serviceLevel(conventions), simulated.map { $0.serviceLevel(conventions) })
          case .averageSpeedOfAnswer:
            (actual.averageSpeedOfAnswer, simulated.map(\.averageSpeedOfAnswer))
          case .abandonRate:
            (actual.abandonRate(conventions), simulated.map { $0.abandonRate(conventions) })
          case .occupancy:
            (
              busy.flatMap { busy in staffed.flatMap { $0 > 0 ? busy / $0 : nil } },
              (simulatedStates ?? []).map { states in
                let loggedIn = states.loggedIn.seconds
                return loggedIn > 0 ? states.busy.seconds / loggedIn : nil
              }
            )
          }
        return Figure(
          actual: actualValue, simulated: Estimate(replications: values), values: values)
      }
    }
    let length = configuration.interval.seconds
    let reasons = configuration.vocabulary.notReadyReasons.count
    func states(_ run: RunStatistics, _ intervals: Range<Int>) -> StateTimes {
      var total = StateTimes(reasons: reasons)
      for interval in intervals {
        for team in 0..<teams where interval * teams + team < run.intervalStates.count {
          total.merge(run.intervalStates[interval * teams + team])
        }
      }
      return total
    }
    func tally(_ tallies: [CallTally], _ intervals: Range<Int>, _ queues: [Int]) -> CallTally {
      var total = CallTally()
      for interval in intervals {
        for queue in queues { total.merge(tallies[interval * configuration.queues.count + queue]) }
      }
      return total
    }
    let staffed = day.staffedAgents
    /// The row of one scope over `range` of intervals: the day's `interval` nil, else one.
    func row(_ scope: String, _ members: [Int], _ range: Range<Int>, interval: Int?) -> Row {
      let isAll = scope == Self.allQueues
      return Row(
        scope: scope, interval: interval,
        figures: figures(
          actual: tally(day.intervals, range, members),
          simulated: runs.map { tally($0.intervals, range, members) },
          busy: isAll ? day.busySeconds[range].reduce(0, +) : nil,
          staffed: isAll ? staffed.map { $0[range].reduce(0, +) * length } : nil,
          simulatedStates: isAll && staffed != nil ? runs.map { states($0, range) } : nil))
    }
    let named = Array(zip(scopes, scopeQueues))
    let dayRows = named.map { row($0, $1, 0..<intervalCount, interval: nil) }
    let rows = (0..<intervalCount).flatMap { interval in
      named.map { row($0, $1, interval..<(interval + 1), interval: interval) }
    }
    intervals = rows
    self.day = dayRows
    accuracy = Self.accuracy(scopes: scopes, intervals: rows, day: dayRows)
  }

  private static func accuracy(scopes: [String], intervals: [Row], day: [Row]) -> [Accuracy] {
    var result: [Accuracy] = []
    for scope in scopes {
      for metric in Metric.allCases {
        let compared = intervals.filter { $0.scope == scope && $0[metric].error != nil }
        let errors = compared.compactMap { $0[metric].error }
        let spreads = compared.compactMap { $0[metric].spread }
        let dayRow = day.first { $0.scope == scope }
        result.append(
          Accuracy(
            scope: scope, metric: metric, intervals: errors.count,
            meanAbsoluteError: errors.isEmpty
              ? nil : errors.reduce(0) { $0 + abs($1) } / Double(errors.count),
            bias: errors.isEmpty ? nil : errors.reduce(0, +) / Double(errors.count),
            dayError: dayRow?[metric].error,
            chanceError: spreads.isEmpty ? nil : spreads.reduce(0, +) / Double(spreads.count)))
      }
    }
    return result
  }
}
