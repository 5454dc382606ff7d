import ContactCentre
import SimKernel

/// Finds, per reporting interval, the fewest agents per team that meet a service-level target
/// (and an abandon and an occupancy cap): Erlang first, then simulation.
///
/// 1. **Erlang.** Each interval's forecast calls and mean handle time for the team's queues
///    (``WorkloadForecast``) give the Erlang C requirement, or the Erlang A one when the
///    callers have a patience (its mean, as if exponential); agents are added until the
///    occupancy cap, if any, holds too. Each interval is taken as a steady state on its own.
/// 2. **Simulation.** The day is simulated with that staffing — each staffed team's roster
///    replaced by ``Staffing/applied(to:)``, everything else as in the scenario — over
///    `replications` replications, and each interval's service level, abandon rate and
///    occupancy are measured with their 95 % half-widths (``IntervalPerformance``). Every
///    simulation uses the same seed, so the callers are the same each time (common random
///    numbers): two staffings are compared on identical calls, not on luck.
/// 3. **Adjust, interval by interval, one simulation per pass.** After each simulation every
///    interval moves on its own, judged on the means: one that falls short of the goal goes
///    back to the staffing it last met the goal with, or else gets more agents (one, then two,
///    four, … while it keeps falling short); one that meets it and was never seen to fall short
///    with one agent fewer tries fewer (one, then two, four, … while that keeps meeting the
///    goal, and halfway towards the most agents seen to fall short once one has). The search
///    ends when a simulation finds every interval meeting the goal and one agent fewer seen to
///    fall short in each, or after `maxPasses` simulations; the answer is the last staffing
///    that met the goal in every interval.
///
/// Intervals without calls to judge by (in the warm-up, or with no calls at all) keep their
/// Erlang requirement, and so do intervals that more agents stopped helping (``isStalled``:
/// routing that holds calls past the threshold, say), marked out of reach. Intervals
/// interact — a short interval leaves a queue to the next, and neighbours cut together may
/// fall short together — so "one fewer falls short" holds with the other intervals as they
/// were staffed when it was tried. The staffing is tuned on the
/// callers of these replications: on other callers (another seed) an interval near the
/// boundary may come out a little under the target, the more so the fewer the replications.
public enum StaffingSearch {
  /// How to search.
  public struct Options: Sendable, Equatable {
    /// Replications per simulation.
    public var replications: Int
    /// Replications run side by side (never changes the numbers).
    public var jobs: Int
    /// The most simulations to run.
    public var maxPasses: Int
    /// The team to staff; nil = every team answering forecast calls (see
    /// ``StaffedTeam/choose(_:in:forecast:)``).
    public var team: String?
    /// The most agents of one team in one interval; nil = no limit. An interval that would
    /// need more is reported as missing the goal.
    public var maxAgents: Int?

    /// Creates options.
    public init(
      replications: Int = 30, jobs: Int = 1, maxPasses: Int = 16, team: String? = nil,
      maxAgents: Int? = nil
    ) {
      precondition(replications >= 1 && jobs >= 1 && maxPasses >= 1 && (maxAgents ?? 1) >= 0)
      self.replications = replications
      self.jobs = jobs
      self.maxPasses = maxPasses
      self.team = team
      self.maxAgents = maxAgents
    }
  }

  /// How the search is going, after each simulation.
  public struct Progress: Sendable, Equatable {
    /// Simulations run so far.
    public var pass: Int
    /// Measured intervals (over all staffed teams) that fell short of the goal.
    public var intervalsShort: Int
    /// Agent-hours of the staffing simulated, over all staffed teams.
    public var agentHours: Double
  }

