import SimKernel

/// Calls to a team leader's direct-dial number (`DirectDial`). Seed 002: "Team leaders will
/// retain direct dial in numbers so that emergency calls can be received", and "If team
/// leaders do not wish to receive calls they will make themselves Unavailable by selecting the
/// Not Ready - Team Leader code" — a code for the queues' calls: a direct-dial call is not
/// routed, so it rings the team leader in NotReady – Team Leader too, and is never redirected
/// to another agent (no RONA).
extension Centre {
  /// The call rings the line's team leader. It is counted offered in the line's queue (its
  /// plan), as every call is. The team leader answers if they are at their desk — logged in
  /// and Ready or NotReady – Team Leader: not on a call, in its wrap-up, on a break or other
  /// NotReady time — after their team's ring time, unless they miss it (their team's
  /// `missProbability`) or it rings for the direct dial's `ringTime`. Unanswered, it goes to
  /// voicemail or into the line's plan: at once if the team leader was not at their desk,
  /// after the ring time otherwise. An unanswered ring leaves the team leader's state as it was.
  mutating func ringTeamLeader(
    slot: Int, directDial: DirectDial, in simulation: inout Simulation<CentreEvent>
  ) {
    let now = simulation.now
    calls[slot].tally = recorder.tally(plan: Int(calls[slot].plan), at: now)
    if blocksCallers { trunks.unanswered[Int(calls[slot].plan)] += 1 }
    calls[slot].step = -1
    calls[slot].appliedSteps = 0
    let counted = calls[slot].counted
    if counted {
      recorder.countOffered(calls[slot])
      recorder.statistics.directDial.offered += 1
    }
    let leader = teamLeaderAtTheDesk(directDial)
    if let leader {
      var random = directDialDraws.stream(calls[slot].caller)
      let behaviour = agents.behaviours[Int(agents[leader].team)]
      let ring = behaviour.answerDelay.sampleDuration(using: &random)
      let misses =
        behaviour.missProbability > 0
        && random.nextUnitInterval() < behaviour.missProbability
      if !misses && ring < directDial.ringTime {
        if counted { recorder.statistics.directDial.answered += 1 }
        calls[slot].offeredAtOnce = true
        calls[slot].ticket &+= 1
        calls[slot].agent = Int32(leader)
        handle(slot: slot, agent: leader, answeredAt: now + ring, in: &simulation)
        return
      }
    }
    let goesOn = leader == nil ? now : now + directDial.ringTime
    switch directDial.whenUnanswered {
    case .voicemail:
      // The caller leaves a message: the call reached nobody, counted abandoned.
      if counted { recorder.statistics.directDial.toVoicemail += 1 }
      calls[slot].abandonAt = goesOn
      guard goesOn > now else {
        abandon(slot: slot, in: &simulation)
        return
      }
    case .plan:
      // The caller waits in the plan, their patience counted from their call.
      if counted { recorder.statistics.directDial.toPlan += 1 }
      drawPatience(slot: slot)
      calls[slot].nextStepAt = goesOn
      guard goesOn > now else {
        advanceSteps(slot: slot, in: &simulation)
        armTimer(slot: slot, in: &simulation)
        return
      }
    }
    armTimer(slot: slot, in: &simulation)
  }

  /// The team leader's agent slot if they are at their desk: logged in, Ready or NotReady –
  /// Team Leader.
  func teamLeaderAtTheDesk(_ directDial: DirectDial) -> Int? {
    guard let person = layout.staffPerson[directDial.teamLeader] else { return nil }
    let slot = Int(agents.personSlot[person])
    switch agents[slot].activity {
    case .ready, .notReady(_, .teamLeader, _): return slot
    default: return nil
    }
  }
}
