import SimKernel

extension Centre {
  /// The state of agent `agent` (in roster order) at `now` (no earlier than the last event
  /// handled) and, when NotReady, the reason.
  public func state(ofAgent agent: Int, at now: SimInstant) -> (
    state: AgentState, reason: NotReadyReason?
  ) {
    agents.state(of: agent, at: now)
  }

  /// How many calls are waiting in `plan`'s queue now (ringing calls excepted).
  ///
  /// - Complexity: O(calls in flight)
  public func callsWaiting(plan: Int) -> Int {
    var count = 0
    for slot in calls.indices where calls[slot].phase == .waiting && calls[slot].plan == plan {
      count += 1
    }
    return count
  }

  /// Callers who have rung so far (after the warm-up), for progress reports.
  public var callersSoFar: Int { recorder.callersSoFar }

  /// CC Pulse's view of the centre at `now` (no earlier than the last event handled): agents on
  /// shift or logged in, with their figures so far; queues with their waiting calls.
  public func snapshot(at now: SimInstant) -> PulseSnapshot {
    var lines: [PulseSnapshot.AgentLine] = []
    for agent in agents.indices where agents[agent].onShift || !agents[agent].isOffShift {
      let record = agents[agent]
      let (state, reason) = record.activity.state(at: now)
      lines.append(
        PulseSnapshot.AgentLine(
          agent: agent, team: Int(record.team), state: state, reason: reason,
          since: record.activity.stateBegan(at: now, since: record.since),
          onShift: record.onShift, tally: recorder.agentTally[agent]))
    }
    let queueCount = configuration.plans.count
    var queues = (0..<queueCount).map {
      PulseSnapshot.QueueLine(queue: $0, waiting: 0, longestWait: nil, calls: CallTally())
    }
    for index in recorder.callTallies.indices {
      queues[index % queueCount].calls.merge(recorder.callTallies[index])
    }
    // Calls answered by now whose handling is counted when it ends: answered, as Pulse shows.
    for agent in agents.indices {
      guard case .handling(let slot, let answer, _, _) = agents[agent].activity, answer <= now,
        calls[Int(slot)].counted
      else { continue }
      let wait = calls[Int(slot)].wait.microseconds
      queues[Int(calls[Int(slot)].plan)].calls.countAnswered(
        wait: wait,
        withinThreshold: recorder.conventions.isWithin(
          wait, threshold: recorder.serviceLevelThresholds[Int(calls[Int(slot)].plan)]),
        queued: !calls[Int(slot)].offeredAtOnce)
    }
    for slot in calls.indices where calls[slot].phase == .waiting {
      let queue = Int(calls[slot].plan)
      queues[queue].waiting += 1
      let wait = now - calls[slot].queuedAt
      queues[queue].longestWait = max(queues[queue].longestWait ?? .zero, wait)
    }
    return PulseSnapshot(time: now, agents: lines, queues: queues)
  }
}
