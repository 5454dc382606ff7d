import SimKernel

/// A team staffed by counts: how many agents are logged in from each moment on, and who
/// leaves when the count drops (docs/scenario-format.md §9, Staffing by counts).
///
/// ContactCenters (Buist & L'Ecuyer) staffs its agent groups this way: `setNumAgents(n)` at
/// each period; when n drops, idle agents leave at once and busy ones become "ghost agents"
/// who "exit the group immediately after they finish serving their current call".
public struct TeamStaffing: Sendable, Equatable {
  /// Who leaves when the count drops.
  public enum Leaving: String, Sendable, Equatable, CaseIterable {
    /// The counts are a roster of named people: agent k (from 0) works whenever the count is
    /// above k, as `ccsim staff` stacks its shifts; whoever's stretch ends leaves, after the
    /// call in hand, whatever the others are doing.
    case named
    /// At each drop the agents to leave are chosen then: Ready agents first, then NotReady
    /// ones (both at once), then busy ones, who finish their call and ACW; within each, the
    /// one logged in longest (ContactCenters' `DetailedAgentGroup.setNumAgents`: the idle
    /// agent with the earliest login time, else a busy one who becomes a ghost).
    case idleFirst
  }

  /// A change of the count: from `time` (since t = 0) on, `agents` are logged in.
  public struct Change: Sendable, Equatable {
    public var time: SimDuration
    public var agents: Int

    public init(time: SimDuration, agents: Int) {
      self.time = time
      self.agents = agents
    }
  }

  /// The changes, in time order, at distinct times; before the first the count is 0.
  public var changes: [Change]
  public var leaving: Leaving

  /// Creates a staffing; `changes` must be in strictly increasing time order.
  public init(changes: [Change], leaving: Leaving) {
    self.changes = changes
    self.leaving = leaving
  }

  /// The team's shifts under this staffing: the stacked roster of `named` leaving, else one
  /// pool of all its agents whom the changes log in and out.
  public var shifts: [Shift] { leaving == .named ? stackedShifts : [pool] }

  /// The most agents logged in at once: the agents (people) of the team.
  public var mostAgents: Int { changes.map(\.agents).max() ?? 0 }

  /// The roster of `named` leaving: agent k works every stretch where the count is above k.
  /// Identical stretches form one shift of several anonymous agents, ordered by start then end
  /// and numbered as roster entries (as `Staffing.shifts` writes them, without the cuts at
  /// midnight that a scenario file's clock times need).
  public var stackedShifts: [Shift] {
    var stretches: [Stretch: Int] = [:]
    for level in 0..<mostAgents {
      var first: SimDuration?
      for change in changes {
        let working = change.agents > level
        if working, first == nil { first = change.time }
        if !working, let from = first {
          stretches[Stretch(start: from, end: change.time), default: 0] += 1
          first = nil
        }
      }
      if let from = first { stretches[Stretch(start: from, end: Team.wholeRun), default: 0] += 1 }
    }
    return stretches.keys.sorted().enumerated().map { entry, stretch in
      Shift(
        start: stretch.start, end: stretch.end,
        agents: Array(repeating: AgentProfile(), count: stretches[stretch]!), entry: entry)
    }
  }

  /// The one shift of every agent of an `idleFirst` team: its agents log in and out as the
  /// counts say, not at the shift's times.
  public var pool: Shift {
    Shift(
      start: changes.first?.time ?? .zero, end: Team.wholeRun,
      agents: Array(repeating: AgentProfile(), count: mostAgents), entry: 0)
  }

  private struct Stretch: Hashable, Comparable {
    var start: SimDuration
    var end: SimDuration

    static func < (lhs: Stretch, rhs: Stretch) -> Bool {
      (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
  }
}
