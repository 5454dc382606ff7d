/// The teams whose agents can take each queue's calls, worked out once from the configuration:
/// the teams reports attribute to a queue (its agents by state, the Pulse team filter, the AAC
/// desk's teams) and the staffing search measures on it.
///
/// A step naming teams or segments brings in those teams. A step that depends on the caller's
/// casegroup brings in only what the callers entering the queue can have: the teams of their
/// owners (`owner`), their owner's teams (`ownerTeam`) and those teams' segments
/// (`ownerSegment`; an owner's team outside any segment adds nothing). Callers get an owner in
/// these ways only, as the simulation sets them:
/// - a valid-SCIN branch of an IVR draws the caller's casegroup from the teams owning
///   casegroups among the branch's segments (a team with casegroups but no caseworker owns
///   none); a line without an IVR brings callers without one, and a redial keeps its branch;
/// - a transfer to a named caseworker makes them the new leg's owner, in their team (a redial
///   of the leg goes back to the caller's own casegroup, and so to its owner);
/// - an orphaned casegroup's caller has no owner, team or segment (only when every casegroup
///   is orphaned for the whole run does that leave a queue's owner steps with nobody), and
///   casegroups moved or recovered during the run bring the teams they go to into every
///   valid-SCIN branch's queue;
/// - a call about a lock-assigned casegroup waits in the lock-assigned queue for the
///   caseworker holding the lock: a call-taker of a team in an AAC area who raised an incident
///   about it — one of their team's casegroups, or that of a call they took (a call in a queue
///   whose callers can have a casegroup) that closed Unresolved – Escalated.
///
/// Computing it builds the centre's layout (its whole roster): compute it once and keep it.
public struct QueueTeams: Sendable, Equatable {
  /// Per queue (routing plan): the teams whose agents may take its calls at some step, in team
  /// order.
  public let serving: [[Int]]
  /// Per queue: the teams it offers its calls to from the moment they queue — those of its
  /// steps with the least delay, in team order (the teams reached only later take its
  /// overflow).
  public let first: [[Int]]

  /// The teams of every queue of `configuration`; a queue of a team leader's direct-dial line
  /// has the team leader's team too.
  public init(_ configuration: CentreConfiguration) {
    let layout = CentreLayout(configuration)
    let owners = Owners(configuration, layout)
    var teams = configuration.plans.indices.map { owners.teams(ofPlan: $0, configuration, layout) }
    // A team leader's direct-dial line rings the team leader first (`DirectDial`), from the
    // moment the call is offered in the line's queue.
    for (line, spec) in configuration.lines.enumerated() {
      guard let directDial = spec.directDial,
        let team = Owners.team(ofStaffNumber: directDial.teamLeader, layout)
      else { continue }
      let plans = spec.callTypes.compactMap {
        configuration.plan(line: line, callType: $0.callType)
      }
      for plan in plans {
        teams[plan].serving.insert(team)
        teams[plan].first.insert(team)
      }
    }
    serving = teams.map { $0.serving.sorted() }
    first = teams.map { $0.first.sorted() }
  }
}

extension CentreConfiguration {
  /// The teams of every queue (`QueueTeams`); each use computes them anew, so keep the value.
  public var queueTeams: QueueTeams { QueueTeams(self) }
}

/// Per plan, the teams of the owners its callers can have (`Call.owner`) and of their owner's
/// team (`Call.ownerTeam`, whose segment is `Call.ownerSegment`).
private struct Owners {
  var owner: [Set<Int>]
  var ownerTeam: [Set<Int>]

