import SimKernel

extension Centre {
  /// Once the call and its wrap-up are done: clerical work left over from a cut ACW, else
  /// whatever is next. After the shift's end the agent logs out and the clerical work is not
  /// done (docs §9, Shifts): the cut may fall after the end, when the call in hand ran past it.
  mutating func afterWork(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    if clericalWorkMayWait && letClericalWorkWait(agent: agent, in: &simulation) { return }
    let clerical = agents[agent].plans.clerical
    guard clerical > .zero, !agents[agent].plans.logout else {
      agents[agent].plans.clerical = .zero
      becomeAvailable(agent: agent, in: &simulation)
      return
    }
    agents[agent].plans.clerical = .zero
    goNotReady(
      agent: agent, reason: vocabulary.clerical, cause: .clerical, for: clerical, in: &simulation)
  }

  /// The agent is free: log out if the shift has ended, take a pending break or unscheduled
  /// NotReady, or take the next work — their incidents, outbound work kept for now, exception
  /// work in reserved hours, a waiting call, other outbound or exception work — or be Ready
  /// (team leaders who take no calls stay NotReady in the vocabulary's team-leader reason).
  mutating func becomeAvailable(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    if agents[agent].plans.logout {
      agents[agent].plans.logout = false
      agents.move(agent, to: .offShift, at: now, recorder: &recorder)
      return
    }
    if agents[agent].plans.scheduledPeriod >= 0 {
      let index = Int(agents[agent].plans.scheduledPeriod)
      agents[agent].plans.scheduledPeriod = -1
      startScheduledNotReady(agent: agent, index: index, in: &simulation)
      return
    }
    let team = Int(agents[agent].team)
    if agents[agent].plans.shrinkageRule >= 0 {
      let rule = Int(agents[agent].plans.shrinkageRule)
      agents[agent].plans.shrinkageRule = -1
      startShrinkage(
        agent: agent, rule: rule, for: agents[agent].plans.shrinkageLength, in: &simulation)
      return
    }
    // A problem or incident of the caseworker's comes before the calls.
    if backOffice.hasIncidents && !backOffice.work.isEmpty
      && startIncidentWork(agent: agent, in: &simulation)
    {
      return
    }
    if !agents[agent].takesCalls {
      goNotReady(
        agent: agent, reason: vocabulary.teamLeader, cause: .teamLeader, for: nil, in: &simulation)
      return
    }
    // Clerical work that waited past the moment the caseworker meant to go NotReady for it.
    if agents[agent].plans.clericalDue <= now {
      takeUpWaitingClericalWork(agent: agent, in: &simulation)
      return
    }
    if takeOtherWork(agent: agent, reserved: true, in: &simulation) { return }
    if let slot = router.takeWaitingCall(for: agent, team: team, calls: calls) {
      offer(slot: slot, to: agent, in: &simulation)
      return
    }
    if takeOtherWork(agent: agent, reserved: false, in: &simulation) { return }
    if agents.makeReady(agent, at: now, recorder: &recorder) {
      armIdleCheck(team: team, at: now + idleLogout, in: &simulation)
    }
  }

  /// Work besides the inbound calls for a free agent — outbound calls, then case-closure
  /// exception items, then service requests' activities — in the hours the team keeps agents for it (`reserved`), or when no call
  /// waits for them. Returns whether the agent took some.
  @inline(__always)
  mutating func takeOtherWork(
    agent: Int, reserved: Bool, in simulation: inout Simulation<CentreEvent>
  ) -> Bool {
    let now = simulation.now
    if let item = takeOutbound(agent: agent, reserved: reserved, now: now) {
      dial(slot: item, agent: agent, in: &simulation)
      return true
    }
    if backOffice.hasExceptions && takesExceptionItem(agent: agent, reserved: reserved, now: now) {
      startExceptionWork(agent: agent, in: &simulation)
      return true
    }
    // Service requests have no reserved hours: worked only when no call waits.
    return !reserved && !serviceRequests.isEmpty
      && startServiceRequestWork(agent: agent, in: &simulation)
  }

  /// NotReady with `reason` because of `cause`, for `length` (nil: until something else
  /// happens).
  mutating func goNotReady(
    agent: Int, reason: NotReadyReason, cause: NotReadyCause, for length: SimDuration?,
    in simulation: inout Simulation<CentreEvent>
  ) {
    let now = simulation.now
    let until = length.map { now + $0 } ?? .distantFuture
    agents.move(agent, to: .notReady(reason, cause, until: until), at: now, recorder: &recorder)
    guard length != nil else { return }
    let token = agents.timers.arm(agent)
    simulation.schedule(.notReadyEnd(agent: Int32(agent), token: token), at: until)
  }

  /// The NotReady period is over.
  mutating func endNotReady(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    if case .notReady(_, .exception, _) = agents[agent].activity {
      backOffice.exceptionBusy[Int(agents[agent].team)] -= 1
    }
    if !serviceRequests.isEmpty {
      endServiceRequestWork(agent: agent, cut: false, at: simulation.now)
    }
    becomeAvailable(agent: agent, in: &simulation)
  }

  /// Ready with no call offered and no NotReady for the idle-logout time: logged out. A team's
  /// Ready line is in the order its agents became Ready, so one check per team is pending at a
  /// time, due when the agent at the head of the line reaches the limit.
  mutating func checkIdle(team: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    while let agent = agents.longestIdle(team: team) {
      let due = agents[agent].since + idleLogout
      guard due <= now else {
        armIdleCheck(team: team, at: due, in: &simulation)
        return
      }
      agents.removeLongestIdle(team: team)
      logOutIdle(agent: agent, in: &simulation)
    }
  }

  @inline(__always)
  mutating func armIdleCheck(
    team: Int, at due: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) {
    let token = agents.idleChecks.arm(team)
    simulation.schedule(.idleCheck(team: Int32(team), token: token), at: due)
  }

  /// The idle timer logs the agent out; they notice and log back in after the relog delay.
  mutating func logOutIdle(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    if now >= countFrom { recorder.agentTally[agent].autoLogouts += 1 }
    agents.move(agent, to: .loggedOut, at: now, recorder: &recorder)
    let team = Int(agents[agent].team)
    if let delay = agents.behaviours[team].relogDelay {
      let back = now + delay.sampleDuration(using: &agents.relogRandom[team])
      if back < end {
        let token = agents.logins.arm(agent)
        simulation.schedule(.login(agent: Int32(agent), token: token), at: back)
      }
    }
  }

  /// Back after an idle logout (the shift has not ended meanwhile: that disarms the login).
  mutating func login(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    becomeAvailable(agent: agent, in: &simulation)
  }
}
