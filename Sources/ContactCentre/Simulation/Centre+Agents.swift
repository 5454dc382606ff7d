import SimKernel

extension Centre {
  /// Moves an agent to `state`, adding the time spent in the old state after the warm-up.
  @inline(__always)
  mutating func setState(
    agent: Int, to state: AgentState, reason: NotReadyReason = .breakTime, now: SimInstant
  ) {
    let old = agents[agent]
    let from = max(old.since, countFrom)
    if now > from {
      let bucket = StateTimes.bucket(old.state, old.reason)
      stateTime[agent * StateTimes.bucketCount + bucket] += (now - from).microseconds
      if old.state == .loggedOut && old.idleLoggedOut && old.onShift {
        agentTally[agent].idleLoggedOut += (now - from).microseconds
      }
      if keepsIntervals {
        addIntervalTime(team: Int(old.team), bucket: bucket, from: from, to: now)
      }
    }
    if recordsStates || trace != nil {
      noteState(agent: agent, state: state, reason: reason, at: now)
    }
    agents[agent].state = state
    agents[agent].reason = reason
    agents[agent].since = now
  }

  /// Splits the agent time from `from` to `to` over the reporting intervals it spans.
  mutating func addIntervalTime(team: Int, bucket: Int, from: SimInstant, to: SimInstant) {
    var start = from.microseconds
    let stop = to.microseconds
    let buckets = StateTimes.bucketCount
    let teams = configuration.teams.count
    while start < stop {
      let interval = Int(start / intervalLength)
      let boundary = min(stop, Int64(interval + 1) * intervalLength)
      intervalStateTime[(interval * teams + team) * buckets + bucket] += boundary - start
      start = boundary
    }
  }

  /// Keeps a change of state for the timeline or the trace.
  mutating func noteState(agent: Int, state: AgentState, reason: NotReadyReason, at now: SimInstant)
  {
    let reason = state == .notReady ? reason : nil
    if recordsStates {
      statistics.stateChanges.append(
        StateChange(time: now, agent: agent, state: state, reason: reason))
    }
    trace?(TraceRecord(time: now, kind: "state", subject: agent, state: state, reason: reason))
  }

  /// Once the call and its wrap-up are done: clerical work left over from a cut ACW, else
  /// whatever is next.
  mutating func afterWork(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let clerical = agents[agent].clericalLeft
    guard clerical > .zero else {
      becomeAvailable(agent: agent, in: &simulation)
      return
    }
    agents[agent].clericalLeft = .zero
    goNotReady(agent: agent, reason: .customerRelatedClericalWork, for: clerical, in: &simulation)
  }

  /// The agent is free: log out if the shift has ended, take a pending break or unscheduled
  /// NotReady, or be Ready (team leaders who take no calls stay NotReady – Team Leader).
  mutating func becomeAvailable(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    if agents[agent].pendingLogout {
      agents[agent].pendingLogout = false
      setState(agent: agent, to: .loggedOut, now: now)
      return
    }
    if agents[agent].pendingBreak >= 0 {
      let index = Int(agents[agent].pendingBreak)
      agents[agent].pendingBreak = -1
      startScheduledNotReady(agent: agent, index: index, in: &simulation)
      return
    }
    let team = Int(agents[agent].team)
    if agents[agent].pendingShrinkage >= 0 {
      let rule = Int(agents[agent].pendingShrinkage)
      agents[agent].pendingShrinkage = -1
      startShrinkage(
        agent: agent, rule: rule, for: agents[agent].pendingShrinkageLength, in: &simulation)
      return
    }
    // A problem or incident of the caseworker's comes before the calls.
    if hasIncidents && !backOffice.work.isEmpty && startIncidentWork(agent: agent, in: &simulation)
    {
      return
    }
    if agents[agent].isLeader && !configuration.teams[team].leadersTakeCalls {
      goNotReady(agent: agent, reason: .teamLeader, for: nil, in: &simulation)
      return
    }
    if let item = takeOutbound(agent: agent, reserved: true, now: now) {
      dial(slot: item, agent: agent, in: &simulation)
      return
    }
    if hasExceptions && takesExceptionItem(agent: agent, reserved: true, now: now) {
      startExceptionWork(agent: agent, in: &simulation)
      return
    }
    if let slot = takeWaitingCall(for: agent) {
      offer(slot: slot, to: agent, in: &simulation)
      return
    }
    if let item = takeOutbound(agent: agent, reserved: false, now: now) {
      dial(slot: item, agent: agent, in: &simulation)
      return
    }
    if hasExceptions && takesExceptionItem(agent: agent, reserved: false, now: now) {
      startExceptionWork(agent: agent, in: &simulation)
      return
    }
    setState(agent: agent, to: .ready, now: now)
    agents[agent].readyEpoch &+= 1
    readyLines[team].append(ReadyEntry(agent: Int32(agent), epoch: agents[agent].readyEpoch))
    if idleCheckAt[team] == .distantFuture {
      armIdleCheck(team: team, at: now + idleLogout, in: &simulation)
    }
  }

