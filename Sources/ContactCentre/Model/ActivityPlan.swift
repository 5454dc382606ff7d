import SimKernel

/// Outbound calls a team makes in a window of the day, from an activity plan's work.
public struct ActivityPlan: Sendable, Equatable {
  /// The index of the team whose caseworkers dial.
  public var team: Int
  /// The index of the calls' call type.
  public var callType: Int
  /// Calls that become due per hour within the window (Poisson).
  public var perHour: Double
  /// When calls start to become due, as time since t = 0.
  public var from: SimDuration
  /// When they stop becoming due, as time since t = 0.
  public var to: SimDuration
  /// How long after becoming due a call should be made.
  public var due: SimDuration

  /// Creates an activity plan.
  public init(
    team: Int, callType: Int, perHour: Double, from: SimDuration, to: SimDuration,
    due: SimDuration
  ) {
    self.team = team
    self.callType = callType
    self.perHour = perHour
    self.from = from
    self.to = to
    self.due = due
  }
}
