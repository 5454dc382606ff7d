import ContactCentre

/// The answer of a staffing search: per staffed team and interval, the forecast, the Erlang
/// requirement and the simulated one with what the simulation measured.
public struct StaffingResult: Sendable {
  /// One reporting interval of one staffed team.
  public struct Row: Sendable, Equatable {
    /// The interval's index from the start of the run.
    public var interval: Int
    /// The forecast calls and work of the team's queues.
    public var forecast: WorkloadForecast.Cell
    /// The Erlang C (or, when callers abandon, Erlang A) requirement.
    public var erlangAgents: Int
    /// What Erlang predicts with that many agents; nil without forecast calls.
    public var erlang: ErlangResult?
    /// The simulated requirement: the agents of the staffing found.
    public var agents: Int
    /// What the simulation measured with the staffing found.
    public var performance: IntervalPerformance
    /// What it measured with one agent fewer in this interval (the latest such simulation,
    /// which fell short of the goal); nil when never seen to fall short with one fewer.
    public var withOneFewer: IntervalPerformance?
    /// Whether more agents stopped helping this interval — the goal is out of the team's
    /// reach (routing that makes calls wait, patience, other teams) — so that it was left at
    /// its Erlang requirement, short of the goal.
    public var isOutOfReach: Bool
    /// Today's roster in the interval (``Team/rosteredAgents(from:to:)``): set by the joint
    /// search of several teams; nil otherwise.
    public var roster: Double? = nil

    /// The agents found less today's roster: how many to add (negative: to spare).
    public var gap: Double? { roster.map { Double(agents) - $0 } }

    /// Whether the simulation had calls to judge this interval by; an interval without (in
    /// the warm-up, or with no calls) keeps its Erlang requirement.
    public var isMeasured: Bool { performance.isMeasured }

    /// Whether one agent fewer was seen to fall short (or there are none): the requirement is
    /// the least that meets the goal.
    public var isMinimal: Bool { agents == 0 || withOneFewer != nil }
  }

  /// A staffed team's rows.
  public struct TeamRows: Sendable {
    /// The team and the queues it was measured on.
    public var team: StaffedTeam
    /// The team's identifier.
    public var id: String
    /// One row per reporting interval.
    public var rows: [Row]
    /// Agent-hours of the Erlang requirements and of the staffing found.
    public var erlangAgentHours: Double
    public var agentHours: Double
    /// Agent-hours of today's roster (``Row/roster``): set by the joint search; nil otherwise.
    public var rosterAgentHours: Double? = nil
  }

  /// Per staffed team.
  public var teams: [TeamRows]
  /// The staffing found.
  public var staffing: Staffing
  /// The configuration with that staffing, as simulated (and as `--write-scenario` writes it).
  public var configuration: CentreConfiguration
  /// The goal searched for.
  public var goal: StaffingGoal
  /// Replications per simulation.
  public var replications: Int
  /// Simulations run (each of `replications` replications).
  public var passes: Int
  /// Whether the search ended by itself — every measured interval meets the goal and one
  /// agent fewer was tried in each — rather than at the limit of passes.
  public var converged: Bool
  /// Whether every measured interval meets the goal with the staffing found (none is out of
  /// reach).
  public var meetsGoal: Bool
  /// The joint search of several teams sharing queues (``JointStaffingSearch``): every queue
  /// the forecast calls reach, judged on its own; empty for the search team by team.
  public var queues: [QueueRows] = []
  /// The joint search: per interval, why it misses the goal with the staffing found; nil
  /// where it meets it (or has no calls). Empty for the search team by team.
  public var unmet: [Unmet?] = []
  /// The most agents of a team in an interval the search could give (`--max-agents`).
  public var maxAgents: Int? = nil
  /// The joint search: rounds of adjustment (each one simulation of the staffing, and one
  /// per team probed with an agent more); 0 for the search team by team.
  public var rounds = 0

  /// Whether this is the answer of the joint search of several teams.
  public var isJoint: Bool { !queues.isEmpty }
}
