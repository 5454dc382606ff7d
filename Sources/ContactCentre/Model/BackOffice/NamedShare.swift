/// A named share of a mix: a rejection reason, a failure reason (the shares of a mix sum to 1).
public struct NamedShare: Sendable, Equatable {
  /// The name, e.g. `"Required information missing"`.
  public var name: String
  /// Its share.
  public var share: Double

  /// Creates a share.
  public init(name: String, share: Double) {
    self.name = name
    self.share = share
  }
}
