import SimKernel
import Testing

@testable import ContactCentre

/// A team's headcount is the number of distinct people on its roster (`Team.people`): staff
/// numbers, and places of a roster entry however many days it repeats on.
struct HeadcountTests {
  static func shift(_ agents: [AgentProfile], entry: Int?) -> Shift {
    Shift(start: .zero, end: .hours(8), agents: agents, entry: entry)
  }

  static let anyone = AgentProfile()
  static func numbered(_ number: String) -> AgentProfile { AgentProfile(staffNumber: number) }

  @Test func theHeadcountIsTheDistinctPeopleOfTheRoster() {
    var team = Team(id: "gich", handles: [], shifts: [])
    team.shifts = [
      // Entry 0 on three days: three places, then four (a fourth place), then two; the staff
      // number A works on two of the days, in different places.
      Self.shift([Self.anyone, Self.numbered("A"), Self.anyone], entry: 0),
      Self.shift([Self.anyone, Self.anyone, Self.anyone, Self.anyone], entry: 0),
      Self.shift([Self.numbered("A"), Self.anyone], entry: 0),
      // Entry 1 once, with B; a shift without an entry (its own index), and an empty one.
      Self.shift([Self.numbered("B"), Self.anyone], entry: 1),
      Self.shift([Self.anyone, Self.anyone], entry: nil),
      Self.shift([], entry: 2),
    ]
    let distinct = Set(team.people.map(\.key)).count
    // Entry 0: places 0, 1, 2, 3 (place 1 on the first day is A's); entry 1: place 1;
    // shift 4: places 0 and 1; A and B.
    #expect(distinct == 4 + 1 + 2 + 2)
    #expect(team.headcount == distinct)
    #expect(Team(id: "empty", handles: [], shifts: []).headcount == 0)
    #expect(Team(id: "core", agents: 7, handles: []).headcount == 7)
  }
}
