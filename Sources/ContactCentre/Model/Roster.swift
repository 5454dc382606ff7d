import SimKernel

/// One agent on a roster: a caseworker or a team leader.
public struct AgentProfile: Sendable, Equatable {
  /// The staff number, for transfers and reports.
  public var staffNumber: String?
  /// The agent's name, for reports.
  public var name: String?
  /// The name of the agent's team leader.
  public var teamLeader: String?
  /// Whether this agent is the team leader (NotReady – Team Leader unless leaders take calls).
  public var isTeamLeader: Bool
  /// The agent's proficiency level, 1 to 9 (`ProficiencyFactor`): routing may prefer the
  /// highest, and a call type may give each level its own speed.
  public var proficiency = ProficiencyFactor.defaultLevel

  /// Creates a profile.
  public init(
    staffNumber: String? = nil, name: String? = nil, teamLeader: String? = nil,
    isTeamLeader: Bool = false
  ) {
    self.staffNumber = staffNumber
    self.name = name
    self.teamLeader = teamLeader
    self.isTeamLeader = isTeamLeader
  }
}

/// A scheduled NotReady period: a break, lunch, coaching, training or a team meeting.
public struct ScheduledNotReady: Sendable, Equatable {
  /// The reason code.
  public var reason: NotReadyReason
  /// When the first agent's period starts, as time since t = 0.
  public var start: SimDuration
  /// How long each agent's period lasts.
  public var duration: SimDuration
  /// The agents of the shift start their periods evenly over this window (0: all at once).
  public var spread: SimDuration

  /// Creates a scheduled period.
  public init(
    reason: NotReadyReason, start: SimDuration, duration: SimDuration, spread: SimDuration = .zero
  ) {
    self.reason = reason
    self.start = start
    self.duration = duration
    self.spread = spread
  }

  /// When agent number `index` of `count` on the shift starts this period.
  public func start(ofAgent index: Int, of count: Int) -> SimDuration {
    guard count > 1, spread > .zero else { return start }
    return start + SimDuration(microseconds: spread.microseconds * Int64(index) / Int64(count))
  }
}

/// A shift: who logs in when, and the NotReady periods they have scheduled.
public struct Shift: Sendable, Equatable {
  /// Log-in time, as time since t = 0.
  public var start: SimDuration
  /// Log-out time, as time since t = 0 (an agent on a call finishes it first).
  public var end: SimDuration
  /// The agents on the shift.
  public var agents: [AgentProfile]
  /// Breaks, lunches and other scheduled NotReady periods of every agent on the shift.
  public var notReady: [ScheduledNotReady]
  /// Which roster entry of the team this shift is (a shift repeated every day keeps its
  /// entry): agent number k on every shift of one entry is the same person, who keeps their
  /// casegroups from day to day. Nil: the shift's own position in the team.
  public var entry: Int?

  /// Creates a shift.
  public init(
    start: SimDuration, end: SimDuration, agents: [AgentProfile],
    notReady: [ScheduledNotReady] = [], entry: Int? = nil
  ) {
    self.start = start
    self.end = end
    self.agents = agents
    self.notReady = notReady
    self.entry = entry
  }
}
