import SimKernel

/// The fixed shape of a centre, derived once from its configuration: the agents of every
/// roster, the routing steps flattened, the waiting lists each step and each agent uses.
struct CentreLayout {
  /// One entry per agent slot: team, global shift index, place on the shift, whether the agent
  /// takes calls (`Team.takesCalls`: not a team leader who takes none).
  var agents: [(team: Int, shift: Int, place: Int, takesCalls: Bool)] = []
  /// Per global shift: its team, the shift, and how many agents it has.
  var shifts: [(team: Int, shift: Shift)] = []
  /// Per team: its segment (−1 none); per segment: its teams.
  var teamSegment: [Int32] = []
  var segmentTeams = FlatLists([])
  /// Per team: its call-taking caseworkers (people), who own its casegroups in turn.
  var caseworkers = FlatLists([])
  /// Per person: their agent slots (one per shift worked), in roster order; per slot, its
  /// person.
  var personSlots = FlatLists([])
  var slotPerson: [Int32] = []

  /// Every shift start and end of the run, in time order: (time, agent slot, is the end).
  var timetable: [RosterEntry] = []
  /// Teams staffed by counts (`Team.staffing`): each change of a count, its timetable entry's
  /// `agent`; per team, the agent slots of its pool (empty for other teams).
  var staffingChanges: [(team: Int32, agents: Int32)] = []
  var staffingSlots: [Range<Int>] = []
  /// The person with each staff number (for transfers to a named caseworker).
  var staffPerson: [String: Int] = [:]

  /// Per line: its single call type, or −1 when it has a mix; whether it has an IVR; the plan
  /// of its calls when that depends on neither the IVR nor the call type (else −1).
  var lineCallType: [Int32] = []
  var lineHasIVR: [Bool] = []
  var linePlan: [Int32] = []
  /// Per line, its call-type mix (`mixStart[line] ..< mixStart[line + 1]`) as call types and
  /// cumulative shares.
  var mixStart: [Int] = [0]
  var mixCallType: [Int32] = []
  var mixCumulative: [Double] = []
  /// Per line, its IVR time and branches (`branchStart[line] ..< branchStart[line + 1]`):
  /// kind, cumulative share, plan (−1: hang up), identification time, and for valid SCINs the
  /// teams whose casegroups callers belong to (a range of the team pool), their total and the
  /// stride that spreads popular casegroups.
  var ivrTime: [Distribution] = []
  var branchStart: [Int] = [0]
  var branchKind: [Int8] = []
  var branchCumulative: [Double] = []
  var branchPlan: [Int32] = []
  var branchIdentification: [Distribution] = []
  var branchFindsOwner: [Bool] = []
  var branchCasegroupTeams: [Range<Int>] = []
  var branchCasegroups: [Int] = []
  var branchStride: [Int] = []
  /// Per position of the team pool in a branch's teams (`branchCasegroupTeams`): the
  /// casegroups of the branch's teams up to and including this one, so that a caller's
  /// casegroup finds its team by a binary search (`casegroup(_:ofBranch:)`).
  var casegroupsThrough: [Int] = []
  /// Cumulative casegroups: team t owns casegroups `casegroupStart[t] ..< casegroupStart[t+1]`.
  var casegroupStart: [Int] = [0]

  /// Routing steps of all plans, flattened and numbered consecutively plan by plan;
  /// `planSteps` gives each plan's range, and `routes` what the hot path needs of each step.
  var planSteps = FlatLists([])
  var routes: [StepRoute] = []
  var stepAfter: [Int64] = []
  var stepTarget: [RoutingTarget] = []
  /// The kind of each step's target, compact for the hot path.
  var stepKind: [StepKind] = []
  var stepSkip: [Bool] = []
  var stepSelect: [AgentSelection.Kind] = []
  var stepPlan: [Int32] = []
  /// The first waiting list of each step (owner steps have one per agent, owner-team steps one
  /// per team, owner-segment steps one per segment, fixed targets one).
  var stepListBase: [Int32] = []
  /// Sets of teams, end to end: each step's fixed target (`teams` or `segments`), each
  /// segment's teams, and each IVR branch's casegroup teams, as ranges of `teamPool`.
  var teamPool: [Int32] = []
  var stepTeams: [Range<Int>] = []
  var segmentTeamRange: [Range<Int>] = []
  /// Per waiting list: the priority of its plan.
  var listPriority: [Int32] = []
  /// Per team: the waiting lists its agents take calls from, owner lists excepted.
  var teamLists = FlatLists([])
  /// The first list of each owner step: an agent also takes calls from `base + agent`.
  var ownerListBases: [Int32] = []

