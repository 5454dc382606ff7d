import SimKernel

extension Centre {
  /// Schedules each activity plan's first call.
  mutating func startActivityPlans(in simulation: inout Simulation<CentreEvent>) {
    guard let plans = outbound.rules?.activityPlans else { return }
    for plan in plans.indices {
      scheduleActivityCall(plan: plan, after: SimInstant(since: plans[plan].from), in: &simulation)
    }
  }

  mutating func scheduleActivityCall(
    plan: Int, after time: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) {
    let spec = outbound.rules!.activityPlans[plan]
    guard spec.perHour > 0 else { return }
    let next =
      time + .seconds(outbound.activityRandom[plan].nextUnitExponential() * 3600 / spec.perHour)
    guard next < SimInstant(since: spec.to), next < end else { return }
    simulation.schedule(.activityPlan(plan: Int32(plan)), at: next)
  }

  /// An activity plan's next call to a client falls due for its team.
  mutating func planCall(plan: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    scheduleActivityCall(plan: plan, after: now, in: &simulation)
    let spec = outbound.rules!.activityPlans[plan]
    if now >= countFrom { recorder.statistics.outbound[spec.team].planned += 1 }
    outbound.activityCalls[plan] += 1
    let client = SplitMix64.mix(
      UInt64(plan) << 48 &+ outbound.activityCalls[plan] ^ Self.planClients)
    addOutbound(
      team: spec.team, person: -1, callType: spec.callType, due: now + spec.due,
      isCallBack: false, client: client,
      casegroup: planCasegroup(team: spec.team, client: client), in: &simulation)
  }

  /// The casegroup an activity plan's call is about: one of its team's, by the client's key
  /// (the team works the activity plans of the casegroups it owns); −1 if the team owns none.
  func planCasegroup(team: Int, client: UInt64) -> Int32 {
    let owned = layout.casegroupStart[team + 1] - layout.casegroupStart[team]
    guard owned > 0 else { return -1 }
    return Int32(layout.casegroupStart[team] + Int(client % UInt64(owned)))
  }

  /// An inbound call closed with an outcome that requests a call-back (Call-back Request): a
  /// call-back for the same caseworker (or their team), due within the rule's time from the end
  /// of the talk.
  mutating func requestCallBack(
    after call: Call, agent: Int, in simulation: inout Simulation<CentreEvent>
  ) {
    guard let rule = outbound.rules?.callBacks else { return }
    let team = Int(agents[agent].team)
    if call.counted { recorder.statistics.outbound[team].callBacksRequested += 1 }
    let talkEnd = call.queuedAt + call.wait + call.talk
    addOutbound(
      team: team, person: rule.by == .caseworker ? Int(layout.slotPerson[agent]) : -1,
      callType: Int(call.callType), due: talkEnd + rule.due, isCallBack: true,
      client: SplitMix64.mix(call.caller ^ Self.callBackClients), casegroup: call.casegroup,
      in: &simulation)
  }

  /// What makes a client's key: from a call-back's caller, or an activity plan's call count.
  static let callBackClients: UInt64 = 0x6361_6C6C_6261_636B
  static let planClients: UInt64 = 0x706C_616E_6361_6C6C

  /// The draws for client `client`'s attempt `attempt` (0: whether they are suppressed).
  func outboundRandom(client: UInt64, attempt: Int16) -> SplitMix64 {
    outbound.draws.stream(client, UInt64(attempt))
  }

  /// New outbound work: dropped if the client's telephone contact is suppressed, else in line
  /// for the team (or the caseworker), and dialled at once by a Ready agent who may make it.
  mutating func addOutbound(
    team: Int, person: Int, callType: Int, due: SimInstant, isCallBack: Bool, client: UInt64,
    casegroup: Int32, in simulation: inout Simulation<CentreEvent>
  ) {
    let now = simulation.now
    let counted = now >= countFrom
    var random = outboundRandom(client: client, attempt: 0)
    if random.nextUnitInterval() < outbound.rules!.suppressedShare {
      if counted { recorder.statistics.outbound[team].suppressed += 1 }
      return
    }
    let slot = outbound.store(
      OutboundItem(
        team: Int32(team), person: Int32(person), callType: Int32(callType), client: client,
        casegroup: casegroup, due: due, isCallBack: isCallBack, counted: counted))
    queueOutbound(slot: slot, in: &simulation)
  }

