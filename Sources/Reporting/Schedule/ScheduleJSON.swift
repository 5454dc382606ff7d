import ContactCentre
import Planning
import SimKernel

/// Renders a schedule as one JSON object (`ccsim schedule --format json`).
///
/// `scenario`, `seed`, `replications`, `goal` (as `ccsim staff`'s), `simulations`,
/// `meetsGoal`, and `teams`: per scheduled team its `id`, `paidHours`, `lowerBound` (the
/// solver's bound on the least paid hours, null without one), `agents` (shifts worked),
/// `people` (for a week's roster only: the agents, each working several of the shifts),
/// `templates` (`{id: agents}`), `unmet` (the intervals short of the goal) and `intervals`,
/// each with `interval`, `start`, `required`, `demand` (as raised by repairs), `scheduled`
/// (working: on a break excluded), `loggedIn`, `serviceLevel`, `abandonRate` and `occupancy`
/// as `{"mean", "halfWidth95"}`, and `meetsGoal`.
public enum ScheduleJSON {
  public static func render(_ result: ScheduleSearch.Result) -> String {
    document(result).rendered() + "\n"
  }

  public static func document(_ result: ScheduleSearch.Result) -> JSONOutput {
    let configuration = result.configuration
    let goal = result.goal
    return .object([
      ("scenario", .string(configuration.name)),
      ("seed", SummaryJSON.seed(configuration.seed)),
      ("replications", .int(result.replications)),
      (
        "goal",
        StaffingJSON.goal(goal)
      ),
      ("simulations", .int(result.passes)),
      ("meetsGoal", .bool(result.meetsGoal)),
      ("teams", .array(result.teams.map { team(goal, $0, configuration) })),
    ])
  }

  static func team(
    _ goal: StaffingGoal, _ team: ScheduleSearch.TeamSchedule,
    _ configuration: CentreConfiguration
  ) -> JSONOutput {
    var byTemplate = Array(repeating: 0, count: team.columns.templates.count)
    for (column, count) in team.solution.counts.enumerated() {
      byTemplate[team.columns.placements[column].template] += count
    }
    let unmet = Set(team.unmet)
    let object = JSONOutput.object([
      ("id", .string(team.id)),
      ("paidHours", .number(team.paidHours)),
      ("lowerBound", .number(team.solution.lowerBound)),
      ("agents", .int(team.solution.counts.reduce(0, +))),
      (
        "templates",
        .object(
          team.columns.templates.indices.filter { byTemplate[$0] > 0 }.map {
            (team.columns.templates[$0].id, .int(byTemplate[$0]))
          })
      ),
      ("unmet", .array(team.unmet.map { .int($0) })),
      (
        "intervals",
        .array(
          team.required.indices.map { interval in
            let performance = team.performance[interval]
            return .object([
              ("interval", .int(interval)),
              ("start", .string(StaffingCSV.start(of: interval, in: configuration))),
              ("required", .int(team.required[interval])),
              ("demand", .int(team.problem.demand[interval])),
              ("scheduled", .int(team.working[interval])),
              ("loggedIn", .int(team.loggedIn[interval])),
              ("serviceLevel", SummaryJSON.estimate(performance.serviceLevel)),
              ("abandonRate", SummaryJSON.estimate(performance.abandonRate)),
              ("occupancy", SummaryJSON.estimate(performance.occupancy)),
              ("meetsGoal", .bool(!unmet.contains(interval))),
            ])
          })
      ),
    ])
    // A week's roster also gives its people, each working several of the shifts.
    guard let week = team.week, case .object(var members) = object else { return object }
    members.insert(("people", .int(week.roster.agents.count)), at: 4)
    return .object(members)
  }
}
