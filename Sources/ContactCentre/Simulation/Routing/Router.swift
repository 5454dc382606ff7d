import SimKernel

/// The routing of waiting calls: the plans' steps (from the layout) and the calls waiting in
/// each step's lists, longest waiting first.
///
/// A team that takes calls from many lists (`Router.manyLists` or more) keeps their heads in a
/// tournament tree, so that a free agent finds the best call in O(log lists), not by looking at
/// every list. A head in the tree may be early — its call answered or abandoned since, or taken
/// by another team's agent: a head only ever gets later without the tree being told, and the
/// winner's is checked against its list before it is taken, so the choice is the scan's.
///
/// Owns: the waiting lists, the teams' trees of their heads. Reads: the layout's plans, steps and
/// the lists each team takes calls from.
struct Router: ~Copyable {
  let layout: CentreLayout
  private var lists = Table<WaitingList>()
  /// From this many lists on, a team's agents find their next call through a tree.
  static let manyLists = 8
  private var heads = Tournaments<ListHead>()
  /// Per team: its tree in `heads` (its entrants its lists, in `layout.teamLists` order), or −1.
  private var teamTree: [Int32]
  /// Whether any team has a tree (else nothing on the hot path looks for one).
  private let hasTrees: Bool
  /// Whether no plan has an owner step, so that an agent takes calls from their team's lists
  /// only (then a team with one list needs no search: `takeWaitingCall`).
  private let teamListsOnly: Bool
  /// Per list: the trees it is an entrant of, and as which entrant
  /// (`watchStart[list] ..< watchStart[list + 1]`).
  private var watchStart: [Int32]
  private var watchTree: [Int32] = []
  private var watchEntrant: [Int32] = []

  init(layout: CentreLayout) {
    self.layout = layout
    for _ in 0..<layout.listCount { lists.append(WaitingList(capacity: 4)) }
    var watchers: [[(tree: Int, entrant: Int)]] = Array(repeating: [], count: layout.listCount)
    teamTree = Array(repeating: -1, count: layout.teamLists.count)
    for team in 0..<layout.teamLists.count {
      let teamLists = layout.teamLists.list(team)
      guard teamLists.count >= Self.manyLists else { continue }
      let tree = heads.add(entrants: teamLists.count)
      teamTree[team] = Int32(tree)
      for (entrant, list) in teamLists.enumerated() { watchers[list].append((tree, entrant)) }
    }
    hasTrees = teamTree.contains { $0 >= 0 }
    teamListsOnly = layout.ownerListBases.isEmpty
    watchStart = [0]
    for listWatchers in watchers {
      for watcher in listWatchers {
        watchTree.append(Int32(watcher.tree))
        watchEntrant.append(Int32(watcher.entrant))
      }
      watchStart.append(Int32(watchTree.count))
    }
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
    guard hasTrees else { return }
    let watched = Int(watchStart[list])..<Int(watchStart[list + 1])
    guard !watched.isEmpty, let head = lists[list].first else { return }
    // The only way a head gets earlier: the trees must hear of it.
    let key = ListHead(priority: layout.listPriority[list], head)
    for watch in watched {
      let tree = Int(watchTree[watch])
      let entrant = Int(watchEntrant[watch])
      if key.beats(heads.key(tree, entrant)) { heads.set(tree, entrant, to: key) }
    }
  }

  /// Each list's entries, stale ones included, and the entries it has room for.
  var listSizes: [(stored: Int, capacity: Int)] {
    lists.indices.map { (lists[$0].count, lists[$0].capacity) }
  }

  /// The best call for a free agent of `team`: the highest priority, then the longest waiting,
  /// among the lists the agent takes calls from (their team's, and their own as an owner).
  /// Stale entries met on the way are dropped.
  mutating func takeWaitingCall(for agent: Int, team: Int, calls: borrowing CallSlots) -> Int? {
    let teamLists = layout.teamLists.range(team)
    if teamListsOnly && teamLists.count == 1 {
      // One list to take from (the core centre's: one queue, one team): its head, once the
      // entries of calls no longer waiting are dropped.
      let list = layout.teamLists.element(teamLists.lowerBound)
      while let head = lists[list].first, !calls[Int(head.slot)].isWaiting(ticket: head.ticket) {
        lists[list].removeFirst()
      }
      return lists[list].removeFirst().map { Int($0.slot) }
    }
    var best = -1
    var bestEntry = WaitEntry(queuedAt: 0, caller: 0, slot: 0, ticket: 0)
    var bestPriority = Int32.min
    var position = layout.teamLists.range(team).lowerBound
    let teamEnd = layout.teamLists.range(team).upperBound
    if hasTrees && teamTree[team] >= 0 {
      let tree = Int(teamTree[team])
      // The team's lists through its tree; the owner lists after them, by the scan below.
      while true {
        let entrant = heads.winner(tree)
        let stored = heads.key(tree, entrant)
        if stored.isEmpty { break }
        let list = layout.teamLists.element(position + entrant)
        while let head = lists[list].first, !calls[Int(head.slot)].isWaiting(ticket: head.ticket) {
          lists[list].removeFirst()
        }
        guard let head = lists[list].first else {
          heads.set(tree, entrant, to: .empty)
          continue
        }
        let key = ListHead(priority: layout.listPriority[list], head)
        if key == stored {
          best = list
          bestEntry = head
          bestPriority = key.priority
          break
        }
        heads.set(tree, entrant, to: key)
      }
      position = teamEnd
    }
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

/// A waiting list's head as its teams' trees rank it: the plan's priority, then queue order.
struct ListHead: TournamentKey {
  var priority: Int32
  var queuedAt: Int64
  var caller: UInt64

  init(priority: Int32, queuedAt: Int64, caller: UInt64) {
    self.priority = priority
    self.queuedAt = queuedAt
    self.caller = caller
  }

  init(priority: Int32, _ head: WaitEntry) {
    self.init(priority: priority, queuedAt: head.queuedAt, caller: head.caller)
  }

  static var empty: ListHead { ListHead(priority: .min, queuedAt: .max, caller: .max) }

  @inline(__always) func beats(_ other: ListHead) -> Bool {
    priority > other.priority
      || (priority == other.priority
        && (queuedAt < other.queuedAt || (queuedAt == other.queuedAt && caller < other.caller)))
  }
}

@available(*, unavailable)
extension Router: Sendable {}
