import ContactCentre
import SimKernel
import Testing

@testable import Planning

/// Shift columns from templates: every start and break placement, covering exactly the
/// intervals worked, and back to the roster's shifts.
struct ShiftColumnsTests {
  static let quarter = SimDuration.minutes(15)

  static func day(start: SimDuration = .hours(8), hours: Int = 10) -> CentreConfiguration {
    CentreConfiguration(
      name: "day", startOfDay: start, duration: .hours(hours), interval: quarter,
      lines: [Line(id: "main", callType: 0, arrivals: .perHour(100))],
      callTypes: [CallType(id: "general", talk: .exponential(mean: 180), patience: nil)],
      teams: [Team(id: "gich", agents: 1, handles: [0])])
  }

  /// A 4-hour shift starting 08:00–09:00 every 30 minutes, with a 15-minute paid break in
  /// hours 1–2 and a 30-minute unpaid lunch ending by 3 h.
  static let template = ShiftTemplate(
    id: "short", length: .hours(4), earliestStart: .hours(8), latestStart: .hours(9),
    startStep: .minutes(30),
    breaks: [
      BreakRule(
        reason: NotReadyReason(0), length: quarter, paid: true, windowStart: .hours(1),
        windowEnd: .hours(2)),
      BreakRule(
        reason: NotReadyReason(1), length: .minutes(30), paid: false, windowStart: .hours(2),
        windowEnd: .hours(3)),
    ])

  /// 3 starts × 4 break starts (1:00, 1:15, 1:30, 1:45) × 3 lunch starts (2:00, 2:15, 2:30).
  @Test func everyStartAndPlacement() {
    let columns = ShiftColumns(
      Scheduling(templates: [Self.template]), team: 0, in: Self.day())
    #expect(columns.columns.count == 3 * 4 * 3)
    #expect(columns.columns.allSatisfy { $0.cost == 3.5 })
    // 16 quarters logged in, one on the break, two at lunch: 13 worked.
    #expect(columns.columns.allSatisfy { $0.covers.count == 13 })
    for (index, placement) in columns.placements.enumerated() {
      let template = Self.template
      for (start, rule) in zip(placement.breakStarts, template.breaks) {
        #expect(start >= placement.start + rule.windowStart)
        #expect(start + rule.length <= placement.start + rule.windowEnd)
        #expect(start.microseconds % Self.quarter.microseconds == 0)
      }
      #expect(placement.breakStarts[0] + template.breaks[0].length <= placement.breakStarts[1])
      #expect(columns.onShift[index].count == 16)
    }
  }

  /// The edge of the window: a break exactly as long as its window has one placement; the
  /// previous break ending exactly where the next window starts still fits.
  @Test func breakFillingItsWindowHasOnePlacement() {
    let rules = [
      BreakRule(
        reason: NotReadyReason(0), length: .hours(1), paid: true, windowStart: .hours(1),
        windowEnd: .hours(2)),
      BreakRule(
        reason: NotReadyReason(0), length: Self.quarter, paid: true, windowStart: .hours(2),
        windowEnd: .hours(2) + Self.quarter),
    ]
    let placements = ShiftColumns.breakPlacements(
      rules, shiftStart: .zero, interval: Self.quarter)
    #expect(placements == [[.hours(1), .hours(2)]])
    // Overlapping windows: the second break cannot start before the first has ended.
    let overlapping = [rules[0], rules[0]]
    #expect(
      ShiftColumns.breakPlacements(overlapping, shiftStart: .zero, interval: Self.quarter)
        .isEmpty)
  }

  /// Starts before the run and shifts crossing midnight are left out; a template for another
  /// team gives no column.
  @Test func startsOutsideTheRunAreLeftOut() {
    var template = Self.template
    template.earliestStart = .hours(7)
    template.latestStart = .hours(8)
    let early = ShiftColumns(Scheduling(templates: [template]), team: 0, in: Self.day())
    #expect(Set(early.placements.map(\.start)) == [.zero])
    template.earliestStart = .hours(20)
    template.latestStart = .hours(20) + .minutes(30)
    let late = ShiftColumns(
      Scheduling(templates: [template]), team: 0, in: Self.day(start: .hours(16), hours: 8))
    #expect(Set(late.placements.map(\.start)) == [.hours(4)])  // 20:00 ends at 24:00
    template.teams = [1]
    #expect(
      ShiftColumns(Scheduling(templates: [template]), team: 0, in: Self.day()).columns
        .isEmpty)
  }

  /// The roster of a solution has, in every interval, exactly the working agents the solution
  /// covers — counted from the shifts and their NotReady periods, at the interval's every
  /// minute — and the agents logged in that `loggedIn` says.
  @Test func rosterCoverageEqualsTheSolution() {
    let configuration = Self.day()
    let columns = ShiftColumns(Scheduling(templates: [Self.template]), team: 0, in: configuration)
    var counts = Array(repeating: 0, count: columns.columns.count)
    counts[0] = 2
    counts[7] = 1
    counts[35] = 3
    let shifts = columns.shifts(counts)
    #expect(shifts.map(\.entry) == [0, 1, 2])
    let working = columns.working(counts)
    let loggedIn = columns.loggedIn(counts)
    for period in 0..<configuration.intervalCount {
      var fewestWorking = Int.max
      var mostLoggedIn = 0
      for minute in 0..<15 {
        let instant = Self.quarter * Int64(period) + .minutes(minute)
        let on = shifts.filter { $0.start <= instant && instant < $0.end }
        let breaking = on.filter { shift in
          shift.notReady.contains { $0.start <= instant && instant < $0.start + $0.duration }
        }
        let logged = on.reduce(0) { $0 + $1.agents.count }
        fewestWorking = min(fewestWorking, logged - breaking.reduce(0) { $0 + $1.agents.count })
        mostLoggedIn = max(mostLoggedIn, logged)
      }
      #expect(working[period] == fewestWorking, "interval \(period)")
      #expect(loggedIn[period] == mostLoggedIn, "interval \(period)")
    }
  }

  /// Template and team limits: a template's most agents per day over its columns of that day;
  /// the team's most on shift at once over the columns logged in together.
  @Test func limits() {
    var template = Self.template
    template.maxAgents = 5
    let columns = ShiftColumns(
      Scheduling(templates: [template], maxAgents: [0: 7]), team: 0,
      in: Self.day(start: .hours(8), hours: 34))
    let perTemplate = columns.limits.filter { $0.maximum == 5 }
    #expect(perTemplate.count == 2)  // two days
    #expect(perTemplate.map(\.columns.count) == [36, 36])
    let perTeam = columns.limits.filter { $0.maximum == 7 }
    #expect(!perTeam.isEmpty)
    #expect(
      perTeam.allSatisfy { limit in
        limit.columns.allSatisfy { columns.onShift[$0].count == 16 }
      })
    #expect(
      columns.uncoverable(Array(repeating: 1, count: columns.intervalCount)).contains(0) == false)
    #expect(columns.uncoverable(Array(repeating: 1, count: columns.intervalCount)).contains(30))
  }
}
