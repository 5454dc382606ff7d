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
  /// Which way out a branch is: one of the centre's IVR branches (`Vocabulary.ivrBranches`),
  /// by its place in that list. What callers on it do is the branch's behaviour
  /// (`IVRBranchBehaviour`).
  public struct Kind: Hashable, Sendable, BitwiseCopyable {
    /// The place in the vocabulary's list.
    private let code: UInt8

    /// The branch at `index` of the vocabulary's branches.
    public init(_ index: Int) {
      precondition((0..<Vocabulary.maximumTerms).contains(index), "branch \(index) out of range")
      code = UInt8(index)
    }

    /// The place in the vocabulary's list.
    @inline(__always) public var index: Int { Int(code) }
  }

  /// Which branch this is.
  public var kind: Kind
  /// The share of callers taking it.
  public var share: Double
  /// The routing plan the calls wait in (nil only on a branch whose callers hang up).
  public var plan: Int?
  /// Extra identification time added to talk (list of contacts, blank-screen search).
  public var identification: Distribution
  /// On a branch that finds the owner (a valid SCIN): the segments whose casegroups callers
  /// belong to (empty: all).
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
}
