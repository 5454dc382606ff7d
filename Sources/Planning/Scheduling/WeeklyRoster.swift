import ContactCentre
import SimKernel

/// A week's roster for one team: each agent's rest days and, on the days they work, which shift
/// — so that every interval of every day has at least its required agents working, at the least
/// paid hours the method finds, within the week's rules (``WeekRules``).
///
/// The rules are the ones planners ask open-source staffing tools for: a weekly roster with
/// "resting days … combined to simulate the weekend" and shifts that "remain stable throughout
/// the week for each individual resource" (pyworkforce issue #39), days off per person instead
/// of everyone working all seven days (pyworkforce issue #37), the same shift every day
/// (or-tools issue #1543), and a maximum of hours per week (nextmv community-apps PR #101).
///
/// Two methods, chosen by the rules:
/// - **Same start time all week** — tours as columns of a ``CoveringProblem``: a tour is one
///   way to work a shift (template, start, breaks placed) on every day of one rest pattern
///   (``RestPatterns``); its cost is its paid hours over the week, it covers the shift's
///   working intervals on each working day. ``CoveringSolver`` chooses how many agents work
///   each tour (the tour-scheduling formulation of Bailey 1985 and Bechtold & Jacobs 1990).
/// - **Otherwise** — two stages: each day's shifts as that day's covering problem, then the
///   rest days as a days-off covering problem (Baker 1974; Burns & Carter 1985) whose demand
///   is each day's number of shifts; agents at work on a day beyond its shifts work the shift
///   that best fills what is still short, else the cheapest. Each day's shifts go to that day's
///   working agents in order of the start they had the day before, so an agent's starts stay
///   close from day to day.
///
/// A maximum of hours per week limits which shifts exist: a shift whose paid hours times the
/// days worked exceed it is not used. Intervals the roster cannot cover are in ``unmet``, never
/// dropped.
public struct WeeklyRoster: Sendable, Equatable {
  /// One way to work a shift on any day of the week (the same options every day).
  public struct Option: Sendable, Equatable {
    /// The template it works (an index into the scheduling's templates).
    public var template: Int
    /// Its start, as time since the day's first instant.
    public var start: SimDuration
    /// The day's intervals (0 is the day's first) in which an agent on it is working, not on
    /// a break, ascending. Intervals past the day's last fall on the next day; past the run's
    /// last day, nowhere.
    public var covers: [Int]
    /// Paid hours of one shift.
    public var paidHours: Double
    /// The day's intervals in which an agent on it is logged in (working or on a break),
    /// ascending: what the team's most agents on shift at once counts.
    public var onShift: [Int]

    /// Creates an option; logged in (`onShift`) when working (`covers`) unless given.
    public init(
      template: Int, start: SimDuration, covers: [Int], paidHours: Double, onShift: [Int]? = nil
    ) {
      self.template = template
      self.start = start
      self.covers = covers
      self.paidHours = paidHours
      self.onShift = onShift ?? covers
    }
  }

  /// One agent's week: per day, the option they work (an index into the options) or nil for a
  /// rest day.
  public struct Agent: Sendable, Equatable {
    public var days: [Int?]

    public init(days: [Int?]) { self.days = days }

    /// The days they rest.
    public var restDays: [Int] { days.indices.filter { days[$0] == nil } }
  }

  /// Which method built the roster.
  public enum Method: String, Sendable, Equatable {
    /// Tours (one shift all week on one rest pattern) as columns of one covering problem.
    case tours
    /// Each day's shifts, then the rest days.
    case shiftsThenDaysOff
  }

  /// The agents, in roster order.
  public var agents: [Agent]
  /// Agents working per day and interval.
  public var coverage: [[Int]]
  /// Agents short per (day, interval) where the coverage is below the requirement.
  public var unmet: [DayInterval: Int]
  /// Paid hours of the week, all agents.
  public var paidHours: Double
  /// The method used.
  public var method: Method
  /// Options no tour may use, because their week exceeds the maximum hours per week.
  public var excludedOptions: Int
  /// Whether the tours were made only of the options some day's own solution uses (too many
  /// tours otherwise: see `maxTours`).
  public var restrictedTours = false

