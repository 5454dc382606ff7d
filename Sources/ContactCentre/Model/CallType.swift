import SimKernel

/// A kind of call with its own talk, after-call work and caller patience.
public struct CallType: Sendable, Equatable {
  /// The scenario's identifier, e.g. `"general"`.
  public var id: String
  /// Talk time with the caller.
  public var talk: Distribution
  /// After Call Work (ACW): wrap-up time once the caller has gone.
  public var acw: Distribution
  /// How long a caller waits in queue before hanging up; nil = never abandons.
  public var patience: Distribution?

  /// Creates a call type.
  public init(
    id: String, talk: Distribution, acw: Distribution = .fixed(0), patience: Distribution?
  ) {
    self.id = id
    self.talk = talk
    self.acw = acw
    self.patience = patience
  }
}
