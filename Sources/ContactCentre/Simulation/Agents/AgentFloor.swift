import SimKernel

/// The agents: every agent slot of the roster with its activity (`AgentActivity`), each team's
/// Ready line (longest idle first) and idle check, and who works which slot now.
///
/// A set of many teams (`AgentFloor.manyTeams` or more) that a routing step offers calls to keeps
/// the heads of their Ready lines in a tournament tree (`Tournaments`), so that an offer finds
/// the longest-idle agent in O(log teams), not by looking at every team. A head in the tree may
/// be early (its agent has left Ready since): a head only ever gets later without the tree being
/// told — except when an empty line gets an agent, which `makeReady` tells it — and the winner's
/// is checked before it is taken, so the choice is the scan's.
///
/// Owns: the agent table; the Ready lines and the trees of their heads; the timers of agents' activities, of their logging
/// back in after an idle logout, and of each team's idle check; the person → slot map; each
/// team's behaviour at the phone and its stream for the relog delay.
struct AgentFloor: ~Copyable {
  private var table = Table<Agent>()
  /// Ready agents per team, longest idle first (entries go stale when an agent leaves Ready).
  private var readyLines = Table<Ring<ReadyEntry>>()
  /// From this many teams on, a set of teams offered calls finds its longest-idle agent
  /// through a tree.
  static let manyTeams = 8
  private var idleHeads = Tournaments<IdleSince>()
  /// Per position of the layout's team pool: the tree of the set of teams starting there, or −1;
  /// per tree, its number of teams.
  private var poolTree: [Int32] = []
  private var treeTeams: [Int32] = []
  /// Per team: the trees it is an entrant of, and as which entrant
  /// (`watchStart[team] ..< watchStart[team + 1]`).
  private var watchStart: [Int32] = [0]
  private var watchTree: [Int32] = []
  private var watchEntrant: [Int32] = []
  /// Whether any set of teams has a tree (else nothing on the hot path looks for one).
  private let hasTrees: Bool
  /// Per agent: the timer of the current activity (a ring, a call, a consult, a wrap-up, a
  /// NotReady period), and of logging back in after an idle logout.
  var timers: TimerTokens
  var logins: TimerTokens
  /// Per team: the pending idle check, due when the head of the Ready line reaches the limit.
  var idleChecks: TimerTokens
  /// Per person: the agent slot they work now (the latest to log in), for casegroup owners.
  var personSlot: Table<Int32>
  /// Per team: how its agents behave at the phone, and whether they answer at once.
  let behaviours: [AgentBehaviour]
  let answersInstantly: [Bool]
  /// Per team: the stream of the delays before logging back in after an idle logout.
  var relogRandom: Table<Xoshiro256StarStar>
  /// Whether every change is checked against the legal transitions, and the first illegal one.
  let checksTransitions: Bool
  private(set) var illegalMove: String?

  init(
    _ configuration: CentreConfiguration, layout: CentreLayout, streams: RandomStreams,
    checks: Bool
  ) {
    for agent in layout.agents {
      table.append(
        Agent(
          team: agent.team, shift: agent.shift, place: agent.place, takesCalls: agent.takesCalls))
    }
    for _ in configuration.teams { readyLines.append(Ring()) }
    timers = TimerTokens(count: layout.agents.count)
    logins = TimerTokens(count: layout.agents.count)
    idleChecks = TimerTokens(count: configuration.teams.count)
    personSlot = Table(repeating: 0, count: layout.personSlots.count)
    for person in 0..<layout.personSlots.count {
      personSlot[person] = Int32(
        layout.personSlots.element(layout.personSlots.range(person).lowerBound))
    }
    behaviours = configuration.teams.map(\.behaviour)
    answersInstantly = configuration.teams.map(\.behaviour.answersInstantly)
    relogRandom = Table(configuration.teams.map { streams.stream("relog/\($0.id)") })
    checksTransitions = checks
    poolTree = Array(repeating: -1, count: layout.teamPool.count)
    var watchers: [[(tree: Int, entrant: Int)]] = Array(
      repeating: [], count: configuration.teams.count)
    for teams in layout.stepTeams + layout.segmentTeamRange
    where teams.count >= Self.manyTeams && poolTree[teams.lowerBound] < 0 {
      let tree = idleHeads.add(entrants: teams.count)
      poolTree[teams.lowerBound] = Int32(tree)
      treeTeams.append(Int32(teams.count))
      for (entrant, position) in teams.enumerated() {
        watchers[Int(layout.teamPool[position])].append((tree, entrant))
      }
    }
    for teamWatchers in watchers {
      watchTree += teamWatchers.map { Int32($0.tree) }
      watchEntrant += teamWatchers.map { Int32($0.entrant) }
      watchStart.append(Int32(watchTree.count))
    }
    hasTrees = !treeTeams.isEmpty
  }

