/// The five columns CC Pulse counts a group's agents in.
///
/// Reserved (a call ringing at the agent's phone), talking inbound, talking outbound and
/// consulting before a warm transfer all count as Talking: the agent is taken by a call and
/// cannot be offered another. The agent view still names the exact state.
public enum PulseStateGroup: Int, Sendable, CaseIterable {
  case ready
  case notReady
  case talking
  case afterCallWork
  case loggedOut

  /// The group an agent in `state` counts in, if they count at all: CC Pulse shows the agents
  /// on shift or logged in, so an agent logged out and off shift counts in none.
  @inline(__always)
  public init?(_ state: AgentState, onShift: Bool) {
    guard onShift || state != .loggedOut else { return nil }
    self.init(state)
  }

  /// The group an agent in `state` counts in.
  public init(_ state: AgentState) {
    switch state {
    case .ready: self = .ready
    case .notReady: self = .notReady
    case .reserved, .talking, .talkingOutbound, .consulting: self = .talking
    case .afterCallWork: self = .afterCallWork
    case .loggedOut: self = .loggedOut
    }
  }
}