  init(_ configuration: CentreConfiguration) {
    let teams = configuration.teams
    var caseworkers: [[Int]] = Array(repeating: [], count: teams.count)
    var slotsOfPerson: [[Int]] = []
    for (team, spec) in teams.enumerated() {
      var personIndex: [Team.Person: Int] = [:]
      let people = spec.people
      var slot = 0
      for shift in spec.shifts {
        let global = shifts.count
        shifts.append((team, shift))
        for (place, profile) in shift.agents.enumerated() {
          let key = people[slot].key
          slot += 1
          if case .staffNumber(let number) = key, staffPerson[number] == nil {
            staffPerson[number] = slotsOfPerson.count
          }
          if let person = personIndex[key] {
            slotsOfPerson[person].append(agents.count)
          } else {
            personIndex[key] = slotsOfPerson.count
            if !profile.isTeamLeader { caseworkers[team].append(slotsOfPerson.count) }
            slotsOfPerson.append([agents.count])
          }
          agents.append((team, global, place, spec.takesCalls(profile)))
        }
      }
      casegroupStart.append(
        casegroupStart[team] + (caseworkers[team].isEmpty ? 0 : spec.casegroups))
    }
    self.caseworkers = FlatLists(caseworkers)
    personSlots = FlatLists(slotsOfPerson)
    let end = SimInstant(since: configuration.duration)
    addStaffingChanges(configuration)
    // Entries gathered by kind (shift starts, ends, each scheduled period): the slots of a
    // team come day by day, so each kind is a few long runs already in order, which the sort
    // merges rather than sorting a month of entries from scratch.
    var byKind: [[RosterEntry]] = [[], []]
    for (slot, agent) in agents.enumerated() {
      let shift = shifts[agent.shift].shift
      let start = SimInstant(since: shift.start)
      guard start < end, staffingSlots[agent.team].isEmpty else { continue }
      byKind[0].append(RosterEntry(time: start, agent: Int32(slot), what: RosterEntry.shiftStart))
      let finish = SimInstant(since: shift.end)
      if finish < end {
        byKind[1].append(RosterEntry(time: finish, agent: Int32(slot), what: RosterEntry.shiftEnd))
      }
      // Scheduled NotReady periods that start within the shift (staggered ones may not).
      for (index, period) in shift.notReady.enumerated() {
        let begins = max(
          start, SimInstant(since: period.start(ofAgent: agent.place, of: shift.agents.count)))
        guard begins < min(finish, end) else { continue }
        while byKind.count <= 2 + index { byKind.append([]) }
        byKind[2 + index].append(RosterEntry(time: begins, agent: Int32(slot), what: Int32(index)))
      }
    }
    for entries in byKind { timetable += entries }
    // Stable by time; at the same instant, changes of counts, shift ends, then starts (one
    // shift hands over to the next), then scheduled periods.
    // (Entries of one agent never tie, so the agent orders ties as the slots do.)
    timetable.sort { ($0.time, $0.what, $0.agent) < ($1.time, $1.what, $1.agent) }
    slotPerson = Array(repeating: 0, count: agents.count)
    for (person, slots) in slotsOfPerson.enumerated() {
      for slot in slots { slotPerson[slot] = Int32(person) }
    }
    teamSegment = teams.map { Int32($0.segment ?? -1) }
    segmentTeams = FlatLists(
      configuration.segments.indices.map { segment in
        teams.indices.filter { teams[$0].segment == segment }
      })

    var stepsOfPlan: [[Int]] = []
    var teamsOfStep: [[Int]] = []
    var listCount = 0
    for (planIndex, plan) in configuration.plans.enumerated() {
      var indices: [Int] = []
      for step in plan.steps {
        indices.append(stepAfter.count)
        stepAfter.append(step.after.microseconds)
        stepTarget.append(step.target)
        stepKind.append(StepKind(step.target))
        stepSkip.append(step.skipIfNoneReady)
        stepSelect.append(step.select.kind)
        stepPlan.append(Int32(planIndex))
        stepListBase.append(Int32(listCount))
        let lists: Int
        switch step.target {
        case .owner: lists = agents.count
        case .ownerTeam: lists = teams.count
        case .ownerSegment: lists = configuration.segments.count
        case .teams, .segments: lists = 1
        }
        listCount += lists
        listPriority += Array(repeating: Int32(plan.priority), count: lists)
        switch step.target {
        case .teams(let chosen): teamsOfStep.append(chosen)
        case .segments(let chosen):
          teamsOfStep.append(
            teams.indices.filter { teams[$0].segment.map(chosen.contains) ?? false })
        case .owner, .ownerTeam, .ownerSegment: teamsOfStep.append([])
        }
        if step.target == .owner { ownerListBases.append(stepListBase.last!) }
      }
      stepsOfPlan.append(indices)
    }
    planSteps = FlatLists(stepsOfPlan)
    func pool(_ set: [Int]) -> Range<Int> {
      let start = teamPool.count
      teamPool += set.map(Int32.init)
      return start..<teamPool.count
    }
    stepTeams = teamsOfStep.map(pool)
    routes = stepAfter.indices.map { step in
      StepRoute(
        after: stepAfter[step], listBase: stepListBase[step], kind: stepKind[step],
        skipIfNoneReady: stepSkip[step], select: stepSelect[step],
        firstTeam: Int32(stepTeams[step].lowerBound), endTeam: Int32(stepTeams[step].upperBound))
    }
    segmentTeamRange = (0..<segmentTeams.count).map { pool(segmentTeams.list($0)) }

    lineCallType = configuration.lines.map {
      $0.callTypes.count == 1 ? Int32($0.callTypes[0].callType) : -1
    }
    lineHasIVR = configuration.lines.map { $0.ivr != nil }
    linePlan = configuration.lines.indices.map { line in
      let spec = configuration.lines[line]
      guard spec.ivr == nil, spec.callTypes.count == 1 else { return -1 }
      return Int32(configuration.plan(line: line, callType: spec.callTypes[0].callType) ?? -1)
    }
    for line in configuration.lines {
      var running = 0.0
      for share in line.callTypes {
        running += share.share
        mixCallType.append(Int32(share.callType))
        mixCumulative.append(running)
      }
      mixStart.append(mixCallType.count)
      ivrTime.append(line.ivr?.time ?? .fixed(0))
      running = 0
      for branch in line.ivr?.branches ?? [] {
        running += branch.share
        branchKind.append(Int8(branch.kind.index))
        branchCumulative.append(running)
        branchPlan.append(Int32(branch.plan ?? -1))
        branchIdentification.append(branch.identification)
        branchFindsOwner.append(configuration.vocabulary.behaviour(of: branch.kind) == .findsOwner)
        let owning = teams.indices.filter { team in
          branch.segments.isEmpty || teams[team].segment.map(branch.segments.contains) ?? false
        }
        let positions = pool(owning)
        branchCasegroupTeams.append(positions)
        // Positions of the pool before the branch's (other sets of teams) have no total.
        casegroupsThrough += repeatElement(0, count: positions.lowerBound - casegroupsThrough.count)
        var total = 0
        for team in owning {
          total += casegroupStart[team + 1] - casegroupStart[team]
          casegroupsThrough.append(total)
        }
        branchCasegroups.append(total)
        branchStride.append(casegroupStride(total))
      }
      branchStart.append(branchKind.count)
    }
    teamLists = FlatLists(
      teams.indices.map { team in
        var lists: [Int] = []
        for step in stepTarget.indices {
          let base = Int(stepListBase[step])
          switch stepTarget[step] {
          case .owner: break
          case .ownerTeam: lists.append(base + team)
          case .ownerSegment:
            if teamSegment[team] >= 0 { lists.append(base + Int(teamSegment[team])) }
          case .teams, .segments:
            if teamsOfStep[step].contains(team) { lists.append(base) }
          }
        }
        return lists
      })
  }

