import SimKernel

/// Agents of a team kept for outbound calls only, in a window of the day: they are offered no
/// inbound call then.
public struct OutboundReserve: Sendable, Equatable {
  /// The team's index.
  public var team: Int
  /// How many of the team's logged-in agents are kept.
  public var agents: Int
  /// When the window starts, as time since t = 0.
  public var from: SimDuration
  /// When it ends, as time since t = 0.
  public var to: SimDuration

  /// Creates a reserve.
  public init(team: Int, agents: Int, from: SimDuration, to: SimDuration) {
    self.team = team
    self.agents = agents
    self.from = from
    self.to = to
  }
}
