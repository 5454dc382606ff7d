import ContactCentre
import Planning
import SimKernel

extension StaffingCSV {
  /// Column names of the joint search's CSV: a row per team and interval (`scope` `team`),
  /// then per queue and interval (`queue`).
  public static let jointHeader = [
    "scope", "id", "interval", "start", "forecastCalls", "averageHandleTime", "erlangAgents",
    "agents", "roster", "gap", "serviceLevel", "serviceLevelHalfWidth95", "abandonRate",
    "abandonRateHalfWidth95", "occupancy", "occupancyHalfWidth95", "measured", "minimal",
    "unmet", "meetsGoal",
  ]

  /// The joint search's rows: shares as fractions, times in seconds; empty where there is no
  /// value (a queue has no agents, roster or occupancy of its own).
  static func renderJoint(_ result: StaffingResult) -> String {
    let configuration = result.configuration
    var text = jointHeader.joined(separator: ",") + "\n"
    for (index, team) in result.teams.enumerated() {
      for row in team.rows {
        let performance = row.performance
        let unmet = result.unmet(ofTeamAt: index, interval: row.interval)
        let fields = [
          "team", CSVField.text(team.id), String(row.interval),
          start(of: row.interval, in: configuration), CSVField.number(row.forecast.calls),
          CSVField.number(row.forecast.averageHandleTime), String(row.erlangAgents),
          String(row.agents), CSVField.number(row.roster),
          CSVField.number(row.gap),
          CSVField.number(performance.serviceLevel.mean),
          CSVField.number(performance.serviceLevel.halfWidth95),
          CSVField.number(performance.abandonRate.mean),
          CSVField.number(performance.abandonRate.halfWidth95),
          CSVField.number(performance.occupancy.mean),
          CSVField.number(performance.occupancy.halfWidth95), String(row.isMeasured),
          String(row.isMinimal), unmet?.rawValue ?? "", String(unmet == nil),
        ]
        text += fields.joined(separator: ",") + "\n"
      }
    }
    for queue in result.queues {
      for row in queue.rows {
        let performance = row.performance
        let fields = [
          "queue", CSVField.text(queue.id), String(row.interval),
          start(of: row.interval, in: configuration), CSVField.number(row.forecast.calls),
          CSVField.number(row.forecast.averageHandleTime), String(row.erlangAgents), "", "", "",
          CSVField.number(performance.serviceLevel.mean),
          CSVField.number(performance.serviceLevel.halfWidth95),
          CSVField.number(performance.abandonRate.mean),
          CSVField.number(performance.abandonRate.halfWidth95), "", "",
          String(performance.isMeasured), "", row.unmet?.rawValue ?? "",
          String(row.meetsGoal),
        ]
        text += fields.joined(separator: ",") + "\n"
      }
    }
    return text
  }
}

extension StaffingJSON {
  /// The joint search's document: as the search team by team's, with `"joint": true`,
  /// `maxAgents` in the goal, `rounds`, per team interval `roster`, `gap` and `unmet` (null,
  /// `"passes"`, `"outOfReach"` or `"atMaximum"`) and the team's roster agent-hours, then
  /// `queues`: per queue its `id`, the `teams` sharing it and per interval its forecast, Erlang
  /// requirement as one pool, `serviceLevel` and `abandonRate` with half-widths, `measured`
  /// and `meetsGoal`.
  static func jointDocument(_ result: StaffingResult) -> JSONOutput {
    let configuration = result.configuration
    let goal = result.goal
    return .object([
      ("scenario", .string(configuration.name)),
      ("seed", SummaryJSON.seed(configuration.seed)),
      ("replications", .int(result.replications)),
      ("joint", .bool(true)),
      (
        "goal",
        Self.goal(goal, extra: [("maxAgents", result.maxAgents.map { .int($0) } ?? .null)])
      ),
      ("simulations", .int(result.passes)),
      ("rounds", .int(result.rounds)),
      ("converged", .bool(result.converged)),
      ("meetsGoal", .bool(result.meetsGoal)),
      (
        "teams",
        .array(
          result.teams.enumerated().map { index, team in
            .object([
              ("id", .string(team.id)),
              ("queues", .array(team.team.queues.map { .string(configuration.queues[$0].id) })),
              (
                "agentHours",
                .object([
                  ("erlang", .number(team.erlangAgentHours)),
                  ("simulated", .number(team.agentHours)),
                  ("roster", .number(team.rosterAgentHours)),
                ])
              ),
              ("intervals", .array(team.rows.map { jointRow(result, index, $0) })),
            ])
          })
      ),
      (
        "queues",
        .array(
          result.queues.map { queue in
            .object(
              [
                ("id", .string(queue.id)),
                ("teams", .array(queue.teams.map { .string(configuration.teams[$0].id) })),
              ] + (queue.goal.map { [("goal", Self.goal($0))] } ?? []) + [
                ("intervals", .array(queue.rows.map { queueRow(result, $0) }))
              ])
          })
      ),
    ])
  }

  static func jointRow(_ result: StaffingResult, _ team: Int, _ row: StaffingResult.Row)
    -> JSONOutput
  {
    let performance = row.performance
    let unmet = result.unmet(ofTeamAt: team, interval: row.interval)
    return .object([
      ("interval", .int(row.interval)),
      ("start", .string(StaffingCSV.start(of: row.interval, in: result.configuration))),
      ("forecastCalls", .number(row.forecast.calls)),
      ("averageHandleTime", .number(row.forecast.averageHandleTime)),
      ("erlangAgents", .int(row.erlangAgents)),
      ("agents", .int(row.agents)),
      ("roster", .number(row.roster)),
      ("gap", .number(row.gap)),
      ("serviceLevel", SummaryJSON.estimate(performance.serviceLevel)),
      ("abandonRate", SummaryJSON.estimate(performance.abandonRate)),
      ("occupancy", SummaryJSON.estimate(performance.occupancy)),
      (
        "serviceLevelWithOneFewer",
        row.withOneFewer.map { SummaryJSON.estimate($0.serviceLevel) } ?? .null
      ),
      ("measured", .bool(row.isMeasured)),
      ("minimal", .bool(row.isMinimal)),
      ("unmet", unmet.map { .string($0.rawValue) } ?? .null),
      ("meetsGoal", .bool(unmet == nil)),
    ])
  }

  static func queueRow(_ result: StaffingResult, _ row: StaffingResult.QueueRow) -> JSONOutput {
    let performance = row.performance
    return .object([
      ("interval", .int(row.interval)),
      ("start", .string(StaffingCSV.start(of: row.interval, in: result.configuration))),
      ("forecastCalls", .number(row.forecast.calls)),
      ("averageHandleTime", .number(row.forecast.averageHandleTime)),
      (
        "erlang",
        .object([
          ("agents", .int(row.erlangAgents)),
          ("serviceLevel", .number(row.erlang?.serviceLevel)),
          ("abandonRate", .number(row.erlang?.abandonRate)),
          ("occupancy", .number(row.erlang?.occupancy)),
        ])
      ),
      ("serviceLevel", SummaryJSON.estimate(performance.serviceLevel)),
      ("abandonRate", SummaryJSON.estimate(performance.abandonRate)),
      ("measured", .bool(performance.isMeasured)),
      ("unmet", row.unmet.map { .string($0.rawValue) } ?? .null),
      ("meetsGoal", .bool(row.meetsGoal)),
    ])
  }
}
