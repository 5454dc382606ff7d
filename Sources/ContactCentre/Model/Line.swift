/// A telephone number callers ring, with its arrival profile and the calls it brings.
public struct Line: Sendable, Equatable {
  /// Which kind of number this is.
  public enum Kind: String, Sendable, CaseIterable {
    /// One of the client numbers (clients and third parties).
    case client
    /// The separate employer number.
    case employer
    /// A team leader's direct-dial number (emergency calls).
    case directDial
  }

  /// The scenario's identifier.
  public var id: String
  /// Which kind of number this is.
  public var kind: Kind
  /// The index of the call type every call on this line is.
  public var callType: Int
  /// When calls arrive.
  public var arrivals: ArrivalProfile

  /// Creates a line.
  public init(id: String, kind: Kind = .client, callType: Int, arrivals: ArrivalProfile) {
    self.id = id
    self.kind = kind
    self.callType = callType
    self.arrivals = arrivals
  }
}
