import SimKernel

extension Centre {
  /// Closes the books at the end of the run: outbound work never dialled, transferred calls
  /// still held or wrapped up (answered already, they close now), calls whose talk is over
  /// and whose wrap-up is not (answered, not handled), every agent's time up to `now`, the
  /// back office's open work, and calls still in the centre (unresolved).
  mutating func closeBooks(at now: SimInstant) {
    for slot in outbound.waitingSlots()
    where outbound.items[slot].counted && outbound.items[slot].attempts == 0 {
      recorder.statistics.outbound[Int(outbound.items[slot].team)].notMade += 1
    }
    // Transferred calls still held or wrapped up: answered already, they close now, unfinished.
    for agent in agents.indices {
      let team = Int(agents[agent].team)
      switch agents[agent].activity {
      case .consulting(let slot, _, _):
        let call = calls[Int(slot)]
        let talkEnd = call.queuedAt + call.wait + call.talk
        close(slot: Int(slot), agent: agent, handleTime: nil)
        recorder.log.keepCall(
          call, agent: agent, team: team, answered: call.queuedAt + call.wait, ended: now,
          end: .unfinished, hold: now - talkEnd)
      case .wrappingUp(let slot, _):
        let call = calls[Int(slot)]
        let talkEnd = call.queuedAt + call.wait + call.talk
        close(slot: Int(slot), agent: agent, handleTime: nil)
        recorder.log.keepCall(
          call, agent: agent, team: team, answered: call.queuedAt + call.wait, ended: now,
          end: .unfinished, hold: agents[agent].since - talkEnd, acw: now - agents[agent].since)
      case .outbound(let item, _, _) where outbound.items[Int(item)].dialledAt >= countFrom:
        let work = outbound.items[Int(item)]
        recorder.log.keepOutboundCall(
          work, connected: vocabulary.behaviour(of: work.outcome).isConnected, agent: agent,
          team: team, ended: now, end: work.talkEnd > now ? .unresolved : .unfinished)
      default:
        break
      }
    }
    for agent in agents.indices {
      guard case .handling(let slot, _, let talkEnd, _) = agents[agent].activity else { continue }
      let call = calls[Int(slot)]
      // The caller has gone and the agent is wrapping up: an answered call, not yet handled.
      guard call.counted && talkEnd <= now else { continue }
      calls[Int(slot)].phase = .wrappingUp
      recorder.countAnswered(call, agent: agent, team: Int(agents[agent].team), handleTime: nil)
      close(slot: Int(slot), agent: agent, handleTime: nil)
      recorder.log.keepCall(
        call, agent: agent, team: Int(agents[agent].team), answered: call.queuedAt + call.wait,
        ended: now, end: .unfinished, acw: now - talkEnd)
    }
    recorder.log.flush(through: now)
    agents.closeBooks(at: now, recorder: &recorder)
    if backOffice.hasAACLines || backOffice.hasExceptions {
      closeIncidentBooks()
      recorder.statistics.exceptions.openAtEnd =
        backOffice.exceptionQueue.reduce(0, +) + backOffice.exceptionsInTransit
      let last = configuration.intervalCount - 1
      if last >= 0 && now >= end {
        if last < recorder.statistics.incidentBacklog.count {
          recorder.statistics.incidentBacklog[last] = backOffice.openIncidents
        }
        if last < recorder.statistics.exceptionBacklog.count {
          recorder.statistics.exceptionBacklog[last] = recorder.statistics.exceptions.openAtEnd
        }
      }
    }
    if !serviceRequests.isEmpty {
      let interval =
        now >= end ? configuration.intervalCount - 1 : Int(now.microseconds / intervalLength)
      sampleServiceRequests(interval: interval, at: now, atEnd: true)
    }
    for slot in calls.indices {
      let call = calls[slot]
      if call.counted && recorder.countsAtAnswer {
        countAtAnswer(call, at: now)
      } else if call.counted && [.waiting, .ringing, .talking].contains(call.phase) {
        recorder.record(call) { $0.unresolvedAtEnd += 1 }
      }
      if call.counted && [.inIVR, .waiting, .ringing, .talking].contains(call.phase) {
        let agent = call.phase == .waiting || call.phase == .inIVR ? -1 : Int(call.agent)
        let answeredAt = call.queuedAt + call.wait
        let answered = call.phase == .talking && answeredAt <= now ? answeredAt : nil
        recorder.log.keepCall(
          call, agent: agent, team: agent >= 0 ? Int(agents[agent].team) : -1,
          answered: answered, ended: now, end: .unresolved, queued: call.phase != .inIVR)
      }
      if call.counted && call.phase == .inIVR {
        recorder.statistics.inIVRAtEnd[Int(call.line)] += 1
      }
    }
  }

  /// A call still in the centre at the end when answers count at answer
  /// (`AnsweredCounted.atAnswer`): talking, it counts as answered (in the interval of its
  /// answer); still waiting or ringing, it is unresolved, and missed in the service level of
  /// the last interval when it has waited past the threshold.
  private mutating func countAtAnswer(_ call: borrowing Call, at now: SimInstant) {
    let answeredAt = call.queuedAt + call.wait
    if call.phase == .talking && answeredAt <= now {
      recorder.countAnswered(
        call, agent: Int(call.agent), team: Int(agents[Int(call.agent)].team), handleTime: nil)
      return
    }
    guard [.waiting, .ringing, .talking].contains(call.phase) else { return }
    recorder.record(call) { $0.unresolvedAtEnd += 1 }
    let wait = (now - call.queuedAt).microseconds
    let threshold = recorder.serviceLevelThresholds[Int(call.plan)]
    guard !recorder.conventions.isWithin(wait, threshold: threshold) else {
      return
    }
    recorder.record(call, tally: recorder.tally(of: call, at: now)) { $0.missedAtEnd += 1 }
  }
}
