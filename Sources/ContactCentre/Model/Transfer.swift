import SimKernel

/// Where the calls of a type that close as Call Transferred go, and how they are handed over.
public struct Transfer: Sendable, Equatable {
  /// Who a transfer is for, as the phonebook finds them.
  public enum Target: Sendable, Equatable {
    /// A caseworker found by staff number (Agent Search).
    case agent(staffNumber: String)
    /// A team, by index.
    case team(Int)
    /// A segment, by index.
    case segment(Int)
  }

  /// A target and the share of transfers that go to it.
  public struct TargetShare: Sendable, Equatable {
    /// Who the transfer is for.
    public var target: Target
    /// The share of the type's transfers (the shares of a transfer sum to 1).
    public var share: Double

    /// Creates a share.
    public init(target: Target, share: Double) {
      self.target = target
      self.share = share
    }
  }

  /// The targets, with shares summing to 1.
  public var targets: [TargetShare]
  /// Time the transferring caseworker and the recipient talk before the caller is handed
  /// over (a warm transfer); both are busy for it. Not spent on a cold transfer.
  public var consult: Distribution
  /// Whether transfers are cold (handed over without speaking to the recipient first): only
  /// on an emergency day.
  public var cold: Bool
  /// The group (a team, by index) tried last when nobody in the target, nor in its team or
  /// segment, is Ready; nil = none.
  public var fallback: Int?
  /// How long, at most, the caseworker holds the caller on a warm transfer while the caller
  /// waits for a recipient; then they hand the caller over to the queue as they are and wrap up.
  public var hold: SimDuration

  /// The hold when the scenario does not say.
  public static let standardHold = SimDuration.minutes(3)

  /// Creates a transfer rule.
  public init(
    targets: [TargetShare], consult: Distribution, cold: Bool = false, fallback: Int? = nil,
    hold: SimDuration = Transfer.standardHold
  ) {
    self.targets = targets
    self.consult = consult
    self.cold = cold
    self.fallback = fallback
    self.hold = hold
  }
}
