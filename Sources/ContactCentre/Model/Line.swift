/// A telephone number callers ring, with its arrival profile, call-type mix, IVR and routing.
public struct Line: Sendable, Equatable {
  /// Which kind of number this is.
  public enum Kind: String, Sendable, CaseIterable {
    /// One of the client numbers (clients and third parties).
    case client
    /// The separate employer number.
    case employer
    /// A team leader's direct-dial number (emergency calls).
    case directDial
    /// An Area Advice Centre area's line: caseworkers raising incidents (`AreaAdviceCentre`).
    case aac

    /// The kinds of line that may have an IVR: a direct-dial or AAC line connects at once.
    public static let withIVR: [Kind] = [.client, .employer]
  }

  /// A call type and the share of the line's calls that are of it.
  public struct CallTypeShare: Sendable, Equatable {
    /// The call type's index.
    public var callType: Int
    /// The share of calls (the shares of a line sum to 1).
    public var share: Double

    /// Creates a share.
    public init(callType: Int, share: Double) {
      self.callType = callType
      self.share = share
    }
  }

  /// The scenario's identifier.
  public var id: String
  /// Which kind of number this is.
  public var kind: Kind
  /// The call types of the line's calls.
  public var callTypes: [CallTypeShare]
  /// When calls arrive.
  public var arrivals: ArrivalProfile
  /// The IVR callers pass through; nil = none (calls queue at once).
  public var ivr: IVR?
  /// The routing plan of calls that do not pass an IVR; nil = the call type's default plan.
  public var plan: Int?
  /// On a direct-dial line, the team leader whose phone its calls ring; nil = its calls wait
  /// in its plan like any other line's.
  public var directDial: DirectDial?
  /// The line's trunks: at most this many of its callers at once, from ringing to hanging up
  /// (IVR, queue, ringing, talk, a transfer's hold and new leg); a caller who finds them all
  /// busy hears engaged and is blocked (`Blocking`). nil = as many as ring.
  public var trunks: Int?

  /// Creates a line.
  public init(
    id: String, kind: Kind = .client, callTypes: [CallTypeShare], arrivals: ArrivalProfile,
    ivr: IVR? = nil, plan: Int? = nil, directDial: DirectDial? = nil
  ) {
    self.id = id
    self.kind = kind
    self.callTypes = callTypes
    self.arrivals = arrivals
    self.ivr = ivr
    self.plan = plan
    self.directDial = directDial
  }

  /// A line whose calls are all of one type, with no IVR: the core of the format.
  public init(id: String, kind: Kind = .client, callType: Int, arrivals: ArrivalProfile) {
    self.init(
      id: id, kind: kind, callTypes: [CallTypeShare(callType: callType, share: 1)],
      arrivals: arrivals)
  }
}
