import SimKernel

extension Centre {
  /// Answers a routing probe on a fresh centre of `configuration`: nothing happens in it but
  /// what the probe sets up — no arrivals, no roster, no outbound work — so the call meets
  /// exactly the agents the probe placed, and is routed by the centre's own functions
  /// (`enterQueue`, the plan's steps, agents taking waiting calls as they become free).
  ///
  /// The agents not Ready are placed at the probe's time; the Ready agents one microsecond
  /// apart after it, in the probe's order, so that the first has been Ready longest; the caller
  /// joins the queue one microsecond after the last. Timed placements end that long after the
  /// caller joins.
  public static func probe(_ probe: RoutingProbe, configuration: CentreConfiguration)
    -> RoutingProbeResult
  {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(configuration: configuration, replication: 0, intervals: false)
    simulation.instantBudget = centre.instantBudget
    let placements = centre.placements(probe)
    let ready = placements.filter { $0.placement == .ready }
    let start = SimInstant(since: probe.time)
    let queuedAt = start + SimDuration(microseconds: Int64(ready.count + 1))
    simulation.run(until: start, handler: &centre)
    var releases: [(time: SimInstant, agent: Int)] = []
    for (slot, placement) in placements.map({ ($0.slot, $0.placement) }) {
      switch placement {
      case .ready:
        continue  // every agent starts off shift; the Ready ones log in below, in order
      case .loggedOut:
        if centre.agents[slot].onShift { centre.placeLoggedOut(agent: slot, at: start) }
      case .busy(let length):
        centre.placeOnCall(agent: slot, at: start)
        if let length { releases.append((queuedAt + length, slot)) }
      case .notReady(let reason, let length):
        let lasting = length.map { queuedAt + $0 - start }
        centre.goNotReady(
          agent: slot, reason: reason, cause: .placed, for: lasting, in: &simulation)
      }
    }
    for (index, placement) in ready.enumerated() {
      simulation.run(
        until: start + SimDuration(microseconds: Int64(index + 1)), handler: &centre)
      centre.becomeAvailable(agent: placement.slot, in: &simulation)
    }
    simulation.run(until: queuedAt, handler: &centre)
    guard !simulation.isStalled, let slot = centre.bringIn(probe, in: &simulation) else {
      var result = RoutingProbeResult(
        outcome: .hungUp, plan: nil, steps: [], casegroup: nil, owner: nil, ownerTeam: nil)
      if simulation.isStalled { result.loop = CentreRun.sampleLoop(&simulation, &centre) }
      return result
    }
    releases.sort { ($0.time, $0.agent) < ($1.time, $1.agent) }
    let limit = queuedAt + probe.limit
    var nextRelease = 0
    while centre.calls[slot].agent < 0 {
      let release = nextRelease < releases.count ? releases[nextRelease].time : .distantFuture
      let until = min(release, limit)
      if let event = simulation.step(until: until) {
        centre.handle(event, in: &simulation)
        continue
      }
      guard !simulation.isStalled, until == release, release <= limit else { break }
      let agent = releases[nextRelease].agent
      nextRelease += 1
      if case .handling(let call, _, _, _) = centre.agents[agent].activity {
        centre.calls.release(Int(call))
        centre.becomeAvailable(agent: agent, in: &simulation)
      }
    }
    var result = centre.result(ofProbe: slot, queuedAt: queuedAt, at: simulation.now)
    if simulation.isStalled { result.loop = CentreRun.sampleLoop(&simulation, &centre) }
    return result
  }

  /// Every agent slot's placement: the probe's own, the others' for the rest of those on shift
  /// at its time, logged out for those off shift. Ready agents come in the probe's order.
  /// Agents on shift are marked so, and each person is at the slot of the shift they work then.
  mutating func placements(_ probe: RoutingProbe) -> [RoutingProbe.AgentPlacement] {
    let time = probe.time
    var chosen: [Int: Int] = [:]  // agent slot → position of its (last) placement
    for (position, placement) in probe.agents.enumerated() { chosen[placement.slot] = position }
    var result: [RoutingProbe.AgentPlacement] = []
    for agent in agents.indices {
      let shift = layout.shifts[Int(agents[agent].shift)].shift
      let onShift = shift.start <= time && time < shift.end
      if onShift {
        agents[agent].onShift = true
        agents.personSlot[Int(layout.slotPerson[agent])] = Int32(agent)
      }
      guard chosen[agent] == nil else { continue }
      result.append(
        RoutingProbe.AgentPlacement(slot: agent, placement: onShift ? probe.others : .loggedOut))
    }
    let listed = probe.agents.enumerated().filter { chosen[$0.element.slot] == $0.offset }
    return result + listed.map(\.element)
  }

