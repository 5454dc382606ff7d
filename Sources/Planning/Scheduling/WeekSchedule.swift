import ContactCentre
import SimKernel

/// One team's week scheduled from the scenario's shift templates: the ``WeeklyRoster`` built on
/// the ``ShiftColumns`` of the run, and back to the roster a scenario runs.
///
/// A week run starts at midnight and lasts whole days (``days(of:)``), so every day offers the
/// same shifts: a column of day d is an ``WeeklyRoster/Option`` — the template, its start and
/// its breaks' starts as times of day — and the option on day d is that day's column.
public struct WeekSchedule: Sendable {
  /// The team's columns over the run.
  public let columns: ShiftColumns
  /// The options, one per way to work a template on a day.
  public let options: [WeeklyRoster.Option]
  /// Per day, per option, the column it is on that day.
  public let columnOf: [[Int]]
  /// The roster.
  public let roster: WeeklyRoster
  /// The rules it keeps, and the days of the run.
  public let rules: WeekRules
  public let days: Int

  /// The number of days of a run that starts at the clock's midnight and lasts whole days with
  /// whole reporting intervals in a day; nil for any other run (its days are scheduled on
  /// their own).
  public static func days(of configuration: CentreConfiguration) -> Int? {
    let day = SimDuration.hours(24).microseconds
    let interval = configuration.interval.microseconds
    guard configuration.startOfDay == .zero, interval > 0, day % interval == 0,
      configuration.duration.microseconds > 0, configuration.duration.microseconds % day == 0
    else { return nil }
    return Int(configuration.duration.microseconds / day)
  }

  /// The week of `team` (a configuration team index) covering `requirement` (agents working
  /// per reporting interval of the run) with `scheduling`'s templates, under `rules`.
  public init(
    requirement: [Int], scheduling: Scheduling, rules: WeekRules, team: Int,
    in configuration: CentreConfiguration
  ) throws(WeeklyRoster.RuleError) {
    guard let days = Self.days(of: configuration) else {
      preconditionFailure("a week is scheduled over whole days from midnight")
    }
    try self.init(
      requirement: requirement, columns: ShiftColumns(scheduling, team: team, in: configuration),
      rules: rules, days: days)
  }

  /// The week covering `requirement` with `columns` (of a run of `days` whole days from
  /// midnight), under `rules`; each template's `maxAgents` a limit per day, the team's
  /// `maxPartTime` and `maxAgents` (on shift at once) as ``WeekLimits`` applies them.
  public init(requirement: [Int], columns: ShiftColumns, rules: WeekRules, days: Int)
    throws(WeeklyRoster.RuleError)
  {
    let perDay = columns.intervalCount / days
    precondition(perDay * days == columns.intervalCount && requirement.count == perDay * days)
    let day = SimDuration.hours(24)
    // A shape: the template and its start and breaks as times of day.
    struct Shape: Hashable {
      var template: Int
      var start: SimDuration
      var breaks: [SimDuration]
    }
    var optionOf: [Shape: Int] = [:]
    var options: [WeeklyRoster.Option] = []
    var columnOf = Array(repeating: [Int](), count: days)
    for (column, placement) in columns.placements.enumerated() {
      let offset = day * Int64(placement.day)
      let shape = Shape(
        template: placement.template, start: placement.start - offset,
        breaks: placement.breakStarts.map { $0 - offset })
      let option: Int
      if let known = optionOf[shape] {
        option = known
      } else {
        option = options.count
        optionOf[shape] = option
        options.append(
          WeeklyRoster.Option(
            template: shape.template, start: shape.start,
            covers: columns.columns[column].covers.map { $0 - placement.day * perDay },
            paidHours: columns.columns[column].cost,
            onShift: columns.onShift[column].map { $0 - placement.day * perDay }))
        for index in columnOf.indices { columnOf[index].append(-1) }
      }
      columnOf[placement.day][option] = column
    }
    precondition(columnOf.allSatisfy { !$0.contains(-1) }, "every day offers the same shifts")
    var limits = WeekLimits(maxPartTime: columns.maxPartTime, maxOnShift: columns.maxOnShift)
    for (index, template) in columns.templates.enumerated() {
      if let maximum = template.maxAgents { limits.templateMaxima[index] = maximum }
      if template.partTime { limits.partTimeTemplates.insert(index) }
    }
    let requirementByDay = (0..<days).map {
      Array(requirement[$0 * perDay..<($0 + 1) * perDay])
    }
    self.columns = columns
    self.options = options
    self.columnOf = columnOf
    self.rules = rules
    self.days = days
    self.roster = try WeeklyRoster.build(
      requirement: requirementByDay, options: options, rules: rules, limits: limits)
  }

  /// The roster as a solution of the columns' covering problem: agents per column (each day's
  /// shifts), its paid hours, and the intervals short of `requirement`.
  public var solution: CoveringSolution {
    var counts = Array(repeating: 0, count: columns.columns.count)
    for agent in roster.agents {
      for (day, option) in agent.days.enumerated() {
        if let option { counts[columnOf[day][option]] += 1 }
      }
    }
    let perDay = roster.coverage.first?.count ?? 0
    var shortfalls: [Int: Int] = [:]
    for (at, short) in roster.unmet { shortfalls[at.day * perDay + at.interval] = short }
    return CoveringSolution(
      counts: counts, cost: roster.paidHours, lowerBound: nil, shortfalls: shortfalls)
  }

  /// The people of the roster: agents whose weeks are the same (the same option every day)
  /// together, in order of their first shift; per group, its week and its people's staff
  /// numbers, `prefix` and their number from 1.
  public func people(prefix: String) -> [(week: [Int?], staffNumbers: [String])] {
    var weeks: [[Int?]: Int] = [:]
    var order: [[Int?]] = []
    for agent in roster.agents {
      if weeks[agent.days] == nil { order.append(agent.days) }
      weeks[agent.days, default: 0] += 1
    }
    order.sort { lhs, rhs in
      let (left, right) = (firstStart(lhs), firstStart(rhs))
      if left != right { return left < right }
      return lhs.map { $0 ?? -1 }.lexicographicallyPrecedes(rhs.map { $0 ?? -1 })
    }
    var next = 0
    return order.map { week in
      let numbers = (0..<weeks[week]!).map { _ in
        next += 1
        return prefix + String(next)
      }
      return (week, numbers)
    }
  }

  /// The roster as shifts: per group of ``people(prefix:)``, one shift per day they work, its
  /// agents named by their staff numbers — one person all week, as the scenario format
  /// identifies a person across shifts and days — each shift its own roster entry, numbered
  /// from `first` as a scenario listing them decodes to.
  public func shifts(first: Int = 0, staffNumberPrefix prefix: String) -> [Shift] {
    var shifts: [Shift] = []
    for (week, numbers) in people(prefix: prefix) {
      for (day, option) in week.enumerated() {
        guard let option else { continue }
        var shift = columns.shift(columnOf[day][option], agents: numbers.count)
        shift.agents = numbers.map { AgentProfile(staffNumber: $0) }
        shift.entry = first + shifts.count
        shifts.append(shift)
      }
    }
    return shifts
  }

  /// When a week's first shift starts (time since t = 0).
  private func firstStart(_ week: [Int?]) -> SimDuration {
    guard let day = week.firstIndex(where: { $0 != nil }), let option = week[day] else {
      return .zero
    }
    return columns.placements[columnOf[day][option]].start
  }
}
