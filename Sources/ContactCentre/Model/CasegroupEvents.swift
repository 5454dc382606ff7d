import SimKernel

/// Where the caller of an orphaned casegroup goes. Seed 003: orphaned cases "will not be
/// visible to any case worker, team leader or segment manager"; seed 002: "Upon entering an
/// incomplete or no SCIN the system displays a blank screen. When speaking to the client,
/// create a query and enter the details to search for the record/client's case." So the
/// caller is routed as if the case could not be found: to a fallback plan (GICH), the agent
/// searching from a blank screen for `search`.
public struct OrphanRoute: Sendable, Equatable {
  /// The plan whose queue the caller waits in instead of their IVR branch's.
  public var plan: Int
  /// The blank-screen search, added to the call's talk like a branch's identification time.
  public var search: Distribution

  /// Creates the route of orphaned casegroups' callers.
  public init(plan: Int, search: Distribution = .fixed(0)) {
    self.plan = plan
    self.search = search
  }
}

/// A named event that orphans every casegroup of one caseworker. Seed 003: "If a team move is
/// complete for a user or 2012 access is removed from a user who has work allocated to them,
/// these cases will become orphaned, the cases will not be visible to any case worker, team
/// leader or segment manager. To have these cases recovered contact your local IT Team."
public struct CasegroupOrphaning: Sendable, Equatable {
  /// Why the casegroups are orphaned.
  public enum Reason: String, Sendable, CaseIterable {
    /// A team move was completed for the caseworker.
    case teamMove
    /// The caseworker's 2012 system access was removed.
    case accessRemoved
  }

  /// When, from the start of the run (t = 0).
  public var at: SimDuration
  /// The caseworker, by staff number: every casegroup they own at `at` is orphaned.
  public var staffNumber: String
  public var reason: Reason
  /// How long local IT takes to recover the casegroups, from `at`; nil: not within the run.
  public var recovery: Distribution?
  /// The team local IT returns them to, shared out among its caseworkers; nil: the former
  /// team, shared out among its caseworkers other than the one who lost them.
  public var recoveredTo: Int?

  /// Creates an orphaning event.
  public init(
    at: SimDuration, staffNumber: String, reason: Reason, recovery: Distribution? = nil,
    recoveredTo: Int? = nil
  ) {
    self.at = at
    self.staffNumber = staffNumber
    self.reason = reason
    self.recovery = recovery
    self.recoveredTo = recoveredTo
  }
}

/// A movement of casegroups to another segment. Seed 003: "Factors which can affect where a
/// case group is assigned include paying parent postcode, income source and the lifecycle of
/// the case. When any of these factors are changed, the case will move automatically. If a
/// case group is transferred to another segment then all associated work connected to the case
/// group will also move to the new segment." And: "where … one of the parties involved is
/// classed as nationally sensitive … the system recognises that it should be assigned to the
/// special client records segment".
public struct CaseMovement: Sendable, Equatable {
  /// Which factor changed.
  public enum Reason: String, Sendable, CaseIterable {
    case postcode
    case incomeSource
    case lifecycle
    /// A party is classed as nationally sensitive: the casegroup goes to the special client
    /// records segment (`CasegroupRules.specialClientRecords`).
    case nationallySensitive
  }

  /// Which casegroups move.
  public enum Moved: Sendable, Equatable {
    /// One casegroup, by its number (the SCIN column of `calls.csv`).
    case casegroup(Int)
    /// A share of the casegroups held in a segment at the time: a fixed pseudo-random set,
    /// the same in every replication of a seed.
    case share(Double, ofSegment: Int)
  }

  /// When, from the start of the run (t = 0).
  public var at: SimDuration
  public var reason: Reason
  public var moved: Moved
  /// The segment they move to.
  public var segment: Int
  /// The team of `segment` that takes them; nil: the segment's teams with caseworkers share
  /// them out.
  public var team: Int?

  /// Creates a movement.
  public init(at: SimDuration, reason: Reason, moved: Moved, segment: Int, team: Int? = nil) {
    self.at = at
    self.reason = reason
    self.moved = moved
    self.segment = segment
    self.team = team
  }
}
