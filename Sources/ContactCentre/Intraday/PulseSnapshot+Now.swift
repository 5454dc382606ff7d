import SimKernel

extension PulseSnapshot {
  /// CC Pulse's view of a snapshot (`ccsim pulse --from`): its agents in their states since
  /// their times (with no figures of their own: a snapshot holds none), its queues with their
  /// waiting callers and the day's actuals so far as their calls.
  public init(_ now: CentreNow, configuration: CentreConfiguration) {
    let roster = configuration.roster
    let agents = now.agents.map { agent in
      AgentLine(
        agent: agent.agent, team: roster[agent.agent].team, state: agent.state,
        reason: agent.reason, since: now.time - agent.inState, onShift: true,
        tally: AgentTally())
    }
    var queues = configuration.plans.indices.map {
      QueueLine(queue: $0, waiting: 0, longestWait: nil, calls: CallTally())
    }
    for queue in now.queues where queues.indices.contains(queue.queue) {
      queues[queue.queue].waiting = queue.waits.count
      queues[queue.queue].longestWait = queue.waits.max()
    }
    for actual in now.actuals where queues.indices.contains(actual.queue) {
      var tally = CallTally()
      tally.offered = actual.offered
      tally.answered = actual.answered
      tally.abandoned = actual.abandoned
      tally.answeredWithinThreshold = actual.answeredWithinThreshold
      tally.handled = actual.handled
      tally.handleTime = actual.handleTime?.microseconds ?? 0
      tally.answeredWait = actual.answeredWait?.microseconds ?? 0
      queues[actual.queue].calls.merge(tally)
      if actual.answered > 0 && actual.answeredWait == nil {
        queues[actual.queue].waitsKnown = false
      }
    }
    self.init(time: now.time, agents: agents, queues: queues)
  }
}