  init(_ configuration: CentreConfiguration, _ layout: CentreLayout) {
    owner = Array(repeating: [], count: configuration.plans.count)
    ownerTeam = owner
    // Every casegroup orphaned for the whole run: its callers have no owner, and no owner's
    // team or segment either.
    let rules = configuration.casegroups
    let orphaned = rules.orphanedShare >= 1 && !rules.hasEvents
    // Teams that may hold casegroups moved or recovered during the run: any valid-SCIN
    // caller may be about one of them.
    let receiving = Self.receivingTeams(configuration, layout)
    // The teams callers draw casegroups from, and the queues whose callers can have one and
    // close Unresolved – Escalated (a transfer's new leg keeps the caller's casegroup, a
    // redial its branch).
    var casegroupOwners = Set<Int>()
    var escalating = Set<Int>()
    for (line, spec) in configuration.lines.enumerated() {
      guard let ivr = spec.ivr else { continue }
      let callTypes = spec.callTypes.map(\.callType)
      let escalates = configuration.vocabulary.outcomes(.escalates)
      let escalatingTypes = callTypes.filter { callType in
        escalates.contains { configuration.callTypes[callType].outcomes.share(of: $0) > 0 }
      }
      for (index, branch) in ivr.branches.enumerated()
      where configuration.vocabulary.behaviour(of: branch.kind) == .findsOwner {
        guard let plan = branch.plan else { continue }
        let teams = Self.casegroupTeams(ofBranch: layout.branchStart[line] + index, layout)
        guard !teams.isEmpty else { continue }
        casegroupOwners.formUnion(teams)
        if !escalatingTypes.isEmpty { escalating.insert(plan) }
        for callType in escalatingTypes {
          escalating.formUnion(configuration.transferPlans[callType])
        }
        guard !orphaned else { continue }
        ownerTeam[plan].formUnion(teams + receiving)
        owner[plan].formUnion(teams + receiving)
      }
    }
    for (callType, spec) in configuration.callTypes.enumerated() {
      guard let transfer = spec.transfer else { continue }
      for (share, plan) in zip(transfer.targets, configuration.transferPlans[callType]) {
        guard case .agent(let staffNumber) = share.target,
          let team = Self.team(ofStaffNumber: staffNumber, layout)
        else { continue }
        owner[plan].insert(team)
        ownerTeam[plan].insert(team)
      }
    }
    // The call-takers of the AAC areas' teams who can raise an incident about a casegroup
    // some caller has: one of their own, or that of a call they took.
    if let locked = configuration.lockedPlan, let aac = configuration.aac,
      let incidents = configuration.incidents
    {
      var raising = Set<Int>()
      if incidents.perCaseworkerHour > 0 { raising.formUnion(casegroupOwners) }
      if incidents.fromEscalated > 0 {
        for plan in escalating {
          raising.formUnion(teams(ofPlan: plan, configuration, layout).serving)
        }
      }
      let callTaking = Set(layout.agents.filter { $0.takesCalls }.map { $0.team })
      owner[locked] = raising.intersection(aac.areas.flatMap(\.teams)).intersection(callTaking)
    }
  }

  /// The teams whose agents may take a call of `plan` at some step, and at its steps with the
  /// least delay.
  func teams(ofPlan plan: Int, _ configuration: CentreConfiguration, _ layout: CentreLayout)
    -> (serving: Set<Int>, first: Set<Int>)
  {
    let steps = configuration.plans[plan].steps
    let earliest = steps.map(\.after).min()
    var serving = Set<Int>()
    var first = Set<Int>()
    for (step, index) in zip(steps, layout.planSteps.list(plan)) {
      let teams = teams(reachedBy: step.target, step: index, plan: plan, layout)
      serving.formUnion(teams)
      if step.after == earliest { first.formUnion(teams) }
    }
    return (serving, first)
  }

  /// The teams whose agents may take a call of `plan` at a step with `target` (`step`, its
  /// index among all plans' steps).
  private func teams(reachedBy target: RoutingTarget, step: Int, plan: Int, _ layout: CentreLayout)
    -> Set<Int>
  {
    switch target {
    case .teams, .segments: Set(layout.stepTeams[step].map { Int(layout.teamPool[$0]) })
    case .owner: owner[plan]
    case .ownerTeam: ownerTeam[plan]
    case .ownerSegment:
      Set(
        ownerTeam[plan].flatMap { team in
          let segment = Int(layout.teamSegment[team])
          return segment < 0 ? [] : layout.segmentTeams.list(segment)
        })
    }
  }

  /// The teams an IVR branch's callers draw their casegroups from: those among its segments'
  /// that own casegroups.
  private static func casegroupTeams(ofBranch branch: Int, _ layout: CentreLayout) -> [Int] {
    layout.branchCasegroupTeams[branch].map { Int(layout.teamPool[$0]) }.filter {
      layout.casegroupStart[$0 + 1] > layout.casegroupStart[$0]
    }
  }

  /// The teams casegroups move to (`CasegroupRules.movements`) or local IT returns them to
  /// (`recoveredTo`) during the run: those with caseworkers.
  private static func receivingTeams(_ configuration: CentreConfiguration, _ layout: CentreLayout)
    -> [Int]
  {
    let rules = configuration.casegroups
    var teams = Set(rules.orphanings.compactMap(\.recoveredTo))
    for movement in rules.movements {
      if let team = movement.team {
        teams.insert(team)
      } else {
        teams.formUnion(layout.segmentTeams.list(movement.segment))
      }
    }
    return teams.filter { !layout.caseworkers.range($0).isEmpty }.sorted()
  }

  /// The team of the caseworker a transfer to `staffNumber` reaches.
  static func team(ofStaffNumber staffNumber: String, _ layout: CentreLayout) -> Int? {
    layout.staffPerson[staffNumber].map {
      layout.agents[layout.personSlots.element(layout.personSlots.range($0).lowerBound)].team
    }
  }
}
