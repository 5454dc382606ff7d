import ContactCentre
import SimKernel

/// What the joint staffing search works on: the teams and queues, each queue's forecast and
/// Erlang requirement, today's roster, the split of each queue between its teams, and the
/// seed that split gives (``JointStaffingSearch``, step 1).
struct JointStaffingPlan {
  /// Every team the first to be offered some forecast queue's calls, with those queues.
  let teams: [StaffedTeam]
  /// The queues the forecast calls reach, in plan order.
  let queues: [Int]
  /// Per queue (index into `queues`): the staffed teams (indices into `teams`) it offers its
  /// calls to first.
  let queueTeams: [[Int]]
  /// Per queue and interval: the forecast, and the Erlang requirement as one pool.
  let queueCells: [[WorkloadForecast.Cell]]
  let queueErlang: [[(agents: Int, result: ErlangResult?)]]
  /// Per staffed team and interval: today's roster, the team's share of its queues' forecast
  /// (calls and work, in proportion to its split), and its seed.
  let roster: [[Double]]
  let teamCells: [[WorkloadForecast.Cell]]
  let seed: [[Int]]
  let configuration: CentreConfiguration
  let intervalSeconds: [Double]

  init(
    _ configuration: CentreConfiguration, forecast: WorkloadForecast, goal: StaffingGoal,
    maxAgents: Int?
  ) {
    self.configuration = configuration
    intervalSeconds = forecast.intervalSeconds
    let queues = forecast.queuesWithCalls
    let first = configuration.queueTeams.first
    let teams = configuration.teams.indices.compactMap { team in
      let own = queues.filter { first[$0].contains(team) }
      return own.isEmpty ? nil : StaffedTeam(team: team, queues: own)
    }
    self.teams = teams
    self.queues = queues
    let queueTeams = queues.map { queue in teams.indices.filter { teams[$0].queues.contains(queue) }
    }
    self.queueTeams = queueTeams
    let intervalCount = configuration.intervalCount
    queueCells = queues.map { queue in
      (0..<intervalCount).map { forecast.cell(interval: $0, queues: [queue]) }
    }
    queueErlang = zip(queues, queueCells).map { queue, cells in
      let own = goal.overridden(by: configuration.plans[queue].goal)
      return cells.indices.map {
        StaffingSearch.erlangRequirement(
          cells[$0], seconds: forecast.intervalSeconds[$0], goal: own)
      }
    }
    let interval = configuration.interval
    let roster = teams.map { staffed in
      (0..<intervalCount).map { index in
        let start = interval * Int64(index)
        return configuration.teams[staffed.team].rosteredAgents(
          from: start, to: min(configuration.duration, start + interval))
      }
    }
    self.roster = roster
    var teamCells = teams.map { _ in
      [WorkloadForecast.Cell](repeating: .init(), count: intervalCount)
    }
    var seed = teams.map { _ in [Int](repeating: 0, count: intervalCount) }
    for index in 0..<intervalCount {
      var shares = [Double](repeating: 0, count: teams.count)
      var total = 0
      for (queue, sharing) in queueTeams.enumerated() where !sharing.isEmpty {
        let weights = Self.split(sharing.map { roster[$0][index] })
        let agents = queueErlang[queue][index].agents
        total += agents
        for (team, weight) in zip(sharing, weights) {
          shares[team] += Double(agents) * weight
          teamCells[team][index].merge(Self.scaled(queueCells[queue][index], by: weight))
        }
      }
      let apportioned = Self.apportion(shares, total: total)
      for team in teams.indices { seed[team][index] = min(apportioned[team], maxAgents ?? .max) }
    }
    self.teamCells = teamCells
    self.seed = seed
  }

  /// The split of a queue between the teams sharing it: in proportion to `rosters`, equally
  /// when none has agents.
  static func split(_ rosters: [Double]) -> [Double] {
    let sum = rosters.reduce(0, +)
    guard sum > 0 else { return rosters.map { _ in 1 / Double(rosters.count) } }
    return rosters.map { $0 / sum }
  }

