import Planning

/// What `ccsim erlang` answers: one formula's figures for a traffic at one staffing, at each
/// staffing of a range, or at the fewest agents meeting a goal.
public struct ErlangReport: Sendable {
  /// What was asked of the formula.
  public enum Question: Sendable, Equatable {
    /// The figures at one number of agents (one row).
    case agents
    /// The figures at each number of agents of a range (a row each, in order).
    case range
    /// The fewest agents meeting the goal (one row: those agents and their figures).
    case sizing(Erlang.Goal)
  }

  /// One staffing level and the formula's figures at it.
  public struct Row: Sendable, Equatable {
    /// The number of agents.
    public var agents: Int
    /// The figures with that many agents.
    public var figures: ErlangResult

    /// Creates a row.
    public init(agents: Int, figures: ErlangResult) {
      self.agents = agents
      self.figures = figures
    }
  }

  /// Why a row's waiting figures are not finite, if they are not.
  enum Standing: Equatable {
    /// Finite figures.
    case settled
    /// Calls are offered to no agents: none is answered.
    case noCallAnswered
    /// Erlang C with the load at or above the agents: the queue grows without bound.
    case unstable
  }

  /// The formula.
  public var formula: Erlang.Formula
  /// The traffic: calls per hour, AHT, threshold and (Erlang A) patience; its `agents` is unused.
  public var input: ErlangInput
  /// What was asked.
  public var question: Question
  /// The staffing levels and their figures.
  public var rows: [Row]

  /// Creates a report.
  public init(formula: Erlang.Formula, input: ErlangInput, question: Question, rows: [Row]) {
    self.formula = formula
    self.input = input
    self.question = question
    self.rows = rows
  }

  /// Whether `row`'s waiting figures are finite, and why not.
  func standing(_ row: Row) -> Standing {
    guard input.callsPerHour > 0, formula != .b else { return .settled }
    if row.agents == 0 { return .noCallAnswered }
    if formula == .c && input.offeredLoad >= Double(row.agents) { return .unstable }
    return .settled
  }
}
