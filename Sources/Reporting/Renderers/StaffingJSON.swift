import ContactCentre
import Planning
import SimKernel

/// Renders a staffing search as one JSON object (`ccsim staff --format json`).
///
/// `scenario`, `seed`, `replications` (per simulation), `goal` (`target`, `threshold` in
/// seconds, `maxAbandon`, `maxOccupancy`: null when not capped), `simulations`, `converged`,
/// `meetsGoal`, and `teams`: per staffed team its `id`, `queues`, `agentHours` (`erlang`,
/// `simulated`) and `intervals`, each with `interval`, `start`, `forecastCalls`,
/// `averageHandleTime`, `erlang` (`agents` and the `serviceLevel`, `abandonRate` and
/// `occupancy` Erlang predicts with them), `agents` (the simulated requirement),
/// `serviceLevel`, `abandonRate` and `occupancy` as `{"mean", "halfWidth95"}`,
/// `serviceLevelWithOneFewer` (null when one fewer was never seen to fall short), `measured`,
/// `minimal`, `outOfReach` (more agents did not help: left at the Erlang requirement) and
/// `meetsGoal`.
public enum StaffingJSON {
  /// The whole document.
  public static func render(_ result: StaffingResult) -> String {
    document(result).rendered() + "\n"
  }

  /// The goal as the staffing and schedule documents write it: target, threshold (seconds),
  /// the caps, then `extra`.
  static func goal(_ goal: StaffingGoal, extra: [(String, JSONOutput)] = []) -> JSONOutput {
    .object(
      [
        ("target", .number(goal.target)), ("threshold", .number(goal.threshold.seconds)),
        ("maxAbandon", .number(goal.maxAbandon)), ("maxOccupancy", .number(goal.maxOccupancy)),
      ] + extra)
  }

  /// The document as a value, keys in a fixed order.
  public static func document(_ result: StaffingResult) -> JSONOutput {
    if result.isJoint { return jointDocument(result) }
    let configuration = result.configuration
    let goal = result.goal
    return .object([
      ("scenario", .string(configuration.name)),
      ("seed", SummaryJSON.seed(configuration.seed)),
      ("replications", .int(result.replications)),
      (
        "goal",
        Self.goal(goal)
      ),
      ("simulations", .int(result.passes)),
      ("converged", .bool(result.converged)),
      ("meetsGoal", .bool(result.meetsGoal)),
      (
        "teams",
        .array(
          result.teams.map { team in
            .object([
              ("id", .string(team.id)),
              ("queues", .array(team.team.queues.map { .string(configuration.queues[$0].id) })),
              (
                "agentHours",
                .object([
                  ("erlang", .number(team.erlangAgentHours)),
                  ("simulated", .number(team.agentHours)),
                ])
              ),
              ("intervals", .array(team.rows.map { row(goal, $0, configuration) })),
            ])
          })
      ),
    ])
  }

  static func row(
    _ goal: StaffingGoal, _ row: StaffingResult.Row, _ configuration: CentreConfiguration
  )
    -> JSONOutput
  {
    let performance = row.performance
    return .object([
      ("interval", .int(row.interval)),
      ("start", .string(StaffingCSV.start(of: row.interval, in: configuration))),
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
      ("agents", .int(row.agents)),
      ("serviceLevel", SummaryJSON.estimate(performance.serviceLevel)),
      ("abandonRate", SummaryJSON.estimate(performance.abandonRate)),
      ("occupancy", SummaryJSON.estimate(performance.occupancy)),
      (
        "serviceLevelWithOneFewer",
        row.withOneFewer.map { SummaryJSON.estimate($0.serviceLevel) } ?? .null
      ),
      ("measured", .bool(row.isMeasured)),
      ("minimal", .bool(row.isMinimal)),
      ("outOfReach", .bool(row.isOutOfReach)),
      ("meetsGoal", .bool(goal.isMet(by: performance))),
    ])
  }
}