  /// Searches `configuration` (its seed as given) for the staffing meeting `goal`.
  ///
  /// - Throws: ``StaffingError`` when the teams to staff cannot be chosen, or when a
  ///   simulation loops at one instant (the search stops at once).
  public static func run(
    _ configuration: CentreConfiguration, goal: StaffingGoal, options: Options = Options(),
    progress: ((Progress) -> Void)? = nil
  ) throws(StaffingError) -> StaffingResult {
    var base = configuration
    base.serviceLevelThreshold = goal.threshold
    base.serviceLevelTarget = goal.target
    let forecast = WorkloadForecast(base)
    if options.team == nil, JointStaffingSearch.isNeeded(base, forecast: forecast) {
      return try JointStaffingSearch.run(
        base, forecast: forecast, goal: goal, options: options, progress: progress)
    }
    let teams = try StaffedTeam.choose(options.team, in: base, forecast: forecast)
    let most = options.maxAgents ?? Int.max
    let intervalCount = base.intervalCount
    let forecasts = teams.map { team in
      (0..<intervalCount).map { forecast.cell(interval: $0, queues: team.queues) }
    }
    let erlang = forecasts.map { cells in
      cells.indices.map {
        erlangRequirement(cells[$0], seconds: forecast.intervalSeconds[$0], goal: goal)
      }
    }
    let cells = teams.indices.flatMap { team in (0..<intervalCount).map { (team, $0) } }

    var passes = 0
    var shortfalls = Array(
      repeating: Array(repeating: [Int: IntervalPerformance](), count: intervalCount),
      count: teams.count)
    func evaluate(_ tried: [[Int]]) throws(StaffingError) -> [[IntervalPerformance]] {
      passes += 1
      let staffing = Staffing(teams: teams, agents: tried)
      let runs = Replications.run(
        staffing.applied(to: base), count: options.replications, jobs: options.jobs,
        intervals: true)
      if let loop = runs.lazy.compactMap(\.loop).first { throw .loop(loop) }
      let measured = IntervalPerformance.measure(
        runs, teams: teams, intervalCount: intervalCount, teamCount: base.teams.count,
        conventions: base.conventions)
      var short = 0
      for (team, interval) in cells where !goal.isMet(by: measured[team][interval]) {
        shortfalls[team][interval][tried[team][interval]] = measured[team][interval]
        short += 1
      }
      let hours = teams.indices.reduce(0.0) {
        $0 + staffing.agentHours(ofTeamAt: $1, intervalSeconds: forecast.intervalSeconds)
      }
      progress?(Progress(pass: passes, intervalsShort: short, agentHours: hours))
      return measured
    }

    var agents = erlang.map { $0.map { min($0.agents, most) } }
    var lastMet = agents.map { $0.map { _ -> Int? in nil } }
    var raiseStep = agents.map { $0.map { _ in 1 } }
    var lowerStep = raiseStep
    var outOfReach = agents.map { $0.map { _ in false } }
    var best: (agents: [[Int]], performance: [[IntervalPerformance]])?
    var converged = false
    var performance: [[IntervalPerformance]] = []
    while true {
      performance = try evaluate(agents)
      var short: [(Int, Int)] = []
      var reducible: [(Int, Int)] = []
      for (team, interval) in cells where !outOfReach[team][interval] {
        let current = agents[team][interval]
        if !goal.isMet(by: performance[team][interval]) {
          short.append((team, interval))
          continue
        }
        lastMet[team][interval] = current
        raiseStep[team][interval] = 1
        let fallsShort = shortfalls[team][interval].keys.max() ?? -1
        if performance[team][interval].isMeasured && current > 0 && fallsShort < current - 1 {
          reducible.append((team, interval))
        }
      }
      if short.isEmpty { best = (agents, performance) }
      if short.isEmpty && reducible.isEmpty {
        converged = true
        break
      }
      guard passes < options.maxPasses else { break }
      for (team, interval) in short {
        let current = agents[team][interval]
        if let met = lastMet[team][interval], met > current {
          agents[team][interval] = met  // back to where it met the goal
        } else if isStalled(shortfalls[team][interval], at: current, goal: goal) {
          agents[team][interval] = min(erlang[team][interval].agents, most)
          outOfReach[team][interval] = true
        } else if current >= most {
          outOfReach[team][interval] = true  // the goal needs more than --max-agents
        } else {
          agents[team][interval] = min(most, current + raiseStep[team][interval])
          raiseStep[team][interval] *= 2
        }
        lowerStep[team][interval] = 1
      }
      for (team, interval) in reducible {
        let current = agents[team][interval]
        let fallsShort = shortfalls[team][interval].keys.max()
        let drop = fallsShort.map { max(1, (current - $0) / 2) } ?? lowerStep[team][interval]
        agents[team][interval] = max(0, current - drop)
        if fallsShort == nil { lowerStep[team][interval] *= 2 }
      }
    }

    let final = best ?? (agents, performance)
    let staffing = Staffing(teams: teams, agents: final.agents)
    return StaffingResult(
      teams: teams.indices.map { index in
        let team = teams[index]
        let rows = (0..<intervalCount).map { interval in
          let count = final.agents[index][interval]
          return StaffingResult.Row(
            interval: interval, forecast: forecasts[index][interval],
            erlangAgents: erlang[index][interval].agents,
            erlang: erlang[index][interval].result, agents: count,
            performance: final.performance[index][interval],
            withOneFewer: shortfalls[index][interval][count - 1],
            isOutOfReach: outOfReach[index][interval])
        }
        return StaffingResult.TeamRows(
          team: team, id: base.teams[team.team].id, rows: rows,
          erlangAgentHours: Staffing(teams: teams, agents: erlang.map { $0.map(\.agents) })
            .agentHours(ofTeamAt: index, intervalSeconds: forecast.intervalSeconds),
          agentHours: staffing.agentHours(
            ofTeamAt: index, intervalSeconds: forecast.intervalSeconds))
      },
      staffing: staffing, configuration: staffing.applied(to: base), goal: goal,
      replications: options.replications, passes: passes, converged: converged,
      meetsGoal: best != nil && !outOfReach.joined().contains(true), maxAgents: options.maxAgents)
  }

