import ContactCentre

extension StaffingResult {
  /// One queue of the joint search, and the staffed teams that share its calls.
  public struct QueueRows: Sendable {
    /// The queue's index in the configuration (its routing plan).
    public var queue: Int
    /// The queue's identifier.
    public var id: String
    /// The teams it offers its calls to first (configuration indices), which share them.
    public var teams: [Int]
    /// One row per reporting interval.
    public var rows: [QueueRow]
    /// The queue's goal where the queue has one of its own (`RoutingPlan.goal`); nil: the
    /// centre's.
    public var goal: StaffingGoal? = nil
  }

  /// One reporting interval of one queue.
  public struct QueueRow: Sendable, Equatable {
    /// The interval's index from the start of the run.
    public var interval: Int
    /// The queue's forecast calls and work.
    public var forecast: WorkloadForecast.Cell
    /// The Erlang requirement of the queue alone, as if one pool of agents answered it.
    public var erlangAgents: Int
    /// What Erlang predicts with that many agents; nil without forecast calls.
    public var erlang: ErlangResult?
    /// What the simulation measured on the queue's calls with the staffing found: service
    /// level and abandon rate (its occupancy is its teams', in their rows).
    public var performance: IntervalPerformance
    /// Whether the queue meets the goal's service level and abandon cap in the interval.
    public var meetsGoal: Bool
    /// Why it misses the goal; nil where it meets it.
    public var unmet: Unmet?
  }

  /// Why the team of `teams[index]` misses the goal in `interval`: the first reason among the
  /// queues it is first for; nil where they all meet it.
  public func unmet(ofTeamAt index: Int, interval: Int) -> Unmet? {
    let own = teams[index].team.queues
    return queues.lazy.filter { own.contains($0.queue) }.compactMap { $0.rows[interval].unmet }
      .first
  }

  /// Why an interval misses the goal with the staffing found.
  public enum Unmet: String, Sendable, Equatable {
    /// The search stopped at `--passes` before meeting it.
    case passes
    /// More agents on any team that could take the short queues' calls stopped bringing the
    /// interval nearer the goal (routing that holds calls, patience): left at the Erlang
    /// split.
    case outOfReach
    /// Every team that could take the short queues' calls already has `--max-agents`.
    case atMaximum
  }
}
