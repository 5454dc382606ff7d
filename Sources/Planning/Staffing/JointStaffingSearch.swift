import ContactCentre
import SimKernel

/// Staffs every team that takes calls at once, when some queue offers its calls to several
/// teams first: the fewest agents per team and interval with which every queue meets the
/// goal, by simulation.
///
/// The method is Wallace & Whitt's for skill-based routing ("A staffing algorithm for call
/// centers with skill-based routing", 2005) — a pooled Erlang requirement, allocated to the
/// groups, then adjusted by simulation, one agent more where a class misses its target and
/// one fewer where all meet it — with the choice of the group to add to measured, as in
/// Cezik & L'Ecuyer's simulation-based search ("Staffing multiskill call centers via linear
/// programming and simulation", 2008), by a finite difference on common random numbers:
///
/// 1. **Seed.** Each queue's Erlang requirement (``StaffingSearch/erlangRequirement``, as if
///    one pool answered it) is split between the teams it offers its calls to first, in
///    proportion to today's roster of each in the interval
///    (``Team/rosteredAgents(from:to:)``), equally where none has agents; a team's seed is the
///    sum of its shares, rounded by largest remainders so that the teams' total is the
///    queues'. (Routing by owner sends a caller to one team's agent first: the roster is the
///    planner's own split of that work.)
/// 2. **Simulate** the day with that staffing (every staffed team's roster replaced by
///    ``Staffing/applied(to:)``), R replications on the same seed every time, and measure
///    each queue's service level and abandon rate, and each team's occupancy, per interval.
/// 3. **Probe.** For each team the first to be offered some short queue's calls, simulate once
///    more with one agent more on that team in every interval where such a queue falls short
///    (the intervals are judged apart, as the search team by team does). The gain of a team
///    in an interval is how much nearer the goal that brought the interval's queues (the
///    sum of their shortfalls, ``StaffingGoal/shortfall(of:)``, down to 0 where met).
/// 4. **Adjust** each interval on its own: one with a short queue gives its best team agents
///    — its shortfall over that gain, 1 to 8 — and a team above its occupancy cap one more;
///    one that went short after a cut — its own, or the interval before's, which left it a
///    queue — goes back (that interval goes back) to the staffing it last met the goal with and
///    remembers the cut team's count as short; a queue that more agents do not bring nearer
///    the goal is given up in that interval (below), and a team whose every queue is given up
///    there goes back to its seed; one that meets the goal tries fewer on the team
///    with the most slack (the least occupied) among those whose one fewer was not yet seen to
///    fall short — one, then two, four while cuts keep meeting it — unless an interval beside
///    it falls short or is cut in the same round.
///
/// It stops when a simulation finds every interval meeting the goal and no team in any
/// interval left to try one fewer (converged), or after `maxPasses` rounds; the answer is the
/// last staffing that met the goal everywhere, else the last simulated, with the intervals
/// that miss it reported (``StaffingResult/Unmet``): more agents stopped helping (no team's
/// one more agent helps, and three raises of every team that could — one, two, four agents —
/// brought it less than a point nearer the goal; or the best team's gain, extrapolated in a
/// straight line, reaches the goal only past twice the short queues' Erlang requirement and
/// 8 agents more: left at the seed), every team that could help at
/// `maxAgents`, or the rounds ran out.
enum JointStaffingSearch {
  /// Whether some forecast queue offers its calls to several teams first.
  static func isNeeded(_ configuration: CentreConfiguration, forecast: WorkloadForecast) -> Bool {
    let first = configuration.queueTeams.first
    return forecast.queuesWithCalls.contains { first[$0].count > 1 }
  }

  /// What one simulation measured: per queue and per staffed team, per interval.
  struct Measured {
    var queues: [[IntervalPerformance]]
    var teams: [[IntervalPerformance]]
  }

