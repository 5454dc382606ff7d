import SimKernel

/// The rules every run must keep (PRODUCT §8 and the seeds' timers), checked while it runs when
/// checks are on (`--check`, and always in debug builds and tests): the first broken rule stops
/// the run, naming the event.
extension Centre {
  /// Checks the agents and calls the event touched, and every agent now and then.
  mutating func checkRules(after event: CentreEvent, at now: SimInstant) {
    guard violation == nil else { return }
    checkedEvents &+= 1
    var broken: String? = agents.illegalMove
    switch event {
    case .ringEnd(let agent, _), .handlingEnd(let agent, _), .notReadyEnd(let agent, _),
      .wrapUpEnd(let agent, _), .consultEnd(let agent, _), .outboundEnd(let agent, _),
      .transferStart(let agent, _), .login(let agent, _), .problem(let agent, _),
      .clericalDue(let agent):
      if broken == nil { broken = checkAgent(Int(agent), at: now) }
    case .incident(let index):
      if broken == nil { broken = checkIncident(Int(index)) }
    case .arrival, .redial, .leaveIVR, .callTimer, .outboundRetry, .activityPlan, .idleCheck,
      .roster, .shrinkage, .exceptionBatch, .exceptionItem, .serviceRequest, .casegroupsChange,
      .backlog:
      break
    }
    if broken == nil && checkedEvents % 1024 == 0 {
      for agent in agents.indices {
        broken = checkAgent(agent, at: now)
        if broken != nil { break }
      }
    }
    if let broken {
      violation = "t = \(now.microseconds) µs, after \(event.traceName.kind): \(broken)"
    }
  }

  /// One agent's rules: Ready no longer than the idle-logout time; not in ACW past the limit;
  /// the call in hand theirs, and not waiting or gone.
  func checkAgent(_ agent: Int, at now: SimInstant) -> String? {
    let record = agents[agent]
    switch record.activity {
    case .ready:
      if now - record.since > idleLogout {
        return "agent \(agent) has been Ready for \(now - record.since), past the idle logout"
      }
    case .ringing(let slot, _, _), .handling(let slot, _, _, _):
      let call = calls[Int(slot)]
      if call.phase == .free || call.phase == .waiting || call.agent != Int32(agent) {
        return "agent \(agent) is \(record.activity.kind) on call slot \(slot), which is not theirs"
      }
    case .consulting(let slot, _, _), .wrappingUp(let slot, _):
      if case .wrappingUp = record.activity, now - record.since > acwLimit {
        return "agent \(agent) has been in ACW for \(now - record.since), past the limit"
      }
      let call = calls[Int(slot)]
      if call.phase == .free || call.phase == .waiting {
        return "agent \(agent) is \(record.activity.kind) on call slot \(slot), which is not theirs"
      }
    case .offShift, .loggedOut, .notReady, .outbound:
      break
    }
    return nil
  }

  /// An incident's rules: an incident on a call to AAC has a call; a lock-assigned case is
  /// locked while the incident is open, and no longer by it once it is closed.
  func checkIncident(_ index: Int) -> String? {
    let incident = backOffice.open[index]
    if backOffice.openIncidents < 0 {
      return "more incidents closed than were raised"
    }
    if incident.locked
      && (incident.stage != .closed)
        != backOffice.locks.holds(casegroup: incident.casegroup, incident: Int32(index))
    {
      return
        "incident \(index) (\(incident.stage)) and the lock of its casegroup \(incident.casegroup) disagree"
    }
    return nil
  }

  /// A redirect on no answer comes exactly at the RONA timeout after the call was offered.
  func checkRedirect(agent: Int, at now: SimInstant) -> String? {
    let offered = agents[agent].since
    guard now - offered == ronaTimeout else {
      return "agent \(agent)'s call was redirected \(now - offered) after it was offered"
    }
    return nil
  }

  /// At the end: every agent's state times add up to the time observed.
  func checkAgentTimes(at now: SimInstant) -> String? {
    let observed = max(now.microseconds - countFrom.microseconds, 0)
    for agent in agents.indices {
      let total = recorder.times(agent: agent).reduce(0, +)
      if total != observed {
        return "agent \(agent): state times add up to \(total) µs, not the \(observed) µs observed"
      }
    }
    return nil
  }

  /// At the end: calls conserved per queue, one outcome per answered call (`atAnswer`: calls
  /// answered at the end are still talking, without an outcome yet, so no more outcomes than
  /// answered calls).
  static func checkTotals(
    _ statistics: RunStatistics, queues: [RoutingPlan], atAnswer: Bool = false
  ) -> String? {
    for (queue, tally) in statistics.queues.enumerated() {
      if tally.offered != tally.answered + tally.abandoned + tally.unresolvedAtEnd {
        return "queue \(queues[queue].id): offered \(tally.offered) ≠ answered "
          + "\(tally.answered) + abandoned \(tally.abandoned) + unresolved \(tally.unresolvedAtEnd)"
      }
      let outcomes = statistics.queueOutcomes[queue].total
      if atAnswer ? outcomes > tally.answered : outcomes != tally.answered {
        return "queue \(queues[queue].id): \(statistics.queueOutcomes[queue].total) "
          + "outcomes for \(tally.answered) answered calls"
      }
    }
    return nil
  }
}
