import ContactCentre
import Planning
import SimKernel

/// Renders a staffing search for a planner reading a terminal: the goal, then a table per
/// staffed team with a row per reporting interval, and the agent-hours of both answers.
public enum StaffingTable {
  /// The whole report.
  public static func render(_ result: StaffingResult) -> String {
    if result.isJoint { return renderJoint(result) }
    let configuration = result.configuration
    var text = "Staffing: \(VisibleText.escaped(configuration.name))\n"
    text += "Goal in every interval: " + goal(result.goal) + "\n"
    let runs = result.replications == 1 ? "1 replication" : "\(result.replications) replications"
    text += "Seed \(configuration.seed), \(runs) per simulation, \(result.passes) simulations"
    text +=
      result.converged
      ? " (converged).\n"
      : " (stopped at the limit: * not shown to be the least, ! short of the goal).\n"
    for team in result.teams {
      let queues = team.team.queues.map { configuration.queues[$0].id }
      text +=
        "\n" + VisibleText.escaped("Team \(team.id) — queues: \(queues.joined(separator: ", "))")
      text += "\n"
      var table = TextTable([
        "Interval", "Calls", "AHT", "Erlang", "Simulated", "SL", "± 95 %", "Abandon", "Occupancy",
      ])
      var unmeasured = false
      var outOfReach = false
      for row in team.rows {
        let performance = row.performance
        var agents = String(row.agents)
        if !row.isMeasured {
          unmeasured = true
          agents += " ="
        } else if row.isOutOfReach {
          outOfReach = true
          agents += " ×"
        } else if !result.goal.isMet(by: performance) {
          agents += " !"
        } else if !row.isMinimal {
          agents += " *"
        }
        table.add([
          StaffingCSV.start(of: row.interval, in: configuration),
          Formatting.fixed(row.forecast.calls, decimals: 1),
          Formatting.seconds(row.forecast.averageHandleTime),
          String(row.erlangAgents), agents,
          Formatting.percent(performance.serviceLevel.mean),
          Formatting.percent(performance.serviceLevel.halfWidth95),
          Formatting.percent(performance.abandonRate.mean),
          Formatting.percent(performance.occupancy.mean),
        ])
      }
      text += table.rendered()
      if unmeasured {
        text += "= no calls measured (warm-up, or none offered): the Erlang requirement is kept.\n"
      }
      if outOfReach {
        text += "× out of the team's reach: more agents did not bring the interval nearer the goal"
        text += " (routing\n  that makes calls wait, patience, other teams); the Erlang requirement"
        text += " is kept.\n"
      }
      text += "Agent-hours: Erlang \(Formatting.fixed(team.erlangAgentHours, decimals: 1)),"
      text += " simulated \(Formatting.fixed(team.agentHours, decimals: 1)).\n"
    }
    return text
  }

  /// "service level ≥ 80.0 % within 20 s, abandon rate ≤ 5.0 %, occupancy ≤ 90.0 %".
  static func goal(_ goal: StaffingGoal) -> String {
    var parts = [
      "service level ≥ \(Formatting.percent(goal.target)) within"
        + " \(Formatting.seconds(goal.threshold.seconds))"
    ]
    if let cap = goal.maxAbandon { parts.append("abandon rate ≤ \(Formatting.percent(cap))") }
    if let cap = goal.maxOccupancy { parts.append("occupancy ≤ \(Formatting.percent(cap))") }
    return parts.joined(separator: ", ")
  }
}
