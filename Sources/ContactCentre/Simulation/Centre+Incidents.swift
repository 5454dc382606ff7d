import SimKernel

extension Centre {
  // MARK: Problems

  /// A caseworker on shift in a team of an AAC area: their next problem, at the incidents'
  /// rate per caseworker-hour (unless one is pending already).
  mutating func scheduleProblem(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    guard let rules = configuration.incidents, rules.perCaseworkerHour > 0,
      backOffice.teamArea[Int(agents[agent].team)] >= 0,
      !backOffice.problemTimers.isPending(agent), agents[agent].takesCalls
    else { return }
    backOffice.problems[agent] += 1
    let person = UInt64(layout.slotPerson[agent])
    var random = backOffice.draws.salted(BackOffice.problemSalt).stream(
      hashing: person << 32 | UInt64(backOffice.problems[agent]))
    let due =
      simulation.now + .seconds(random.nextUnitExponential() * 3600 / rules.perCaseworkerHour)
    guard due < end else { return }
    let token = backOffice.problemTimers.arm(agent)
    simulation.schedule(.problem(agent: Int32(agent), token: token), at: due)
  }

  /// A problem arises for the caseworker, about one of their own cases; the next is scheduled
  /// while they are on shift.
  mutating func meetProblem(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    guard agents[agent].onShift else { return }
    let person = Int(layout.slotPerson[agent])
    let team = Int(agents[agent].team)
    var random = backOffice.draws.stream(UInt64(backOffice.open.count))
    raiseProblem(
      person: person, team: team,
      casegroup: ownCasegroup(person: person, team: team, u: random.nextUnitInterval()),
      escalated: false, at: simulation.now, in: &simulation)
    scheduleProblem(agent: agent, in: &simulation)
  }

  /// One of `person`'s own casegroups (−1 if their team owns none).
  func ownCasegroup(person: Int, team: Int, u: Double) -> Int32 {
    let owners = layout.caseworkers.range(team)
    let owned = layout.casegroupStart[team + 1] - layout.casegroupStart[team]
    guard owned > 0,
      let position = owners.firstIndex(where: { layout.caseworkers.element($0) == person })
    else { return -1 }
    let offset = position - owners.lowerBound
    let count = (owned - offset + owners.count - 1) / owners.count
    guard count > 0 else { return -1 }
    let k = min(Int(u * Double(count)), count - 1)
    return Int32(layout.casegroupStart[team] + offset + k * owners.count)
  }

  /// A call closed Unresolved – Escalated: by the rules' share, a problem about the caller's
  /// case for the caseworker who took it, from the end of the talk.
  mutating func escalate(
    slot: Int, agent: Int, at talkEnd: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) {
    guard let rules = configuration.incidents, backOffice.teamArea[Int(agents[agent].team)] >= 0
    else { return }
    var random = backOffice.draws.salted(BackOffice.escalationSalt).stream(
      hashing: calls[slot].caller)
    guard random.nextUnitInterval() < rules.fromEscalated else { return }
    raiseProblem(
      person: Int(layout.slotPerson[agent]), team: Int(agents[agent].team),
      casegroup: calls[slot].casegroup, escalated: true, at: talkEnd, in: &simulation)
  }

  /// A new problem, for the caseworker's local steps when they are next free.
  mutating func raiseProblem(
    person: Int, team: Int, casegroup: Int32, escalated: Bool, at time: SimInstant,
    in simulation: inout Simulation<CentreEvent>
  ) {
    let counted = time >= countFrom
    if counted {
      recorder.statistics.incidents.problems += 1
      if escalated { recorder.statistics.incidents.fromEscalated += 1 }
    }
    backOffice.open.append(
      OpenIncident(
        person: Int32(person), team: Int32(team), area: backOffice.teamArea[team], counted: counted,
        casegroup: casegroup, key: UInt64(backOffice.open.count), problemAt: time))
    giveWork(backOffice.open.count - 1, in: &simulation)
  }

  // MARK: The caseworker's side

  /// The incident's next step waits for its caseworker: started at once if they are Ready.
  mutating func giveWork(_ index: Int, in simulation: inout Simulation<CentreEvent>) {
    let person = backOffice.open[index].person
    backOffice.work[person, default: []].append(Int32(index))
    let agent = Int(agents.personSlot[Int(person)])
    if agents[agent].isReady, agents[agent].onShift {
      _ = startIncidentWork(agent: agent, in: &simulation)
    }
  }

