import ContactCentre
import SimKernel

extension ScheduleSearch {
  /// The days of a week's run: 7 whole days from midnight. The scenario's week rules apply
  /// only to such a run; any other run's days are scheduled each on its own.
  public static let weekDays = 7

  /// The scenario's week rules with the days of its run, when they apply: `scheduling.week`
  /// is given and the run is a week (``weekDays`` whole days from midnight).
  public static func weekRules(of configuration: CentreConfiguration) -> (
    rules: WeekRules, days: Int
  )? {
    guard let rules = configuration.scheduling?.week,
      WeekSchedule.days(of: configuration) == weekDays
    else { return nil }
    return (rules, weekDays)
  }

  /// Covers `problem`'s demand with `columns`: with `week`, as a week's roster
  /// (``WeekSchedule``: each agent's rest days and shifts under the rules), its solution
  /// being the agents per column it works out to; else ``CoveringSolver`` on the problem.
  static func cover(
    _ problem: CoveringProblem, columns: ShiftColumns, week: (rules: WeekRules, days: Int)?
  ) -> (CoveringSolution, WeekSchedule?) {
    guard let week else { return (CoveringSolver.solve(problem), nil) }
    // The rules' rest days (0 to 6) are fewer than a week's days: the roster can be built.
    guard
      let schedule = try? WeekSchedule(
        requirement: problem.demand, columns: columns, rules: week.rules, days: week.days)
    else { preconditionFailure("\(week.rules.restDays) rest days in \(week.days) days") }
    return (schedule.solution, schedule)
  }
}
