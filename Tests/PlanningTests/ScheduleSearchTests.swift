import ContactCentre
import SimKernel
import Testing

@testable import Planning

/// The schedule search: covering the requirement, simulating the schedule with its breaks, and
/// repairing the intervals that miss the goal.
struct ScheduleSearchTests {
  /// Four hours from 08:00 in 15-minute intervals, 100 calls an hour of 3 minutes (5 erlangs),
  /// and one template: 4 h from 08:00, a 15-minute break in its second hour.
  static func day() -> CentreConfiguration {
    var configuration = CentreConfiguration(
      name: "day", seed: 3, startOfDay: .hours(8), duration: .hours(4),
      interval: .minutes(15),
      lines: [Line(id: "main", callType: 0, arrivals: .perHour(100))],
      callTypes: [CallType(id: "general", talk: .exponential(mean: 180), patience: nil)],
      teams: [Team(id: "gich", agents: 1, handles: [0])])
    configuration.scheduling = Scheduling(templates: [
      ShiftTemplate(
        id: "half-day", length: .hours(4), earliestStart: .hours(8), latestStart: .hours(8),
        startStep: .minutes(15),
        breaks: [
          BreakRule(
            reason: configuration.vocabulary.firstBreak, length: .minutes(15), paid: true,
            windowStart: .hours(1), windowEnd: .hours(2))
        ])
    ])
    return configuration
  }

  static let goal = StaffingGoal(target: 0.8, threshold: .seconds(20))

  /// A requirement set too low (two agents where five erlangs arrive): the schedule covering it
  /// misses the goal, so the repair raises the demand of the intervals that miss above the
  /// requirement, and the covering re-solved works at least that demand in each.
  @Test func repairRaisesAnIntervalThatMisses() throws {
    var staffing = try StaffingSearch.run(
      Self.day(), goal: Self.goal, options: .init(replications: 4, maxPasses: 1))
    staffing.staffing.agents = staffing.staffing.agents.map { $0.map { _ in 2 } }
    var shorts: [Int] = []
    let result = try ScheduleSearch.run(
      staffing, options: .init(replications: 4, maxPasses: 6),
      progress: { shorts.append($0.intervalsShort) })
    let team = result.teams[0]
    #expect(shorts.first! > 0, "two agents cannot answer five erlangs")
    #expect(result.passes >= 2)
    #expect(shorts.last! < shorts.first!)
    #expect(zip(team.problem.demand, team.required).contains { $0 > $1 })
    #expect(zip(team.working, team.problem.demand).allSatisfy { $0 >= $1 })
    // The configuration simulated is the schedule: the team's roster is its shifts.
    #expect(result.configuration.teams[0].shifts == team.shifts)
  }

  /// The demand the repair sets: one more agent working than worked when the interval missed;
  /// an interval that met the goal keeps its demand. And no interval meeting the goal is left
  /// marked unmet.
  @Test func unmetIntervalsAreThoseShortOfTheGoal() throws {
    let staffing = try StaffingSearch.run(
      Self.day(), goal: Self.goal, options: .init(replications: 4, maxPasses: 6))
    let result = try ScheduleSearch.run(staffing, options: .init(replications: 4, maxPasses: 1))
    let team = result.teams[0]
    #expect(result.passes == 1)
    #expect(team.problem.demand == team.required)
    for interval in team.required.indices {
      #expect(
        team.unmet.contains(interval) == !result.goal.isMet(by: team.performance[interval]),
        "interval \(interval)")
    }
  }

  /// An interval that needs agents before any template starts is refused, naming its time.
  @Test func anIntervalNoTemplateWorksIsRefused() throws {
    var configuration = Self.day()
    configuration.scheduling!.templates[0].earliestStart = .hours(8) + .minutes(15)
    configuration.scheduling!.templates[0].latestStart = .hours(8) + .minutes(15)
    let staffing = try StaffingSearch.run(
      configuration, goal: Self.goal, options: .init(replications: 2, maxPasses: 1))
    #expect(throws: ScheduleSearch.Failure.uncovered(team: "gich", intervals: ["08:00"])) {
      try ScheduleSearch.run(staffing, options: .init(replications: 2, maxPasses: 1))
    }
    configuration.scheduling = nil
    let none = try StaffingSearch.run(
      configuration, goal: Self.goal, options: .init(replications: 2, maxPasses: 1))
    #expect(throws: ScheduleSearch.Failure.noTemplates) {
      try ScheduleSearch.run(none, options: .init(replications: 2, maxPasses: 1))
    }
  }
}
