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

  /// `configuration` with each staffed team's roster replaced by ``shifts(_:in:)``, then its
  /// team leaders' shifts as they were (``teamLeaderShifts(of:after:)``). Everything else — the
  /// team's behaviour and shrinkage, routing, the other teams — stays.
  public func applied(to configuration: CentreConfiguration) -> CentreConfiguration {
    var staffed = configuration
    for (index, team) in teams.enumerated() {
      let shifts = Self.shifts(agents[index], in: configuration)
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
  public static func shifts(_ agents: [Int], in configuration: CentreConfiguration) -> [Shift] {
    let interval = configuration.interval
    let day = SimDuration.hours(24)
    // The counts as a named staffing (one change per interval whose count differs from the
    // one before, and 0 at the end of the last), stacked by `TeamStaffing.stackedShifts`.
    var changes: [TeamStaffing.Change] = []
    for (index, count) in (agents + [0]).enumerated() where count != (changes.last?.agents ?? 0) {
      changes.append(TeamStaffing.Change(time: interval * Int64(index), agents: count))
    }
    var stretches: [Stretch: Int] = [:]
    for shift in TeamStaffing(changes: changes, leaving: .named).stackedShifts {
      // Cut [start, end) at the clock's midnights; pieces alike from different stretches
      // form one shift.
      var start = shift.start
      while start < shift.end {
        let clock = (start + configuration.startOfDay).microseconds
        let midnight =
          start + SimDuration(microseconds: day.microseconds - clock % day.microseconds)
        let until = min(shift.end, midnight)
        stretches[Stretch(start: start, end: until), default: 0] += shift.agents.count
        start = until
      }
    }
    return stretches.keys.sorted().enumerated().map { entry, stretch in
      Shift(
        start: stretch.start, end: stretch.end,
        agents: Array(repeating: AgentProfile(), count: stretches[stretch]!), entry: entry)
    }
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