  static func run(
    _ base: CentreConfiguration, forecast: WorkloadForecast, goal: StaffingGoal,
    options: StaffingSearch.Options, progress: ((StaffingSearch.Progress) -> Void)?
  ) throws(StaffingError) -> StaffingResult {
    let plan = JointStaffingPlan(base, forecast: forecast, goal: goal, maxAgents: options.maxAgents)
    let teams = plan.teams
    guard !teams.isEmpty else { throw .noCalls }
    let intervalCount = base.intervalCount
    let most = options.maxAgents ?? Int.max
    // The goal of each queue: service level and abandon rate, the queue's own where it has
    // one (occupancy is a team's).
    let queueGoals = plan.queues.map { queue in
      let own = goal.overridden(by: base.plans[queue].goal)
      return StaffingGoal(target: own.target, threshold: own.threshold, maxAbandon: own.maxAbandon)
    }

    var simulations = 0
    func simulate(_ agents: [[Int]]) throws(StaffingError) -> Measured {
      simulations += 1
      let runs = Replications.run(
        Staffing(teams: teams, agents: agents).applied(to: base), count: options.replications,
        jobs: options.jobs, intervals: true)
      if let loop = runs.lazy.compactMap(\.loop).first { throw .loop(loop) }
      let queues = plan.queues.map { queue in
        (0..<intervalCount).map { interval in
          let tallies = runs.map { $0.interval(interval, queue: queue) }
          return IntervalPerformance(
            offered: tallies.reduce(0) { $0 + $1.offered },
            serviceLevel: Estimate(replications: tallies.map { $0.serviceLevel(base.conventions) }),
            abandonRate: Estimate(replications: tallies.map { $0.abandonRate(base.conventions) }),
            occupancy: Estimate(replications: []))
        }
      }
      return Measured(
        queues: queues,
        teams: IntervalPerformance.measure(
          runs, teams: teams, intervalCount: intervalCount, teamCount: base.teams.count,
          conventions: base.conventions))
    }
    // Queues (and teams, for their occupancy) given up in an interval, and why.
    var frozenQueue = plan.queues.map { _ in
      [StaffingResult.Unmet?](repeating: nil, count: intervalCount)
    }
    var frozenTeam = teams.map { _ in [StaffingResult.Unmet?](repeating: nil, count: intervalCount)
    }
    /// How far `queue` is from the goal in `interval` (0 when it meets it).
    func shortfall(_ measured: Measured, _ queue: Int, _ interval: Int) -> Double {
      let performance = measured.queues[queue][interval]
      return performance.isMeasured ? max(0, queueGoals[queue].shortfall(of: performance)) : 0
    }
    /// The queues missing the goal in `interval`, but for those given up.
    func shortQueues(_ measured: Measured, _ interval: Int, all: Bool = false) -> [Int] {
      plan.queues.indices.filter {
        let performance = measured.queues[$0][interval]
        return (all || frozenQueue[$0][interval] == nil) && performance.isMeasured
          && !queueGoals[$0].isMet(by: performance)
      }
    }
    func overOccupied(_ measured: Measured, _ interval: Int, all: Bool = false) -> [Int] {
      guard let cap = goal.maxOccupancy else { return [] }
      return teams.indices.filter {
        (all || frozenTeam[$0][interval] == nil)
          && (measured.teams[$0][interval].occupancy.mean ?? 0) > cap
      }
    }
    /// The intervals with calls to judge by (not the warm-up's, nor those without calls): the
    /// others keep their seed.
    func judged(_ measured: Measured) -> [Int] {
      (0..<intervalCount).filter { interval in measured.queues.contains { $0[interval].isMeasured }
      }
    }

    var agents = plan.seed
    var pending = agents
    var lastMet: [[Int]?] = Array(repeating: nil, count: intervalCount)
    var cut: [Int?] = Array(repeating: nil, count: intervalCount)
    var lowerStep = Array(repeating: 1, count: intervalCount)
    var raiseStep = plan.queues.map { _ in Array(repeating: 1, count: intervalCount) }
    var fallsShort = teams.map { _ in Array(repeating: -1, count: intervalCount) }
    var fellShort = teams.map { _ in [IntervalPerformance?](repeating: nil, count: intervalCount) }
    var best: (agents: [[Int]], measured: Measured)?
    var last: (agents: [[Int]], measured: Measured)
    var rounds = 0
    var converged = false
    /// Gives up `queue` in `interval`; a team whose every queue is given up there goes back to
    /// its seed, and stays.
    func freeze(_ queue: Int, _ interval: Int, _ reason: StaffingResult.Unmet) {
      frozenQueue[queue][interval] = reason
      for team in plan.queueTeams[queue]
      where teams[team].queues.allSatisfy({ own in
        frozenQueue[plan.queues.firstIndex(of: own)!][interval] != nil
      }) {
        if reason == .outOfReach { pending[team][interval] = plan.seed[team][interval] }
        frozenTeam[team][interval] = frozenTeam[team][interval] ?? reason
      }
    }
    while true {
      rounds += 1
      let measured = try simulate(agents)
      last = (agents, measured)
      var short: [Int] = []
      var reducible: [(interval: Int, team: Int)] = []
      var allMet = true
      var missing = 0
      var notMet = Set<Int>()
      pending = agents
      let cutBefore = cut
      let lastMetBefore = lastMet
      for interval in judged(measured) {
        let queues = shortQueues(measured, interval)
        let busy = overOccupied(measured, interval)
        guard queues.isEmpty && busy.isEmpty else {
          allMet = false
          missing += 1
          notMet.insert(interval)
          if let team = cut[interval], let met = lastMet[interval] {
            // The cut fell short: back to where the interval met the goal.
            fallsShort[team][interval] = max(fallsShort[team][interval], agents[team][interval])
            fellShort[team][interval] = measured.teams[team][interval]
            for index in teams.indices { pending[index][interval] = met[index] }
            cut[interval] = nil
            lowerStep[interval] = 1
            continue
          }
          if interval > 0, let team = cutBefore[interval - 1], cut[interval] == nil,
            let met = lastMetBefore[interval - 1]
          {
            // The interval before had a cut, which left it a queue: that cut fell short.
            fallsShort[team][interval - 1] = max(
              fallsShort[team][interval - 1], agents[team][interval - 1])
            fellShort[team][interval - 1] = measured.teams[team][interval - 1]
            for index in teams.indices { pending[index][interval - 1] = met[index] }
            lastMet[interval - 1] = met
            reducible.removeAll { $0.interval == interval - 1 }
            lowerStep[interval - 1] = 1
            continue
          }
          for team in busy {
            if pending[team][interval] < most {
              pending[team][interval] += 1
            } else {
              frozenTeam[team][interval] = .atMaximum  // over the occupancy cap at the most
            }
          }
          if !queues.isEmpty { short.append(interval) }
          cut[interval] = nil
          continue
        }
        lastMet[interval] = teams.indices.map { agents[$0][interval] }
        if cut[interval] == nil { lowerStep[interval] = 1 }
        cut[interval] = nil
        let candidates = teams.indices.filter {
          frozenTeam[$0][interval] == nil && agents[$0][interval] > 0
            && agents[$0][interval] - 1 > fallsShort[$0][interval]
        }
        let slack = candidates.min {
          (measured.teams[$0][interval].occupancy.mean ?? 0, $0)
            < (measured.teams[$1][interval].occupancy.mean ?? 0, $1)
        }
        if let slack { reducible.append((interval, slack)) }
      }
      let hours = teams.indices.reduce(0.0) {
        $0
          + Staffing(teams: teams, agents: agents).agentHours(
            ofTeamAt: $1, intervalSeconds: forecast.intervalSeconds)
      }
      progress?(.init(pass: simulations, intervalsShort: missing, agentHours: hours))
      if allMet { best = (agents, measured) }
      if allMet && reducible.isEmpty {
        converged = true
        break
      }
      guard rounds < options.maxPasses else { break }

      // Probe each team that could take a short queue's calls, one agent more.
      var eligible: [Int: [Int]] = [:]
      for interval in short {
        var open = Set<Int>()
        for queue in shortQueues(measured, interval) {
          let teamsOfQueue = plan.queueTeams[queue].filter { agents[$0][interval] < most }
          if teamsOfQueue.isEmpty {
            freeze(queue, interval, plan.queueTeams[queue].isEmpty ? .outOfReach : .atMaximum)
          }
          open.formUnion(teamsOfQueue)
        }
        if !open.isEmpty { eligible[interval] = open.sorted() }
      }
      var probes: [Int: Measured] = [:]
      for team in teams.indices {
        let intervals = eligible.keys.filter { eligible[$0]!.contains(team) }.sorted()
        guard !intervals.isEmpty else { continue }
        var probe = agents
        for interval in intervals { probe[team][interval] += 1 }
        probes[team] = try simulate(probe)
      }
      for interval in eligible.keys.sorted() {
        var chosen: (team: Int, gain: Double)?
        var remaining = 0.0
        for queue in shortQueues(measured, interval) {
          let missed = shortfall(measured, queue, interval)
          let gains = plan.queueTeams[queue].compactMap { team in
            probes[team].map { missed - shortfall($0, queue, interval) }
          }
          let gain = gains.max() ?? 0
          guard gain > 0.001 else {
            // One more agent on any of its teams changes nothing measurable (an overloaded
            // interval, or calls held past the threshold): one, two, four more on each, then
            // given up.
            if raiseStep[queue][interval] > 4 {
              freeze(queue, interval, .outOfReach)
            } else {
              for team in plan.queueTeams[queue] where agents[team][interval] < most {
                pending[team][interval] = min(
                  most,
                  max(pending[team][interval], agents[team][interval] + raiseStep[queue][interval]))
              }
              raiseStep[queue][interval] *= 2
            }
            continue
          }
          // Agents help too little when even the straight line through the best gain — more
          // than the truth, the service level flattening as agents are added — reaches the
          // goal only past twice the queue's Erlang requirement (and 8 agents more): out of
          // reach (calls held for an owner past the threshold, say).
          if (missed / gain).rounded(.up) > Double(max(plan.queueErlang[queue][interval].agents, 8))
          {
            freeze(queue, interval, .outOfReach)
            continue
          }
          remaining += missed
        }
        guard remaining > 0 else { continue }
        // The team whose one more agent brings the interval's queues nearest the goal.
        for team in eligible[interval]! {
          guard let probed = probes[team], frozenTeam[team][interval] == nil else { continue }
          let gain = shortQueues(measured, interval).reduce(0.0) {
            $0 + shortfall(measured, $1, interval) - shortfall(probed, $1, interval)
          }
          if gain > (chosen?.gain ?? 0.001) { chosen = (team, gain) }
        }
        guard let chosen else { continue }
        let needed = Int((remaining / chosen.gain).rounded(.up))
        let step = min(8, max(1, needed), most - agents[chosen.team][interval])
        pending[chosen.team][interval] = max(
          pending[chosen.team][interval], agents[chosen.team][interval] + step)
      }
      // Cuts where the neighbours meet the goal, and never in two intervals in a row: a cut
      // can leave the next interval a queue, and would be blamed with another's.
      var cutting = Set<Int>()
      for (interval, team) in reducible
      where !cutting.contains(interval - 1) && !notMet.contains(interval - 1)
        && !notMet.contains(interval + 1)
      {
        cutting.insert(interval)
        let drop = min(lowerStep[interval], agents[team][interval] - fallsShort[team][interval] - 1)
        pending[team][interval] = agents[team][interval] - drop
        cut[interval] = team
        lowerStep[interval] *= 2
      }
      agents = pending
    }
    var final = best ?? last
    if !converged {
      // Stopped at the limit, with cuts under way: each interval short in the last simulation
      // back at the staffing it last met the goal with, simulated once more; kept if it meets
      // the goal everywhere, or if no staffing did.
      var composite = last.agents
      for interval in judged(last.measured)
      where !shortQueues(last.measured, interval).isEmpty
        || !overOccupied(last.measured, interval).isEmpty
      {
        guard let met = lastMet[interval] else { continue }
        for team in teams.indices { composite[team][interval] = met[team] }
      }
      if composite != last.agents {
        let measured = try simulate(composite)
        let meets = judged(measured).allSatisfy {
          shortQueues(measured, $0).isEmpty && overOccupied(measured, $0).isEmpty
        }
        if meets || best == nil { final = (composite, measured) }
      }
    }
    // Why each queue misses the goal in each interval with the staffing found, and each
    // interval (the first reason of its queues, then its teams' occupancy).
    var queueUnmet = plan.queues.map { _ in
      [StaffingResult.Unmet?](repeating: nil, count: intervalCount)
    }
    var unmet: [StaffingResult.Unmet?] = Array(repeating: nil, count: intervalCount)
    for interval in judged(final.measured) {
      for queue in shortQueues(final.measured, interval, all: true) {
        queueUnmet[queue][interval] = frozenQueue[queue][interval] ?? .passes
        unmet[interval] = unmet[interval] ?? queueUnmet[queue][interval]
      }
      for team in overOccupied(final.measured, interval, all: true) {
        unmet[interval] = unmet[interval] ?? frozenTeam[team][interval] ?? .passes
      }
    }
    // What one agent fewer measured, where the answer's count is one above one seen short.
    let withOneFewer = teams.indices.map { team in
      (0..<intervalCount).map { interval in
        fallsShort[team][interval] == final.agents[team][interval] - 1
          ? fellShort[team][interval] : nil
      }
    }
    return plan.result(
      agents: final.agents, measured: final.measured, withOneFewer: withOneFewer, unmet: unmet,
      queueUnmet: queueUnmet,
      queueGoals: queueGoals, goal: goal, options: options, simulations: simulations,
      rounds: rounds, converged: converged)
  }
}
