import ContactCentre
import SimKernel

/// Every way one team may work the scenario's shift templates over the run, as the columns of
/// a ``CoveringProblem``: each start time of each template (`earliestStart + k × startStep` up
/// to `latestStart`, on every day of the run) times each placement of its breaks (each break
/// starting on a reporting-interval boundary inside its window, the breaks in the template's
/// order and not overlapping) — explicit break placement, as in Dantzig's set-covering
/// formulation, rather than Bechtold & Jacobs' (1990) or Aykin's (1996) implicit one: with
/// 15-minute intervals a day has a few thousand columns, which the solver handles directly.
///
/// A column covers the intervals its agent works throughout (logged in, not on a break); its
/// cost is the template's paid hours. ``shift(_:agents:entry:)`` turns a chosen column back
/// into the roster's ``Shift`` with its breaks as ``ScheduledNotReady`` periods.
///
/// Starts before the run (t < 0) and shifts that would cross the clock's midnight (a roster
/// entry lies within one day) are left out.
public struct ShiftColumns: Sendable {
  /// One column: a template worked from a start with its breaks placed.
  public struct Placement: Sendable, Equatable {
    /// The template's index in ``Scheduling/templates``.
    public var template: Int
    /// The day of the run it starts on (0: the first).
    public var day: Int
    /// Log-in and log-out, as time since t = 0.
    public var start: SimDuration
    public var end: SimDuration
    /// Each break's start, as time since t = 0, in the template's order.
    public var breakStarts: [SimDuration]
  }

  /// The team the columns are for (its index in the configuration).
  public let team: Int
  /// The templates, as the scenario gives them.
  public let templates: [ShiftTemplate]
  /// One placement per column.
  public let placements: [Placement]
  /// The covering columns, in the order of `placements`.
  public let columns: [CoveringProblem.Column]
  /// Per column, the intervals its agent is logged in (working or on a break).
  public let onShift: [[Int]]
  /// The run's reporting intervals: their count, length and the run's length.
  public let intervalCount: Int
  let interval: SimDuration
  let duration: SimDuration
  /// The team's most agents on shift at once (`maxAgents`) and working part-time templates
  /// per day (`maxPartTime`); nil: no limit.
  public let maxOnShift: Int?
  public let maxPartTime: Int?
  /// Limits: each template's `maxAgents` per day, the team's most agents on shift at once, and
  /// its most agents on part-time templates per day.
  public let limits: [CoveringProblem.Limit]

  /// The columns of `team` (a configuration team index) from `scheduling`'s templates open to
  /// it, over `configuration`'s run and reporting intervals.
  public init(_ scheduling: Scheduling, team: Int, in configuration: CentreConfiguration) {
    self.team = team
    templates = scheduling.templates
    maxOnShift = scheduling.maxAgents[team]
    maxPartTime = scheduling.maxPartTime[team]
    interval = configuration.interval
    duration = configuration.duration
    intervalCount = configuration.intervalCount
    let day = SimDuration.hours(24)
    let days =
      Int(
        (configuration.startOfDay + configuration.duration).microseconds / day.microseconds) + 1
    var placements: [Placement] = []
    for (index, template) in templates.enumerated()
    where template.teams.isEmpty || template.teams.contains(team) {
      for runDay in 0..<days {
        var clock = template.earliestStart
        while clock <= template.latestStart {
          defer {
            clock = template.startStep > .zero ? clock + template.startStep : .hours(48)
          }
          guard clock + template.length <= day else { continue }
          let start = day * Int64(runDay) + clock - configuration.startOfDay
          guard start >= .zero, start < configuration.duration else { continue }
          for breaks in Self.breakPlacements(template.breaks, shiftStart: start, interval: interval)
          {
            placements.append(
              Placement(
                template: index, day: runDay, start: start, end: start + template.length,
                breakStarts: breaks))
          }
        }
      }
    }
    self.placements = placements
    var columns: [CoveringProblem.Column] = []
    var onShift: [[Int]] = []
    for placement in placements {
      let template = templates[placement.template]
      let breaks = zip(placement.breakStarts, template.breaks).map { ($0, $0 + $1.length) }
      var covers: [Int] = []
      var logged: [Int] = []
      for period in Self.periods(from: placement.start, to: placement.end, interval, duration) {
        let (from, to) = Self.bounds(of: period, interval, duration)
        logged.append(period)
        guard from >= placement.start, to <= placement.end,
          !breaks.contains(where: { $0.0 < to && $0.1 > from })
        else { continue }
        covers.append(period)
      }
      columns.append(
        CoveringProblem.Column(cost: template.paidTime.seconds / 3600, covers: covers))
      onShift.append(logged)
    }
    self.columns = columns
    self.onShift = onShift

    var limits: [CoveringProblem.Limit] = []
    for (index, template) in templates.enumerated() {
      guard let maximum = template.maxAgents else { continue }
      for runDay in 0..<days {
        let chosen = placements.indices.filter {
          placements[$0].template == index && placements[$0].day == runDay
        }
        if !chosen.isEmpty { limits.append(.init(columns: chosen, maximum: maximum)) }
      }
    }
    if let maximum = maxOnShift {
      limits += Self.onShiftLimits(onShift, periods: intervalCount, maximum: maximum)
    }
    if let maximum = maxPartTime {
      for runDay in 0..<days {
        let chosen = placements.indices.filter {
          placements[$0].day == runDay && scheduling.templates[placements[$0].template].partTime
        }
        if !chosen.isEmpty { limits.append(.init(columns: chosen, maximum: maximum)) }
      }
    }
    self.limits = limits
  }

