/// Which Ready agent of a routing step's target takes a call when several are Ready (issue 18
/// part 3). The call side — which waiting call a freed agent takes — is not changed by it.
public enum AgentSelection: Sendable, Equatable {
  /// The agent Ready the longest, whatever their team (Cisco's "longest available agent";
  /// Genesys' default): spreads the work evenly.
  case longestIdle
  /// The first team of the target with a Ready agent, in the order the target names them,
  /// and its longest-idle agent (Genesys bullseye rings, Cisco precision-queue steps
  /// expanded in order): the preferred team takes what it can, overflow the rest.
  case teamOrder
  /// A Ready agent drawn at random, each weighing its team's weight (ContactCenters'
  /// `AgentGroupSelectors.selectUniform`, the bilingual example, when every weight is 1):
  /// then the longest idle of the drawn team. One weight per team of the target.
  case weightedRandom([Double])
  /// The Ready agent least occupied so far (busy over logged-in time of the counted period),
  /// ties by longest idle (fairness rules: "least occupied agent").
  case leastOccupied
  /// The Ready agent of the highest proficiency level, ties by longest idle (Cisco
  /// "most skilled agent", Genesys skill-level targeting).
  case highestProficiency

  /// The selection as the simulation stores it per step.
  public var kind: Kind {
    switch self {
    case .longestIdle: .longestIdle
    case .teamOrder: .teamOrder
    case .weightedRandom: .weightedRandom
    case .leastOccupied: .leastOccupied
    case .highestProficiency: .highestProficiency
    }
  }

  /// The selection without its weights.
  public enum Kind: UInt8, Sendable, CaseIterable, BitwiseCopyable {
    case longestIdle, teamOrder, weightedRandom, leastOccupied, highestProficiency

    /// The name in a scenario.
    public var name: String {
      switch self {
      case .longestIdle: "longestIdle"
      case .teamOrder: "teamOrder"
      case .weightedRandom: "weightedRandom"
      case .leastOccupied: "leastOccupied"
      case .highestProficiency: "highestProficiency"
      }
    }
  }
}
