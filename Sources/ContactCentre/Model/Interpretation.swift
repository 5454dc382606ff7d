import SimKernel

/// Callers of a type who need the interpretation service (The Big Word).
public struct Interpretation: Sendable, Equatable {
  /// The share of calls that need an interpreter.
  public var share: Double
  /// Time to bring the interpreter onto the call, before the talk goes on.
  public var connect: Distribution
  /// Talk time added by speaking through the interpreter.
  public var extraTalk: Distribution

  /// Creates an interpretation rule.
  public init(share: Double, connect: Distribution, extraTalk: Distribution) {
    self.share = share
    self.connect = connect
    self.extraTalk = extraTalk
  }
}