  /// Agent slot `agent`.
  @inline(__always) subscript(agent: Int) -> Agent {
    unsafeAddress { UnsafePointer(table.address(agent)) }
    unsafeMutableAddress { table.address(agent) }
  }

  /// Every agent slot.
  var indices: Range<Int> { table.indices }

  /// The state CC Pulse shows for `agent` at `now` (no earlier than the last event handled),
  /// with the NotReady reason.
  func state(of agent: Int, at now: SimInstant) -> (state: AgentState, reason: NotReadyReason?) {
    table[agent].activity.state(at: now)
  }

  /// Moves `agent` to `activity` at `now`: the old activity's timer goes stale, its time is
  /// accounted, and the change is logged (with the changes a handled call will bring, which
  /// nothing can interrupt).
  @inline(__always)
  mutating func move(
    _ agent: Int, to activity: AgentActivity, at now: SimInstant, recorder: inout Recorder
  ) {
    let record = table.address(agent)
    if checksTransitions && illegalMove == nil
      && !record.pointee.activity.mayBeFollowed(by: activity)
    {
      illegalMove = "agent \(agent) moved from \(record.pointee.activity.kind) to \(activity.kind)"
    }
    timers.cancel(agent)
    recorder.account(
      agent: agent, team: Int(record.pointee.team), activity: record.pointee.activity,
      since: record.pointee.since, to: now)
    record.pointee.activity = activity
    record.pointee.since = now
    if recorder.log.logsStates { log(agent, at: now, recorder: &recorder) }
  }

  /// Changes the data of `agent`'s activity (when a consult ends, when a call to AAC is
  /// answered) without changing the activity: nothing to account or log.
  @inline(__always)
  mutating func update(_ agent: Int, to activity: AgentActivity) {
    if checksTransitions && illegalMove == nil && table[agent].activity.kind != activity.kind {
      illegalMove = "agent \(agent)'s \(table[agent].activity.kind) was updated to \(activity.kind)"
    }
    table[agent].activity = activity
  }

  /// Logs the state `agent` is in at `now`, and announces those their call will bring.
  private func log(_ agent: Int, at now: SimInstant, recorder: inout Recorder) {
    let record = table[agent]
    recorder.log.change(agent: agent, to: record.activity, at: now)
    switch record.activity {
    case .handling(_, let answer, let talkEnd, let done):
      if answer > now && talkEnd > answer {
        recorder.log.expect(agent: agent, state: .talking, at: answer)
      }
      if done > talkEnd && talkEnd > now {
        recorder.log.expect(agent: agent, state: .afterCallWork, at: talkEnd)
      }
    case .outbound(_, let talkEnd, let done):
      if done > talkEnd && talkEnd > now {
        recorder.log.expect(agent: agent, state: .afterCallWork, at: talkEnd)
      }
    case .offShift, .loggedOut, .ready, .ringing, .consulting, .wrappingUp, .notReady:
      break
    }
  }

  /// Closes every agent's books at the end of the run: the time in their activity up to `now`.
  mutating func closeBooks(at now: SimInstant, recorder: inout Recorder) {
    for agent in table.indices {
      let record = table[agent]
      recorder.account(
        agent: agent, team: Int(record.team), activity: record.activity, since: record.since,
        to: now)
    }
  }

  // MARK: Ready lines

  /// `agent` becomes Ready at `now`, at the back of the team's Ready line. Returns whether the
  /// team has no idle check pending (one must be armed for the agent at the head).
  mutating func makeReady(_ agent: Int, at now: SimInstant, recorder: inout Recorder) -> Bool {
    move(agent, to: .ready, at: now, recorder: &recorder)
    table[agent].readyEpoch &+= 1
    let team = Int(table[agent].team)
    readyLines[team].append(ReadyEntry(agent: Int32(agent), epoch: table[agent].readyEpoch))
    // An empty line's head gets earlier: the trees must hear of it (a line with a head, stale
    // or not, has one no later than now already).
    guard hasTrees else { return !idleChecks.isPending(team) }
    for watch in Int(watchStart[team])..<Int(watchStart[team + 1]) {
      let tree = Int(watchTree[watch])
      let entrant = Int(watchEntrant[watch])
      if idleHeads.key(tree, entrant).isEmpty {
        idleHeads.set(tree, entrant, to: IdleSince(microseconds: now.microseconds))
      }
    }
    return !idleChecks.isPending(team)
  }

