/// A team of agents who answer the call types they handle.
public struct Team: Sendable, Equatable {
  /// The scenario's identifier, e.g. `"gich"`.
  public var id: String
  /// How many agents are logged in for the whole run.
  public var agents: Int
  /// Indices of the call types this team answers.
  public var handles: [Int]

  /// Creates a team.
  public init(id: String, agents: Int, handles: [Int]) {
    self.id = id
    self.agents = agents
    self.handles = handles
  }
}
