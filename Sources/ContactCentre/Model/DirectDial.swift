import SimKernel

/// A team leader's direct-dial number. Seed 002: "Caseworkers do not have direct dial in
/// numbers. Team leaders will retain direct dial in numbers so that emergency calls can be
/// received." A call to it rings that team leader — not a queue, so their NotReady – Team
/// Leader code, by which "team leaders … make themselves Unavailable" to the queues' calls,
/// does not stop it, and it is never redirected to another agent (no RONA).
public struct DirectDial: Sendable, Equatable {
  /// Where a call the team leader does not answer goes.
  public enum WhenUnanswered: String, Sendable, Equatable, CaseIterable {
    /// To voicemail: the call ends there, counted abandoned in the line's queue.
    case voicemail
    /// Into the line's routing plan (the team leader's team, say), to wait like any call.
    case plan
  }

  /// The team leader's staff number.
  public var teamLeader: String
  /// How long the phone rings before an unanswered call goes on.
  public var ringTime: SimDuration
  /// Where an unanswered call goes.
  public var whenUnanswered: WhenUnanswered

  /// The ring time when the scenario does not say.
  public static let standardRingTime = SimDuration.seconds(30)

  /// Creates a direct-dial number.
  public init(
    teamLeader: String, ringTime: SimDuration = DirectDial.standardRingTime,
    whenUnanswered: WhenUnanswered = .voicemail
  ) {
    self.teamLeader = teamLeader
    self.ringTime = ringTime
    self.whenUnanswered = whenUnanswered
  }
}
