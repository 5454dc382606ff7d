import SimKernel

/// A team of agents, its place in a segment, the casegroups it owns and its roster.
public struct Team: Sendable, Equatable {
  /// The scenario's identifier, e.g. `"gich"`.
  public var id: String
  /// The index of the team's segment, if it belongs to one.
  public var segment: Int?
  /// Indices of the call types this team answers when no routing plan says otherwise.
  public var handles: [Int]
  /// How many casegroups the team's caseworkers own between them.
  public var casegroups: Int
  /// Who works when.
  public var shifts: [Shift]
  /// How the team's agents behave at the phone.
  public var behaviour: AgentBehaviour
  /// Whether team leaders take calls (otherwise they are NotReady – Team Leader).
  public var leadersTakeCalls: Bool
  /// The team's own talk and ACW for some call types (at most one entry per call type).
  public var handleTimes: [TeamHandleTime] = []
  /// Staffing by counts whose leavers are chosen during the run (`idleFirst`): `shifts` is then
  /// its one `pool` shift. Nil: the shifts say who logs in and out when.
  public var staffing: TeamStaffing? = nil

  /// Creates a team.
  public init(
    id: String, segment: Int? = nil, handles: [Int], casegroups: Int = 0, shifts: [Shift],
    behaviour: AgentBehaviour = .ideal, leadersTakeCalls: Bool = false
  ) {
    self.id = id
    self.segment = segment
    self.handles = handles
    self.casegroups = casegroups
    self.shifts = shifts
    self.behaviour = behaviour
    self.leadersTakeCalls = leadersTakeCalls
  }

  /// A team of `agents` caseworkers logged in for the whole run: the core of the format.
  public init(id: String, agents: Int, handles: [Int]) {
    self.init(
      id: id, handles: handles,
      shifts: [
        Shift(
          start: .zero, end: Self.wholeRun,
          agents: Array(repeating: AgentProfile(), count: agents))
      ])
  }

  /// Whether `agent` takes calls: everyone but team leaders, unless leaders take calls too
  /// (team leaders who take none are NotReady – Team Leader, and have no unscheduled NotReady
  /// time, problems or back-office work).
  public func takesCalls(_ agent: AgentProfile) -> Bool { leadersTakeCalls || !agent.isTeamLeader }

  /// A shift end later than any run.
  public static let wholeRun = SimDuration(microseconds: Int64.max / 4)

  /// Everyone on the roster: distinct people, however many days their shifts repeat on.
  public var headcount: Int { Set(people.map(\.key)).count }

  /// Who an agent slot is: the person with a staff number, else the place on a roster entry
  /// (the same place on every day of an `everyDay` shift is the same person).
  public enum Person: Hashable, Sendable {
    case staffNumber(String)
    case place(entry: Int, place: Int)
  }

  /// Each agent slot's person.
  public var people: [(key: Person, isLeader: Bool)] {
    var people: [(key: Person, isLeader: Bool)] = []
    people.reserveCapacity(shifts.reduce(0) { $0 + $1.agents.count })
    for index in shifts.indices {
      let entry = shifts[index].entry ?? index
      for place in shifts[index].agents.indices {
        let number = shifts[index].agents[place].staffNumber
        people.append(
          (
            number.map { .staffNumber($0) } ?? .place(entry: entry, place: place),
            shifts[index].agents[place].isTeamLeader
          ))
      }
    }
    return people
  }
}
