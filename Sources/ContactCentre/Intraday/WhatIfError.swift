/// Why a what-if change cannot be made (`WhatIf.apply`): what is wrong, and which part of the
/// change it is about (so that a reader of the change's text can point at it).
public struct WhatIfError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The part of a change a problem is about.
  public enum Part: Sendable, Equatable {
    /// The change as a whole.
    case change
    /// The agents named.
    case agents
    /// How many agents.
    case count
    /// The team.
    case team
    /// The NotReady reason.
    case reason
    /// A start time (a break's new start, overtime's `from`).
    case start
    /// An end time (overtime's `until`).
    case end
    /// The routing plan.
    case plan
    /// The step of the plan.
    case step
    /// A step's new delay.
    case delay
    /// A step's new teams.
    case teams
  }

  /// Which part of the change is wrong.
  public var part: Part
  /// What is wrong, in a sentence a team leader understands.
  public var message: String

  /// Creates an error.
  public init(_ part: Part, _ message: String) {
    self.part = part
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
