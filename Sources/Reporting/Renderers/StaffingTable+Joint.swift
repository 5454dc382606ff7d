import ContactCentre
import Planning
import SimKernel

extension StaffingTable {
  /// The joint search of several teams: per team and interval the agents needed beside
  /// today's roster and the gap, then per queue and interval what the simulation measured.
  static func renderJoint(_ result: StaffingResult) -> String {
    let configuration = result.configuration
    var text = "Staffing: \(VisibleText.escaped(configuration.name)) — every team, jointly\n"
    text += "Goal in every interval, for every queue: " + goal(result.goal) + "\n"
    if let most = result.maxAgents { text += "At most \(most) agents per team and interval.\n" }
    let runs = result.replications == 1 ? "1 replication" : "\(result.replications) replications"
    let rounds = result.rounds == 1 ? "1 round" : "\(result.rounds) rounds"
    text += "Seed \(configuration.seed), \(runs) per simulation, \(result.passes) simulations"
    text += " in \(rounds)"
    text += result.converged ? " (converged).\n" : " (stopped at the limit).\n"
    var marks = Set<String>()
    for (index, team) in result.teams.enumerated() {
      let queues = team.team.queues.map { configuration.queues[$0].id }
      text += "\n"
      text += VisibleText.escaped("Team \(team.id) — first for: \(queues.joined(separator: ", "))")
      text += "\n"
      var table = TextTable([
        "Interval", "Calls", "AHT", "Erlang", "Needed", "Roster", "Gap", "SL", "Occupancy",
      ])
      for row in team.rows {
        let mark = Self.mark(row, unmet: result.unmet(ofTeamAt: index, interval: row.interval))
        marks.insert(mark)
        let gap = row.gap ?? 0
        table.add([
          StaffingCSV.start(of: row.interval, in: configuration),
          Formatting.fixed(row.forecast.calls, decimals: 1),
          Formatting.seconds(row.forecast.averageHandleTime),
          String(row.erlangAgents), String(row.agents) + (mark.isEmpty ? "" : " " + mark),
          Formatting.fixed(row.roster ?? 0, decimals: 1),
          (gap > 0.05 ? "+" : "") + Formatting.fixed(gap, decimals: 1),
          Formatting.percent(row.performance.serviceLevel.mean),
          Formatting.percent(row.performance.occupancy.mean),
        ])
      }
      text += table.rendered()
      text += "Agent-hours: Erlang split \(Formatting.fixed(team.erlangAgentHours, decimals: 1)),"
      text += " simulated \(Formatting.fixed(team.agentHours, decimals: 1)),"
      text += " today's roster \(Formatting.fixed(team.rosterAgentHours ?? 0, decimals: 1)).\n"
    }
    for queue in result.queues {
      let teams = queue.teams.map { configuration.teams[$0].id }
      text += "\n"
      text += VisibleText.escaped("Queue \(queue.id) — first to: \(teams.joined(separator: ", "))")
      if let goal = queue.goal { text += "; its own goal: " + Self.goal(goal) }
      text += "\n"
      var table = TextTable([
        "Interval", "Calls", "AHT", "Erlang", "SL", "± 95 %", "Abandon", "± 95 %", "Goal",
      ])
      for row in queue.rows {
        let performance = row.performance
        if !row.meetsGoal { marks.insert(Self.mark(reason: row.unmet)) }
        table.add([
          StaffingCSV.start(of: row.interval, in: configuration),
          Formatting.fixed(row.forecast.calls, decimals: 1),
          Formatting.seconds(row.forecast.averageHandleTime), String(row.erlangAgents),
          Formatting.percent(performance.serviceLevel.mean),
          Formatting.percent(performance.serviceLevel.halfWidth95),
          Formatting.percent(performance.abandonRate.mean),
          Formatting.percent(performance.abandonRate.halfWidth95),
          !performance.isMeasured
            ? "–" : row.meetsGoal ? "met" : "MISSED " + Self.mark(reason: row.unmet),
        ])
      }
      text += table.rendered()
    }
    text += "\nNeeded: agents logged in and taking calls; Roster: today's, net of scheduled"
    text += " breaks (mean over\nthe interval); Gap: needed − roster. Erlang: each queue's"
    text += " Erlang requirement split between\nits teams by today's roster."
    text += "\n"
    let legend: [(String, String)] = [
      ("=", "no calls measured (warm-up, or none offered): the Erlang split is kept"),
      ("!", "the interval misses the goal: the search stopped at --passes"),
      (
        "×",
        "more agents on the teams that could help did not bring the interval nearer the goal: the\n  Erlang split is kept"
      ),
      ("+", "the interval would need more than --max-agents on every team that could help"),
      ("*", "not shown to be the least (one fewer not tried), when the search stopped at --passes"),
    ]
    for (mark, meaning) in legend where marks.contains(mark) { text += "\(mark) \(meaning).\n" }
    return text
  }

  /// The mark after a team's agents in an interval.
  static func mark(_ row: StaffingResult.Row, unmet: StaffingResult.Unmet?) -> String {
    if !row.isMeasured { return "=" }
    return unmet == nil ? (row.isMinimal ? "" : "*") : mark(reason: unmet)
  }

  /// The mark of why an interval misses the goal.
  static func mark(reason: StaffingResult.Unmet?) -> String {
    switch reason {
    case .passes: "!"
    case .outOfReach: "×"
    case .atMaximum: "+"
    case nil: ""
    }
  }
}
