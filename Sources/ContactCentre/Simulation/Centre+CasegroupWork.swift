import SimKernel

extension Centre {
  /// With case owning SRs and events that move, orphan or recover casegroups: an event at each
  /// change, when the SRs follow their casegroups.
  mutating func startCasegroupChanges(in simulation: inout Simulation<CentreEvent>) {
    guard let ownership = callers.ownership,
      serviceRequests.rules?.types.contains(where: {
        if case .caseOwning = $0.routing { true } else { false }
      }) == true
    else { return }
    for (index, time) in ownership.changeTimes.enumerated() where time < end {
      simulation.schedule(.casegroupsChange(index: Int32(index)), at: time)
    }
  }

  /// Casegroups have moved, been orphaned or recovered: their case owning SRs waiting to be
  /// worked follow them — "If a case group is transferred to another segment then all
  /// associated work connected to the case group will also move to the new segment" (seed
  /// 003) — to the caseworker who now holds each; those of an orphaned casegroup are seen by no
  /// one ("the cases will not be visible to any case worker") until local IT recovers it. An
  /// activity under way is finished by the caseworker who has it ("Caseworkers should ensure
  /// that all relevant work items are completed first"), and the SR then follows at the next
  /// change. The SR stays reported under the team it arose in.
  mutating func followCasegroups(change: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    var moving: [Int32] = []
    var stay: [Int32: [Int32]] = [:]
    // People in order, so that the SRs move in the same order in every run.
    for person in serviceRequests.assigned.keys.sorted() {
      for request in serviceRequests.assigned[person]! {
        let casegroup = Int(serviceRequests.requests[Int(request)].casegroup)
        if casegroup >= 0 && holder(ofCasegroup: casegroup, at: now) != person {
          moving.append(request)
        } else {
          stay[person, default: []].append(request)
        }
      }
    }
    moving += serviceRequests.unowned
    serviceRequests.assigned = stay
    serviceRequests.unowned = []
    var told: [Int] = []
    for request in moving {
      let casegroup = Int(serviceRequests.requests[Int(request)].casegroup)
      let owner = holder(ofCasegroup: casegroup, at: now)
      serviceRequests.requests[Int(request)].person = owner
      guard owner >= 0 else {
        serviceRequests.unowned.append(request)
        continue
      }
      serviceRequests.assigned[owner, default: []].append(request)
      told.append(Int(agents.personSlot[Int(owner)]))
    }
    // Each new owner who is Ready starts on their SRs at once, as when one arises.
    for agent in told where agents[agent].isReady && agents[agent].onShift {
      _ = startServiceRequestWork(agent: agent, in: &simulation)
    }
  }

  /// The person who holds `casegroup` at `now`, −1 when nobody does.
  private func holder(ofCasegroup casegroup: Int, at now: SimInstant) -> Int32 {
    Int32(
      casegroupHolder(casegroup, team: layout.team(ofCasegroup: casegroup), at: now).person)
  }
}
