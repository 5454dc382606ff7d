import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// The roster's timetable (`CentreLayout.timetable`) holds every shift start, shift end and
/// scheduled NotReady period that falls in the run, in (time, kind, agent) order. The layout
/// gathers the entries kind by kind before it sorts them (so that the sort merges long runs);
/// the result must be the order of the entries made slot by slot and sorted from scratch.
struct TimetableOrderTests {
  static let hour = SimDuration.hours(1)

  /// Two teams over three days, each with an early and a late shift a day (the same roster
  /// entry every day), staggered breaks, a break past the shift's end, and a run that ends
  /// during the third day (its shifts' ends, and some periods, fall after it).
  static func centre() -> CentreConfiguration {
    func shift(day: Int, start: Int, agents: Int, entry: Int) -> Shift {
      let begins = SimDuration.hours(24 * day + start)
      return Shift(
        start: begins, end: begins + .hours(8),
        agents: Array(repeating: AgentProfile(), count: agents),
        notReady: [
          ScheduledNotReady(
            reason: .lunch, start: begins + .hours(4), duration: .minutes(30),
            spread: .minutes(90)),
          ScheduledNotReady(
            reason: .breakTime, start: begins + .hours(2), duration: .minutes(15),
            spread: .hours(1)),
          ScheduledNotReady(reason: .breakTime, start: begins + .hours(9), duration: .minutes(15)),
        ], entry: entry)
    }
    let teams = [(3, 2), (4, 5)].enumerated().map { index, size in
      var team = TelephonyRuleTests.team("team-\(index)", agents: 0)
      team.shifts = (0..<3).flatMap { day in
        [
          shift(day: day, start: 8, agents: size.0, entry: 0),
          shift(day: day, start: 10, agents: size.1, entry: 1),
        ]
      }
      return team
    }
    var configuration = TelephonyRuleTests.centre(
      lines: [Line(id: "line", callType: 0, arrivals: .perHour(0))], teams: teams, plans: [])
    configuration.duration = .hours(48 + 15)
    return configuration
  }

  /// The entries made slot by slot, as the layout made them before it gathered them by kind.
  static func slotBySlot(_ configuration: CentreConfiguration) -> [RosterEntry] {
    let end = SimInstant(since: configuration.duration)
    var entries: [RosterEntry] = []
    var slot: Int32 = 0
    for team in configuration.teams {
      for shift in team.shifts {
        for place in shift.agents.indices {
          defer { slot += 1 }
          let start = SimInstant(since: shift.start)
          guard start < end else { continue }
          entries.append(RosterEntry(time: start, agent: slot, what: RosterEntry.shiftStart))
          let finish = SimInstant(since: shift.end)
          if finish < end {
            entries.append(RosterEntry(time: finish, agent: slot, what: RosterEntry.shiftEnd))
          }
          for (index, period) in shift.notReady.enumerated() {
            let begins = max(
              start, SimInstant(since: period.start(ofAgent: place, of: shift.agents.count)))
            guard begins < min(finish, end) else { continue }
            entries.append(RosterEntry(time: begins, agent: slot, what: Int32(index)))
          }
        }
      }
    }
    return entries
  }

  static func key(_ entry: RosterEntry) -> [Int64] {
    [entry.time.microseconds, Int64(entry.what), Int64(entry.agent)]
  }

  @Test func theTimetableIsEveryEntryInTimeKindAgentOrder() {
    let configuration = Self.centre()
    let timetable = CentreLayout(configuration).timetable
    let expected = Self.slotBySlot(configuration).sorted {
      Self.key($0).lexicographicallyPrecedes(Self.key($1))
    }
    // Three days of 3 + 2 and 4 + 5 slots; the third day's shifts have no end in the run.
    #expect(timetable.count == expected.count)
    #expect(timetable.map(Self.key) == expected.map(Self.key))
    #expect(expected.contains { $0.what == 2 } == false, "the break past the shift's end")
    #expect(expected.filter { $0.what == RosterEntry.shiftEnd }.count == 2 * 14)
    #expect(expected.filter { $0.what == RosterEntry.shiftStart }.count == 3 * 14)
    for (earlier, later) in zip(timetable, timetable.dropFirst()) {
      #expect(Self.key(earlier).lexicographicallyPrecedes(Self.key(later)))
    }
  }
}
