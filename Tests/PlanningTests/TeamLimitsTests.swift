import ContactCentre
import SimKernel
import Testing

@testable import Planning

/// A team's limits on its schedule: its most agents on part-time templates (`maxPartTime`) and
/// on shift at once (`maxAgents`), on a day's columns and on a week's roster, both ways a week
/// is built.
struct TeamLimitsTests {
  static let hour = SimDuration.hours(1)

  /// Hourly intervals from midnight over `days` days.
  static func run(days: Int) -> CentreConfiguration {
    CentreConfiguration(
      name: "limits", startOfDay: .zero, duration: .hours(24 * days), interval: hour,
      lines: [Line(id: "main", callType: 0, arrivals: .perHour(100))],
      callTypes: [CallType(id: "general", talk: .exponential(mean: 180), patience: nil)],
      teams: [Team(id: "gich", agents: 1, handles: [0])])
  }

  /// A full-time 8-hour shift at 08:00 and a part-time 4-hour one starting 08:00 to 12:00.
  static func partTime(maxPartTime: Int? = nil, fullMaxAgents: Int? = nil) -> Scheduling {
    Scheduling(
      templates: [
        ShiftTemplate(
          id: "full", length: .hours(8), earliestStart: .hours(8), latestStart: .hours(8),
          startStep: hour, maxAgents: fullMaxAgents),
        ShiftTemplate(
          id: "part", length: .hours(4), earliestStart: .hours(8), latestStart: .hours(12),
          startStep: hour, partTime: true),
      ], maxPartTime: maxPartTime.map { [0: $0] } ?? [:])
  }

  /// Per day: one agent 08:00–12:00, four 12:00–16:00. Part-timers cover it for 20 paid hours
  /// a day (at least three of them); with at most one, three full-time shifts and a part-time
  /// one: 28.
  static func partTimeDemand(days: Int) -> [Int] {
    (0..<days).flatMap { _ in
      (0..<24).map { (8..<12).contains($0) ? 1 : (12..<16).contains($0) ? 4 : 0 }
    }
  }

  /// Four-hour shifts at 08:00 or 10:00 and a ten-hour one at 08:00, no part-timers.
  static func onShift(maxAgents: Int? = nil) -> Scheduling {
    Scheduling(
      templates: [
        ShiftTemplate(
          id: "four", length: .hours(4), earliestStart: .hours(8), latestStart: .hours(10),
          startStep: .hours(2)),
        ShiftTemplate(
          id: "long", length: .hours(10), earliestStart: .hours(8), latestStart: .hours(8),
          startStep: hour),
      ], maxAgents: maxAgents.map { [0: $0] } ?? [:])
  }

  /// Per day: `level` agents 08:00–14:00. At one agent, the two four-hour shifts (8 paid
  /// hours) overlap 10:00–12:00; with one on shift at once, the ten-hour shift (10).
  static func onShiftDemand(days: Int, level: Int = 1) -> [Int] {
    (0..<days).flatMap { _ in (0..<24).map { (8..<14).contains($0) ? level : 0 } }
  }

  static func partTimeShifts(_ columns: ShiftColumns, _ counts: [Int]) -> Int {
    counts.indices.filter { columns.templates[columns.placements[$0].template].partTime }
      .reduce(0) { $0 + counts[$1] }
  }

  @Test("A day: the most part-timers forces full-time shifts, demand still covered")
  func dayPartTime() {
    let demand = Self.partTimeDemand(days: 1)
    let free = ShiftColumns(Self.partTime(), team: 0, in: Self.run(days: 1))
    let cheapest = CoveringSolver.solve(free.problem(demand: demand))
    #expect(cheapest.cost == 20 && cheapest.shortfalls.isEmpty)
    #expect(Self.partTimeShifts(free, cheapest.counts) >= 3)

    let columns = ShiftColumns(Self.partTime(maxPartTime: 1), team: 0, in: Self.run(days: 1))
    let partColumns = columns.placements.indices.filter { columns.placements[$0].template == 1 }
    #expect(columns.limits == [CoveringProblem.Limit(columns: partColumns, maximum: 1)])
    let solution = CoveringSolver.solve(columns.problem(demand: demand))
    #expect(Self.partTimeShifts(columns, solution.counts) <= 1)
    #expect(solution.shortfalls.isEmpty && solution.cost == 28)
    #expect(zip(columns.working(solution.counts), demand).allSatisfy { $0 >= $1 })
  }

  /// Over two days, one limit per day over that day's part-time columns.
  @Test func onePartTimeLimitPerDay() {
    let columns = ShiftColumns(Self.partTime(maxPartTime: 3), team: 0, in: Self.run(days: 2))
    #expect(columns.limits.count == 2 && columns.limits.allSatisfy { $0.maximum == 3 })
    for (day, limit) in columns.limits.enumerated() {
      #expect(limit.columns.count == 5)
      #expect(limit.columns.allSatisfy { columns.placements[$0].day == day })
    }
  }

  /// No part-timers and at most two full-time shifts leave the afternoon two agents short:
  /// reported as the solution's shortfalls, as any limit's.
  @Test func aLimitThatLeavesDemandShortIsReported() {
    let columns = ShiftColumns(
      Self.partTime(maxPartTime: 0, fullMaxAgents: 2), team: 0, in: Self.run(days: 1))
    let solution = CoveringSolver.solve(columns.problem(demand: Self.partTimeDemand(days: 1)))
    #expect(Self.partTimeShifts(columns, solution.counts) == 0)
    #expect(solution.shortfalls == [12: 2, 13: 2, 14: 2, 15: 2])
  }

