import ContactCentre
import SimKernel

extension RunSummary {
  /// One agent slot (an agent on one shift) over the replications: counts and times summed.
  public struct AgentScope: Sendable {
    public var slot: CentreConfiguration.RosterSlot
    public var tally = AgentTally()
    /// State times; zero unless agent times were kept (the detail of `--out`).
    public var times: StateTimes
    /// The outcomes the agent closed inbound and outbound calls with.
    public var inbound = OutcomeCounts()
    public var outbound = OutcomeCounts()
  }

  /// Every roster slot's figures, summed over the replications: the rows of `agents.csv` and
  /// of the report's agent table.
  public func agentScopes() -> [AgentScope] {
    let reasons = configuration.vocabulary.notReadyReasons.count
    var rows = configuration.roster.map {
      AgentScope(slot: $0, times: StateTimes(reasons: reasons))
    }
    for run in runs {
      for index in rows.indices {
        if index < run.agents.count { rows[index].tally.merge(run.agents[index]) }
        if index < run.agentTimes.count { rows[index].times.merge(run.agentTimes[index]) }
        if index < run.agentOutcomes.count { rows[index].inbound.merge(run.agentOutcomes[index]) }
        if index < run.outboundAgentOutcomes.count {
          rows[index].outbound.merge(run.outboundAgentOutcomes[index])
        }
      }
    }
    return rows
  }

  /// Whether agent time was kept per reporting interval and team in every replication.
  public var hasIntervalStates: Bool {
    !runs.isEmpty
      && runs.allSatisfy {
        $0.intervalStates.count == configuration.intervalCount * configuration.teams.count
      }
  }

  /// The agents of a set of teams by state on average over one reporting interval, the mean
  /// over replications: agent time in the states divided by the interval's length.
  public struct AverageAgents: Sendable {
    /// The teams' agent time over the interval, summed over replications.
    public var times: StateTimes
    /// The interval's length times the replications, seconds.
    public var span: Double

    /// The average number of agents in any of `states`.
    public func agents(in states: [AgentState]) -> Double {
      span > 0 ? states.reduce(0) { $0 + times[$1].seconds } / span : 0
    }

    /// The average number of agents in `state`.
    public subscript(state: AgentState) -> Double { agents(in: [state]) }
  }

  /// The agents of `teams` by state on average over reporting interval `interval`: the
  /// agents-by-state figures of `intervals.csv` and of the report. Nil without agent time per
  /// interval.
  public func averageAgents(interval: Int, teams: [Int]) -> AverageAgents? {
    guard hasIntervalStates else { return nil }
    var times = StateTimes(reasons: configuration.vocabulary.notReadyReasons.count)
    for run in runs {
      for team in teams {
        times.merge(run.intervalStates[interval * configuration.teams.count + team])
      }
    }
    let start = configuration.interval * Int64(interval)
    let length = min(configuration.interval, configuration.duration - start)
    return AverageAgents(times: times, span: length.seconds * Double(runs.count))
  }
}
