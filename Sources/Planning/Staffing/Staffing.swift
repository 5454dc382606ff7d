import ContactCentre
import SimKernel

/// Agents logged in per staffed team and reporting interval, and the rosters that log in
/// exactly that many.
public struct Staffing: Sendable, Equatable {
  /// The teams staffed, in configuration order.
  public var teams: [StaffedTeam]
  /// Agents per staffed team (in the order of `teams`) and interval.
  public var agents: [[Int]]

  /// Creates a staffing.
  public init(teams: [StaffedTeam], agents: [[Int]]) {
    precondition(teams.count == agents.count)
    self.teams = teams
    self.agents = agents
  }

  /// `configuration` with each staffed team's roster replaced by ``shifts(_:keeping:in:)`` —
  /// keeping the agents the scenario refers to (``CentreConfiguration/namedAgents(ofTeam:)``) —
  /// then its
  /// team leaders' shifts as they were (``teamLeaderShifts(of:after:)``). Everything else — the
  /// team's behaviour and shrinkage, routing, the other teams — stays.
  public func applied(to configuration: CentreConfiguration) -> CentreConfiguration {
    var staffed = configuration
    for (index, team) in teams.enumerated() {
      let shifts = Self.shifts(
        agents[index], keeping: configuration.namedAgents(ofTeam: team.team), in: configuration)
      staffed.teams[team.team].shifts =
        shifts
        + Self.teamLeaderShifts(of: configuration.teams[team.team], after: shifts.count)
      // A team staffed by counts is now staffed by these shifts.
      staffed.teams[team.team].staffing = nil
    }
    return staffed
  }

  /// The team leaders of `team` who take no calls, each shift of the roster that has some
  /// keeping them alone, with its scheduled NotReady, numbered as roster entries from `first`.
  /// Staffing counts the agents who take calls; the team keeps its leaders — whom a direct-dial
  /// line may ring (seed 002: "Team leaders will retain direct dial in numbers").
  public static func teamLeaderShifts(of team: Team, after first: Int) -> [Shift] {
    guard !team.leadersTakeCalls else { return [] }
    var kept: [Shift] = []
    // An entry of every day is one entry of several shifts: it stays one.
    var entries: [Int: Int] = [:]
    for shift in team.shifts {
      let leaders = shift.agents.filter(\.isTeamLeader)
      guard !leaders.isEmpty, let original = shift.entry else { continue }
      let entry = entries[original] ?? first + entries.count
      entries[original] = entry
      kept.append(
        Shift(
          start: shift.start, end: shift.end, agents: leaders, notReady: shift.notReady,
          entry: entry))
    }
    return kept
  }

  /// The roster that has `agents[i]` agents logged in throughout interval i.
  ///
  /// Agents are stacked: the k-th agent (from 0) works every interval staffed with more than k,
  /// so an agent stays logged in across consecutive intervals and the count changes only by
  /// logging agents in or out at interval boundaries — as a real roster does, and unlike fresh
  /// one-interval shifts, whose leavers would finish their calls while the next interval's
  /// agents already take new ones — the stacking of a team staffed by counts that leave as
  /// named shifts (`TeamStaffing.stackedShifts`, which this calls). A stretch is then cut at
  /// each midnight of the clock, as shifts
  /// cannot cross it. Identical stretches form one shift of several anonymous agents; shifts
  /// are ordered by start, then end, and carry their position as their roster entry — exactly
  /// what a scenario file listing them as `shifts` decodes to.
  ///
  /// The k-th agent of `named` is the k-th stacked agent: each piece of its stretches is a shift
  /// of that one agent, after the anonymous shifts (in level order, then time), so a transfer
  /// or event naming the agent finds them whenever that level works. Named agents beyond the
  /// most agents of any interval get no shift: they are not on the roster (see
  /// ``missingNamedAgents(_:keeping:)``).
  public static func shifts(
    _ agents: [Int], keeping named: [AgentProfile] = [], in configuration: CentreConfiguration
  ) -> [Shift] {
    let interval = configuration.interval
    // The counts as a named staffing (one change per interval whose count differs from the
    // one before, and 0 at the end of the last), stacked by `TeamStaffing.stackedShifts`.
    var changes: [TeamStaffing.Change] = []
    for (index, count) in (agents + [0]).enumerated() where count != (changes.last?.agents ?? 0) {
      changes.append(TeamStaffing.Change(time: interval * Int64(index), agents: count))
    }
    var stretches: [Stretch: Int] = [:]
    for shift in TeamStaffing(changes: changes, leaving: .named).stackedShifts {
      // Pieces alike from different stretches form one shift.
      for piece in pieces(from: shift.start, to: shift.end, in: configuration) {
        stretches[piece, default: 0] += shift.agents.count
      }
    }
    var namedShifts: [Shift] = []
    for level in 0..<min(named.count, agents.max() ?? 0) {
      // The level's stretches, as `TeamStaffing.stackedShifts` stacks them.
      var first: SimDuration?
      for change in changes {
        let working = change.agents > level
        if working, first == nil { first = change.time }
        guard !working, let from = first else { continue }
        first = nil
        for piece in pieces(from: from, to: change.time, in: configuration) {
          stretches[piece]! -= 1
          namedShifts.append(Shift(start: piece.start, end: piece.end, agents: [named[level]]))
        }
      }
    }
    let anonymous = stretches.keys.filter { stretches[$0]! > 0 }.sorted()
    return anonymous.enumerated().map { entry, stretch in
      Shift(
        start: stretch.start, end: stretch.end,
        agents: Array(repeating: AgentProfile(), count: stretches[stretch]!), entry: entry)
    }
      + namedShifts.enumerated().map { index, shift in
        var shift = shift
        shift.entry = anonymous.count + index
        return shift
      }
  }

  /// The agents of `named` that ``shifts(_:keeping:in:)`` leaves off the roster: those beyond
  /// the most agents `agents` has in any interval.
  public static func missingNamedAgents(_ agents: [Int], keeping named: [AgentProfile])
    -> [AgentProfile]
  {
    Array(named.dropFirst(agents.max() ?? 0))
  }

  /// [start, end) cut at the clock's midnights.
  private static func pieces(
    from start: SimDuration, to end: SimDuration, in configuration: CentreConfiguration
  ) -> [Stretch] {
    let day = SimDuration.hours(24)
    var pieces: [Stretch] = []
    var start = start
    while start < end {
      let clock = (start + configuration.startOfDay).microseconds
      let midnight = start + SimDuration(microseconds: day.microseconds - clock % day.microseconds)
      let until = min(end, midnight)
      pieces.append(Stretch(start: start, end: until))
      start = until
    }
    return pieces
  }

  /// A time span some agents are logged in for.
  private struct Stretch: Hashable, Comparable {
    var start: SimDuration
    var end: SimDuration

    static func < (lhs: Stretch, rhs: Stretch) -> Bool {
      (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
  }

  /// Agent-hours over the run: each interval's agents times its length within the run.
  public func agentHours(ofTeamAt index: Int, intervalSeconds: [Double]) -> Double {
    zip(agents[index], intervalSeconds).reduce(0) { $0 + Double($1.0) * $1.1 } / 3600
  }
}