  /// NotReady with `reason`, for `length` (nil: until something else happens).
  mutating func goNotReady(
    agent: Int, reason: NotReadyReason, for length: SimDuration?,
    in simulation: inout Simulation<CentreEvent>
  ) {
    let now = simulation.now
    setState(agent: agent, to: .notReady, reason: reason, now: now)
    guard let length else {
      agents[agent].timerAt = .distantFuture
      return
    }
    agents[agent].timerAt = now + length
    simulation.schedule(.notReadyEnd(agent: Int32(agent)), at: now + length)
  }

  mutating func endNotReady(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    guard agents[agent].state == .notReady, agents[agent].timerAt == simulation.now else { return }
    agents[agent].timerAt = .distantFuture
    agents[agent].unscheduled = false
    if agents[agent].onException {
      agents[agent].onException = false
      backOffice.exceptionBusy[Int(agents[agent].team)] -= 1
    }
    becomeAvailable(agent: agent, in: &simulation)
  }

  /// Ready with no call offered and no NotReady for the idle-logout time: logged out. A team's
  /// Ready line is in the order its agents became Ready, so one check per team is pending at a
  /// time, due when the agent at the head of the line reaches the limit.
  mutating func checkIdle(team: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    idleCheckAt[team] = .distantFuture
    while let head = readyLines[team].first {
      guard isValid(head) else {
        readyLines[team].removeFirst()
        continue
      }
      let agent = Int(head.agent)
      let due = agents[agent].since + idleLogout
      guard due <= now else {
        armIdleCheck(team: team, at: due, in: &simulation)
        return
      }
      readyLines[team].removeFirst()
      logOutIdle(agent: agent, in: &simulation)
    }
  }

  @inline(__always)
  mutating func armIdleCheck(
    team: Int, at due: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) {
    idleCheckAt[team] = due
    simulation.schedule(.idleCheck(team: Int32(team)), at: due)
  }

  /// The idle timer logs the agent out; they notice and log back in after the relog delay.
  mutating func logOutIdle(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    if now >= countFrom { agentTally[agent].autoLogouts += 1 }
    setState(agent: agent, to: .loggedOut, now: now)
    agents[agent].idleLoggedOut = true
    let team = Int(agents[agent].team)
    if let delay = behaviours[team].relogDelay {
      let back = now + delay.sampleDuration(using: &relogRandom[team])
      if back < end { simulation.schedule(.login(agent: Int32(agent)), at: back) }
    }
  }

  /// Shift start, or back after an idle logout.
  mutating func startShift(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    guard agents[agent].state == .loggedOut, !agents[agent].onShift else { return }
    agents[agent].onShift = true
    personSlot[Int(layout.slotPerson[agent])] = Int32(agent)
    joinShrinkagePool(agent: agent, in: &simulation)
    if hasIncidents { scheduleProblem(agent: agent, in: &simulation) }
    setState(agent: agent, to: .ready, now: simulation.now)
    becomeAvailable(agent: agent, in: &simulation)
  }

  /// Back after an idle logout, if the shift has not ended meanwhile.
  mutating func login(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    guard agents[agent].state == .loggedOut, agents[agent].idleLoggedOut, agents[agent].onShift
    else { return }
    setState(agent: agent, to: .ready, now: simulation.now)
    agents[agent].idleLoggedOut = false
    becomeAvailable(agent: agent, in: &simulation)
  }

  /// The next entry of the roster's timetable: a shift starts or ends, or a scheduled NotReady
  /// period begins; the entry after it is scheduled in turn.
  mutating func followRoster(index: Int, in simulation: inout Simulation<CentreEvent>) {
    let entry = layout.timetable[index]
    if index + 1 < layout.timetable.count {
      simulation.schedule(.roster(index: Int32(index + 1)), at: layout.timetable[index + 1].time)
    }
    switch entry.what {
    case RosterEntry.shiftEnd: endShift(agent: Int(entry.agent), in: &simulation)
    case RosterEntry.shiftStart: startShift(agent: Int(entry.agent), in: &simulation)
    default:
      beginScheduledNotReady(agent: Int(entry.agent), index: Int(entry.what), in: &simulation)
    }
  }

