import SimKernel

extension Centre {
  /// Puts the centre in the state `now` describes, at its instant (`simulation.now`): every
  /// agent in their state since the time the snapshot gives, each call in hand with what is
  /// left of its talk or ACW drawn given what has passed, each waiting caller back in their
  /// queue with their wait and what is left of their patience drawn given that wait
  /// (`Distribution.sample(beyond:using:)`). The centre has run to the instant without
  /// callers (`CentreRun.run(from:)`): its rosters, breaks and back-office work are the
  /// scenario's; the snapshot overrides the agents' states.
  ///
  /// An agent the snapshot does not name is off the phones for the rest of their shift. An
  /// agent whose work at the instant is the back office's (an incident, an exception item, a
  /// service request, an outbound call, a call to AAC) keeps it: the snapshot cannot say what
  /// is left of it. Returns how many agents kept such work.
  @discardableResult
  mutating func graft(_ now: CentreNow, in simulation: inout Simulation<CentreEvent>) -> Int {
    let time = simulation.now
    var named = [CentreNow.Agent?](repeating: nil, count: agents.indices.count)
    for agent in now.agents where agents.indices.contains(agent.agent) {
      named[agent.agent] = agent
    }
    var ready: [(since: SimInstant, agent: Int)] = []
    var kept = 0
    for agent in agents.indices {
      guard !holdsBackOfficeWork(agents[agent].activity) else {
        kept += 1
        continue
      }
      guard let state = named[agent], state.state != .loggedOut else {
        takeOffThePhones(agent: agent, at: time)
        continue
      }
      let since = max(SimInstant.zero, time - state.inState)
      if !agents[agent].onShift {
        // Logged in outside the roster's hours: working on to the end of the day — or, past
        // the shift's end with a call in hand, until the call is done.
        agents[agent].onShift = true
        agents.personSlot[Int(layout.slotPerson[agent])] = Int32(agent)
        joinShrinkagePool(agent: agent, in: &simulation)
      }
      switch state.state {
      case .ready, .talkingOutbound:
        guard agents[agent].takesCalls else {
          // A team leader who takes no calls is never Ready: NotReady as the engine has them.
          agents.place(
            agent, in: .notReady(vocabulary.teamLeader, .teamLeader, until: .distantFuture),
            since: since, at: time, recorder: &recorder)
          continue
        }
        ready.append((since, agent))
      case .notReady:
        placeNotReady(agent: agent, state, since: since, in: &simulation)
      case .talking, .reserved, .consulting, .afterCallWork:
        placeCall(agent: agent, state, in: &simulation)
      case .loggedOut:
        break
      }
    }
    // Ready lines are longest idle first.
    ready.sort { ($0.since, $0.agent) < ($1.since, $1.agent) }
    var teams = Set<Int>()
    for (since, agent) in ready {
      agents.place(agent, in: .ready, since: since, at: time, recorder: &recorder)
      teams.insert(Int(agents[agent].team))
    }
    for team in teams.sorted() { armIdleCheck(team: team, at: time, in: &simulation) }
    placeWaitingCalls(now.queues, in: &simulation)
    return kept
  }

  /// Whether the activity is the back office's work, which a snapshot cannot describe.
  private func holdsBackOfficeWork(_ activity: AgentActivity) -> Bool {
    switch activity {
    case .ringing, .handling, .consulting, .wrappingUp, .outbound: true
    case .notReady(_, let cause, _):
      cause == .incident || cause == .exception || cause == .serviceRequest
    case .offShift, .loggedOut, .ready: false
    }
  }

  /// Not logged in at the snapshot: off shift until the roster's next start of a shift.
  private mutating func takeOffThePhones(agent: Int, at time: SimInstant) {
    guard agents[agent].onShift || !agents[agent].isOffShift else { return }
    agents[agent].onShift = false
    agents[agent].plans = Agent.Plans()
    shrinkage.leave(agent: agent, team: Int(agents[agent].team))
    agents.place(agent, in: .offShift, since: time, at: time, recorder: &recorder)
  }

