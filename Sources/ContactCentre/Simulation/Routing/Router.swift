import SimKernel

/// The routing of waiting calls: the plans' steps (from the layout) and the calls waiting in
/// each step's lists, longest waiting first.
///
/// Owns: the waiting lists. Reads: the layout's plans, steps and the lists each team takes
/// calls from.
struct Router: ~Copyable {
  let layout: CentreLayout
  private var lists = Table<WaitingList>()

  init(layout: CentreLayout) {
    self.layout = layout
    for _ in 0..<layout.listCount { lists.append(WaitingList(capacity: 4)) }
  }

  /// The waiting list of a step for `call`; nil when the step needs an owner, team or segment
  /// the call does not have (an orphaned casegroup skips its owner step).
  @inline(__always) func list(for route: StepRoute, _ call: borrowing Call) -> Int? {
    let base = Int(route.listBase)
    switch route.kind {
    case .owner: return call.owner >= 0 ? base + Int(call.owner) : nil
    case .ownerTeam: return call.ownerTeam >= 0 ? base + Int(call.ownerTeam) : nil
    case .ownerSegment:
      let segment = layout.segment(ofOwnerTeam: call.ownerTeam)
      return segment >= 0 ? base + Int(segment) : nil
    case .fixed: return base
    }
  }

  /// Puts the call in `slot` of `calls` in waiting list `list`, at its place in queue order. A
  /// full list first drops the entries of calls no longer waiting with their ticket.
  @inline(__always) mutating func insert(
    slot: Int, _ call: borrowing Call, into list: Int, calls: borrowing CallSlots
  ) {
    lists[list].insert(
      WaitEntry(
        queuedAt: call.queuedAt.microseconds, caller: call.caller, slot: UInt32(slot),
        ticket: call.ticket)
    ) { !calls[Int($0.slot)].isWaiting(ticket: $0.ticket) }
  }

  /// Each list's entries, stale ones included, and the entries it has room for.
  var listSizes: [(stored: Int, capacity: Int)] {
    lists.indices.map { (lists[$0].count, lists[$0].capacity) }
  }

  /// The best call for a free agent of `team`: the highest priority, then the longest waiting,
  /// among the lists the agent takes calls from (their team's, and their own as an owner).
  /// Stale entries met on the way are dropped.
  mutating func takeWaitingCall(for agent: Int, team: Int, calls: borrowing CallSlots) -> Int? {
    var best = -1
    var bestEntry = WaitEntry(queuedAt: 0, caller: 0, slot: 0, ticket: 0)
    var bestPriority = Int32.min
    var position = layout.teamLists.range(team).lowerBound
    let teamEnd = layout.teamLists.range(team).upperBound
    var owner = 0
    while true {
      let list: Int
      if position < teamEnd {
        list = layout.teamLists.element(position)
        position += 1
      } else if owner < layout.ownerListBases.count {
        list = Int(layout.ownerListBases[owner]) + agent
        owner += 1
      } else {
        break
      }
      while let head = lists[list].first, !calls[Int(head.slot)].isWaiting(ticket: head.ticket) {
        lists[list].removeFirst()
      }
      guard let head = lists[list].first else { continue }
      let priority = layout.listPriority[list]
      if best < 0 || priority > bestPriority
        || (priority == bestPriority && head.precedes(bestEntry))
      {
        best = list
        bestEntry = head
        bestPriority = priority
      }
    }
    guard best >= 0 else { return nil }
    lists[best].removeFirst()
    return Int(bestEntry.slot)
  }
}

@available(*, unavailable)
extension Router: Sendable {}
