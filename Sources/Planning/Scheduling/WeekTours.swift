/// A week's roster with the same start every working day: tours as the columns of one
/// covering problem.
///
/// A tour is one option (template, start, breaks placed) worked on each working day of one
/// rest pattern. Its cost is its paid hours over the week and it covers the option's working
/// intervals on each of those days (the tour-scheduling formulation: Bailey 1985; Bechtold &
/// Jacobs 1990, who place breaks implicitly — here each break placement is its own option, as
/// the shift columns enumerate them). The limits are ``WeekLimits/tours(week:tours:patterns:)``:
/// a template's most agents per day over the tours of the template that work that day, the
/// team's most part-timers over the part-time tours (each once: the week's part-time people),
/// and its most agents on shift at once per day and interval.
enum WeekTours {
  /// The agents of the tours ``CoveringSolver`` chooses: one agent per unit of each tour's
  /// count, in tour order (by option, then rest pattern).
  ///
  /// When every usable option on every pattern would make more than `maxTours` tours (15-minute
  /// starts with three breaks: some 900 options × 21 patterns), only the options some day's own
  /// covering solution uses become tours (``candidates(week:usable:limits:)``): the
  /// covering problem stays small, at the price of the tours that solution leaves out.
  static func agents(
    week: Week, usable: [Int], patterns: [[Bool]], limits weekLimits: WeekLimits, maxTours: Int
  ) -> (agents: [WeeklyRoster.Agent], restricted: Bool) {
    let restricted = usable.count * patterns.count > maxTours
    let options =
      restricted ? candidates(week: week, usable: usable, limits: weekLimits) : usable
    var tours: [(option: Int, pattern: Int)] = []
    var columns: [CoveringProblem.Column] = []
    for option in options {
      for (index, pattern) in patterns.enumerated() {
        var covers: [Int] = []
        for day in pattern.indices where pattern[day] {
          covers += week.periods(of: option, on: day)
        }
        // A tour covering nothing helps no one.
        guard !covers.isEmpty else { continue }
        let workDays = pattern.filter { $0 }.count
        tours.append((option, index))
        columns.append(
          CoveringProblem.Column(
            cost: Double(workDays) * week.options[option].paidHours, covers: covers.sorted()))
      }
    }
    let limits = weekLimits.tours(week: week, tours: tours, patterns: patterns)
    let problem = CoveringProblem(demand: week.demand, columns: columns, limits: limits)
    let solution = CoveringSolver.solve(problem)
    var agents: [WeeklyRoster.Agent] = []
    for (tour, count) in solution.counts.enumerated() where count > 0 {
      let (option, pattern) = tours[tour]
      let days = patterns[pattern].map { $0 ? option : nil }
      agents += Array(repeating: WeeklyRoster.Agent(days: days), count: count)
    }
    return (agents, restricted)
  }

  /// The options some day's own covering solution uses (each day solved alone), in option
  /// order.
  static func candidates(week: Week, usable: [Int], limits: WeekLimits) -> [Int] {
    let shifts = DaysOffAssignment.dailyShifts(week: week, usable: usable, limits: limits)
    return Set(shifts.joined()).sorted()
  }
}
