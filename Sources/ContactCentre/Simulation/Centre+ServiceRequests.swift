import SimKernel

extension Centre {
  /// The first SR of every type.
  mutating func startServiceRequests(in simulation: inout Simulation<CentreEvent>) {
    for type in serviceRequests.arrivals.indices {
      scheduleServiceRequest(type: type, after: .zero, in: &simulation)
    }
  }

  mutating func scheduleServiceRequest(
    type: Int, after time: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) {
    if let next = serviceRequests.arrivals[type].next(after: time, before: end) {
      simulation.schedule(.serviceRequest(type: Int32(type)), at: next)
    }
  }

  /// An SR arises. Case owning: on a casegroup of one of the type's teams, assigned to the
  /// casegroup's owner ("Case owning SRs will always be completed by caseworkers in the case
  /// owning segment"). Functionally unique: to the specialist team of the area the person it is
  /// raised against lives in, drawn by the areas' shares, wherever the casegroup is held
  /// ("Functionally unique work items will route depending on the post code of the person they
  /// are raised against. This means that it won't always go to the same area as the
  /// casegroup"). A Ready caseworker who may work it starts at once.
  mutating func raiseServiceRequest(type: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    scheduleServiceRequest(type: type, after: now, in: &simulation)
    let number = serviceRequests.raised[type]
    serviceRequests.raised[type] += 1
    let key = ServiceRequestDesk.key(type: type, count: number)
    var random = serviceRequests.draws.stream(hashing: key)
    var team = -1
    var person: Int32 = -1
    var casegroup: Int32 = -1
    switch serviceRequests.rules!.types[type].routing {
    case .caseOwning(let teams):
      (team, person, casegroup) = casegroupOwner(
        among: teams, u: random.nextUnitInterval(), at: now)
    case .functionallyUnique(let areas):
      team = areas[position(drawnBy: random.nextUnitInterval(), among: areas.map(\.share))].team
    }
    let request = serviceRequests.add(
      OpenServiceRequest(
        type: Int32(type), team: Int32(team), person: person, casegroup: casegroup, activity: 0,
        key: key, arrivedAt: now))
    count(serviceRequest: request, at: now) { $0.arrived += 1 }
    if person >= 0 {
      serviceRequests.assigned[person, default: []].append(Int32(request))
      let agent = Int(agents.personSlot[Int(person)])
      if agents[agent].isReady && agents[agent].onShift {
        _ = startServiceRequestWork(agent: agent, in: &simulation)
      }
    } else if casegroup >= 0 {
      serviceRequests.unowned.append(Int32(request))
    } else if case .functionallyUnique = serviceRequests.rules!.types[type].routing {
      serviceRequests.waiting[team].append(Int32(request))
      if let agent = agents.takeReady(team: team) {
        _ = startServiceRequestWork(agent: agent, in: &simulation)
      }
    }
  }

  /// A casegroup of `teams` drawn by `u`, each alike: its team and its owner at `now` (−1 when
  /// it is orphaned or its team has no caseworkers: no one can see it to work its SRs). The
  /// scenario's case movements and orphanings count as they do for a caller: an SR raised on a
  /// casegroup that has moved goes to its new owner ("all associated work connected to the case
  /// group will also move to the new segment", seed 003).
  func casegroupOwner(among teams: [Int], u: Double, at now: SimInstant) -> (
    team: Int, person: Int32, casegroup: Int32
  ) {
    let total = teams.reduce(0) { $0 + layout.casegroupStart[$1 + 1] - layout.casegroupStart[$1] }
    var index = min(Int(u * Double(total)), total - 1)
    for team in teams {
      let owned = layout.casegroupStart[team + 1] - layout.casegroupStart[team]
      guard index >= owned else {
        let casegroup = layout.casegroupStart[team] + index
        let holder = casegroupHolder(casegroup, team: team, at: now)
        return (holder.team, Int32(holder.person), Int32(casegroup))
      }
      index -= owned
    }
    return (teams[0], -1, -1)
  }