  /// Starts the caseworker's next piece of incident work, if they have one.
  mutating func startIncidentWork(agent: Int, in simulation: inout Simulation<CentreEvent>) -> Bool
  {
    let person = layout.slotPerson[agent]
    guard var queue = backOffice.work[person], !queue.isEmpty else { return false }
    let index = Int(queue.removeFirst())
    backOffice.work[person] = queue.isEmpty ? nil : queue
    let now = simulation.now
    let rules = configuration.incidents!
    let incidentReason = rules.reason ?? vocabulary.clerical
    let counted = backOffice.open[index].counted
    switch backOffice.open[index].stage {
    case .local, .adviceAnswered:
      let time = workLocally(index: index, at: now, in: &simulation)
      goNotReady(agent: agent, reason: incidentReason, cause: .incident, for: time, in: &simulation)
    case .toRing, .callBackDue:
      // On the phone from now until the talk ends (`answerAAC` sets the end).
      goNotReady(agent: agent, reason: incidentReason, cause: .incident, for: nil, in: &simulation)
      ringAAC(
        index: index, callBack: backOffice.open[index].stage == .callBackDue, at: now,
        in: &simulation)
    case .emailToAnswer:
      var random = backOffice.random(index)
      let time = configuration.aac!.evaluation.response.sampleDuration(using: &random)
      backOffice.open[index].stage = .answeringEmail
      if counted {
        recorder.statistics.incidents.caseworkerTime += time.microseconds
        if now > backOffice.open[index].emailAt + configuration.aac!.evaluation.respondWithin {
          recorder.statistics.incidents.emailsAnsweredLate += 1
        }
      }
      simulation.schedule(.incident(index: Int32(index)), at: now + time)
      goNotReady(agent: agent, reason: incidentReason, cause: .incident, for: time, in: &simulation)
    case .awaitingAdvice, .awaitingApproval, .onCall, .awaitingCallBack, .onCallBack, .assigned,
      .answeringEmail, .closed:
      return false
    }
    return true
  }

  // MARK: The AAC desk

  /// The incident's call on its area's line: the caseworker rings AAC (or AAC rings back: the
  /// call waits for an AAC agent all the same, not counted in the line's figures). A caseworker
  /// never hangs up on AAC.
  mutating func ringAAC(
    index: Int, callBack: Bool, at now: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) {
    let incident = backOffice.open[index]
    let area = Int(incident.area)
    let line = configuration.aac!.areas[area].line
    backOffice.open[index].stage = callBack ? .onCallBack : .onCall
    backOffice.open[index].placedAt = now
    if !callBack && !incident.locked && incident.casegroup >= 0 && incident.person >= 0 {
      // The flag is placed; a case already lock-assigned to another caseworker stays theirs
      // (its retries go to them) until their incidents close, and then passes to this one.
      backOffice.open[index].locked = true
      backOffice.locks.place(
        casegroup: incident.casegroup, incident: Int32(index), person: incident.person)
    }
    let callType = Int(
      layout.lineCallType[line] >= 0
        ? layout.lineCallType[line] : Int32(configuration.lines[line].callTypes[0].callType))
    var random = backOffice.random(index)
    var call = Call()
    call.phase = .waiting
    call.counted = !callBack && incident.counted
    call.isIncidentCall = true
    call.outcome = vocabulary.resolved  // the desk's evaluation decides, not the call type's
    call.holder = Int32(index)
    call.line = Int32(line)
    call.callType = Int32(callType)
    call.caller = SplitMix64.mix(incident.key ^ 0x6161_6363)
    call.talk =
      callBack
      ? configuration.aac!.evaluation.callBackTalk.sampleDuration(using: &random)
      : configuration.callTypes[callType].talk.sampleDuration(using: &random)
    call.acw = configuration.callTypes[callType].acw.sampleDuration(using: &random)
    call.queuedAt = now
    call.arrivedAt = now
    guard let plan = configuration.plan(line: line, callType: callType) else { return }
    call.plan = Int32(plan)
    if call.counted { recorder.lineArrivals[line] += 1 }
    if blocksCallers && call.counted { countInternalCall(line: line, at: now) }
    let slot = calls.allocate(call)
    enterQueue(slot: slot, in: &simulation)
  }

