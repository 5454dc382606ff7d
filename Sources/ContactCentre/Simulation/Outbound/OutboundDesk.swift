import SimKernel

/// A piece of outbound work: a call-back or an activity-plan call to one client.
struct OutboundItem: BitwiseCopyable {
  var team: Int32
  /// The person (caseworker) who must make it, −1 for anyone in the team.
  var person: Int32
  var callType: Int32
  /// The client's number within the call type's outbound calls (common random numbers).
  var client: UInt64
  /// The casegroup the call is about (its number stands for the client's SCIN, which the
  /// security questions check and a bogus caller form records), −1 when none.
  var casegroup: Int32 = -1
  var due: SimInstant
  /// Attempts made so far.
  var attempts: Int16 = 0
  var isCallBack: Bool
  var counted: Bool
  /// The attempt being dialled: how it ends (drawn when dialled), when the dialling or talk
  /// ends, and its ACW.
  var outcome = Outcome(0)
  var dialledAt = SimInstant.zero
  var talkEnd = SimInstant.zero
  var acw = SimDuration.zero
}

/// The centre's outbound work: the rules, the items waiting to be dialled (per team, in the
/// order they became due to be dialled; per person, the call-backs only they may make), the
/// agents on outbound calls per team, and the draws of activity plans and clients.
///
/// Owns: the items (in reusable slots) and their queues, the count of agents on them per team,
/// the activity plans' streams and call counts, the keyed streams of clients.
struct OutboundDesk: ~Copyable {
  /// The rules; nil when the scenario has no outbound work.
  let rules: Outbound?
  /// Whether the scenario has outbound work (the hot path asks before anything else).
  let isActive: Bool
  /// Per call type: the outcomes its outbound calls are drawn from (the resolved outcome alone
  /// for a call type that gives none).
  let outcomes: [OutcomeMix]
  var items = Table<OutboundItem>()
  /// Per team: agents on an outbound call now.
  var busy: Table<Int>
  /// Per activity plan: when its calls fall due, and how many have.
  var activityRandom: [Xoshiro256StarStar]
  var activityCalls: [UInt64]
  /// Each client's draws (suppressed or not, each attempt's outcome and times), keyed by the
  /// client (`OutboundItem.client`) and the attempt.
  let draws: KeyedStreams
  private var freeSlots = Table<Int32>()
  /// Waiting item slots per team (anyone may dial) and per person (only they may).
  /// (Outbound work is a small fraction of a centre's events: plain arrays will do.)
  private var teamQueues: [[Int32]]
  private var personQueues: [Int32: [Int32]] = [:]
  /// Items waiting, for the end of the run.
  private(set) var waiting = 0

  init(_ configuration: CentreConfiguration, streams: RandomStreams) {
    rules = configuration.outbound
    isActive = configuration.outbound != nil
    outcomes = configuration.callTypes.map {
      $0.outboundOutcomes.drawn(resolving: configuration.vocabulary.resolved)
    }
    teamQueues = Array(repeating: [], count: configuration.teams.count)
    busy = Table(repeating: 0, count: configuration.teams.count)
    let plans = configuration.outbound?.activityPlans ?? []
    activityRandom = plans.indices.map { streams.stream("outbound/plan\($0)") }
    activityCalls = Array(repeating: 0, count: plans.count)
    draws = streams.keyed("outbound")
  }

  /// Stores `item` and returns its slot (not yet waiting: see `enqueue`).
  mutating func store(_ item: OutboundItem) -> Int {
    if let slot = freeSlots.popLast() {
      items[Int(slot)] = item
      return Int(slot)
    }
    items.append(item)
    return items.count - 1
  }

  mutating func release(_ slot: Int) { freeSlots.append(Int32(slot)) }

  /// Puts the item in `slot` in line to be dialled.
  mutating func enqueue(_ slot: Int) {
    waiting += 1
    let item = items[slot]
    if item.person >= 0 {
      personQueues[item.person, default: []].append(Int32(slot))
    } else {
      teamQueues[Int(item.team)].append(Int32(slot))
    }
  }

  /// The next item for an agent who is `person` in `team`: their own call-backs first.
  mutating func take(person: Int, team: Int) -> Int? {
    if let own = personQueues[Int32(person)], !own.isEmpty {
      waiting -= 1
      return Int(personQueues[Int32(person)]!.removeFirst())
    }
    guard !teamQueues[team].isEmpty else { return nil }
    waiting -= 1
    return Int(teamQueues[team].removeFirst())
  }

  /// Whether `person` or `team` has work waiting.
  func hasWork(person: Int, team: Int) -> Bool {
    !(teamQueues[team].isEmpty && (personQueues[Int32(person)]?.isEmpty ?? true))
  }

  /// Every waiting item's slot (for the end of the run).
  func waitingSlots() -> [Int] {
    (Array(teamQueues.joined()) + Array(personQueues.values.joined())).map { Int($0) }
  }
}
