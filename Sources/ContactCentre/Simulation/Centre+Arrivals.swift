import SimKernel

extension Centre {
  mutating func scheduleArrival(
    line: Int, after time: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) {
    if let next = callers.arrivals[line].next(after: time, before: end) {
      simulation.schedule(.arrival(line: Int32(line)), at: next)
    }
  }

  /// How far ahead callers of a line with an IVR are drawn: they spend their first seconds in
  /// the IVR, so drawing them early changes nothing but saves an event per caller.
  static let arrivalLookahead = SimDuration.minutes(1)

  /// Callers ring the line: the one due now and, on a line with an IVR, every one due within
  /// the lookahead, each scheduled to leave the IVR; then the next arrival is scheduled.
  mutating func arrive(line: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    // A line with trunks rings each caller at their moment: whether a trunk is free then
    // depends on the calls before them.
    guard layout.lineHasIVR[line] && !(blocksCallers && trunks.limits(line: line)) else {
      scheduleArrival(line: line, after: now, in: &simulation)
      ring(line: line, at: now, in: &simulation)
      return
    }
    let horizon = now + Self.arrivalLookahead
    var time = now
    while true {
      ring(line: line, at: time, in: &simulation)
      guard let next = callers.arrivals[line].next(after: time, before: end) else { return }
      guard next < horizon else {
        simulation.schedule(.arrival(line: Int32(line)), at: next)
        return
      }
      time = next
    }
  }

  /// A caller rings at `now` (the clock's time, or later for a line with an IVR): draw who
  /// they are (call type, talk, ACW, conversation, IVR path, casegroup) from the line's and
  /// the call type's own streams, then pass the IVR or queue at once. A caller ringing again
  /// (`redial`) keeps their call type, IVR branch and casegroup, and is drawn afresh otherwise
  /// — but for the patience, talk and ACW a rule with `sameCaller` keeps (`KeptAttempts`).
  mutating func ring(
    line: Int, at now: SimInstant, redial: Redial? = nil,
    in simulation: inout Simulation<CentreEvent>
  ) {
    let counted = now >= countFrom
    if counted { recorder.lineArrivals[line] &+= 1 }
    var callType = Int(redial?.callType ?? layout.lineCallType[line])
    if callType < 0 {
      let mix = layout.mixStart[line]..<layout.mixStart[line + 1]
      callType = Int(
        layout.mixCallType[callers.pick(cumulative: layout.mixCumulative, mix, line: line)])
    }
    // An `if`, not `redial.map { … } ?? …`: a closure mutating the callers makes the compiler
    // copy them (a memcpy of a kilobyte per call).
    let drawn: (caller: UInt64, talk: SimDuration, acw: SimDuration)
    if let redial {
      drawn = callers.samplers[callType].follow(caller: redial.caller, as: .redial)
    } else {
      drawn = callers.samplers[callType].draw()
    }
    let (caller, drawnTalk, drawnACW) = serviceTimes.ownTimes(callType: callType, drawn)
    let kept = redial?.kept
    let talk = kept?.talk ?? callers.samplers[callType].talk(drawnTalk, at: now)
    let acw = kept?.acw ?? drawnACW
    let conversation = callers.samplers[callType].conversation(ofCaller: caller)
    var call = Call()
    call.phase = .waiting
    call.counted = counted
    call.isRedial = redial != nil
    call.line = Int32(line)
    call.callType = Int32(callType)
    call.caller = caller
    call.acw = acw
    call.outcome = conversation.outcome
    call.interpreted = conversation.interpreted
    call.queuedAt = now
    call.arrivedAt = now
    if blocksCallers && !admit(&call, line: line, at: now) { return }

    if backOffice.hasAACLines && backOffice.lineArea[line] >= 0 {
      // A call to AAC ends as the desk's evaluation says, not by the call type's outcomes.
      call.outcome = vocabulary.resolved
      call.isIncidentCall = true
      call.holder = externalIncident(line: line, at: now)
    }
    guard layout.lineHasIVR[line] else {
      call.talk = spokenTime(talk, conversation)
      var plan = Int(layout.linePlan[line])
      if plan < 0 { plan = configuration.plan(line: line, callType: callType) ?? -1 }
      guard plan >= 0 else {
        if blocksCallers { releaseTrunk(of: call, at: now, now: now) }
        return
      }
      call.plan = Int32(plan)
      if let patience = kept?.patience { call.abandonAt = now + patience }
      let slot = calls.allocate(call)
      if callers.kept.isOn { keep(slot: slot, talk: talk, acw: acw, kept: kept) }
      if ringsTeamLeaders, let directDial = configuration.lines[line].directDial {
        ringTeamLeader(slot: slot, directDial: directDial, in: &simulation)
        return
      }
      enterQueue(slot: slot, limited: blocksCallers && !call.isIncidentCall, in: &simulation)
      return
    }
    let branches = layout.branchStart[line]..<layout.branchStart[line + 1]
    let branch =
      redial.map { Int($0.branchIndex) }
      ?? callers.pick(cumulative: layout.branchCumulative, branches, line: line)
    // A first attempt's IVR times come from the line's stream, in arrival order; a redial's
    // are keyed by the caller (common random numbers, however many redials there are).
    var ivrTime: SimDuration
    var identification: SimDuration
    if redial == nil {
      ivrTime = callers.sample(layout.ivrTime[line], line: line)
      identification = callers.sample(layout.branchIdentification[branch], line: line)
    } else {
      var random = callers.redialIVR.stream(caller)
      ivrTime = layout.ivrTime[line].sampleDuration(using: &random)
      identification = layout.branchIdentification[branch].sampleDuration(using: &random)
    }
    let kind = Int(layout.branchKind[branch])
    call.branch = Int8(kind)
    call.branchIndex = Int16(branch)
    if counted {
      recorder.statistics.branchCounts[line * vocabulary.ivrBranches.count + kind] += 1
    }
    var orphaned = false
    if let redial, redial.casegroup >= 0 {
      // The caller rings about their own casegroup again, whoever took the call before (the
      // leg of a transfer to a named caseworker had that caseworker for its owner).
      let casegroup = Int(redial.casegroup)
      orphaned = own(
        &call, casegroup: casegroup, team: layout.team(ofCasegroup: casegroup), at: now)
    } else if layout.branchFindsOwner[branch] {
      orphaned = assignCasegroup(to: &call, branch: branch, at: now)
    }
    var plan = Int(layout.branchPlan[branch])
    if orphaned {
      if counted { recorder.statistics.casegroups.callsToOrphans += 1 }
      if let route = configuration.casegroups.orphans {
        // As if the case could not be found: the fallback plan, and a search from a blank
        // screen (keyed by the caller, so that no other draw shifts).
        plan = route.plan
        var random = callers.orphanSearch.stream(caller)
        identification = identification + route.search.sampleDuration(using: &random)
      }
    }
    call.talk = spokenTime(talk, conversation, identification: identification)
    guard plan >= 0 else {
      if counted { recorder.statistics.ivrHangUps[line] += 1 }
      if blocksCallers { releaseTrunk(of: call, at: now, now: now) }
      recorder.log.keepCall(
        call, agent: -1, team: -1, answered: nil, ended: now, end: .ivrHangUp, queued: false)
      return
    }
    call.plan = Int32(plan)
    call.phase = .inIVR
    // A kept patience runs from queue entry, as a drawn one does (`drawPatience`).
    if let patience = kept?.patience { call.abandonAt = now + ivrTime + patience }
    let slot = calls.allocate(call)
    if callers.kept.isOn { keep(slot: slot, talk: talk, acw: acw, kept: kept) }
    simulation.schedule(.leaveIVR(call: Int32(slot)), at: now + ivrTime)
  }