  @Test(
    "A week: at most two part-timers — people with the same start all week, shifts a day else",
    arguments: [true, false])
  func weekPartTime(sameStart: Bool) throws {
    let rules = WeekRules(restDays: 2, sameStartTime: sameStart)
    let demand = Self.partTimeDemand(days: 7)
    let free = try WeekSchedule(
      requirement: demand, scheduling: Self.partTime(), rules: rules, team: 0,
      in: Self.run(days: 7))
    let schedule = try WeekSchedule(
      requirement: demand, scheduling: Self.partTime(maxPartTime: 2), rules: rules, team: 0,
      in: Self.run(days: 7))
    #expect(schedule.roster.unmet.isEmpty)
    #expect(zip(schedule.roster.coverage.flatMap { $0 }, demand).allSatisfy { $0 >= $1 })
    let isPart = { (option: Int?) in option.map { schedule.options[$0].template == 1 } ?? false }
    if sameStart {
      // Each tour works one option all week: the part-time people.
      let people = schedule.roster.agents.filter { $0.days.contains(where: isPart) }
      #expect(people.count <= 2)
      #expect(people.allSatisfy { $0.days.allSatisfy { $0 == nil || isPart($0) } })
      #expect(free.roster.agents.filter { $0.days.contains(where: isPart) }.count > 2)
    } else {
      for day in 0..<7 {
        #expect(schedule.roster.agents.filter { isPart($0.days[day]) }.count <= 2, "day \(day)")
      }
      let freeMost = (0..<7).map { day in
        free.roster.agents.filter { agent in
          agent.days[day].map { free.options[$0].template == 1 } ?? false
        }.count
      }.max()!
      #expect(freeMost > 2)
    }
    #expect(schedule.roster.paidHours > free.roster.paidHours)
  }

  @Test("A day: the team's most on shift at once picks the longer shift")
  func dayOnShift() {
    let demand = Self.onShiftDemand(days: 1)
    let free = ShiftColumns(Self.onShift(), team: 0, in: Self.run(days: 1))
    #expect(CoveringSolver.solve(free.problem(demand: demand)).cost == 8)
    let columns = ShiftColumns(Self.onShift(maxAgents: 1), team: 0, in: Self.run(days: 1))
    let solution = CoveringSolver.solve(columns.problem(demand: demand))
    #expect(solution.cost == 10 && solution.shortfalls.isEmpty)
    #expect(columns.loggedIn(solution.counts).allSatisfy { $0 <= 1 })
  }

  @Test(
    "A week: the team's most on shift at once binds on every day, both methods",
    arguments: [true, false])
  func weekOnShift(sameStart: Bool) throws {
    let rules = WeekRules(restDays: 0, sameStartTime: sameStart)
    let demand = Self.onShiftDemand(days: 7)
    let free = try WeekSchedule(
      requirement: demand, scheduling: Self.onShift(), rules: rules, team: 0,
      in: Self.run(days: 7))
    #expect(free.columns.loggedIn(free.solution.counts).max() == 2)
    #expect(free.roster.paidHours == 7 * 8)
    let schedule = try WeekSchedule(
      requirement: demand, scheduling: Self.onShift(maxAgents: 1), rules: rules, team: 0,
      in: Self.run(days: 7))
    let solution = schedule.solution
    #expect(schedule.roster.unmet.isEmpty && solution.shortfalls.isEmpty)
    #expect(schedule.columns.loggedIn(solution.counts).allSatisfy { $0 <= 1 })
    #expect(schedule.roster.paidHours == 7 * 10)
  }

  /// Two agents needed, one allowed on shift: a week reports each interval one short.
  @Test(
    "A week the team's most on shift cannot cover reports the shortfall",
    arguments: [true, false])
  func weekOnShiftShort(sameStart: Bool) throws {
    let demand = Self.onShiftDemand(days: 7, level: 2)
    let schedule = try WeekSchedule(
      requirement: demand, scheduling: Self.onShift(maxAgents: 1),
      rules: WeekRules(restDays: 0, sameStartTime: sameStart), team: 0, in: Self.run(days: 7))
    let solution = schedule.solution
    #expect(schedule.columns.loggedIn(solution.counts).allSatisfy { $0 <= 1 })
    #expect(solution.shortfalls.count == 7 * 6 && solution.shortfalls.values.allSatisfy { $0 == 1 })
  }

  /// With days off, an agent at work beyond a day's shifts whom no shift fits within the
  /// team's most on shift rests that day instead: one agent a day covers the week, but two
  /// five-day agents work ten days between them.
  @Test func anAgentNoShiftFitsRests() throws {
    let options = [WeeklyRoster.Option(template: 0, start: .zero, covers: [0], paidHours: 8)]
    let roster = try WeeklyRoster.build(
      requirement: Array(repeating: [1], count: 7), options: options,
      rules: WeekRules(restDays: 2), limits: WeekLimits(maxOnShift: 1))
    #expect(roster.unmet.isEmpty && roster.agents.count == 2)
    #expect(roster.coverage == Array(repeating: [1], count: 7))
    #expect(roster.agents.flatMap(\.days).compactMap { $0 }.count == 7)
    #expect(roster.agents.allSatisfy { $0.restDays.count >= 2 })
  }
}
