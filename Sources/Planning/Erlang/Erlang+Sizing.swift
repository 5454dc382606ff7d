extension Erlang {
  /// The three formulas of `ccsim erlang`, named by their letter.
  public enum Formula: String, Sendable, CaseIterable {
    /// Erlang B: a call that finds every agent busy is lost (M/M/n/n).
    case b = "B"
    /// Erlang C: callers wait as long as it takes (M/M/n).
    case c = "C"
    /// Erlang A: callers wait, and hang up after an exponential patience (M/M/n+M).
    case a = "A"
  }

  /// What a staffing must meet for ``agentsRequired(_:goal:formula:)``.
  ///
  /// Erlang C and A are staffed for a service level (within the input's threshold), Erlang A
  /// optionally for an abandon rate too, Erlang B for its blocking probability; any of them
  /// optionally for an occupancy cap. Shares are from 0 to 1.
  public struct Goal: Sendable, Equatable {
    /// The least share of calls answered within the threshold (C and A).
    public var serviceLevel: Double?
    /// The largest share of callers who may abandon (A).
    public var maxAbandon: Double?
    /// The largest share of the agents' time on calls.
    public var maxOccupancy: Double?
    /// The largest share of calls that may find every agent busy and be lost (B).
    public var maxBlocking: Double?

    /// Creates a goal; the figures not given are not constrained.
    public init(
      serviceLevel: Double? = nil, maxAbandon: Double? = nil, maxOccupancy: Double? = nil,
      maxBlocking: Double? = nil
    ) {
      self.serviceLevel = serviceLevel
      self.maxAbandon = maxAbandon
      self.maxOccupancy = maxOccupancy
      self.maxBlocking = maxBlocking
    }

    /// Whether `result` meets every figure of the goal.
    public func isMet(by result: ErlangResult) -> Bool {
      result.serviceLevel >= (serviceLevel ?? 0)
        && result.abandonRate <= (maxAbandon ?? .infinity)
        && result.occupancy <= (maxOccupancy ?? .infinity)
        && result.probabilityOfWait <= (maxBlocking ?? .infinity)
    }
  }

  /// The figures `formula` gives for `input` at `input.agents`.
  ///
  /// Erlang B is read as Erlang's loss system (``loss(_:)``): the blocking probability is both
  /// `probabilityOfWait` and `abandonRate` (a blocked call is lost), the service level is
  /// 1 − blocking and the occupancy is the carried load per agent. Erlang A needs a patience.
  public static func figures(_ input: ErlangInput, formula: Formula) -> ErlangResult {
    switch formula {
    case .b: return loss(input)
    case .c: return c(input)
    case .a:
      precondition(input.patience != nil, "Erlang A needs a patience")
      return a(input)
    }
  }

  /// The fewest agents whose `formula` figures meet `goal`, with those figures.
  ///
  /// With no calls offered no agent is needed (0, and the idle figures). Erlang B needs
  /// `goal.maxBlocking` and walks the Erlang B recursion up to the first n whose blocking and
  /// occupancy are within their caps (both fall as n grows). Erlang C and A need
  /// `goal.serviceLevel` (below 1) and use
  /// ``agentsRequired(_:serviceLevel:maxAbandon:maxOccupancy:model:)``; Erlang C ignores
  /// `goal.maxAbandon` (no caller abandons).
  public static func agentsRequired(_ input: ErlangInput, goal: Goal, formula: Formula) -> (
    agents: Int, result: ErlangResult
  ) {
    var input = input
    if input.callsPerHour == 0 {
      input.agents = 0
      return (0, figures(input, formula: formula))
    }
    switch formula {
    case .b:
      guard let cap = goal.maxBlocking else { preconditionFailure("Erlang B sizing needs a cap") }
      precondition(cap > 0, "a blocking cap of 0 can never be met")
      precondition((goal.maxOccupancy ?? 1) > 0, "an occupancy cap must be above 0")
      let load = input.offeredLoad
      var blocking = 1.0  // B(0, a)
      var agents = 0
      while true {
        let occupancy = agents > 0 ? load * (1 - blocking) / Double(agents) : 0
        if blocking <= cap && occupancy <= (goal.maxOccupancy ?? .infinity) { break }
        agents += 1
        let carried = load * blocking
        blocking = carried / (Double(agents) + carried)
      }
      input.agents = agents
      return (agents, loss(input))
    case .c, .a:
      guard let target = goal.serviceLevel else {
        preconditionFailure("Erlang C and A sizing needs a service level")
      }
      precondition(target < 1, "a service level of 1 is never met while calls wait")
      return agentsRequired(
        input, serviceLevel: target, maxAbandon: formula == .a ? goal.maxAbandon : nil,
        maxOccupancy: goal.maxOccupancy, model: formula == .a ? .erlangA : .erlangC)
    }
  }
}