  /// Puts the item in line and, if an agent who may dial it is Ready, dials.
  mutating func queueOutbound(slot: Int, in simulation: inout Simulation<CentreEvent>) {
    outbound.enqueue(slot)
    let item = outbound.items[slot]
    var agent: Int?
    if item.person >= 0 {
      let own = Int(agents.personSlot[Int(item.person)])
      if agents[own].isReady { agent = own }
    } else {
      agent = agents.takeReady(team: Int(item.team))
    }
    guard let agent,
      let next = outbound.take(person: Int(layout.slotPerson[agent]), team: Int(item.team))
    else { return }
    dial(slot: next, agent: agent, in: &simulation)
  }

  /// Outbound work for a free agent: first if the team keeps agents for outbound now and not
  /// enough are on it (`reserve`), else only when no inbound call is waiting for them.
  @inline(__always)
  mutating func takeOutbound(agent: Int, reserved: Bool, now: SimInstant) -> Int? {
    guard outbound.isActive else { return nil }
    let team = Int(agents[agent].team)
    let person = Int(layout.slotPerson[agent])
    guard outbound.hasWork(person: person, team: team) else { return nil }
    if reserved {
      var kept = 0
      for reserve in outbound.rules!.reserves
      where reserve.team == team && SimInstant(since: reserve.from) <= now
        && now < SimInstant(since: reserve.to)
      {
        kept += reserve.agents
      }
      guard outbound.busy[team] < kept else { return nil }
    }
    return outbound.take(person: person, team: team)
  }

  /// The agent dials the client: an outcome from the call type's outbound mix; a client who
  /// answers takes the security questions and talk, then ACW — or fails the questions and the
  /// call ends after them as Failed Security Check, then ACW; otherwise the dialling time and
  /// the short no-contact ACW.
  mutating func dial(slot: Int, agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let team = Int(agents[agent].team)
    var item = outbound.items[slot]
    item.attempts += 1
    let counted = now >= countFrom
    if counted {
      recorder.statistics.outbound[team].dialled += 1
      recorder.agentTally[agent].outboundDialled += 1
      if item.isCallBack && item.attempts == 1 {
        if now <= item.due {
          recorder.statistics.outbound[team].callBacksOnTime += 1
        } else {
          recorder.statistics.outbound[team].callBacksLate += 1
        }
      }
    }
    let rules = outbound.rules!
    let callType = configuration.callTypes[Int(item.callType)]
    var random = outboundRandom(client: item.client, attempt: item.attempts)
    item.outcome = outbound.outcomes[Int(item.callType)].outcome(at: random.nextUnitInterval())
    var talk: SimDuration
    if vocabulary.behaviour(of: item.outcome).isConnected {
      if counted { recorder.statistics.outbound[team].connected += 1 }
      talk = callType.talk.sampleDuration(using: &random)
      var questions = SimDuration.zero
      if let security = callType.security {
        questions = security.time.sampleDuration(using: &random)
        talk = talk + questions
      }
      item.acw = callType.acw.sampleDuration(using: &random)
      if failsSecurity(item, callType: callType) {
        // "When making and receiving calls, caseworkers must ask security questions" (seed
        // 002): a client who fails them gets no further talk.
        item.outcome = vocabulary.failedSecurity ?? item.outcome
        talk = questions
      }
    } else {
      talk = rules.dialTime.sampleDuration(using: &random)
      item.acw = rules.noContactAcw.sampleDuration(using: &random)
    }
    item.dialledAt = now
    item.talkEnd = now + talk
    outbound.items[slot] = item
    outbound.busy[team] += 1
    let done = item.talkEnd + min(item.acw, acwLimit)
    agents.move(
      agent, to: .outbound(item: Int32(slot), talkEnd: item.talkEnd, done: done), at: now,
      recorder: &recorder)
    let token = agents.timers.arm(agent)
    simulation.schedule(.outboundEnd(agent: Int32(agent), token: token), at: done)
  }