  /// The caseworker works the next activity of their next SR, in NotReady – Customer Related
  /// Clerical Work (the work is on a customer's case: seed 002's code for clerical work on a
  /// case), for its work time or what was left of it. Returns whether they had one.
  mutating func startServiceRequestWork(
    agent: Int, in simulation: inout Simulation<CentreEvent>
  ) -> Bool {
    let person = layout.slotPerson[agent]
    guard let request = serviceRequests.next(person: person, team: Int(agents[agent].team))
    else { return false }
    var time = serviceRequests.requests[request].remaining
    if time == .zero {
      let sr = serviceRequests.requests[request]
      var random = serviceRequests.random(request, activity: Int(sr.activity))
      time = serviceRequests.rules!.types[Int(sr.type)].activities[Int(sr.activity)].work
        .sampleDuration(using: &random)
    }
    serviceRequests.requests[request].remaining = .zero
    serviceRequests.inHand[agent] = Int32(request)
    goNotReady(
      agent: agent, reason: vocabulary.clerical, cause: .serviceRequest, for: time,
      in: &simulation)
    return true
  }

  /// The activity in hand is done, or cut short by the end of the shift (`cut`: what is left
  /// waits for the caseworker's next shift). A done activity that was the plan's last closes
  /// the SR ("The SR cannot be closed with open activities"); otherwise the caseworker comes
  /// back to the SR's next activity before their other SRs.
  mutating func endServiceRequestWork(agent: Int, cut: Bool, at now: SimInstant) {
    guard case .notReady(_, .serviceRequest, let until) = agents[agent].activity else { return }
    let request = Int(serviceRequests.inHand[agent])
    serviceRequests.inHand[agent] = -1
    let worked = now - agents[agent].since
    count(serviceRequest: request, at: now) { $0.caseworkerTime += worked.microseconds }
    if cut && until > now {
      serviceRequests.requests[request].remaining = until - now
      serviceRequests.resume(request)
      return
    }
    serviceRequests.requests[request].activity += 1
    count(serviceRequest: request, at: now) { $0.activitiesDone += 1 }
    let sr = serviceRequests.requests[request]
    guard Int(sr.activity) == serviceRequests.rules!.types[Int(sr.type)].activities.count else {
      serviceRequests.resume(request)
      return
    }
    serviceRequests.close(request)
    count(serviceRequest: request, at: now) { $0.closed += 1 }
  }

  /// Counts for the SR's type, its team, and its team in the interval of `time`, after the
  /// warm-up.
  mutating func count(
    serviceRequest request: Int, at time: SimInstant, _ change: (inout ServiceRequestCounts) -> Void
  ) {
    guard time >= countFrom else { return }
    let sr = serviceRequests.requests[request]
    let teams = recorder.statistics.serviceRequests.teams.count
    let interval = min(
      Int(time.microseconds / intervalLength), configuration.intervalCount - 1)
    change(&recorder.statistics.serviceRequests.types[Int(sr.type)])
    change(&recorder.statistics.serviceRequests.teams[Int(sr.team)])
    change(&recorder.statistics.serviceRequests.intervals[interval * teams + Int(sr.team)])
  }

  /// The SRs open at the end of `interval` (or of the run, `atEnd`), and their ages, per team.
  mutating func sampleServiceRequests(interval: Int, at now: SimInstant, atEnd: Bool) {
    guard !serviceRequests.isEmpty, interval >= 0, interval < configuration.intervalCount
    else { return }
    let teams = recorder.statistics.serviceRequests.teams.count
    // Sampled afresh: the last interval's end is sampled again when the books close.
    for team in 0..<teams {
      let counts = recorder.statistics.serviceRequests.intervals[interval * teams + team]
      var fresh = ServiceRequestCounts()
      fresh.arrived = counts.arrived
      fresh.closed = counts.closed
      fresh.activitiesDone = counts.activitiesDone
      fresh.caseworkerTime = counts.caseworkerTime
      recorder.statistics.serviceRequests.intervals[interval * teams + team] = fresh
    }
    for request in serviceRequests.open {
      let sr = serviceRequests.requests[Int(request)]
      let age = (now - sr.arrivedAt).microseconds
      recorder.statistics.serviceRequests.intervals[interval * teams + Int(sr.team)]
        .countOpen(age: age)
      if atEnd {
        recorder.statistics.serviceRequests.teams[Int(sr.team)].countOpen(age: age)
        recorder.statistics.serviceRequests.types[Int(sr.type)].countOpen(age: age)
      }
    }
  }
}