  /// The probe's caller joins the queue of its branch's plan (or its line's), with its
  /// casegroup; nil when the branch hangs up. The caller never abandons: only routing decides.
  mutating func bringIn(_ probe: RoutingProbe, in simulation: inout Simulation<CentreEvent>)
    -> Int?
  {
    let now = simulation.now
    var call = Call()
    call.phase = .waiting
    call.counted = false
    call.line = Int32(probe.line)
    call.callType = Int32(probe.callType)
    call.outcome = vocabulary.resolved
    call.talk = .hours(1)
    call.queuedAt = now
    call.arrivedAt = now
    // A patience already set is never drawn; this one outlasts any check.
    call.abandonAt = .distantFuture - SimDuration(microseconds: 1)
    if let branch = probe.branch {
      let position = layout.branchStart[probe.line] + branch
      guard layout.branchPlan[position] >= 0 else { return nil }
      call.plan = layout.branchPlan[position]
      call.branch = layout.branchKind[position]
      call.branchIndex = Int16(position)
    } else {
      call.plan = Int32(configuration.plan(line: probe.line, callType: probe.callType) ?? 0)
    }
    var orphaned = false
    switch probe.casegroup {
    case nil: break
    case .number(let casegroup):
      orphaned = own(
        &call, casegroup: casegroup, team: layout.team(ofCasegroup: casegroup), at: now)
    case .ownedBy(let slot):
      let team = Int(agents[slot].team)
      let owners = layout.caseworkers.range(team)
      let person = Int(layout.slotPerson[slot])
      let casegroups = layout.casegroupStart[team + 1] - layout.casegroupStart[team]
      // The person's casegroups are every owners.count-th of the team's, from their place.
      let place =
        owners.firstIndex { layout.caseworkers.element($0) == person } ?? owners.lowerBound
      var index = place - owners.lowerBound
      while index + owners.count < casegroups
        && callers.isOrphaned(layout.casegroupStart[team] + index)
      {
        index += owners.count
      }
      orphaned = own(&call, casegroup: layout.casegroupStart[team] + index, team: team, at: now)
    case .orphaned(let team):
      let range = layout.casegroupStart[team]..<layout.casegroupStart[team + 1]
      var casegroup = range.lowerBound
      while casegroup + 1 < range.upperBound && !callers.isOrphaned(casegroup) { casegroup += 1 }
      if !callers.isOrphaned(casegroup) { casegroup = range.lowerBound }
      own(&call, casegroup: casegroup, team: team, at: now)
      // An orphaned casegroup made so for the check when the scenario has none.
      call.owner = -1
      call.ownerTeam = -1
      orphaned = true
    }
    if orphaned, let route = configuration.casegroups.orphans { call.plan = Int32(route.plan) }
    let slot = calls.allocate(call)
    enterQueue(slot: slot, in: &simulation)
    return slot
  }

  /// A probe's agent on shift and logged out.
  mutating func placeLoggedOut(agent: Int, at now: SimInstant) {
    agents.move(agent, to: .loggedOut, at: now, recorder: &recorder)
  }

  /// A probe's busy agent: talking on another call (not counted), until the probe frees them.
  mutating func placeOnCall(agent: Int, at now: SimInstant) {
    var call = Call()
    call.phase = .talking
    call.outcome = vocabulary.resolved
    call.agent = Int32(agent)
    call.queuedAt = now
    let slot = calls.allocate(call)
    agents.move(
      agent,
      to: .handling(
        call: UInt32(slot), answer: now, talkEnd: .distantFuture, done: .distantFuture),
      at: now, recorder: &recorder)
  }

  /// What became of the probe's call in `slot` by `now`.
  func result(ofProbe slot: Int, queuedAt: SimInstant, at now: SimInstant) -> RoutingProbeResult {
    let call = calls[slot]
    let plan = Int(call.plan)
    let steps = layout.planSteps.range(plan)
    var reached: [RoutingProbeResult.Step] = []
    for index in 0..<(Int(call.step) + 1) {
      let route = layout.routes[steps.lowerBound + index]
      reached.append(
        RoutingProbeResult.Step(
          index: index, tookEffect: call.appliedSteps & (1 << UInt64(index)) != 0,
          noneReady: router.list(for: route, calls[slot]) != nil))
    }
    var outcome = RoutingProbeResult.Outcome.waiting
    if call.agent >= 0 {
      let agent = Int(call.agent)
      let offering = reached.first { step in
        step.tookEffect && reaches(agent, layout.routes[steps.lowerBound + step.index], slot: slot)
      }
      let step = offering?.index ?? Int(call.step)
      outcome = .offered(agent: agent, step: step, wait: now - queuedAt)
    }
    return RoutingProbeResult(
      outcome: outcome, plan: plan, steps: reached,
      casegroup: call.casegroup >= 0 ? Int(call.casegroup) : nil,
      owner: call.owner >= 0 ? Int(call.owner) : nil,
      ownerTeam: call.ownerTeam >= 0 ? Int(call.ownerTeam) : nil)
  }

  /// Whether a step's target includes `agent` for the call in `slot`.
  func reaches(_ agent: Int, _ route: StepRoute, slot: Int) -> Bool {
    let team = agents[agent].team
    switch route.kind {
    case .owner: return calls[slot].owner == Int32(agent)
    case .ownerTeam: return calls[slot].ownerTeam == team
    case .ownerSegment:
      let segment = layout.segment(ofOwnerTeam: calls[slot].ownerTeam)
      return segment >= 0 && layout.teamSegment[Int(team)] == segment
    case .fixed: return route.teams.contains { layout.teamPool[$0] == team }
    }
  }
}