  /// The shift ends: log out now, or after the call in hand.
  mutating func endShift(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    switch agents[agent].state {
    case .loggedOut:
      setState(agent: agent, to: .loggedOut, now: now)  // closes the idle-logout time
      agents[agent].idleLoggedOut = false
    case .ready, .notReady:
      agents[agent].timerAt = .distantFuture
      agents[agent].unscheduled = false
      if agents[agent].onException {
        agents[agent].onException = false
        backOffice.exceptionBusy[Int(agents[agent].team)] -= 1
      }
      setState(agent: agent, to: .loggedOut, now: now)
    case .reserved, .talking, .afterCallWork, .talkingOutbound, .consulting:
      agents[agent].pendingLogout = true
    }
    agents[agent].onShift = false
    shrinkage.leave(agent: agent, team: Int(agents[agent].team))
    if agents[agent].clericalLeft > .zero { agents[agent].clericalLeft = .zero }
  }

  func scheduledPeriods(of agent: Int) -> [ScheduledNotReady] {
    layout.shifts[Int(agents[agent].shift)].shift.notReady
  }

  /// A break, lunch or other scheduled period begins: now if the agent is free, else after the
  /// call in hand (the agent finishes the call first, then takes the whole period).
  mutating func beginScheduledNotReady(
    agent: Int, index: Int, in simulation: inout Simulation<CentreEvent>
  ) {
    switch agents[agent].state {
    case .loggedOut:
      return
    case .ready:
      startScheduledNotReady(agent: agent, index: index, in: &simulation)
    case .notReady where agents[agent].timerAt == .distantFuture:
      startScheduledNotReady(agent: agent, index: index, in: &simulation)
    case .notReady, .reserved, .talking, .afterCallWork, .talkingOutbound, .consulting:
      agents[agent].pendingBreak = Int16(index)
    }
  }

  mutating func startScheduledNotReady(
    agent: Int, index: Int, in simulation: inout Simulation<CentreEvent>
  ) {
    let period = scheduledPeriods(of: agent)[index]
    goNotReady(agent: agent, reason: period.reason, for: period.duration, in: &simulation)
  }

  /// An agent coming on shift joins their team's shrinkage pool (team leaders who take no calls
  /// are away from the phones already).
  mutating func joinShrinkagePool(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let team = Int(agents[agent].team)
    let rate = shrinkageRate[team]
    guard rate > 0, !(agents[agent].isLeader && !configuration.teams[team].leadersTakeCalls)
    else { return }
    let first = simulation.now + .seconds(shrinkageRandom[team].nextUnitExponential() / rate)
    if let due = shrinkage.join(agent: agent, team: team, first: first), due < end {
      simulation.schedule(.shrinkage(team: Int32(team)), at: due)
    }
  }

  /// An episode of the team's shrinkage stream: the agent it falls to needs unscheduled
  /// NotReady time (a reason drawn by the shrinkage shares), now or after the work in hand.
  mutating func feelShrinkage(team: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    guard shrinkage.due[team] == now else { return }  // overtaken by an earlier episode
    let (picked, pool) = shrinkage.episode(team: team, u: shrinkageRandom[team].nextUnitInterval())
    if pool > 0 {
      let next =
        now
        + .seconds(
          shrinkageRandom[team].nextUnitExponential() / (shrinkageRate[team] * Double(pool)))
      if next < end {
        shrinkage.schedule(team: team, at: next)
        simulation.schedule(.shrinkage(team: Int32(team)), at: next)
      }
    }
    // Every episode draws its reason and length, whether it is taken or not, so that the
    // stream stays in step across scenarios (common random numbers).
    let rules = behaviours[team].shrinkage
    let weights = rules.map { $0.share / $0.meanLength.seconds }
    let total = weights.reduce(0, +)
    let choice = position(drawnBy: shrinkageRandom[team].nextUnitInterval() * total, among: weights)
    let length = SimDuration.seconds(
      rules[choice].meanLength.seconds * shrinkageRandom[team].nextUnitExponential())
    // An agent already away on unscheduled time, or due to be, lets the episode pass: so an
    // agent with no calls spends exactly the rules' shares of the time on them.
    guard let agent = picked, !agents[agent].unscheduled, agents[agent].pendingShrinkage < 0
    else { return }
    switch agents[agent].state {
    case .loggedOut:
      return
    case .ready:
      startShrinkage(agent: agent, rule: choice, for: length, in: &simulation)
    case .notReady, .reserved, .talking, .afterCallWork, .talkingOutbound, .consulting:
      agents[agent].pendingShrinkage = Int8(choice)
      agents[agent].pendingShrinkageLength = length
    }
  }

  /// Unscheduled NotReady time by shrinkage rule `rule`, for `length`.
  mutating func startShrinkage(
    agent: Int, rule: Int, for length: SimDuration, in simulation: inout Simulation<CentreEvent>
  ) {
    let team = Int(agents[agent].team)
    goNotReady(
      agent: agent, reason: behaviours[team].shrinkage[rule].reason, for: length, in: &simulation)
    agents[agent].unscheduled = true
  }
}
