import ContactCentre
import Planning
import SimKernel

/// Renders a schedule for a planner reading a terminal: per scheduled team a row per reporting
/// interval — agents required, scheduled (working: on a break excluded), logged in, and what
/// the simulation of the schedule measured — then its shifts and paid hours.
public enum ScheduleTable {
  /// The whole report.
  public static func render(_ result: ScheduleSearch.Result) -> String {
    let configuration = result.configuration
    var text = "Schedule: \(VisibleText.escaped(configuration.name))\n"
    text += "Goal in every interval: " + StaffingTable.goal(result.goal) + "\n"
    let runs = result.replications == 1 ? "1 replication" : "\(result.replications) replications"
    let passes = result.passes == 1 ? "1 simulation" : "\(result.passes) simulations"
    text += "Seed \(configuration.seed), \(runs) per simulation, \(passes) of the schedule with"
    text += " its breaks placed.\n"
    for team in result.teams {
      text += "\n" + VisibleText.escaped("Team \(team.id)") + "\n"
      var table = TextTable([
        "Interval", "Required", "Scheduled", "Logged in", "SL", "± 95 %", "Abandon", "± 95 %",
      ])
      let unmet = Set(team.unmet)
      for interval in team.required.indices {
        let performance = team.performance[interval]
        var scheduled = String(team.working[interval])
        if unmet.contains(interval) { scheduled += " !" }
        table.add([
          StaffingCSV.start(of: interval, in: configuration), String(team.required[interval]),
          scheduled, String(team.loggedIn[interval]),
          Formatting.percent(performance.serviceLevel.mean),
          Formatting.percent(performance.serviceLevel.halfWidth95),
          Formatting.percent(performance.abandonRate.mean),
          Formatting.percent(performance.abandonRate.halfWidth95),
        ])
      }
      text += table.rendered()
      if !unmet.isEmpty {
        text += "! short of the goal (or of the requirement, within the limits).\n"
      }
      let shifts = team.solution.counts.reduce(0, +)
      if let week = team.week {
        // A week: its people, each on several shifts.
        text +=
          "Week: \(week.roster.agents.count) people, \(shifts) shifts over \(week.days) days, "
      } else {
        text += "Shifts: \(shifts) agents, "
      }
      text += "\(Formatting.fixed(team.paidHours, decimals: 2)) paid hours"
      if let bound = team.solution.lowerBound {
        text += " (lower bound \(Formatting.fixed(bound, decimals: 2)))"
      }
      text += ".\n"
      var byTemplate: [Int: Int] = [:]
      for (column, count) in team.solution.counts.enumerated() where count > 0 {
        byTemplate[team.columns.placements[column].template, default: 0] += count
      }
      for (template, count) in byTemplate.sorted(by: { $0.key < $1.key }) {
        text += "  \(VisibleText.escaped(team.columns.templates[template].id)): \(count)\n"
      }
    }
    return text
  }
}
