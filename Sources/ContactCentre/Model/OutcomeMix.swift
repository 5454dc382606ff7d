/// The outcomes calls of one kind close with, and the probability of each.
///
/// Outcomes with a share of 0 are left out, so every outcome listed can be drawn; a mix that
/// lists none (`resolved`) closes every call with the vocabulary's resolved outcome.
public struct OutcomeMix: Sendable, Equatable {
  /// The outcomes that can be drawn, in the order the scenario lists them.
  public private(set) var outcomes: [Outcome]
  /// The probability of each of `outcomes`; they sum to 1.
  public private(set) var shares: [Double]
  /// The running sums of `shares`, the last exactly 1: a uniform draw `u` picks the first
  /// outcome whose running sum exceeds it.
  public private(set) var cumulative: [Double]

  /// Every call closes with the vocabulary's resolved outcome (`Vocabulary.resolved`): the mix
  /// of a call type that gives none.
  public static let resolved = OutcomeMix([])

  /// Every call closes with `outcome`.
  public static func only(_ outcome: Outcome) -> OutcomeMix { OutcomeMix([(outcome, 1)]) }

  /// The mix as drawn from: this one, or for `resolved`, `resolvedOutcome` alone.
  public func drawn(resolving resolvedOutcome: Outcome) -> OutcomeMix {
    outcomes.isEmpty ? .only(resolvedOutcome) : self
  }

  /// A mix of `shares`, which must sum to 1 (the scenario checks it).
  public init(_ shares: [(outcome: Outcome, share: Double)]) {
    let drawn = shares.filter { $0.share > 0 }
    outcomes = drawn.map(\.outcome)
    self.shares = drawn.map(\.share)
    var sum = 0.0
    cumulative = drawn.map {
      sum += $0.share
      return sum
    }
    if !cumulative.isEmpty { cumulative[cumulative.count - 1] = 1 }
  }

  /// The probability of `outcome` (0 when the mix does not list it).
  public func share(of outcome: Outcome) -> Double {
    outcomes.firstIndex(of: outcome).map { shares[$0] } ?? 0
  }

  /// The probability of any of `outcomes` (those of a behaviour, say).
  public func share(of outcomes: some Sequence<Outcome>) -> Double {
    outcomes.reduce(0) { $0 + share(of: $1) }
  }

  /// Whether `outcome` can be drawn.
  public func contains(_ outcome: Outcome) -> Bool { outcomes.contains(outcome) }

  /// The outcome a uniform draw `u` in [0, 1) picks (from a mix that lists some: see `drawn`).
  ///
  /// - Complexity: O(*n*) in the number of outcomes listed.
  public func outcome(at u: Double) -> Outcome {
    for (index, bound) in cumulative.enumerated() where u < bound { return outcomes[index] }
    return outcomes[outcomes.count - 1]
  }
}
