import SimKernel

/// Callers who ring again: after their call closed with some outcome, or after abandoning.
///
/// A redial is a new call on the same line, of the same call type, with the same SCIN and
/// casegroup, arriving `delay` after the first one ended.
public struct Redials: Sendable, Equatable {
  /// The chance of ringing again and how long until the caller does.
  public struct Rule: Sendable, Equatable {
    /// The probability that the caller rings again.
    public var probability: Double
    /// The time from the end of the call (or the hang-up) to the new call.
    public var delay: Distribution
    /// The redial is the same person with the same question: it keeps the caller's patience,
    /// talk and ACW (the very same times, not new draws), as a ContactCenters retrial is the
    /// same `Contact` entering again. False = they are drawn anew, as for a new caller.
    public var sameCaller: Bool

    /// Creates a rule.
    public init(probability: Double, delay: Distribution, sameCaller: Bool = false) {
      self.probability = probability
      self.delay = delay
      self.sameCaller = sameCaller
    }
  }

  /// The rule after each outcome, indexed by `Outcome.index` up to the last outcome with one;
  /// nil = callers do not ring again.
  public private(set) var afterOutcome: [Rule?]
  /// The rule after a caller abandons in queue; nil = they do not ring again.
  public var afterAbandon: Rule?

  /// Nobody rings again.
  public static let none = Redials()

  /// Creates redials: a rule for some outcomes, and for abandoned callers.
  public init(afterOutcome rules: [Outcome: Rule] = [:], afterAbandon: Rule? = nil) {
    afterOutcome = []
    self.afterAbandon = afterAbandon
    for (outcome, rule) in rules { setRule(rule, after: outcome) }
  }

  /// The rule after a call closed with `outcome`, if callers ring again after it.
  public func rule(after outcome: Outcome) -> Rule? {
    outcome.index < afterOutcome.count ? afterOutcome[outcome.index] : nil
  }

  /// Sets the rule after `outcome`.
  public mutating func setRule(_ rule: Rule?, after outcome: Outcome) {
    if afterOutcome.count <= outcome.index {
      afterOutcome.append(
        contentsOf: repeatElement(nil, count: outcome.index + 1 - afterOutcome.count))
    }
    afterOutcome[outcome.index] = rule
  }

  /// Whether callers ring again after some outcome.
  public var afterSomeOutcome: Bool { afterOutcome.contains { $0 != nil } }

  /// Whether some rule keeps the caller's patience, talk and ACW (`Rule.sameCaller`).
  public var keepsCallers: Bool {
    afterAbandon?.sameCaller == true || afterOutcome.contains { $0?.sameCaller == true }
  }

  /// Whether any caller ever rings again.
  public var isEmpty: Bool { afterAbandon == nil && !afterSomeOutcome }
}