  /// NotReady with the snapshot's reason: as the roster or unscheduled time has the agent, if
  /// so; else an unscheduled episode's rest (exponential, so a fresh draw), or a scheduled
  /// period's rest, of the same reason; else until something else happens (the roster's next
  /// entry, a what-if bringing the agent back).
  private mutating func placeNotReady(
    agent: Int, _ state: CentreNow.Agent, since: SimInstant,
    in simulation: inout Simulation<CentreEvent>
  ) {
    let time = simulation.now
    guard let reason = state.reason else { return }
    if case .notReady(let current, let cause, let until) = agents[agent].activity,
      current == reason
    {
      agents.place(
        agent, in: .notReady(reason, cause, until: until), since: since, at: time,
        recorder: &recorder)
      armNotReadyEnd(agent: agent, at: until, in: &simulation)
      return
    }
    let team = Int(agents[agent].team)
    var cause = NotReadyCause.placed
    var until = SimInstant.distantFuture
    let shift = layout.shifts[Int(agents[agent].shift)].shift
    if let rule = configuration.teams[team].behaviour.shrinkage.first(where: {
      $0.reason == reason
    }) {
      cause = .unscheduled
      let rest = shrinkage.random[team].nextUnitExponential() * rule.meanLength.seconds
      until = time + .seconds(rest)
    } else if let period = shift.notReady.first(where: { $0.reason == reason }) {
      cause = .scheduled
      until = time + max(.zero, period.duration - state.inState)
    }
    agents.place(
      agent, in: .notReady(reason, cause, until: until), since: since, at: time,
      recorder: &recorder)
    armNotReadyEnd(agent: agent, at: until, in: &simulation)
  }

  private mutating func armNotReadyEnd(
    agent: Int, at until: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) {
    guard until < .distantFuture else { return }
    let token = agents.timers.arm(agent)
    simulation.schedule(.notReadyEnd(agent: Int32(agent), token: token), at: until)
  }

  /// A call in hand: talking (ringing and consulting count as talking from the snapshot on)
  /// for `inState` so far, or in ACW for `inState` after its talk. What is left of the talk
  /// or ACW is drawn given what has passed, from the call type's own distributions; the call
  /// then ends as a call resolved (a transfer or escalation it might have led to is not
  /// projected), and counts in no tally (it arrived before the snapshot).
  private mutating func placeCall(
    agent: Int, _ state: CentreNow.Agent, in simulation: inout Simulation<CentreEvent>
  ) {
    let time = simulation.now
    guard let plan = state.queue, var call = snapshotCall(plan: plan) else { return }
    let type = Int(call.callType)
    let wrapping = state.state == .afterCallWork
    let times = callers.samplers[type].inProgress(
      talked: wrapping ? .zero : state.inState, wrapped: wrapping ? state.inState : nil)
    call.caller = times.caller
    call.talk = times.talk
    call.acw = times.acw
    let talkEnd = wrapping ? time - state.inState : time - state.inState + times.talk
    let answer = talkEnd - times.talk
    let done = max(time, talkEnd + min(times.acw, acwLimit))
    call.phase = .talking
    call.queuedAt = answer
    call.arrivedAt = answer
    call.agent = Int32(agent)
    let slot = calls.allocate(call)
    agents.place(
      agent,
      in: .handling(call: UInt32(slot), answer: answer, talkEnd: talkEnd, done: done),
      since: answer, at: time, recorder: &recorder)
    let shiftEnd = SimInstant(since: layout.shifts[Int(agents[agent].shift)].shift.end)
    if shiftEnd <= time {
      agents[agent].onShift = false
      agents[agent].plans.logout = true
      shrinkage.leave(agent: agent, team: Int(agents[agent].team))
    }
    let token = agents.timers.arm(agent)
    simulation.schedule(.handlingEnd(agent: Int32(agent), token: token), at: done)
  }

