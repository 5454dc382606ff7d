import SimKernel

extension Recorder {
  /// Adds one update to every tally a call belongs to: its queue's in its interval, its line's
  /// and its IVR branch's (the run's and the queue's are summed at the end).
  @inline(__always)
  mutating func record(_ call: borrowing Call, _ update: (inout CallTally) -> Void) {
    record(call, tally: Int(call.tally), update)
  }

  /// Adds one update to the call tally `tally` (the call's queue in some interval), to its
  /// line's and to its IVR branch's.
  @inline(__always)
  mutating func record(
    _ call: borrowing Call, tally: Int, _ update: (inout CallTally) -> Void
  ) {
    update(&callTallies[tally])
    if !linesMirrorQueues { update(&lineTallies[Int(call.line)]) }
    if call.branch >= 0 { update(&branchTallies[Int(call.branch)]) }
  }

  /// A counted call entered its queue: offered (a redial, a transfer leg).
  @inline(__always)
  mutating func countOffered(_ call: borrowing Call) {
    let redial = call.isRedial
    let leg = call.isTransferLeg
    record(call) {
      $0.offered &+= 1
      if redial { $0.redials &+= 1 }
      if leg { $0.transferLegs &+= 1 }
    }
  }

  /// Counts an answered call in its tallies, its agent's team's and its agent's, and with a
  /// `handleTime` (its wrap-up done), its handling too, in the same pass: in the interval it
  /// queued in, or with `AnsweredCounted.atAnswer`, the one it was answered in.
  @inline(__always)
  mutating func countAnswered(
    _ call: borrowing Call, agent: Int, team: Int, handleTime: SimDuration?
  ) {
    let wait = call.wait.microseconds
    let threshold = serviceLevelThresholds[Int(call.plan)]
    let withinThreshold = conventions.isWithin(wait, threshold: threshold)
    let queued = !call.offeredAtOnce
    let tally = tally(of: call, at: call.queuedAt + call.wait)
    let teamTally = teamTally(team, callTally: tally)
    agentTally[agent].answered &+= 1
    guard let handle = handleTime?.microseconds else {
      record(call, tally: tally) {
        $0.countAnswered(wait: wait, withinThreshold: withinThreshold, queued: queued)
      }
      teamCallTallies[teamTally].countAnswered(
        wait: wait, withinThreshold: withinThreshold, queued: queued)
      return
    }
    record(call, tally: tally) {
      $0.countAnswered(wait: wait, withinThreshold: withinThreshold, queued: queued)
      $0.countHandled(handleTime: handle)
    }
    teamCallTallies[teamTally].countAnswered(
      wait: wait, withinThreshold: withinThreshold, queued: queued)
    teamCallTallies[teamTally].countHandled(handleTime: handle)
    agentTally[agent].handled &+= 1
    agentTally[agent].handleTime &+= handle
  }

  /// Counts the handling of a call counted as answered before (a transferred call), where its
  /// answer counted.
  @inline(__always)
  mutating func countHandled(
    _ call: borrowing Call, agent: Int, team: Int, handleTime: SimDuration
  ) {
    let handle = handleTime.microseconds
    let tally = tally(of: call, at: call.queuedAt + call.wait)
    record(call, tally: tally) { $0.countHandled(handleTime: handle) }
    teamCallTallies[teamTally(team, callTally: tally)].countHandled(handleTime: handle)
    agentTally[agent].handled += 1
    agentTally[agent].handleTime += handle
  }

  /// A counted call closes with its outcome, counted for its queue, line, the agent's team and
  /// the agent; with an interpreter, for the interpretation service (`handleTime`: the
  /// wrap-up is done).
  @inline(__always)
  mutating func countOutcome(
    _ call: borrowing Call, agent: Int, team: Int, handleTime: SimDuration?
  ) {
    let outcome = call.outcome
    tallyOutcomes.add(outcome, row: Int(call.tally))
    if !linesMirrorQueues { lineOutcomes.add(outcome, row: Int(call.line)) }
    teamOutcomes.add(outcome, row: team)
    if keepsIntervals { agentOutcomes.add(outcome, row: agent) }
    if call.interpreted {
      statistics.interpretation.answered += 1
      if let handleTime {
        statistics.interpretation.handled += 1
        statistics.interpretation.handleTime += handleTime.microseconds
      }
    }
  }

  /// A counted caller hung up at `now`, waiting or while it rang: in the interval it queued
  /// in, or with `AnsweredCounted.atAnswer`, the one it hung up in.
  @inline(__always)
  mutating func countAbandoned(_ call: borrowing Call, at now: SimInstant) {
    let wait = (now - call.queuedAt).microseconds
    let short = wait <= shortAbandon
    let queued = !call.offeredAtOnce
    let threshold = serviceLevelThresholds[Int(call.plan)]
    let within = !short && conventions.isWithin(wait, threshold: threshold)
    record(call, tally: tally(of: call, at: now)) {
      $0.abandoned &+= 1
      $0.waited &+= 1
      if queued { $0.notOfferedAtOnce &+= 1 }
      if short { $0.shortAbandoned &+= 1 }
      if within { $0.abandonedWithinThreshold &+= 1 }
      if wait > $0.longestWait { $0.longestWait = wait }
    }
  }

  /// An outbound call's work is done: counted for the team and the agent.
  mutating func countOutbound(
    outcome: Outcome, handleTime: Int64, agent: Int, team: Int
  ) {
    statistics.outbound[team].handled += 1
    statistics.outbound[team].handleTime += handleTime
    agentTally[agent].outboundHandled += 1
    agentTally[agent].outboundHandleTime += handleTime
    outboundTeamOutcomes.add(outcome, row: team)
    if keepsIntervals { outboundAgentOutcomes.add(outcome, row: agent) }
  }
}