  /// At most `maximum` agents logged in at once: per period of `0..<periods`, the columns
  /// logged in then (`onShift`: per column, its periods) — one limit per distinct set of
  /// columns, in the order of the periods first holding it.
  static func onShiftLimits(_ onShift: [[Int]], periods: Int, maximum: Int)
    -> [CoveringProblem.Limit]
  {
    var byPeriod = Array(repeating: [Int](), count: periods)
    for (column, logged) in onShift.enumerated() {
      for period in logged where period >= 0 && period < periods {
        byPeriod[period].append(column)
      }
    }
    var seen = Set<[Int]>()
    var limits: [CoveringProblem.Limit] = []
    for columns in byPeriod where !columns.isEmpty && seen.insert(columns).inserted {
      limits.append(.init(columns: columns, maximum: maximum))
    }
    return limits
  }

  /// The covering problem of `demand` (agents working per interval) over these columns.
  public func problem(demand: [Int]) -> CoveringProblem {
    precondition(demand.count == intervalCount)
    return CoveringProblem(demand: demand, columns: columns, limits: limits)
  }

  /// The intervals with a demand that no column covers (outside every template's hours).
  public func uncoverable(_ demand: [Int]) -> [Int] {
    var covered = Array(repeating: false, count: intervalCount)
    for column in columns { for period in column.covers { covered[period] = true } }
    return demand.indices.filter { demand[$0] > 0 && !covered[$0] }
  }

  /// Agents working (logged in and not on a break) per interval with `counts` agents per column.
  public func working(_ counts: [Int]) -> [Int] {
    tally(counts, columns.map(\.covers))
  }

  /// Agents logged in (working or on a break) per interval with `counts` agents per column.
  public func loggedIn(_ counts: [Int]) -> [Int] {
    tally(counts, onShift)
  }

  private func tally(_ counts: [Int], _ periods: [[Int]]) -> [Int] {
    var agents = Array(repeating: 0, count: intervalCount)
    for (column, count) in counts.enumerated() where count > 0 {
      for period in periods[column] { agents[period] += count }
    }
    return agents
  }

  /// Column `column` as a roster shift of `agents` anonymous agents, its breaks as scheduled
  /// NotReady periods (every agent of the shift takes each at the same time).
  public func shift(_ column: Int, agents: Int, entry: Int? = nil) -> Shift {
    let placement = placements[column]
    let template = templates[placement.template]
    return Shift(
      start: placement.start, end: placement.end,
      agents: Array(repeating: AgentProfile(), count: agents),
      notReady: zip(placement.breakStarts, template.breaks).map {
        ScheduledNotReady(reason: $1.reason, start: $0, duration: $1.length)
      }, entry: entry)
  }

  /// The roster of a solution: one shift per column chosen, ordered by start, end and column,
  /// numbered as roster entries from `first`.
  public func shifts(_ counts: [Int], first: Int = 0) -> [Shift] {
    chosen(counts).enumerated().map { offset, column in
      shift(column, agents: counts[column], entry: first + offset)
    }
  }

  /// The columns with agents in `counts`, in roster order: by start, end, then column.
  public func chosen(_ counts: [Int]) -> [Int] {
    counts.indices.filter { counts[$0] > 0 }.sorted {
      (placements[$0].start, placements[$0].end, $0) < (
        placements[$1].start, placements[$1].end, $1
      )
    }
  }

  /// Every placement of `breaks` in a shift starting at `shiftStart`: each break starts on an
  /// interval boundary (time since t = 0) within its window and ends within it, after the
  /// previous break has ended. A window holding no boundary start offers its own start only.
  static func breakPlacements(
    _ breaks: [BreakRule], shiftStart: SimDuration, interval: SimDuration
  ) -> [[SimDuration]] {
    var placements: [[SimDuration]] = [[]]
    for rule in breaks {
      let earliest = shiftStart + rule.windowStart
      let latest = shiftStart + rule.windowEnd - rule.length
      guard earliest <= latest else { return [] }
      let step = interval.microseconds
      var first = (earliest.microseconds + step - 1) / step * step
      if first > latest.microseconds { first = earliest.microseconds }
      var starts: [SimDuration] = []
      var time = first
      while time <= latest.microseconds {
        starts.append(SimDuration(microseconds: time))
        time += step
      }
      placements = placements.flatMap { placed in
        let after = placed.last.map { $0 + breaks[placed.count - 1].length } ?? .zero
        return starts.filter { $0 >= after }.map { placed + [$0] }
      }
    }
    return placements
  }

  /// The reporting intervals that [from, to) overlaps within the run.
  static func periods(
    from: SimDuration, to: SimDuration, _ interval: SimDuration, _ duration: SimDuration
  ) -> Range<Int> {
    let end = min(to, duration)
    guard end > from else { return 0..<0 }
    let first = Int(max(.zero, from).microseconds / interval.microseconds)
    let last = Int((end.microseconds + interval.microseconds - 1) / interval.microseconds)
    return first..<last
  }

  /// Interval `period`'s start and end (the run's end for a partial last interval).
  static func bounds(of period: Int, _ interval: SimDuration, _ duration: SimDuration) -> (
    SimDuration, SimDuration
  ) {
    let start = interval * Int64(period)
    return (start, min(start + interval, duration))
  }
}
