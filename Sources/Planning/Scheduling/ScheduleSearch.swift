import ContactCentre
import SimKernel

/// Turns a staffing requirement into shifts people can work, then checks them by simulation
/// and repairs them (`ccsim schedule`).
///
/// 1. **Cover.** Per staffed team, the requirement (agents per interval, from
///    ``StaffingSearch``) is the demand of a ``CoveringProblem`` whose columns are every way to
///    work the scenario's shift templates (``ShiftColumns``: start × break placement, paid hours
///    as cost), within the templates' and the team's `maxAgents`; ``CoveringSolver`` solves it
///    for the least paid hours.
/// 2. **Simulate the schedule with its breaks placed.** Each staffed team's roster is replaced
///    by the chosen shifts (their breaks as scheduled NotReady), beside its team leaders, and
///    the day is simulated with the staffing's seed and replications (common random numbers:
///    the same callers as the staffing search saw).
/// 3. **Repair.** Every interval that misses the goal (judged as the staffing search judges:
///    on the means) has its demand raised by one agent working, and the covering problem is
///    solved again; repeated until every interval meets the goal, or `maxPasses` simulations,
///    or the limits leave an interval short. Intervals still missing the goal are reported.
///
/// Intervals the staffing search found out of the team's reach are not repaired (more agents
/// stopped helping them); they are reported unmet, as `ccsim staff` reports them.
public enum ScheduleSearch {
  /// How to search.
  public struct Options: Sendable, Equatable {
    /// Replications per simulation (the staffing's).
    public var replications: Int
    /// Replications run side by side (never changes the numbers).
    public var jobs: Int
    /// The most simulations of schedules to run.
    public var maxPasses: Int

    public init(replications: Int = 30, jobs: Int = 1, maxPasses: Int = 8) {
      precondition(replications >= 1 && jobs >= 1 && maxPasses >= 1)
      self.replications = replications
      self.jobs = jobs
      self.maxPasses = maxPasses
    }
  }

  /// One staffed team's schedule.
  public struct TeamSchedule: Sendable {
    /// The team and the queues it is judged on.
    public var team: StaffedTeam
    /// The team's id.
    public var id: String
    /// The team's shift columns.
    public var columns: ShiftColumns
    /// The staffing requirement: agents per interval.
    public var required: [Int]
    /// The covering problem last solved (its demand: the requirement, raised by repairs).
    public var problem: CoveringProblem
    /// Its solution: agents per column.
    public var solution: CoveringSolution
    /// Agents working (not on a break) and logged in, per interval.
    public var working: [Int]
    public var loggedIn: [Int]
    /// What the simulation of the schedule measured, per interval.
    public var performance: [IntervalPerformance]
    /// Intervals that miss the goal (measured, on the means) or that the solution leaves short
    /// of the requirement.
    public var unmet: [Int]

    /// Paid hours of the schedule.
    public var paidHours: Double { solution.cost }
    /// The week's roster, when the scenario's `scheduling.week` applies (a run of a week);
    /// nil: the shifts are those of `solution`.
    public var week: WeekSchedule?

    /// The shifts of the schedule, numbered as roster entries from 0: for a week, each
    /// person's shifts named by their staff number (the team's id, "-" and a number).
    public var shifts: [Shift] {
      week.map { $0.shifts(staffNumberPrefix: id + "-") } ?? columns.shifts(solution.counts)
    }
  }

  /// The answer.
  public struct Result: Sendable {
    public var teams: [TeamSchedule]
    /// The configuration with the schedule as the staffed teams' rosters, as simulated.
    public var configuration: CentreConfiguration
    public var goal: StaffingGoal
    public var replications: Int
    /// Simulations of schedules run.
    public var passes: Int
    /// Whether every interval of every team meets the goal.
    public var meetsGoal: Bool { teams.allSatisfy(\.unmet.isEmpty) }
  }

  /// How the repair is going, after each simulation.
  public struct Progress: Sendable, Equatable {
    public var pass: Int
    public var intervalsShort: Int
    public var paidHours: Double
  }

  /// Why a schedule cannot be built.
  public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The scenario has no `scheduling` section.
    case noTemplates
    /// Intervals need agents but no template's shift of the team works them.
    case uncovered(team: String, intervals: [String])
    /// A simulation looped at one instant.
    case loop(InstantLoop)