  /// What a caller ringing again keeps of their call: its call type, IVR branch and casegroup,
  /// and the caller, whose key their new draws follow; and, as the same person, its patience,
  /// talk and ACW (`kept`).
  struct Redial {
    var callType: Int32
    var caller: UInt64
    var branchIndex: Int16
    var casegroup: Int32
    var kept: KeptAttempts.Attempt?

    init(_ call: borrowing Call, kept: KeptAttempts.Attempt? = nil) {
      callType = call.callType
      caller = call.caller
      branchIndex = call.branchIndex
      casegroup = call.casegroup
      self.kept = kept
    }
  }

  /// Records the times of the call in `slot`, for a redial that keeps them: those it kept
  /// itself, else its talk, ACW and its patience (a keyed draw: the one `drawPatience` makes).
  mutating func keep(
    slot: Int, talk: SimDuration, acw: SimDuration, kept: KeptAttempts.Attempt?
  ) {
    let call = calls[slot]
    var patience: SimDuration?
    if let kept {
      patience = kept.patience
    } else {
      patience = callers.samplers[Int(call.callType)].patience(ofCaller: call.caller)
    }
    callers.kept.record(
      KeptAttempts.Attempt(
        caller: call.caller, talk: talk, acw: acw, patience: patience,
        timesOf: kept?.timesOf ?? call.caller),
      slot: slot)
  }

  /// The caller's time with the agent: the search for the caller's record (`identification`:
  /// the list of contacts or the blank screen the IVR left), since "the security questions are
  /// held on the system in Contacts Summary" (seed 002) of the record that has to be found
  /// first; the interpreter's connection, since the questions are asked through them; the
  /// security questions; then, unless the check fails — "the caseworker must terminate the
  /// call" (seed 002) — the talk itself and the interpreting.
  @inline(__always)
  func spokenTime(
    _ talk: SimDuration, _ conversation: CallTypeSampler.Conversation,
    identification: SimDuration = .zero
  ) -> SimDuration {
    conversation.failsSecurity
      ? identification + conversation.preamble
      : conversation.preamble + talk + identification + conversation.interpreting
  }

