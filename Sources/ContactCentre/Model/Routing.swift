import SimKernel

/// Who may take a call at one step of a routing plan.
public enum RoutingTarget: Sendable, Equatable {
  /// The caseworker who owns the caller's casegroup.
  case owner
  /// The owner's team.
  case ownerTeam
  /// The owner's segment.
  case ownerSegment
  /// These teams.
  case teams([Int])
  /// Every team in these segments.
  case segments([Int])

  /// Whether the target depends on the caller's casegroup.
  public var needsOwner: Bool {
    switch self {
    case .owner, .ownerTeam, .ownerSegment: true
    case .teams, .segments: false
    }
  }
}

/// One timed step of a routing plan: from `after` in queue, `target` may also take the call.
public struct RoutingStep: Sendable, Equatable {
  /// Time in queue when the step begins.
  public var after: SimDuration
  /// Who is added.
  public var target: RoutingTarget
  /// Whether the step is passed over when nobody in the target is Ready as it begins (e.g.
  /// option 3 goes to GICH when nobody on the third-party team is available).
  public var skipIfNoneReady: Bool
  /// Which Ready agent of the target takes the call.
  public var select = AgentSelection.longestIdle

  /// Creates a step.
  public init(after: SimDuration, target: RoutingTarget, skipIfNoneReady: Bool = false) {
    self.after = after
    self.target = target
    self.skipIfNoneReady = skipIfNoneReady
  }
}

/// A routing plan: the virtual queue a call waits in and the widening set of agents who may
/// take it. A routing change is a change to plans, not to code.
public struct RoutingPlan: Sendable, Equatable {
  /// The plan's name, which is also the queue's name in reports.
  public var id: String
  /// Calls of a higher priority are taken first by an agent eligible for several.
  public var priority: Int
  /// The steps, in order of `after`.
  public var steps: [RoutingStep]
  /// Callback in queue offered to its callers still waiting; nil = none.
  public var virtualHold: VirtualHold?
  /// The most calls the queue holds unanswered (waiting, or ringing at an agent): a caller
  /// from a line who would be one more is blocked (`Blocking`). nil = no limit.
  public var maxWaiting: Int?
  /// The queue's own service-level threshold, target and abandon limit; nil = the centre's.
  public var goal: QueueGoal?

  /// Creates a plan.
  public init(
    id: String, priority: Int = 0, steps: [RoutingStep], virtualHold: VirtualHold? = nil,
    goal: QueueGoal? = nil
  ) {
    self.goal = goal
    self.id = id
    self.priority = priority
    self.steps = steps
    self.virtualHold = virtualHold
  }
}

/// How valid-SCIN callers map to casegroups and owners.
public struct CasegroupRules: Sendable, Equatable {
  /// The share of casegroups orphaned before the run (by team moves or lost access), for the
  /// whole run: their callers take the `orphans` route.
  public var orphanedShare: Double
  /// 0 = callers spread uniformly over casegroups; towards 1, repeat callers concentrate on
  /// fewer casegroups (casegroup index = ⌊N · U^(1/(1 − skew))⌋).
  public var skew: Double
  /// Where an orphaned casegroup's caller goes (`OrphanRoute`); nil: they stay in their
  /// branch's plan, which reaches them only at its steps naming teams or segments.
  public var orphans: OrphanRoute?
  /// Named events that orphan a caseworker's casegroups, and movements of casegroups to
  /// another segment, at clock times of the run.
  public var orphanings: [CasegroupOrphaning] = []
  public var movements: [CaseMovement] = []
  /// The special client records segment, where nationally sensitive casegroups go.
  public var specialClientRecords: Int?

  /// Creates casegroup rules.
  public init(orphanedShare: Double = 0, skew: Double = 0, orphans: OrphanRoute? = nil) {
    self.orphanedShare = orphanedShare
    self.skew = skew
    self.orphans = orphans
  }

  /// Whether anything changes who owns a casegroup during the run.
  public var hasEvents: Bool { !orphanings.isEmpty || !movements.isEmpty }
}