  /// Whether more agents stopped helping an interval: it fell short with three or more
  /// staffings, and the latest, `current`, misses the goal by less than one point less than
  /// the fewest agents it was seen with (by the measure it misses most: the service level
  /// below the target, or the abandon rate or occupancy above their caps).
  static func isStalled(
    _ shortfalls: [Int: IntervalPerformance], at current: Int, goal: StaffingGoal
  ) -> Bool {
    guard shortfalls.count >= 3, let fewest = shortfalls.keys.min(), fewest < current,
      let latest = shortfalls[current], let first = shortfalls[fewest]
    else { return false }
    return goal.shortfall(of: first) - goal.shortfall(of: latest) < 0.01
  }

  /// The Erlang requirement for one interval's forecast `cell` of `seconds`: the fewest agents
  /// meeting the goal (its occupancy cap included) by Erlang C, or Erlang A when callers have
  /// a patience (`Erlang.agentsRequired`, as `ccsim erlang` sizes).
  static func erlangRequirement(
    _ cell: WorkloadForecast.Cell, seconds: Double, goal: StaffingGoal
  ) -> (agents: Int, result: ErlangResult?) {
    guard cell.calls > 0, seconds > 0 else { return (0, nil) }
    guard let handleTime = cell.averageHandleTime, handleTime > 0 else { return (1, nil) }
    let input = ErlangInput(
      callsPerHour: cell.calls / seconds * 3600, averageHandleTime: handleTime, agents: 0,
      threshold: goal.threshold.seconds, patience: cell.meanPatience)
    let (agents, result) = Erlang.agentsRequired(
      input, serviceLevel: goal.target, maxAbandon: goal.maxAbandon,
      maxOccupancy: goal.maxOccupancy)
    return (agents, result)
  }
}