  /// A caller who will ring again after `delay`: they wait, out of the centre, in a call slot
  /// — with the times of their call in `source` if the rule keeps the caller.
  mutating func scheduleRedial(
    of call: Call, from source: Int, at time: SimInstant, afterAbandon: Bool,
    in simulation: inout Simulation<CentreEvent>
  ) {
    guard time < end else { return }
    var waiting = call
    waiting.phase = .awaitingRedial
    waiting.redialAfterAbandon = afterAbandon
    let kept =
      callers.kept.isOn ? keptAttempt(of: call, from: source, afterAbandon: afterAbandon) : nil
    let slot = calls.allocate(waiting)
    if let kept {
      callers.kept.record(kept, slot: slot)
    } else if callers.kept.isOn {
      callers.kept.forget(slot: slot)
    }
    simulation.schedule(.redial(call: Int32(slot)), at: time)
  }

  /// The times a redial of `call` keeps, if its rule keeps the caller: those recorded at its
  /// ring, or — for a transfer leg, drawn in the transfer — its own talk and ACW.
  mutating func keptAttempt(of call: Call, from source: Int, afterAbandon: Bool)
    -> KeptAttempts.Attempt?
  {
    let rule = afterAbandon ? redials.afterAbandon : redials.rule(after: call.outcome)
    guard rule?.sameCaller == true else { return nil }
    return callers.kept.attempt(slot: source, caller: call.caller)
      ?? KeptAttempts.Attempt(
        caller: call.caller, talk: call.talk, acw: call.acw,
        patience: callers.samplers[Int(call.callType)].patience(ofCaller: call.caller),
        timesOf: call.caller)
  }

  /// The caller rings again, on the same line.
  mutating func ringAgain(slot: Int, in simulation: inout Simulation<CentreEvent>) {
    let call = calls[slot]
    calls.release(slot)
    let now = simulation.now
    if now >= countFrom {
      if call.redialAfterAbandon {
        recorder.statistics.redials.afterAbandon += 1
      } else {
        recorder.statistics.redials.afterOutcome[call.outcome] += 1
      }
    }
    let kept = callers.kept.isOn ? callers.kept.attempt(slot: slot, caller: call.caller) : nil
    ring(line: Int(call.line), at: now, redial: Redial(call, kept: kept), in: &simulation)
  }

  /// The caller leaves the IVR and joins the queue of the branch's routing plan.
  mutating func leaveIVR(slot: Int, in simulation: inout Simulation<CentreEvent>) {
    if simulation.now <= snapshotAt {
      passIVRBeforeSnapshot(slot: slot, at: simulation.now)
      return
    }
    if snapshotAt > .zero && !calls[slot].counted { countAfterSnapshot(slot: slot) }
    calls[slot].phase = .waiting
    let arrived = calls[slot].arrivedAt
    calls[slot].queuedAt = simulation.now
    calls[slot].arrivedAt = arrived
    enterQueue(slot: slot, limited: blocksCallers, in: &simulation)
  }

  /// Draws the caller's casegroup among the teams the branch names (all, or its segments'),
  /// and so its owner at `now`; returns whether the casegroup is orphaned then.
  mutating func assignCasegroup(to call: inout Call, branch: Int, at now: SimInstant) -> Bool {
    let total = layout.branchCasegroups[branch]
    guard total > 0 else { return false }
    // Popular casegroups (low ranks, under skew) are spread over the teams by a stride
    // coprime with the total, so that skew concentrates callers on casegroups, not on a team.
    let rank = callers.casegroupRank(line: Int(call.line), of: total)
    let drawn = layout.casegroup((rank * layout.branchStride[branch]) % total, ofBranch: branch)
    return own(&call, casegroup: drawn.casegroup, team: drawn.team, at: now)
  }

  /// The call is about `casegroup`, first held by `team`: its holder at `now` — the team and
  /// owner the scenario's events left it with (`CasegroupOwnership`), else `team` and its
  /// caseworker in turn. Returns whether the casegroup is orphaned then: its caller has no
  /// owner, and no owner's team or segment either (seed 003: orphaned cases "will not be
  /// visible to any case worker, team leader or segment manager").
  @discardableResult
  mutating func own(_ call: inout Call, casegroup: Int, team: Int, at now: SimInstant) -> Bool {
    call.casegroup = Int32(casegroup)
    let holder = casegroupHolderInPlace(casegroup, team: team, at: now)
    if holder.moved && call.counted { recorder.statistics.casegroups.callsToMoved += 1 }
    guard holder.person >= 0 else {
      call.owner = -1
      call.ownerTeam = -1
      return true
    }
    call.ownerTeam = Int32(holder.team)
    call.owner = agents.personSlot[holder.person]
    return false
  }
}
