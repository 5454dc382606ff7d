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
  /// waits for a recipient; then they do what `whenNobodyAnswers` says.
  public var hold: SimDuration
  /// What the caseworker does on a warm transfer when nobody has answered within the `hold`.
  /// The format's default is `takeBack` with the vocabulary's call-back outcome; the model,
  /// which knows no outcome names, keeps holding unless told.
  public var whenNobodyAnswers: WhenNobodyAnswers

  /// What a caseworker holding a caller on a warm transfer does when the `hold` is up and no
  /// recipient has answered. Seed 002: "Before transferring the call, the caseworker will
  /// explain the reason for the transfer with the client and the next recipient of call. Only
  /// in emergency situations, for example on a strike day, is it not necessary for the
  /// caseworker to speak to the recipient of the transfer. This is called a cold transfer."
  public enum WhenNobodyAnswers: Sendable, Equatable {
    /// Takes the caller back, ending the consult call to the queue, and closes the call with
    /// this outcome (Call-back Request: someone rings the client back) instead of Call
    /// Transferred: the warm handover never happened. The default.
    case takeBack(Outcome)
    /// Keeps holding, with no limit, until a recipient answers (or the run ends).
    case keepHolding
    /// Leaves the caller waiting in the queue, held by nobody, and wraps up: the recipient
    /// answers with no consult, an unannounced (cold) handover — only on an emergency day.
    case handOver
  }

  /// Whether a caller nobody answers within the hold is taken back (a warm transfer that
  /// takes back).
  public var takesBack: Bool {
    if cold { return false }
    if case .takeBack = whenNobodyAnswers { return true }
    return false
  }

  /// The hold when the scenario does not say.
  public static let standardHold = SimDuration.minutes(3)

  /// Creates a transfer rule.
  public init(
    targets: [TargetShare], consult: Distribution, cold: Bool = false, fallback: Int? = nil,
    hold: SimDuration = Transfer.standardHold,
    whenNobodyAnswers: WhenNobodyAnswers = .keepHolding
  ) {
    self.targets = targets
    self.consult = consult
    self.cold = cold
    self.fallback = fallback
    self.hold = hold
    self.whenNobodyAnswers = whenNobodyAnswers
  }
}
