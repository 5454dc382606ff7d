import SimKernel

/// Service requests (SRs): work items on casegroups, each completed by following its activity
/// plan, worked by caseworkers as back-office work between calls (seed 003, Work Allocation).
///
/// "SRs are completed by following an activity plan which is made up of smaller activities."
/// "There are two types of SR, these are functionally unique SRs and case owning SRs. Case
/// owning SRs will always be completed by caseworkers in the case owning segment. Functionally
/// unique SRs are completed by specialist teams, which are given the SR to complete with 'read
/// only' access to the relevant case group." "The SR cannot be closed with open activities."
///
/// A caseworker works an SR's activities one at a time in NotReady – Customer Related Clerical
/// Work, when no call is waiting for them (the case-closure exceptions' way of competing with
/// calls); the SR closes when its last activity is done.
public struct ServiceRequests: Sendable, Equatable {
  /// The kinds of SR that arise.
  public var types: [ServiceRequestType]

  /// Creates the rules.
  public init(types: [ServiceRequestType]) {
    self.types = types
  }

  /// Whether `team` works any SR: it owns casegroups SRs are raised on (case owning), or it is
  /// an area's specialist team (functionally unique).
  public func involves(team: Int) -> Bool {
    types.contains { type in
      switch type.routing {
      case .caseOwning(let teams): teams.contains(team)
      case .functionallyUnique(let areas): areas.contains { $0.team == team }
      }
    }
  }
}

/// One kind of SR: how often it arises, who completes it, and its activity plan.
public struct ServiceRequestType: Sendable, Equatable {
  /// Who completes an SR of the type.
  public enum Routing: Sendable, Equatable {
    /// Raised on a casegroup of one of these teams (chosen at random, each casegroup alike) and
    /// completed by the caseworker who owns that casegroup.
    case caseOwning(teams: [Int])
    /// Routed by the area (post code) of the person it is raised against, whichever area holds
    /// the casegroup: each area's share of those people, and its specialist team.
    case functionallyUnique(areas: [AreaRoute])
  }

  /// An area where people SRs are raised against live, the share of them who live there, and
  /// the specialist team its functionally unique SRs route to.
  public struct AreaRoute: Sendable, Equatable {
    public var area: String
    public var share: Double
    public var team: Int

    public init(area: String, share: Double, team: Int) {
      self.area = area
      self.share = share
      self.team = team
    }
  }

  /// One activity of the plan and the caseworker's time on it.
  public struct Activity: Sendable, Equatable {
    public var name: String
    public var work: Distribution

    public init(name: String, work: Distribution) {
      self.name = name
      self.work = work
    }
  }

  /// The type's name, e.g. `"Change of circumstances"`.
  public var name: String
  /// When SRs of the type arise (Poisson).
  public var arrivals: ArrivalProfile
  public var routing: Routing
  /// The activity plan: its activities, done in order; the SR closes after the last.
  public var activities: [Activity]

  /// Creates an SR type.
  public init(name: String, arrivals: ArrivalProfile, routing: Routing, activities: [Activity]) {
    self.name = name
    self.arrivals = arrivals
    self.routing = routing
    self.activities = activities
  }
}
