/// What a NotReady reason code is to the model: the behaviours a centre's own reason codes map
/// to (`Vocabulary.notReadyReasons`).
public enum NotReadyBehaviour: String, Sendable, CaseIterable, BitwiseCopyable {
  /// A rest: a break, lunch. The first such reason is the one a routing test's agent placed
  /// `"notReady"` without a reason is on.
  case `break`
  /// Clerical work on a client's case. The model puts agents in it for After Call Work beyond
  /// the limit and for case-closure exception work, and it is the default reason of their time
  /// on incidents.
  case clerical
  /// A team leader off the phones: the model puts team leaders who take no calls in it.
  case teamLeader
  /// Any other reason (coaching, training, meetings, outbound preparation …): the model never
  /// chooses it; rosters, shrinkage and missed calls name it.
  case other

  /// How many of a vocabulary's reason codes may have the behaviour.
  public var need: Vocabulary.Need {
    switch self {
    case .break: .atLeastOne
    case .clerical, .teamLeader: .exactlyOne
    case .other: .any
    }
  }

  /// What the model does with it, for messages about a vocabulary.
  public var purpose: String {
    switch self {
    case .break: "a routing test's agent placed \"notReady\" without a reason is on the first"
    case .clerical:
      "the model puts agents in it for ACW beyond the limit and for exception work"
    case .teamLeader: "the model puts team leaders who take no calls in it"
    case .other: "the model never chooses it"
    }
  }
}
