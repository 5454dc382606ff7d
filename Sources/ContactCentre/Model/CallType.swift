import SimKernel

/// A kind of call with its own talk, after-call work and caller patience, and the rules that
/// decide how its calls end: security, interpretation, outcomes and transfers.
public struct CallType: Sendable, Equatable {
  /// The scenario's identifier, e.g. `"general"`.
  public var id: String
  /// Talk time with the caller.
  public var talk: Distribution
  /// A factor on each call's talk by the time it arrives (or its transfer leg is made): a
  /// forecast's AHT interval by interval (`aht`), around the `talk` that meets its mean over
  /// the run; nil = the same all day.
  public var talkScale: PeriodFactors?
  /// After Call Work (ACW): wrap-up time once the caller has gone.
  public var acw: Distribution
  /// How long a caller waits in queue before hanging up; nil = never abandons.
  public var patience: Distribution?
  /// The outcomes of inbound calls that passed security (never Failed Security Check, nor an
  /// outcome only a dialled call can have).
  public var outcomes: OutcomeMix
  /// The outcomes of outbound calls of this type (call-backs, activity plans); those that did
  /// not connect take the dial time instead of talk.
  public var outboundOutcomes: OutcomeMix
  /// The security questions calls start with; nil = none asked, none failed.
  public var security: SecurityCheck?
  /// Callers who need an interpreter; nil = none.
  public var interpretation: Interpretation?
  /// Where Call Transferred calls go; present exactly when a mix gives that outcome a share.
  public var transfer: Transfer?
  /// The factors on talk and ACW of agents of some proficiency levels (levels not listed: 1).
  public var proficiencyFactors: [ProficiencyFactor] = []

  /// Creates a call type.
  public init(
    id: String, talk: Distribution, acw: Distribution = .fixed(0), patience: Distribution?,
    outcomes: OutcomeMix = .resolved, outboundOutcomes: OutcomeMix = .resolved,
    security: SecurityCheck? = nil, interpretation: Interpretation? = nil,
    transfer: Transfer? = nil
  ) {
    self.id = id
    self.talk = talk
    self.acw = acw
    self.patience = patience
    self.outcomes = outcomes
    self.outboundOutcomes = outboundOutcomes
    self.security = security
    self.interpretation = interpretation
    self.transfer = transfer
  }
}
