/// A week's roster in two stages, when starts may change from day to day: each day's shifts,
/// then the rest days.
///
/// Stage 1 solves each day's covering problem on its own (options as columns). Stage 2 is the
/// days-off problem of Baker (1974) and Burns & Carter (1985): choose how many agents take each
/// rest pattern so that each day has at least as many agents at work as it has shifts — itself
/// a covering problem, with the patterns as columns and the days as periods, solved by the same
/// ``CoveringSolver``. An agent at work on a day with no shift left works the option that best
/// fills what that day still lacks, else the cheapest, within the limits (``WeekLimits``):
/// every agent keeps exactly their rest days — unless no option fits the limits that day (the
/// team's most on shift at once, say), when they rest that day too. Each day's shifts, by
/// start, go to that day's working agents in the order of their start the day before (agents
/// new to the week last), so that starts stay close from day to day.
enum DaysOffAssignment {
  static func agents(
    week: Week, usable: [Int], patterns: [[Bool]], limits: WeekLimits
  ) -> [WeeklyRoster.Agent] {
    // Stage 1: each day's shifts.
    let shifts = dailyShifts(week: week, usable: usable, limits: limits)
    // Stage 2: the rest days. When the limits bound the agents who can work a day (every usable
    // template has a most, or the part-time ones a most together), no more agents may work a
    // day than that: an agent beyond it would have no shift to work.
    let cap = limits.agentsPerDay(templates: Set(usable.map { week.options[$0].template }))
    let daysOff = CoveringSolver.solve(
      CoveringProblem(
        demand: shifts.map(\.count),
        columns: patterns.map { pattern in
          CoveringProblem.Column(cost: 1, covers: pattern.indices.filter { pattern[$0] })
        },
        limits: cap.map { cap in
          (0..<week.days).map { day in
            CoveringProblem.Limit(
              columns: patterns.indices.filter { patterns[$0][day] }, maximum: cap)
          }
        } ?? []))
    var agents: [WeeklyRoster.Agent] = []
    for (pattern, count) in daysOff.counts.enumerated() where count > 0 {
      let days = patterns[pattern].map { $0 ? -1 : nil as Int? }
      agents += Array(repeating: WeeklyRoster.Agent(days: days), count: count)
    }
    // Each day's shifts to its working agents.
    var coverage = week.requirement.map { Array(repeating: 0, count: $0.count) }
    var lastStart: [Int?] = Array(repeating: nil, count: agents.count)
    for day in 0..<week.days {
      let working = agents.indices.filter { agents[$0].days[day] != nil }.sorted {
        (lastStart[$0] ?? Int.max, $0) < (lastStart[$1] ?? Int.max, $1)
      }
      var today = shifts[day]
      var used = Dictionary(
        today.map { (week.options[$0].template, 1) }, uniquingKeysWith: +)
      var partTime = today.filter { limits.partTimeTemplates.contains(week.options[$0].template) }
        .count
      var loggedIn = Array(repeating: 0, count: week.perDay)
      for option in today {
        for period in week.options[option].onShift where period >= 0 && period < week.perDay {
          loggedIn[period] += 1
        }
      }
      for (place, agent) in working.enumerated() {
        let option: Int
        if place < today.count {
          option = today[place]
        } else {
          guard
            let extra = filler(
              week: week, day: day, usable: usable, coverage: coverage[day],
              allowed: {
                limits.admits(
                  $0, week: week, used: used, partTime: partTime, loggedIn: loggedIn)
              })
          else {
            // No shift fits the limits: the agent rests this day too.
            agents[agent].days[day] = nil
            continue
          }
          option = extra
          used[week.options[option].template, default: 0] += 1
          if limits.partTimeTemplates.contains(week.options[option].template) { partTime += 1 }
          for period in week.options[option].onShift where period >= 0 && period < week.perDay {
            loggedIn[period] += 1
          }
          today.append(option)
        }
        agents[agent].days[day] = option
        lastStart[agent] = Int(week.options[option].start.microseconds / 1_000_000)
        for period in week.options[option].covers where period >= 0 && period < week.perDay {
          coverage[day][period] += 1
        }
      }
    }
    return agents
  }

  /// Each day's shifts on its own: the options (with repeats, one per agent) of the solution of
  /// the day's covering problem, by start.
  static func dailyShifts(week: Week, usable: [Int], limits: WeekLimits) -> [[Int]] {
    let columns = usable.map { option in
      CoveringProblem.Column(
        cost: week.options[option].paidHours,
        covers: week.options[option].covers.filter { $0 >= 0 && $0 < week.perDay })
    }
    let dayLimits = limits.day(week: week, usable: usable)
    return (0..<week.days).map { day in
      let problem = CoveringProblem(
        demand: week.requirement[day], columns: columns, limits: dayLimits)
      let solution = CoveringSolver.solve(problem)
      var today: [Int] = []
      for (column, count) in solution.counts.enumerated() where count > 0 {
        today += Array(repeating: usable[column], count: count)
      }
      return today.sorted { (week.options[$0].start, $0) < (week.options[$1].start, $1) }
    }
  }

  /// The option for an agent at work on `day` beyond its shifts: the one covering the most
  /// intervals still short, then the cheapest, then the first; among the options `allowed`
  /// (within the limits). When only the templates' own most per day bound the day, one is
  /// allowed (stage 2 keeps the agents at work within them); when no template has one, all.
  /// Nil when none is allowed.
  static func filler(
    week: Week, day: Int, usable: [Int], coverage: [Int], allowed: (Int) -> Bool
  ) -> Int? {
    var best: (option: Int, short: Int, cost: Double)?
    for option in usable where allowed(option) {
      let short = week.options[option].covers.filter {
        $0 >= 0 && $0 < week.perDay && coverage[$0] < week.requirement[day][$0]
      }.count
      let cost = week.options[option].paidHours
      if let chosen = best, (short, -cost) <= (chosen.short, -chosen.cost) { continue }
      best = (option, short, cost)
    }
    return best?.option
  }
}
