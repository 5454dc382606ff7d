import SimKernel

/// The interactive voice response of a line: time spent in it and where callers go.
public struct IVR: Sendable, Equatable {
  /// Time from the call connecting to leaving the IVR.
  public var time: Distribution
  /// The branches callers take; their shares sum to 1.
  public var branches: [IVRBranch]

  /// Creates an IVR.
  public init(time: Distribution, branches: [IVRBranch]) {
    self.time = time
    self.branches = branches
  }
}

/// One way out of the IVR.
public struct IVRBranch: Sendable, Equatable {
  /// The branches of the procedures.
  public enum Kind: String, Sendable, CaseIterable {
    /// Chose the Welsh Language Unit.
    case welsh
    /// Hung up inside the IVR (not an abandon in queue).
    case hangUp
    /// Client lines: a valid SCIN (routed to the casegroup's owner).
    case validScin
    /// Client lines: an invalid SCIN (a list of contacts on screen).
    case invalidScin
    /// Client lines: an incomplete SCIN (a blank screen).
    case incompleteScin
    /// Client lines: no SCIN (a blank screen).
    case noScin
    /// Employer line: a valid ERN or EARN.
    case validErn
    /// Employer line: an invalid ERN or EARN (search time).
    case invalidErn
    /// Employer line: an incomplete ERN or EARN (search time).
    case incompleteErn
    /// Employer line: option 3, the third-party team.
    case thirdParty
    /// Employer line: a wrong option.
    case wrongOption

    /// The branches a line of `kind` may have.
    public static func allowed(on kind: Line.Kind) -> [Kind] {
      switch kind {
      case .client: [.welsh, .hangUp, .validScin, .invalidScin, .incompleteScin, .noScin]
      case .employer:
        [.welsh, .hangUp, .validErn, .invalidErn, .incompleteErn, .thirdParty, .wrongOption]
      case .directDial, .aac: []
      }
    }
  }

  /// Which branch this is.
  public var kind: Kind
  /// The share of callers taking it.
  public var share: Double
  /// The routing plan the calls wait in (nil only for `hangUp`).
  public var plan: Int?
  /// Extra identification time added to talk (list of contacts, blank-screen search).
  public var identification: Distribution
  /// For valid SCINs: the segments whose casegroups callers belong to (empty: all).
  public var segments: [Int]

  /// Creates a branch.
  public init(
    kind: Kind, share: Double, plan: Int?, identification: Distribution = .fixed(0),
    segments: [Int] = []
  ) {
    self.kind = kind
    self.share = share
    self.plan = plan
    self.identification = identification
    self.segments = segments
  }

  /// Whether callers on this branch are matched to a casegroup and its owner.
  public var findsOwner: Bool { kind == .validScin }
}