  /// Whole agents summing to `total` from fractional `shares` summing to it: each share's
  /// whole part, then one more to the largest remainders (the first team on a tie) — Hamilton's
  /// apportionment.
  static func apportion(_ shares: [Double], total: Int) -> [Int] {
    var whole = shares.map { Int(($0 + 1e-9).rounded(.down)) }
    let left = total - whole.reduce(0, +)
    let order = shares.indices.sorted {
      (shares[$0] - Double(whole[$0]), -$0) > (shares[$1] - Double(whole[$1]), -$1)
    }
    for team in order.prefix(max(0, left)) { whole[team] += 1 }
    return whole
  }

  /// `cell`'s calls and work times `weight`.
  static func scaled(_ cell: WorkloadForecast.Cell, by weight: Double) -> WorkloadForecast.Cell {
    var scaled = cell
    scaled.calls *= weight
    scaled.handleSeconds *= weight
    scaled.patientCalls *= weight
    scaled.patienceSeconds *= weight
    return scaled
  }

  /// The search's answer with staffing `agents` and what its simulation `measured`.
  func result(
    agents: [[Int]], measured: JointStaffingSearch.Measured,
    withOneFewer: [[IntervalPerformance?]], unmet: [StaffingResult.Unmet?],
    queueUnmet: [[StaffingResult.Unmet?]],
    queueGoals: [StaffingGoal], goal: StaffingGoal, options: StaffingSearch.Options,
    simulations: Int, rounds: Int, converged: Bool
  ) -> StaffingResult {
    let staffing = Staffing(teams: teams, agents: agents)
    let seeded = Staffing(teams: teams, agents: seed)
    let intervals = 0..<configuration.intervalCount
    let teamRows = teams.indices.map { index in
      StaffingResult.TeamRows(
        team: teams[index], id: configuration.teams[teams[index].team].id,
        rows: intervals.map { interval in
          let count = agents[index][interval]
          let fewer = withOneFewer[index][interval]
          return StaffingResult.Row(
            interval: interval, forecast: teamCells[index][interval],
            erlangAgents: seed[index][interval], erlang: nil, agents: count,
            performance: measured.teams[index][interval], withOneFewer: fewer,
            isOutOfReach: teams[index].queues.contains {
              queueUnmet[queues.firstIndex(of: $0)!][interval] == .outOfReach
            }, roster: roster[index][interval])
        },
        erlangAgentHours: seeded.agentHours(ofTeamAt: index, intervalSeconds: intervalSeconds),
        agentHours: staffing.agentHours(ofTeamAt: index, intervalSeconds: intervalSeconds),
        rosterAgentHours: zip(roster[index], intervalSeconds).reduce(0) { $0 + $1.0 * $1.1 }
          / 3600)
    }
    let queueRows = queues.indices.map { index in
      StaffingResult.QueueRows(
        queue: queues[index], id: configuration.queues[queues[index]].id,
        teams: queueTeams[index].map { teams[$0].team },
        rows: intervals.map { interval in
          let performance = measured.queues[index][interval]
          return StaffingResult.QueueRow(
            interval: interval, forecast: queueCells[index][interval],
            erlangAgents: queueErlang[index][interval].agents,
            erlang: queueErlang[index][interval].result, performance: performance,
            meetsGoal: !performance.isMeasured || queueGoals[index].isMet(by: performance),
            unmet: queueUnmet[index][interval])
        },
        goal: configuration.plans[queues[index]].goal == nil ? nil : queueGoals[index])
    }
    return StaffingResult(
      teams: teamRows, staffing: staffing, configuration: staffing.applied(to: configuration),
      goal: goal, replications: options.replications, passes: simulations,
      converged: converged, meetsGoal: !unmet.contains { $0 != nil }, queues: queueRows,
      unmet: unmet, maxAgents: options.maxAgents, rounds: rounds)
  }
}
