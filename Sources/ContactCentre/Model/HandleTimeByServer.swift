import SimKernel

/// A team's own talk and ACW for one call type: its specialists are faster (or slower) than
/// the call type's times say. Either may be left to the call type.
public struct TeamHandleTime: Sendable, Equatable {
  /// The call type (index).
  public var callType: Int
  /// The team's talk time for it; nil: the call type's.
  public var talk: Distribution?
  /// The team's After Call Work for it; nil: the call type's.
  public var acw: Distribution?

  /// Creates a team's handle time for a call type.
  public init(callType: Int, talk: Distribution? = nil, acw: Distribution? = nil) {
    self.callType = callType
    self.talk = talk
    self.acw = acw
  }
}

/// How an agent's proficiency level changes a call type's talk and ACW: both multiplied by
/// their factor when an agent of `level` takes the call.
public struct ProficiencyFactor: Sendable, Equatable {
  /// The agent's proficiency level (`AgentProfile.proficiency`).
  public var level: Int
  /// The factor on talk, and on ACW.
  public var talk: Double
  public var acw: Double

  /// Creates the factors of one level.
  public init(level: Int, talk: Double = 1, acw: Double = 1) {
    self.level = level
    self.talk = talk
    self.acw = acw
  }

  /// The proficiency of an agent whose roster entry gives none.
  public static let defaultLevel = 1
  /// The highest level.
  public static let highestLevel = 9
}