  /// Puts `agent` in `activity`, begun at `since` (no later than `now`), at a snapshot's
  /// instant (`Centre.graft`): as `move` — the old activity's timers go stale, its time is
  /// accounted to `now`, the change is logged — but with no transition check (a snapshot may
  /// find an agent in any state). A Ready agent joins the back of the team's Ready line: Ready
  /// agents are to be placed longest idle first.
  mutating func place(
    _ agent: Int, in activity: AgentActivity, since: SimInstant, at now: SimInstant,
    recorder: inout Recorder
  ) {
    timers.cancel(agent)
    logins.cancel(agent)
    let record = table[agent]
    recorder.account(
      agent: agent, team: Int(record.team), activity: record.activity, since: record.since,
      to: now)
    table[agent].activity = activity
    table[agent].since = since
    if recorder.log.logsStates { log(agent, at: now, recorder: &recorder) }
    guard case .ready = activity else { return }
    table[agent].readyEpoch &+= 1
    let team = Int(table[agent].team)
    readyLines[team].append(ReadyEntry(agent: Int32(agent), epoch: table[agent].readyEpoch))
    guard hasTrees else { return }
    let head = IdleSince(microseconds: since.microseconds)
    for watch in Int(watchStart[team])..<Int(watchStart[team + 1]) {
      let tree = Int(watchTree[watch])
      let entrant = Int(watchEntrant[watch])
      // A head in a tree may be early, never late: an agent idle since before it moves it.
      if head.beats(idleHeads.key(tree, entrant)) { idleHeads.set(tree, entrant, to: head) }
    }
  }

  /// Whether a Ready-line entry is still its agent's current Ready stint.
  @inline(__always) func isValid(_ entry: ReadyEntry) -> Bool {
    let agent = table[Int(entry.agent)]
    return agent.isReady && agent.readyEpoch == entry.epoch
  }

  /// The longest-idle Ready agent of `team`, left in the line (stale entries met on the way
  /// are dropped).
  mutating func longestIdle(team: Int) -> Int? {
    while let head = readyLines[team].first {
      if isValid(head) { return Int(head.agent) }
      readyLines[team].removeFirst()
    }
    return nil
  }

  /// Takes the longest-idle Ready agent of one team, if any (inline: a routing step of one
  /// team, the core centre's, calls it on every offer).
  @inline(__always)
  mutating func takeReady(team: Int) -> Int? {
    while let head = readyLines[team].removeFirst() {
      if isValid(head) { return Int(head.agent) }
    }
    return nil
  }

  /// Takes the longest-idle Ready agent among the teams at `positions` of `pool`.
  mutating func takeReady(teams positions: Range<Int>, pool: [Int32]) -> Int? {
    if positions.count == 1 { return takeReady(team: Int(pool[positions.lowerBound])) }
    if hasTrees && positions.count >= Self.manyTeams && positions.upperBound <= poolTree.count {
      let tree = Int(poolTree[positions.lowerBound])
      if tree >= 0 && Int(treeTeams[tree]) == positions.count {
        return takeReady(tree: tree, teams: positions, pool: pool)
      }
    }
    var bestTeam = -1
    var bestSince = SimInstant.distantFuture
    for position in positions {
      let team = Int(pool[position])
      if let head = longestIdle(team: team), table[head].since < bestSince {
        bestTeam = team
        bestSince = table[head].since
      }
    }
    guard bestTeam >= 0, let head = readyLines[bestTeam].removeFirst() else { return nil }
    return Int(head.agent)
  }

  /// `takeReady(teams:pool:)` through the tree of those teams: its winner, checked against its
  /// Ready line (an earlier head than the line's is set right and the match replayed).
  private mutating func takeReady(tree: Int, teams positions: Range<Int>, pool: [Int32]) -> Int? {
    while true {
      let entrant = idleHeads.winner(tree)
      let stored = idleHeads.key(tree, entrant)
      if stored.isEmpty { return nil }
      let team = Int(pool[positions.lowerBound + entrant])
      guard let head = longestIdle(team: team) else {
        idleHeads.set(tree, entrant, to: .empty)
        continue
      }
      let since = IdleSince(microseconds: table[head].since.microseconds)
      if since == stored {
        readyLines[team].removeFirst()
        return head
      }
      idleHeads.set(tree, entrant, to: since)
    }
  }

  /// Removes the agent at the head of `team`'s Ready line (found by `longestIdle`).
  mutating func removeLongestIdle(team: Int) {
    readyLines[team].removeFirst()
  }
}

@available(*, unavailable)
extension AgentFloor: Sendable {}

/// The head of a team's Ready line as a tree of teams ranks it: the longest idle first.
struct IdleSince: TournamentKey {
  var microseconds: Int64

  static var empty: IdleSince { IdleSince(microseconds: .max) }

  @inline(__always) func beats(_ other: IdleSince) -> Bool { microseconds < other.microseconds }
}