    public var description: String {
      switch self {
      case .noTemplates:
        "the scenario has no \"scheduling\" section: give its shift templates"
          + " (docs/scenario-format.md, section 20)"
      case .uncovered(let team, let intervals):
        "team '\(team)' needs agents at \(intervals.joined(separator: ", ")), but no shift"
          + " template works then (its opening hours): add a template or widen the starts"
      case .loop(let loop):
        "a simulation stopped \(loop.time.sinceStart.seconds) s into the run: \(loop.events)"
          + " events at one instant (the scenario's rules loop)"
      }
    }
  }

  /// Schedules the staffing `staffing` found for `configuration` (the scenario as given to
  /// the staffing search: its seed).
  public static func run(
    _ staffing: StaffingResult, options: Options = Options(),
    progress: ((Progress) -> Void)? = nil
  ) throws(Failure) -> Result {
    let base = staffing.configuration
    guard let scheduling = base.scheduling else { throw .noTemplates }
    let goal = staffing.goal
    var teams: [TeamSchedule] = []
    for (index, rows) in staffing.teams.enumerated() {
      let columns = ShiftColumns(scheduling, team: rows.team.team, in: base)
      let required = staffing.staffing.agents[index]
      let uncovered = columns.uncoverable(required)
      guard uncovered.isEmpty else {
        throw .uncovered(
          team: rows.id,
          intervals: uncovered.prefix(8).map { Self.intervalText($0, in: base) }
            + (uncovered.count > 8 ? ["…"] : []))
      }
      let problem = columns.problem(demand: required)
      let (solution, week) = cover(problem, columns: columns, week: weekRules(of: base))
      teams.append(
        TeamSchedule(
          team: rows.team, id: rows.id, columns: columns, required: required, problem: problem,
          solution: solution, working: columns.working(solution.counts),
          loggedIn: columns.loggedIn(solution.counts), performance: [], unmet: [], week: week))
    }
    let outOfReach = staffing.teams.map { $0.rows.map(\.isOutOfReach) }

    var passes = 0
    var configuration = base
    while true {
      configuration = applied(teams, to: base)
      let runs = Replications.run(
        configuration, count: options.replications, jobs: options.jobs, intervals: true)
      passes += 1
      if let loop = runs.lazy.compactMap(\.loop).first { throw .loop(loop) }
      let measured = IntervalPerformance.measure(
        runs, teams: teams.map(\.team), intervalCount: base.intervalCount,
        teamCount: base.teams.count, conventions: base.conventions)
      var repairable = 0
      for index in teams.indices {
        teams[index].performance = measured[index]
        teams[index].unmet = measured[index].indices.filter { interval in
          !goal.isMet(by: measured[index][interval])
            || teams[index].solution.shortfalls[interval] != nil
        }
        repairable +=
          teams[index].unmet.filter { interval in
            !outOfReach[index][interval] && teams[index].solution.shortfalls[interval] == nil
          }.count
      }
      progress?(
        Progress(
          pass: passes, intervalsShort: teams.reduce(0) { $0 + $1.unmet.count },
          paidHours: teams.reduce(0) { $0 + $1.paidHours }))
      guard repairable > 0, passes < options.maxPasses else { break }
      for index in teams.indices {
        var problem = teams[index].problem
        for interval in teams[index].unmet
        where !outOfReach[index][interval] && teams[index].solution.shortfalls[interval] == nil {
          problem.demand[interval] = teams[index].working[interval] + 1
        }
        guard problem != teams[index].problem else { continue }
        repair(&teams[index], problem)
      }
    }
    return Result(
      teams: teams, configuration: configuration, goal: goal,
      replications: options.replications, passes: passes)
  }

  /// Re-solves `team`'s covering problem for `problem`'s raised demand.
  static func repair(_ team: inout TeamSchedule, _ problem: CoveringProblem) {
    team.problem = problem
    (team.solution, team.week) = cover(
      problem, columns: team.columns, week: team.week.map { ($0.rules, $0.days) })
    team.working = team.columns.working(team.solution.counts)
    team.loggedIn = team.columns.loggedIn(team.solution.counts)
  }

  /// `base` with each scheduled team's roster replaced by its shifts — keeping the agents the
  /// scenario names (``TeamSchedule/roster(keeping:)``) — then its team leaders' shifts as they
  /// were (``Staffing/teamLeaderShifts(of:after:)``).
  public static func applied(_ teams: [TeamSchedule], to base: CentreConfiguration)
    -> CentreConfiguration
  {
    var configuration = base
    for team in teams {
      let shifts = team.roster(keeping: base.namedAgents(ofTeam: team.team.team)).shifts
      configuration.teams[team.team.team].shifts =
        shifts + Staffing.teamLeaderShifts(of: base.teams[team.team.team], after: shifts.count)
      configuration.teams[team.team.team].staffing = nil
    }
    return configuration
  }

  /// Interval `index` as its clock time, "HH:MM" (with the day after the first).
  public static func intervalText(_ index: Int, in configuration: CentreConfiguration) -> String {
    let start = configuration.interval * Int64(index) + configuration.startOfDay
    let minutes = Int(start.microseconds / 60_000_000)
    let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    let clock = pad(minutes % 1440 / 60) + ":" + pad(minutes % 60)
    return minutes >= 1440 ? "day \(minutes / 1440 + 1) \(clock)" : clock
  }
}