  /// A call to AAC is answered: AAC logs the incident and gives its number (first call only);
  /// the caseworker is on the phone until the talk ends, when the incident is evaluated.
  mutating func answerAAC(
    slot: Int, answeredAt: SimInstant, talkEnd: SimInstant,
    in simulation: inout Simulation<CentreEvent>
  ) {
    let index = Int(calls[slot].holder)
    let incident = backOffice.open[index]
    if incident.stage == .onCall {
      backOffice.open[index].raisedAt = answeredAt
      backOffice.openIncidents += 1
      let area = Int(incident.area)
      backOffice.numbers[area] += 1
      if incident.counted {
        recorder.statistics.incidents.raised += 1
        if incident.person < 0 { recorder.statistics.incidents.raisedFromOtherAreas += 1 }
      }
      if recorder.log.keepsIncidents && incident.counted {
        let number = backOffice.numbers[area]
        let digits = String(number)
        let prefix = configuration.aac!.areas[area].prefix
        let agent = incident.person >= 0 ? Int(agents.personSlot[Int(incident.person)]) : -1
        recorder.statistics.incidentRecords.append(
          IncidentRecord(
            number: prefix + String(repeating: "0", count: max(0, 5 - digits.count)) + digits,
            area: area, agent: agent, team: Int(incident.team), casegroup: Int(incident.casegroup),
            problemAt: incident.problemAt.microseconds, raisedAt: answeredAt.microseconds))
        backOffice.open[index].record = Int32(recorder.statistics.incidentRecords.count - 1)
      }
    }
    if incident.person >= 0 {
      let agent = Int(agents.personSlot[Int(incident.person)])
      if case .notReady(let reason, let cause, .distantFuture) = agents[agent].activity {
        agents.update(agent, to: .notReady(reason, cause, until: talkEnd))
        let token = agents.timers.arm(agent)
        simulation.schedule(.notReadyEnd(agent: Int32(agent), token: token), at: talkEnd)
      }
      if incident.counted {
        recorder.statistics.incidents.caseworkerTime +=
          (talkEnd - incident.placedAt).microseconds
      }
    }
    simulation.schedule(.incident(index: Int32(index)), at: talkEnd)
  }

  /// An incident's timer: approval given, a call's talk over, a call-back due, a resolution
  /// email arrived, an email answered.
  mutating func advanceIncident(index: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let evaluation = configuration.aac!.evaluation
    let counted = backOffice.open[index].counted
    let external = backOffice.open[index].person < 0
    switch backOffice.open[index].stage {
    case .awaitingAdvice:
      adviceArrives(index: index, in: &simulation)
    case .awaitingApproval:
      backOffice.open[index].stage = .toRing
      giveWork(index, in: &simulation)
    case .onCall:
      var random = backOffice.random(index)
      var u = random.nextUnitInterval()
      if u < evaluation.reject {
        let reason = position(
          drawnBy: random.nextUnitInterval(), among: evaluation.rejectReasons.map(\.share))
        if counted { recorder.statistics.incidents.rejected[reason] += 1 }
        close(incident: index, state: .closedRejected, by: "", reason: reason, at: now)
        return
      }
      u -= evaluation.reject
      if u < evaluation.resolve {
        settle(
          index: index, success: evaluation.resolveSuccess, by: "call",
          counting: \.resolvedInCall, in: &simulation)
        return
      }
      u -= evaluation.resolve
      if u < evaluation.callBack {
        if counted { recorder.statistics.incidents.callBacksArranged += 1 }
        backOffice.open[index].stage = .awaitingCallBack
        let due = now + evaluation.callBackAfter.sampleDuration(using: &random)
        if due < end { simulation.schedule(.incident(index: Int32(index)), at: due) }
        return
      }
      assign(index: index, at: now, in: &simulation)
    case .awaitingCallBack:
      backOffice.open[index].stage = .callBackDue
      if external {
        ringAAC(index: index, callBack: true, at: now, in: &simulation)
      } else {
        giveWork(index, in: &simulation)
      }
    case .onCallBack:
      if counted { recorder.statistics.incidents.callBacksMade += 1 }
      settle(
        index: index, success: evaluation.callBackSuccess, by: "call-back",
        counting: \.resolvedByCallBack, in: &simulation)
    case .assigned:
      backOffice.open[index].stage = .emailToAnswer
      backOffice.open[index].emailAt = now
      if external {
        var random = backOffice.random(index)
        backOffice.open[index].stage = .answeringEmail
        simulation.schedule(
          .incident(index: Int32(index)),
          at: now + evaluation.response.sampleDuration(using: &random))
      } else {
        giveWork(index, in: &simulation)
      }
    case .answeringEmail:
      if counted { recorder.statistics.incidents.emailsAnswered += 1 }
      settle(
        index: index, success: evaluation.emailSuccess, by: "email",
        counting: \.resolvedByEmail, in: &simulation)
    case .local, .adviceAnswered, .toRing, .callBackDue, .emailToAnswer, .closed:
      break
    }
  }