  /// A reporting interval of a day of the week.
  public struct DayInterval: Hashable, Sendable, Comparable {
    public var day: Int
    public var interval: Int

    public init(day: Int, interval: Int) {
      self.day = day
      self.interval = interval
    }

    public static func < (lhs: DayInterval, rhs: DayInterval) -> Bool {
      (lhs.day, lhs.interval) < (rhs.day, rhs.interval)
    }
  }

  /// A rule the roster cannot be built with.
  public enum RuleError: Error, Equatable {
    /// As many rest days as days (or more), or fewer than none.
    case restDays(Int, days: Int)
  }

  /// The roster covering `requirement` (per day, per interval of the day; every day the same
  /// number of intervals) with `options`, under `rules`.
  ///
  /// `limits` caps the agents working a template on a day, on part-time templates, and on
  /// shift at once (``WeekLimits``). With the same start all week, more than `maxTours` tours
  /// (options × rest patterns) are cut to those of the options some day's own covering
  /// solution uses.
  public static func build(
    requirement: [[Int]], options: [Option], rules: WeekRules, limits: WeekLimits = WeekLimits(),
    maxTours: Int = 2_000
  ) throws(RuleError) -> WeeklyRoster {
    let days = requirement.count
    guard rules.restDays >= 0, rules.restDays < days else {
      throw .restDays(rules.restDays, days: days)
    }
    let workDays = days - rules.restDays
    let usable = options.indices.filter { index in
      guard let maximum = rules.maxHoursPerWeek else { return true }
      return Double(workDays) * options[index].paidHours <= maximum + 1e-9
    }
    let patterns = RestPatterns.all(
      days: days, restDays: rules.restDays, consecutive: rules.consecutiveRestDays)
    let week = Week(requirement: requirement, options: options)
    let agents: [Agent]
    let method: Method
    var restricted = false
    if rules.sameStartTime {
      method = .tours
      (agents, restricted) = WeekTours.agents(
        week: week, usable: usable, patterns: patterns, limits: limits, maxTours: maxTours)
    } else {
      method = .shiftsThenDaysOff
      agents = DaysOffAssignment.agents(
        week: week, usable: usable, patterns: patterns, limits: limits)
    }
    var roster = WeeklyRoster(
      week: week, agents: agents, method: method, excluded: options.count - usable.count)
    roster.restrictedTours = restricted
    return roster
  }

  /// The roster of `agents`, with its coverage, unmet intervals and paid hours computed once
  /// from the agents' shifts.
  init(week: Week, agents: [Agent], method: Method, excluded: Int) {
    var coverage = week.requirement.map { Array(repeating: 0, count: $0.count) }
    var paid = 0.0
    for agent in agents {
      for (day, option) in agent.days.enumerated() {
        guard let option else { continue }
        paid += week.options[option].paidHours
        for period in week.periods(of: option, on: day) {
          coverage[period / week.perDay][period % week.perDay] += 1
        }
      }
    }
    var unmet: [DayInterval: Int] = [:]
    for (day, needs) in week.requirement.enumerated() {
      for (interval, need) in needs.enumerated() where coverage[day][interval] < need {
        unmet[DayInterval(day: day, interval: interval)] = need - coverage[day][interval]
      }
    }
    self.agents = agents
    self.coverage = coverage
    self.unmet = unmet
    self.paidHours = paid
    self.method = method
    self.excludedOptions = excluded
  }
}

/// The requirement and options of a week, with the periods (day × intervals of a day +
/// interval) each option covers on each day.
struct Week {
  var requirement: [[Int]]
  var options: [WeeklyRoster.Option]
  var days: Int { requirement.count }
  var perDay: Int { requirement.first?.count ?? 0 }

  /// The week's periods an agent on `option` works on `day`: past the last day, none.
  func periods(of option: Int, on day: Int) -> [Int] {
    let first = day * perDay
    let count = days * perDay
    return options[option].covers.lazy.map { first + $0 }.filter { $0 >= 0 && $0 < count }
  }

  /// The requirement as one list of periods.
  var demand: [Int] { requirement.flatMap { $0 } }
}
