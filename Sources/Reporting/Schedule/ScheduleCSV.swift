import ContactCentre
import Planning
import SimKernel

/// Renders a schedule as CSV: one row per scheduled team and reporting interval.
public enum ScheduleCSV {
  /// Column names.
  public static let header = [
    "team", "interval", "start", "required", "demand", "scheduled", "loggedIn", "serviceLevel",
    "serviceLevelHalfWidth95", "abandonRate", "abandonRateHalfWidth95", "occupancy",
    "meetsGoal",
  ]

  /// The rows: shares as fractions; `demand` is the requirement as raised by repairs,
  /// `scheduled` the agents working (on a break excluded); `meetsGoal` false for an unmet
  /// interval.
  public static func render(_ result: ScheduleSearch.Result) -> String {
    var text = header.joined(separator: ",") + "\n"
    for team in result.teams {
      let unmet = Set(team.unmet)
      for interval in team.required.indices {
        let performance = team.performance[interval]
        let fields = [
          CSVField.text(team.id), String(interval),
          StaffingCSV.start(of: interval, in: result.configuration),
          String(team.required[interval]), String(team.problem.demand[interval]),
          String(team.working[interval]), String(team.loggedIn[interval]),
          CSVField.number(performance.serviceLevel.mean),
          CSVField.number(performance.serviceLevel.halfWidth95),
          CSVField.number(performance.abandonRate.mean),
          CSVField.number(performance.abandonRate.halfWidth95),
          CSVField.number(performance.occupancy.mean), String(!unmet.contains(interval)),
        ]
        text += fields.joined(separator: ",") + "\n"
      }
    }
    return text
  }
}

/// The shifts of a schedule as CSV (`ccsim schedule --shifts FILE`): one row per agent slot —
/// its team, slot number, template, day, start and end, paid hours, and its breaks as
/// `reason start-end` separated by `; `.
public enum ShiftsCSV {
  public static let header = [
    "team", "agent", "template", "day", "start", "end", "paidHours", "breaks",
  ]

  public static func render(_ result: ScheduleSearch.Result) -> String {
    let configuration = result.configuration
    let names = configuration.vocabulary.notReadyReasons.map(\.name)
    var text = header.joined(separator: ",") + "\n"
    for team in result.teams {
      if let week = team.week {
        text += weekRows(team, week, configuration, names)
        continue
      }
      var slot = 0
      for column in team.columns.chosen(team.solution.counts) {
        let shift = team.columns.shift(column, agents: team.solution.counts[column])
        let placement = team.columns.placements[column]
        let template = team.columns.templates[placement.template]
        let clock = { (time: SimDuration) in Formatting.clock(time + configuration.startOfDay) }
        let breaks = shift.notReady.map {
          "\(names[$0.reason.index]) \(clock($0.start))-\(clock($0.start + $0.duration))"
        }.joined(separator: "; ")
        for _ in shift.agents {
          slot += 1
          let fields = [
            CSVField.text(team.id), String(slot), CSVField.text(template.id),
            String(placement.day + 1), clock(shift.start), clock(shift.end),
            CSVField.number(template.paidTime.seconds / 3600), CSVField.text(breaks),
          ]
          text += fields.joined(separator: ",") + "\n"
        }
      }
    }
    return text
  }

  /// A week's rows: per person (agent: their number, as in their staff number), one row per
  /// day they work, in day order.
  static func weekRows(
    _ team: ScheduleSearch.TeamSchedule, _ week: WeekSchedule,
    _ configuration: CentreConfiguration, _ names: [String]
  ) -> String {
    var text = ""
    var slot = 0
    let clock = { (time: SimDuration) in Formatting.clock(time + configuration.startOfDay) }
    for (days, numbers) in week.people(prefix: team.id + "-") {
      for _ in numbers {
        slot += 1
        for (day, option) in days.enumerated() {
          guard let option else { continue }
          let column = week.columnOf[day][option]
          let shift = team.columns.shift(column, agents: 1)
          let template = team.columns.templates[team.columns.placements[column].template]
          let breaks = shift.notReady.map {
            "\(names[$0.reason.index]) \(clock($0.start))-\(clock($0.start + $0.duration))"
          }.joined(separator: "; ")
          let fields = [
            CSVField.text(team.id), String(slot), CSVField.text(template.id), String(day + 1),
            clock(shift.start), clock(shift.end),
            CSVField.number(template.paidTime.seconds / 3600), CSVField.text(breaks),
          ]
          text += fields.joined(separator: ",") + "\n"
        }
      }
    }
    return text
  }
}