  /// A stride near 0.618 × `total` that is coprime with it: rank × stride mod total visits
  /// every casegroup once.
  func casegroupStride(_ total: Int) -> Int {
    guard total > 2 else { return 1 }
    var stride = max(1, Int(Double(total) * 0.618_034))
    while gcd(stride, total) != 1 { stride -= 1 }
    return stride
  }

  private func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

  /// The team that owns `casegroup`.
  ///
  /// - Complexity: O(log teams)
  func team(ofCasegroup casegroup: Int) -> Int {
    // casegroupStart is non-decreasing: the last team whose range starts at or before it.
    var low = 0
    var high = casegroupStart.count - 2
    while low < high {
      let middle = (low + high + 1) / 2
      if casegroupStart[middle] <= casegroup { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The `index`th of the casegroups of IVR branch `branch`'s teams (`0 ..<
  /// branchCasegroups[branch]`), counted team by team in their order: its team and number.
  ///
  /// - Complexity: O(log teams)
  @inline(__always)
  func casegroup(_ index: Int, ofBranch branch: Int) -> (team: Int, casegroup: Int) {
    // The first of the branch's teams whose casegroups so far pass `index` (the last one's
    // do: they are all of the branch's).
    let positions = branchCasegroupTeams[branch]
    var low = positions.lowerBound
    var high = positions.upperBound - 1
    while low < high {
      let middle = (low + high) / 2
      if casegroupsThrough[middle] > index { high = middle } else { low = middle + 1 }
    }
    let team = Int(teamPool[low])
    let owned = casegroupStart[team + 1] - casegroupStart[team]
    return (team, casegroupStart[team] + index - (casegroupsThrough[low] - owned))
  }

  /// The segment of a call's owner team (`Call.ownerTeam`), −1 when none.
  @inline(__always) func segment(ofOwnerTeam team: Int32) -> Int32 {
    team >= 0 ? teamSegment[Int(team)] : -1
  }

  /// The number of waiting lists.
  var listCount: Int { listPriority.count }
}

/// One routing step as the hot path reads it, in one place.
struct StepRoute: BitwiseCopyable {
  /// Microseconds after the call joined the queue.
  var after: Int64
  /// The step's first waiting list.
  var listBase: Int32
  var kind: StepKind
  var skipIfNoneReady: Bool
  /// Which Ready agent of the target takes the call (`AgentSelector`).
  var select: AgentSelection.Kind
  /// A fixed target's teams: `firstTeam ..< endTeam` in the team pool.
  var firstTeam: Int32
  var endTeam: Int32

  /// A fixed target's teams, as a range of the team pool.
  var teams: Range<Int> { Int(firstTeam)..<Int(endTeam) }
}

/// The kind of a routing step's target, without its team or segment lists.
enum StepKind: UInt8, BitwiseCopyable {
  case owner
  case ownerTeam
  case ownerSegment
  case fixed

  init(_ target: RoutingTarget) {
    switch target {
    case .owner: self = .owner
    case .ownerTeam: self = .ownerTeam
    case .ownerSegment: self = .ownerSegment
    case .teams, .segments: self = .fixed
    }
  }
}

/// One entry of the roster's timetable: an agent's shift starts or ends, or one of their
/// scheduled NotReady periods begins.
struct RosterEntry: BitwiseCopyable {
  static let staffingChange: Int32 = -3
  static let shiftEnd: Int32 = -2
  static let shiftStart: Int32 = -1

  var time: SimInstant
  var agent: Int32
  /// `staffingChange` (`agent` is then the index of the change of a count), `shiftEnd`,
  /// `shiftStart`, or the index of a scheduled NotReady period of the shift.
  var what: Int32
}