  /// The outbound call and its wrap-up are done: it closes with its outcome; a call not
  /// answered is retried later by the rules, and a Call-back Request asks for another.
  mutating func endOutbound(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    guard case .outbound(let itemSlot, _, _) = agents[agent].activity else { return }
    let slot = Int(itemSlot)
    let item = outbound.items[slot]
    let team = Int(agents[agent].team)
    outbound.busy[team] -= 1
    // An outbound call is counted when it was dialled after the warm-up, as its dial was.
    if item.dialledAt >= countFrom {
      let handleTime = (item.talkEnd - item.dialledAt + min(item.acw, acwLimit)).microseconds
      recorder.countOutbound(
        outcome: item.outcome, handleTime: handleTime, agent: agent, team: team)
    }
    let connected = vocabulary.behaviour(of: item.outcome).isConnected
    // Only a client who answered was asked the questions: a call that reached nobody leaves
    // the SCIN's count of failures as it was.
    var form = false
    if connected {
      form = closeSecurity(
        callType: Int(item.callType), scin: item.casegroup, outcome: item.outcome,
        counted: item.dialledAt >= countFrom, reported: reportsFailedCheck(item))
    }
    if item.dialledAt >= countFrom {
      recorder.log.keepOutboundCall(
        item, connected: connected, agent: agent, team: team, ended: now, end: .handled,
        bogusCallerForm: form)
    }
    if item.acw > acwLimit { agents[agent].plans.clerical = item.acw - acwLimit }
    if let retry = outbound.rules!.retry(after: item.outcome),
      Int(item.attempts) < retry.maxAttempts,
      now + retry.after < end
    {
      if now >= countFrom { recorder.statistics.outbound[team].retries += 1 }
      simulation.schedule(.outboundRetry(item: Int32(slot)), at: now + retry.after)
    } else {
      outbound.release(slot)
    }
    if vocabulary.behaviour(of: item.outcome) == .requestsCallBack,
      let rule = outbound.rules!.callBacks
    {
      if now >= countFrom { recorder.statistics.outbound[team].callBacksRequested += 1 }
      addOutbound(
        team: team, person: rule.by == .caseworker ? Int(layout.slotPerson[agent]) : -1,
        callType: Int(item.callType), due: item.talkEnd + rule.due, isCallBack: true,
        client: SplitMix64.mix(item.client &+ UInt64(item.attempts) ^ Self.callBackClients),
        casegroup: item.casegroup, in: &simulation)
    }
    afterWork(agent: agent, in: &simulation)
  }

  /// A retry of an outbound call falls due: back in line.
  mutating func retryOutbound(slot: Int, in simulation: inout Simulation<CentreEvent>) {
    queueOutbound(slot: slot, in: &simulation)
  }

  /// The salt of outbound security draws (from the clients' key): "security". Drawn from a
  /// stream of their own, so that an attempt's outcome and times stay as they were.
  static let outboundSecurity: UInt64 = 0x7365_6375_7269_7479

  /// Whether the client answering `item`'s attempt fails the call type's security questions
  /// (`security.failShare`: drawn only between 0 and 1).
  func failsSecurity(_ item: OutboundItem, callType: CallType) -> Bool {
    guard let security = callType.security, security.failShare > 0 else { return false }
    guard security.failShare < 1 else { return true }
    var random = outbound.draws.salted(Self.outboundSecurity).stream(
      item.client, UInt64(item.attempts))
    return random.nextUnitInterval() < security.failShare
  }

  /// Whether the caseworker reports `item`'s failed check to the Security Advice and Support
  /// Centre (`security.reportShare`); false for a call that did not fail.
  func reportsFailedCheck(_ item: OutboundItem) -> Bool {
    guard item.outcome == vocabulary.failedSecurity else { return false }
    guard let security = configuration.callTypes[Int(item.callType)].security,
      security.reportShare < 1
    else { return true }
    var random = outbound.draws.salted(Self.outboundSecurity).stream(
      item.client, UInt64(item.attempts))
    _ = random.nextUnitInterval()  // whether the client failed
    return random.nextUnitInterval() < security.reportShare
  }
}
