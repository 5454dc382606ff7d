import ContactCentre
import Foundation
import Scenario
import SimKernel
import Testing

@testable import Planning

/// A week scheduled from shift templates: every day offers the same shifts, and the roster's
/// shifts keep each person in one roster entry all week, with their breaks placed.
struct WeekScheduleTests {
  static let hour = SimDuration.hours(1)

  static func week(days: Int = 7, startOfDay: SimDuration = .zero) -> CentreConfiguration {
    CentreConfiguration(
      name: "week", startOfDay: startOfDay, duration: .hours(24 * days), interval: hour,
      lines: [Line(id: "main", callType: 0, arrivals: .perHour(100))],
      callTypes: [CallType(id: "general", talk: .exponential(mean: 180), patience: nil)],
      teams: [Team(id: "gich", agents: 1, handles: [0])])
  }

  /// 8 h from 07:00 to 10:00 on the hour, a 1-hour unpaid lunch in hours 3–5 (two places).
  static let scheduling = Scheduling(templates: [
    ShiftTemplate(
      id: "day", length: .hours(8), earliestStart: .hours(7), latestStart: .hours(10),
      startStep: hour,
      breaks: [
        BreakRule(
          reason: NotReadyReason(1), length: hour, paid: false, windowStart: .hours(3),
          windowEnd: .hours(5))
      ])
  ])

  /// Agents per hour: 08:00–17:00, 4 on Monday, 2 on weekdays, 1 at the weekend.
  static let requirement: [Int] = [4, 2, 2, 2, 2, 1, 1].flatMap { level in
    (0..<24).map { (8..<17).contains($0) ? level : 0 }
  }

  @Test("A week run is whole days from midnight; anything else is not")
  func weekRuns() {
    #expect(WeekSchedule.days(of: Self.week()) == 7)
    #expect(WeekSchedule.days(of: Self.week(startOfDay: .hours(7))) == nil)
    var partial = Self.week()
    partial.duration = .hours(24 * 7 - 1)
    #expect(WeekSchedule.days(of: partial) == nil)
  }

  @Test(
    "The roster's shifts: one entry per week worked, the same person all week",
    arguments: [false, true])
  func shifts(sameStart: Bool) throws {
    let rules = WeekRules(
      restDays: 2, consecutiveRestDays: true, sameStartTime: sameStart, maxHoursPerWeek: 35)
    let schedule = try WeekSchedule(
      requirement: Self.requirement, scheduling: Self.scheduling, rules: rules, team: 0,
      in: Self.week())
    // 4 starts × 2 lunch placements, every day.
    #expect(schedule.options.count == 8)
    #expect(schedule.columnOf.allSatisfy { $0.count == 8 })
    #expect(schedule.roster.unmet.isEmpty)
    let shifts = schedule.shifts(first: 3, staffNumberPrefix: "gich-")
    // Each shift its own entry from 3, as a scenario listing them decodes to.
    #expect(shifts.map(\.entry) == Array(3..<3 + shifts.count).map { $0 })
    // Each person (staff number) works five days, one shift a day, 35 h paid.
    let people = Dictionary(
      grouping: shifts.flatMap { shift in shift.agents.map { ($0.staffNumber!, shift) } },
      by: \.0)
    #expect(people.count == schedule.roster.agents.count)
    #expect(Set(people.keys) == Set((1...people.count).map { "gich-\($0)" }))
    for (_, week) in people {
      let days = week.map { $0.1.start.microseconds / SimDuration.hours(24).microseconds }
      #expect(days.count == 5 && Set(days).count == 5)
      let clock = Set(week.map { $0.1.start.microseconds % SimDuration.hours(24).microseconds })
      if sameStart { #expect(clock.count == 1) }
      for (_, shift) in week {
        #expect(shift.end - shift.start == .hours(8))
        #expect(shift.notReady.count == 1)
        let lunch = shift.notReady[0].start - shift.start
        #expect(lunch >= .hours(3) && lunch <= .hours(4))
      }
    }
    // The roster as the columns' solution: the same coverage, cost and no shortfall.
    let solution = schedule.solution
    #expect(schedule.columns.working(solution.counts) == schedule.roster.coverage.flatMap { $0 })
    #expect(solution.cost == schedule.roster.paidHours && solution.shortfalls.isEmpty)
    // Working agents per hour from the shifts, lunches out: the roster's coverage.
    var working = Array(repeating: 0, count: Self.requirement.count)
    for shift in shifts {
      for hour in Int(
        shift.start.microseconds / Self.hour.microseconds)..<Int(
          shift.end.microseconds / Self.hour.microseconds)
      where SimDuration.hours(hour) != shift.notReady[0].start {
        working[hour] += shift.agents.count
      }
    }
    #expect(working == schedule.roster.coverage.flatMap { $0 })
    #expect(zip(working, Self.requirement).allSatisfy { $0 >= $1 })
  }

  /// The example week (scenarios/week.json): its templates and week rules, a requirement of
  /// each interval's offered load (6-minute handling) plus one, every rule kept and every
  /// interval covered.
  @Test("The example week keeps its rules and covers a requirement from its forecast")
  func exampleWeek() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scenarios/week.json").path
    let configuration = try ScenarioLoader.load(path: path)
    let scheduling = try #require(configuration.scheduling)
    let rules = try #require(scheduling.week)
    #expect(WeekSchedule.days(of: configuration) == 7)
    let arrivals = configuration.lines[0].arrivals
    let interval = configuration.interval
    let requirement = (0..<configuration.intervalCount).map { index in
      let calls = arrivals.expectedCalls(
        from: interval * Int64(index), to: interval * Int64(index + 1))
      return calls > 0 ? Int((calls * 360 / interval.seconds).rounded(.up)) + 1 : 0
    }
    let schedule = try WeekSchedule(
      requirement: requirement, scheduling: scheduling, rules: rules, team: 0,
      in: configuration)
    #expect(schedule.roster.unmet.isEmpty)
    #expect(zip(schedule.roster.coverage.flatMap { $0 }, requirement).allSatisfy { $0 >= $1 })
    for agent in schedule.roster.agents {
      let rest = agent.restDays
      #expect(rest.count == 2)
      #expect(rest[1] - rest[0] == 1 || rest == [0, 6])
      #expect(Set(agent.days.compactMap { $0.map { schedule.options[$0].start } }).count == 1)
      let hours = agent.days.compactMap { $0.map { schedule.options[$0].paidHours } }
      #expect(hours.reduce(0, +) <= rules.maxHoursPerWeek!)
    }
  }
}
