import SimKernel

extension Centre {
  /// The centre at `time` (no earlier than the last event handled) as a snapshot: every agent
  /// on shift or logged in with their state, time in it and the queue of the call in hand;
  /// every queue's waiting callers (ringing ones are their agents' calls) with their waits,
  /// longest first; the actuals of every reporting interval begun by then (with `intervals`).
  public func now(at time: SimInstant) -> CentreNow {
    var agentsNow: [CentreNow.Agent] = []
    for agent in agents.indices where agents[agent].onShift || !agents[agent].isOffShift {
      let record = agents[agent]
      let (state, reason) = record.activity.state(at: time)
      let began = record.activity.stateBegan(at: time, since: record.since)
      agentsNow.append(
        CentreNow.Agent(
          agent: agent, state: state, reason: reason, inState: time - began,
          queue: record.activity.call.map { Int(calls[$0].plan) }))
    }
    var waits = Array(repeating: [SimDuration](), count: configuration.plans.count)
    for slot in calls.indices where calls[slot].phase == .waiting {
      waits[Int(calls[slot].plan)].append(time - calls[slot].queuedAt)
    }
    let queues = waits.enumerated().compactMap { plan, waits in
      waits.isEmpty ? nil : CentreNow.Queue(queue: plan, waits: waits.sorted(by: >))
    }
    return CentreNow(
      time: time, agents: agentsNow, queues: queues, actuals: actuals(before: time))
  }

  /// Each queue's tallies of the reporting intervals begun before `time`, without empty ones.
  private func actuals(before time: SimInstant) -> [CentreNow.Actual] {
    let queueCount = configuration.plans.count
    guard recorder.callTallies.count > queueCount else { return [] }
    let begun = Int((time.microseconds - 1) / intervalLength) + 1
    var actuals: [CentreNow.Actual] = []
    for interval in 0..<min(begun, recorder.callTallies.count / queueCount) {
      for queue in 0..<queueCount {
        let tally = recorder.callTallies[interval * queueCount + queue]
        guard tally.offered > 0 || tally.answered > 0 || tally.abandoned > 0 else { continue }
        actuals.append(
          CentreNow.Actual(
            queue: queue, interval: interval, offered: tally.offered, answered: tally.answered,
            abandoned: tally.abandoned, answeredWithinThreshold: tally.answeredWithinThreshold,
            handled: tally.handled, handleTime: SimDuration(microseconds: tally.handleTime),
            answeredWait: SimDuration(microseconds: tally.answeredWait)))
      }
    }
    return actuals
  }
}

extension CentreRun {
  /// Replication `replication` of `configuration` run to `time`, and the centre then as a
  /// snapshot (`ccsim pulse --snapshot`); nil if the run loops at an instant before it.
  public static func now(
    _ configuration: CentreConfiguration, replication: Int, at time: SimInstant
  ) -> CentreNow? {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(configuration: configuration, replication: replication, intervals: true)
    simulation.instantBudget = centre.instantBudget
    centre.start(in: &simulation)
    advance(&simulation, &centre, to: time)
    guard !simulation.isStalled else { return nil }
    return centre.now(at: time)
  }
}
