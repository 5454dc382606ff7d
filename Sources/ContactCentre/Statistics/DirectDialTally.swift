/// Calls to team leaders' direct-dial numbers (`DirectDial`): offered = answered by the team
/// leader + to voicemail + into the line's plan.
public struct DirectDialTally: Sendable, Equatable {
  /// Calls that rang a team leader's direct-dial number (counted offered in the line's queue).
  public var offered = 0
  /// Answered by the team leader.
  public var answered = 0
  /// Not answered (the team leader busy, away, logged out, or the ring time up) and gone to
  /// voicemail.
  public var toVoicemail = 0
  /// Not answered and gone into the line's routing plan.
  public var toPlan = 0

  public init() {}

  public mutating func merge(_ other: DirectDialTally) {
    offered += other.offered
    answered += other.answered
    toVoicemail += other.toVoicemail
    toPlan += other.toPlan
  }
}
