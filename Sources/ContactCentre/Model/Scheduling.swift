import SimKernel

/// How `ccsim schedule` may build the shifts that cover a staffing requirement: the
/// scenario's `scheduling` section (docs/scenario-format.md, Scheduling).
///
/// A template is a kind of shift people work — its length, the clock times it may start at,
/// its breaks and lunch with the windows they must fall in — and the limits on how many may
/// work it. The objective is the least paid hours.
public struct Scheduling: Sendable, Equatable {
  /// The kinds of shift, in scenario order.
  public var templates: [ShiftTemplate]
  /// The most agents per team (team index → agents) on shift at once; absent: no limit.
  public var maxAgents: [Int: Int]
  /// The most agents per team (team index → agents) working part-time templates: per day,
  /// and in a week with the same start time all week, part-time people; absent: no limit.
  public var maxPartTime: [Int: Int]
  /// The rules of a week's roster; nil: each day is scheduled on its own.
  public var week: WeekRules?

  /// Creates a scheduling section.
  public init(
    templates: [ShiftTemplate], maxAgents: [Int: Int] = [:], maxPartTime: [Int: Int] = [:],
    week: WeekRules? = nil
  ) {
    self.templates = templates
    self.maxAgents = maxAgents
    self.maxPartTime = maxPartTime
    self.week = week
  }
}

/// A kind of shift: its length, allowed starts, breaks and limits.
public struct ShiftTemplate: Sendable, Equatable {
  /// The template's id, as the scenario names it.
  public var id: String
  /// The teams that may work it (team indices); empty: every team scheduled.
  public var teams: [Int]
  /// From log-in to log-out, breaks and lunch included.
  public var length: SimDuration
  /// The earliest and latest start, as clock times of day (time since midnight).
  public var earliestStart: SimDuration
  public var latestStart: SimDuration
  /// Starts are `earliestStart + k × startStep`.
  public var startStep: SimDuration
  /// Breaks and lunch, each placed inside its window.
  public var breaks: [BreakRule]
  /// Part-time: counted against the team's `maxPartTime` when that is given.
  public var partTime: Bool
  /// The most agents working this template per team and day; nil: no limit.
  public var maxAgents: Int?

  /// Creates a template.
  public init(
    id: String, teams: [Int] = [], length: SimDuration, earliestStart: SimDuration,
    latestStart: SimDuration, startStep: SimDuration, breaks: [BreakRule] = [],
    partTime: Bool = false, maxAgents: Int? = nil
  ) {
    self.id = id
    self.teams = teams
    self.length = length
    self.earliestStart = earliestStart
    self.latestStart = latestStart
    self.startStep = startStep
    self.breaks = breaks
    self.partTime = partTime
    self.maxAgents = maxAgents
  }

  /// Paid time of one shift: its length less its unpaid breaks.
  public var paidTime: SimDuration {
    breaks.filter { !$0.paid }.reduce(length) { $0 - $1.length }
  }
}

/// A break or lunch of a shift: how long, whether paid, and the window it must lie in.
public struct BreakRule: Sendable, Equatable {
  /// The NotReady reason the agent is in during it (e.g. Break, Lunch).
  public var reason: NotReadyReason
  /// How long it lasts.
  public var length: SimDuration
  /// Paid breaks count in paid hours; unpaid ones (lunch, usually) do not.
  public var paid: Bool
  /// It starts no earlier than `windowStart` and ends no later than `windowEnd` after the
  /// shift's start (e.g. a 15-minute break in hours 2–3: 2 h and 3 h).
  public var windowStart: SimDuration
  public var windowEnd: SimDuration

  /// Creates a break rule.
  public init(
    reason: NotReadyReason, length: SimDuration, paid: Bool, windowStart: SimDuration,
    windowEnd: SimDuration
  ) {
    self.reason = reason
    self.length = length
    self.paid = paid
    self.windowStart = windowStart
    self.windowEnd = windowEnd
  }
}

/// The rules of a week's roster, as planners ask for them.
public struct WeekRules: Sendable, Equatable {
  /// Days off per agent per week (2: a five-day week).
  public var restDays: Int
  /// The rest days are consecutive (wrapping from the last day to the first).
  public var consecutiveRestDays: Bool
  /// Each agent starts at the same clock time every day they work.
  public var sameStartTime: Bool
  /// The most paid hours per agent per week; nil: no limit beyond the days worked.
  public var maxHoursPerWeek: Double?

  /// Creates week rules.
  public init(
    restDays: Int = 2, consecutiveRestDays: Bool = false, sameStartTime: Bool = false,
    maxHoursPerWeek: Double? = nil
  ) {
    self.restDays = restDays
    self.consecutiveRestDays = consecutiveRestDays
    self.sameStartTime = sameStartTime
    self.maxHoursPerWeek = maxHoursPerWeek
  }
}
