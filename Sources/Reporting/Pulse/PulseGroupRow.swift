import ContactCentre

/// One team (a group, in CC Pulse's words): its agents by state, and the calls it handled.
public struct PulseGroupRow: Sendable, Equatable {
  /// The team's index and id.
  public var team: Int
  public var id: String
  /// Agents on shift or logged in, counted by Pulse column (indexed by `PulseStateGroup`).
  public var agents: [Int]
  /// Inbound calls the team's agents handled in the profile, and their mean handle time in
  /// seconds (nil with none).
  public var handled: Int
  public var averageHandleTime: Double?

  /// The agents in `group`.
  public subscript(group: PulseStateGroup) -> Int { agents[group.rawValue] }

  /// Every agent counted, whatever their state.
  public var total: Int { agents.reduce(0, +) }
}