  /// The callers waiting at the snapshot, longest wait first over all queues (so that a team
  /// answering several takes them in the order they queued): each enters their queue again
  /// with their wait, offered to a Ready agent if one is there, with the rest of their
  /// patience drawn given their wait.
  private mutating func placeWaitingCalls(
    _ queues: [CentreNow.Queue], in simulation: inout Simulation<CentreEvent>
  ) {
    let time = simulation.now
    var waiting: [(wait: SimDuration, plan: Int)] = []
    for queue in queues { waiting += queue.waits.map { ($0, queue.queue) } }
    waiting.sort { ($0.wait, $1.plan) > ($1.wait, $0.plan) }
    for (wait, plan) in waiting {
      guard var call = snapshotCall(plan: plan) else { continue }
      let type = Int(call.callType)
      let drawn = callers.samplers[type].draw()
      let (caller, talk, acw) = serviceTimes.ownTimes(callType: type, drawn)
      let conversation = callers.samplers[type].conversation(ofCaller: caller)
      call.caller = caller
      call.talk = spokenTime(talk, conversation)
      call.acw = acw
      call.outcome = conversation.outcome
      call.interpreted = conversation.interpreted
      call.phase = .waiting
      call.queuedAt = time - wait
      call.arrivedAt = call.queuedAt
      if let patience = callers.samplers[type].patience(ofCaller: caller, beyond: wait) {
        call.abandonAt = call.queuedAt + patience
      }
      if blocksCallers && !admit(&call, line: Int(call.line), at: time) { continue }
      let slot = calls.allocate(call)
      enterQueue(slot: slot, in: &simulation)
    }
  }

  /// A call of routing plan `plan` as a caller would have rung it: the first line that leads
  /// there (directly or through an IVR branch), and a call type of that line; nil when no
  /// line does.
  private mutating func snapshotCall(plan: Int) -> Call? {
    for line in configuration.lines.indices {
      let branches = layout.branchStart[line]..<layout.branchStart[line + 1]
      let branch = branches.first { Int(layout.branchPlan[$0]) == plan }
      let chosen =
        layout.linePlan[line] < 0 && !layout.lineHasIVR[line]
        && configuration.lines[line].callTypes.contains {
          configuration.plan(line: line, callType: $0.callType) == plan
        }
      guard Int(layout.linePlan[line]) == plan || branch != nil || chosen else { continue }
      var callType = Int(layout.lineCallType[line])
      if callType < 0 {
        let mix = layout.mixStart[line]..<layout.mixStart[line + 1]
        callType = Int(
          layout.mixCallType[callers.pick(cumulative: layout.mixCumulative, mix, line: line)])
      }
      var call = Call()
      call.line = Int32(line)
      call.callType = Int32(callType)
      call.plan = Int32(plan)
      call.outcome = vocabulary.resolved
      if let branch {
        call.branchIndex = Int16(branch)
        call.branch = layout.branchKind[branch]
      }
      return call
    }
    // A plan no line leads to (one transfers reach): a call of the first line's first type.
    var call = Call()
    call.callType = layout.lineCallType.first.map { max(0, $0) } ?? 0
    call.plan = Int32(plan)
    call.outcome = vocabulary.resolved
    return configuration.lines.isEmpty ? nil : call
  }
}

extension Centre {
  /// How long before a snapshot's instant callers of `line` start to ring in a run from it:
  /// those still in the IVR at the instant are in no snapshot's queue, and ringing from this
  /// far back puts as many there as a day run from its start would (the IVR's time, mean + 10
  /// standard deviations); none for a line without an IVR.
  func ivrLookback(line: Int) -> SimDuration {
    guard snapshotAt > .zero, layout.lineHasIVR[line] else { return .zero }
    let time = layout.ivrTime[line]
    let lookback = SimDuration.seconds(time.mean + 10 * time.variance.squareRoot())
    return min(lookback, snapshotAt.sinceStart)
  }

  /// A caller who rang before a snapshot's instant and leaves the IVR after it: counted from
  /// here, as the day run from its start counts them (in the interval they queue in), with
  /// their ring of the line and their IVR branch.
  mutating func countAfterSnapshot(slot: Int) {
    calls[slot].counted = true
    let line = Int(calls[slot].line)
    recorder.lineArrivals[line] &+= 1
    if calls[slot].branch >= 0 {
      recorder.statistics.branchCounts[
        line * vocabulary.ivrBranches.count + Int(calls[slot].branch)] += 1
    }
  }

  /// A caller who left the IVR by the snapshot's instant: one of the callers the snapshot's
  /// queues stand for already, so not followed.
  mutating func passIVRBeforeSnapshot(slot: Int, at now: SimInstant) {
    if blocksCallers { releaseTrunk(of: calls[slot], at: now, now: now) }
    calls.release(slot)
  }
}
