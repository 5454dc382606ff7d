import SimKernel

/// One routing question put to a centre: its agents placed in given states at a time of day,
/// one caller brought in with a chosen line, IVR branch and casegroup. The answer
/// (`RoutingProbeResult`) says in which queue the call waits, to whom it is offered and by
/// which step of the routing plan.
public struct RoutingProbe: Sendable, Equatable {
  /// What an agent is doing when the caller joins the queue.
  public enum Placement: Sendable, Equatable {
    /// Ready (Available). Ready agents become Ready in the order they are placed: the first
    /// has been Ready longest.
    case ready
    /// Talking on another call, until `length` after the caller joins the queue (nil: all
    /// through the check); then free, as after any call.
    case busy(SimDuration?)
    /// NotReady with a reason, until `length` after the caller joins the queue (nil: all
    /// through the check).
    case notReady(NotReadyReason, SimDuration?)
    /// Logged out.
    case loggedOut
  }

  /// An agent slot (`CentreConfiguration.roster` order) and what it is doing.
  public struct AgentPlacement: Sendable, Equatable {
    public var slot: Int
    public var placement: Placement

    public init(slot: Int, placement: Placement) {
      self.slot = slot
      self.placement = placement
    }
  }

  /// The caller's casegroup, for a branch that matches callers to casegroups (a valid SCIN).
  public enum Casegroup: Sendable, Equatable {
    /// A casegroup by number (the SCIN column of `calls.csv`).
    case number(Int)
    /// A casegroup owned by the person working agent slot `slot`.
    case ownedBy(slot: Int)
    /// An orphaned casegroup of team `team`: it has no owner, team or segment, and takes the
    /// scenario's `orphans` route if it has one.
    case orphaned(team: Int)
  }

  /// When the caller joins the queue, as time since t = 0.
  public var time: SimDuration
  /// The agents placed explicitly, in order (an agent placed twice takes the later placement,
  /// at the later place in the Ready order).
  public var agents: [AgentPlacement]
  /// What every other agent on shift is doing. Agents off shift are logged out.
  public var others: Placement
  /// The line the caller rings and the call type of the call.
  public var line: Int
  public var callType: Int
  /// The branch the caller takes (an index into the line's IVR branches); nil on a line with
  /// no IVR.
  public var branch: Int?
  /// The caller's casegroup, for a valid-SCIN branch.
  public var casegroup: Casegroup?
  /// How long the call may wait to be offered before the check stops.
  public var limit: SimDuration

  /// Creates a probe.
  public init(
    time: SimDuration, agents: [AgentPlacement], others: Placement, line: Int, callType: Int,
    branch: Int?, casegroup: Casegroup?, limit: SimDuration
  ) {
    self.time = time
    self.agents = agents
    self.others = others
    self.line = line
    self.callType = callType
    self.branch = branch
    self.casegroup = casegroup
    self.limit = limit
  }
}

/// Where a probe's caller went.
public struct RoutingProbeResult: Sendable, Equatable {
  /// How the check ended.
  public enum Outcome: Sendable, Equatable {
    /// The IVR branch hangs up: the caller never queues.
    case hungUp
    /// Offered to agent slot `agent` by step `step` of the plan, `wait` after joining the queue.
    case offered(agent: Int, step: Int, wait: SimDuration)
    /// Still waiting when the limit was reached.
    case waiting
  }

  /// One step of the plan that fell due while the call waited.
  public struct Step: Sendable, Equatable {
    /// The step's index in its plan.
    public var index: Int
    /// Whether the call waited for the step's target (or was offered by it); otherwise the step
    /// was passed over.
    public var tookEffect: Bool
    /// Why a step was passed over: the caller has no owner, casegroup or segment for it (false),
    /// or nobody in its target was Ready and the step skips then (true).
    public var noneReady: Bool
  }

  public var outcome: Outcome
  /// The plan (queue) the call waited in; nil when it hung up.
  public var plan: Int?
  /// The steps that fell due, in order.
  public var steps: [Step]
  /// The caller's casegroup, its owner (an agent slot) and the owner's team; nil when none.
  public var casegroup: Int?
  public var owner: Int?
  public var ownerTeam: Int?
  /// Set when the check stopped because one instant held more events than its budget: the
  /// scenario's rules loop, and nothing else of the result stands.
  public var loop: InstantLoop? = nil
}