  /// A resolution (in the call, by call-back or by email) works with probability `success`:
  /// the incident is Closed Resolved; otherwise the caseworker says so and it is assigned.
  mutating func settle(
    index: Int, success: Double, by: String, counting resolved: WritableKeyPath<IncidentTally, Int>,
    in simulation: inout Simulation<CentreEvent>
  ) {
    let counted = backOffice.open[index].counted
    var random = backOffice.random(index)
    if random.nextUnitInterval() < success {
      if counted { recorder.statistics.incidents[keyPath: resolved] += 1 }
      close(incident: index, state: .closedResolved, by: by, reason: -1, at: simulation.now)
    } else {
      if counted { recorder.statistics.incidents.escalations += 1 }
      assign(index: index, at: simulation.now, in: &simulation)
    }
  }

  /// Assigned to an Expert Domain, whose resolution arrives by email after its delay.
  mutating func assign(index: Int, at now: SimInstant, in simulation: inout Simulation<CentreEvent>)
  {
    let evaluation = configuration.aac!.evaluation
    var random = backOffice.random(index)
    let domain = evaluation.domains[
      position(drawnBy: random.nextUnitInterval(), among: evaluation.domains.map(\.share))]
    if backOffice.open[index].counted {
      recorder.statistics.incidents.assigned[domain.domain.index] += 1
    }
    let record = Int(backOffice.open[index].record)
    if record >= 0 {
      recorder.statistics.incidentRecords[record].domains.append(domain.domain)
      recorder.statistics.incidentRecords[record].state = .assigned
    }
    backOffice.open[index].stage = .assigned
    let arrives = now + domain.delay.sampleDuration(using: &random)
    if arrives < end { simulation.schedule(.incident(index: Int32(index)), at: arrives) }
  }

  /// The incident closes (rejected or resolved): it no longer holds its casegroup's lock (lifted
  /// once no other open incident holds it).
  mutating func close(
    incident index: Int, state: IncidentState, by: String, reason: Int, at now: SimInstant
  ) {
    let incident = backOffice.open[index]
    backOffice.open[index].stage = .closed
    backOffice.openIncidents -= 1
    if incident.counted && state == .closedResolved {
      recorder.statistics.incidents.timeToResolve += (now - incident.raisedAt).microseconds
    }
    if incident.locked {
      backOffice.locks.lift(casegroup: incident.casegroup, incident: Int32(index))
    }
    let record = Int(incident.record)
    if record >= 0 {
      recorder.statistics.incidentRecords[record].state = state
      recorder.statistics.incidentRecords[record].resolvedBy = by
      recorder.statistics.incidentRecords[record].rejectReason = reason
      recorder.statistics.incidentRecords[record].closedAt = now.microseconds
    }
  }

  /// A call about a lock-assigned casegroup waits for the caseworker holding the lock only.
  @inline(__always)
  mutating func applyLock(slot: Int) {
    guard let lock = backOffice.locks[calls[slot].casegroup] else { return }
    calls[slot].plan = backOffice.lockedPlan
    calls[slot].owner = agents.personSlot[Int(lock.person)]
    if calls[slot].counted { recorder.statistics.incidents.lockedCalls += 1 }
  }

  /// A call on an AAC line's own arrivals: an incident raised by a caseworker outside the
  /// model, logged and evaluated like the others.
  mutating func externalIncident(line: Int, at now: SimInstant) -> Int32 {
    let area = backOffice.lineArea[line]
    backOffice.open.append(
      OpenIncident(
        person: -1, team: -1, area: area, stage: .onCall, counted: now >= countFrom, casegroup: -1,
        key: UInt64(backOffice.open.count), problemAt: now, placedAt: now))
    return Int32(backOffice.open.count - 1)
  }

  /// At the end of the run: problems and incidents still open. Another area's call still
  /// waiting for AAC is no problem of this centre's: it is the line's call unresolved at the end.
  mutating func closeIncidentBooks() {
    for incident in backOffice.open where incident.counted && incident.stage != .closed {
      if incident.stage == .awaitingAdvice {
        recorder.statistics.incidents.adviceOutstandingAtEnd += 1
      }
      if incident.raisedAt == .distantFuture {
        if incident.person >= 0 { recorder.statistics.incidents.problemsOpenAtEnd += 1 }
      } else {
        recorder.statistics.incidents.openAtEnd += 1
      }
    }
  }
}
