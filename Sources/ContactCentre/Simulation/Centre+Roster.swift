import SimKernel

extension Centre {
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
    case RosterEntry.staffingChange: changeStaffing(index: Int(entry.agent), in: &simulation)
    default:
      beginScheduledNotReady(agent: Int(entry.agent), index: Int(entry.what), in: &simulation)
    }
  }

  /// The shift starts: the agent logs in and takes whatever is next.
  mutating func startShift(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    guard agents[agent].isOffShift, !agents[agent].onShift else { return }
    agents[agent].onShift = true
    agents.personSlot[Int(layout.slotPerson[agent])] = Int32(agent)
    joinShrinkagePool(agent: agent, in: &simulation)
    if backOffice.hasIncidents { scheduleProblem(agent: agent, in: &simulation) }
    becomeAvailable(agent: agent, in: &simulation)
  }

  /// The shift ends: log out now, or after the call in hand.
  mutating func endShift(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    agents[agent].onShift = false
    switch agents[agent].activity {
    case .offShift:
      break
    case .loggedOut:
      // The idle logout ends with the shift: the agent will not log back in.
      agents.move(agent, to: .offShift, at: now, recorder: &recorder)
      agents.logins.cancel(agent)
    case .notReady(_, let cause, _):
      if cause == .exception { backOffice.exceptionBusy[Int(agents[agent].team)] -= 1 }
      if cause == .serviceRequest { endServiceRequestWork(agent: agent, cut: true, at: now) }
      agents.move(agent, to: .offShift, at: now, recorder: &recorder)
    case .ready:
      agents.move(agent, to: .offShift, at: now, recorder: &recorder)
    case .ringing, .handling, .consulting, .wrappingUp, .outbound:
      agents[agent].plans.logout = true
    }
    shrinkage.leave(agent: agent, team: Int(agents[agent].team))
    agents[agent].plans.clerical = .zero
  }

  /// A break, lunch or other scheduled period begins: now if the agent is free, else after the
  /// call in hand (the agent finishes the call first, then takes the whole period).
  mutating func beginScheduledNotReady(
    agent: Int, index: Int, in simulation: inout Simulation<CentreEvent>
  ) {
    switch agents[agent].activity {
    case .offShift, .loggedOut:
      return
    case .ready:
      startScheduledNotReady(agent: agent, index: index, in: &simulation)
    case .notReady(_, _, let until) where until == .distantFuture:
      startScheduledNotReady(agent: agent, index: index, in: &simulation)
    case .notReady, .ringing, .handling, .consulting, .wrappingUp, .outbound:
      agents[agent].plans.scheduledPeriod = Int16(index)
    }
  }

  mutating func startScheduledNotReady(
    agent: Int, index: Int, in simulation: inout Simulation<CentreEvent>
  ) {
    let period = layout.shifts[Int(agents[agent].shift)].shift.notReady[index]
    goNotReady(
      agent: agent, reason: period.reason, cause: .scheduled, for: period.duration,
      in: &simulation)
  }

  // MARK: Unscheduled time

  /// An agent coming on shift joins their team's shrinkage pool (team leaders who take no calls
  /// are away from the phones already).
  mutating func joinShrinkagePool(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let team = Int(agents[agent].team)
    let rate = shrinkage.rate[team]
    guard rate > 0, agents[agent].takesCalls else { return }
    let first = simulation.now + .seconds(shrinkage.random[team].nextUnitExponential() / rate)
    if let due = shrinkage.join(agent: agent, team: team, first: first), due < end {
      let token = shrinkage.timers.arm(team)
      simulation.schedule(.shrinkage(team: Int32(team), token: token), at: due)
    }
  }

  /// An episode of the team's shrinkage stream: the agent it falls to needs unscheduled
  /// NotReady time (a reason drawn by the shrinkage shares), now or after the work in hand.
  mutating func feelShrinkage(team: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let (picked, pool) = shrinkage.episode(
      team: team, u: shrinkage.random[team].nextUnitInterval())
    if pool > 0 {
      let next =
        now
        + .seconds(
          shrinkage.random[team].nextUnitExponential() / (shrinkage.rate[team] * Double(pool)))
      if next < end {
        shrinkage.schedule(team: team, at: next)
        let token = shrinkage.timers.arm(team)
        simulation.schedule(.shrinkage(team: Int32(team), token: token), at: next)
      }
    }
    // Every episode draws its reason and length, whether it is taken or not, so that the
    // stream stays in step across scenarios (common random numbers).
    let rules = agents.behaviours[team].shrinkage
    let choice = position(
      drawnBy: shrinkage.random[team].nextUnitInterval() * shrinkage.drawTotal[team],
      among: shrinkage.drawWeights[team])
    let length = SimDuration.seconds(
      rules[choice].meanLength.seconds * shrinkage.random[team].nextUnitExponential())
    // An agent already away on unscheduled time, or due to be, lets the episode pass: so an
    // agent with no calls spends exactly the rules' shares of the time on them.
    guard let agent = picked, agents[agent].plans.shrinkageRule < 0 else { return }
    switch agents[agent].activity {
    case .offShift, .loggedOut, .notReady(_, .unscheduled, _):
      return
    case .ready:
      startShrinkage(agent: agent, rule: choice, for: length, in: &simulation)
    case .notReady, .ringing, .handling, .consulting, .wrappingUp, .outbound:
      agents[agent].plans.shrinkageRule = Int8(choice)
      agents[agent].plans.shrinkageLength = length
    }
  }

  /// Unscheduled NotReady time by shrinkage rule `rule`, for `length`.
  mutating func startShrinkage(
    agent: Int, rule: Int, for length: SimDuration, in simulation: inout Simulation<CentreEvent>
  ) {
    let team = Int(agents[agent].team)
    goNotReady(
      agent: agent, reason: agents.behaviours[team].shrinkage[rule].reason, cause: .unscheduled,
      for: length, in: &simulation)
  }
}
