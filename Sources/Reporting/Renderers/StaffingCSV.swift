import ContactCentre
import Planning
import SimKernel

/// Renders a staffing search as CSV: one row per staffed team and reporting interval.
public enum StaffingCSV {
  /// Column names.
  public static let header = [
    "team", "interval", "start", "forecastCalls", "averageHandleTime", "erlangAgents",
    "erlangServiceLevel", "agents", "serviceLevel", "serviceLevelHalfWidth95", "abandonRate",
    "abandonRateHalfWidth95", "occupancy", "occupancyHalfWidth95", "serviceLevelWithOneFewer",
    "measured", "minimal", "outOfReach", "meetsGoal",
  ]

  /// The rows: shares as fractions, times in seconds; empty where there is no value.
  public static func render(_ result: StaffingResult) -> String {
    if result.isJoint { return renderJoint(result) }
    var text = header.joined(separator: ",") + "\n"
    for team in result.teams {
      for row in team.rows {
        let performance = row.performance
        let fields = [
          CSVField.text(team.id), String(row.interval),
          start(of: row.interval, in: result.configuration),
          CSVField.number(row.forecast.calls), CSVField.number(row.forecast.averageHandleTime),
          String(row.erlangAgents), CSVField.number(row.erlang?.serviceLevel),
          String(row.agents), CSVField.number(performance.serviceLevel.mean),
          CSVField.number(performance.serviceLevel.halfWidth95),
          CSVField.number(performance.abandonRate.mean),
          CSVField.number(performance.abandonRate.halfWidth95),
          CSVField.number(performance.occupancy.mean),
          CSVField.number(performance.occupancy.halfWidth95),
          CSVField.number(row.withOneFewer?.serviceLevel.mean), String(row.isMeasured),
          String(row.isMinimal), String(row.isOutOfReach),
          String(result.goal.isMet(by: performance)),
        ]
        text += fields.joined(separator: ",") + "\n"
      }
    }
    return text
  }

  /// The clock time interval `index` starts at: "08:15", or "d2 08:15" from the second day.
  public static func start(of index: Int, in configuration: CentreConfiguration) -> String {
    Formatting.clock(configuration.startOfDay + configuration.interval * Int64(index))
  }
}
