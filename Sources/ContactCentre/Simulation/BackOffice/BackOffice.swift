import SimKernel

/// One problem a caseworker met, from the moment it arose to its incident's closing.
struct OpenIncident {
  enum Stage: UInt8 {
    /// With the caseworker: the local steps (procedures, colleagues, team leader, A&G).
    case local
    /// Parked: a request raised with Advice and Guidance, its answer due.
    case awaitingAdvice
    /// A&G's answer has come: the caseworker returns to the problem when next free.
    case adviceAnswered
    /// Documented and referred to the team leader, awaiting approval.
    case awaitingApproval
    /// Approved: the caseworker will ring AAC when next free.
    case toRing
    /// On the call to AAC (waiting or talking): evaluated when the talk ends.
    case onCall
    /// AAC will ring back.
    case awaitingCallBack
    /// The call-back is due: AAC rings when the caseworker is free.
    case callBackDue
    case onCallBack
    /// With an Expert Domain.
    case assigned
    /// The resolution email has arrived: the caseworker answers when next free.
    case emailToAnswer
    case answeringEmail
    case closed
  }

  /// The caseworker (person), −1 for one outside the model (a call on an AAC line's own
  /// arrivals), and their team.
  var person: Int32
  var team: Int32
  var area: Int16
  var stage = Stage.local
  /// The local step the problem is at (its place in `Incidents.local`), while parked with A&G.
  var localStep: UInt8 = 0
  var counted: Bool
  /// The case's casegroup (its SCIN), −1 when none; lock-assigned while the incident is open.
  var casegroup: Int32
  var locked = false
  /// The key of the incident's draws, and how many rounds of them it has had.
  var key: UInt64
  var round: UInt32 = 0
  var problemAt: SimInstant
  /// When the caseworker rang AAC (or AAC rang back), when AAC logged the incident, and when
  /// the resolution email arrived.
  var placedAt = SimInstant.zero
  var raisedAt = SimInstant.distantFuture
  var emailAt = SimInstant.zero
  /// Its row of `RunStatistics.incidentRecords`, −1 when records are not kept or it has none.
  var record: Int32 = -1
}

/// The work beside the telephony: caseworkers' problems and their incidents with the Area
/// Advice Centre, and case-closure exception items. Empty when the scenario has none.
///
/// Owns: the incidents and their stages, the work waiting for each caseworker, the problems'
/// timers, incident numbers, lock-assigned casegroups; the exception items waiting, in hand
/// and in transit per team, and the batches' stream.
struct BackOffice: ~Copyable {
  /// Whether the scenario has caseworkers' problems and incidents (`incidents` and `aac`), the
  /// AAC desk's lines (`aac`), case-closure exceptions.
  let hasIncidents: Bool
  let hasAACLines: Bool
  let hasExceptions: Bool
  /// Per team its AAC area, per line the area it is the line of; −1 for none.
  let teamArea: [Int16]
  let lineArea: [Int16]
  /// The queue of calls for a lock-assigned casegroup (its owner only), −1 when none.
  let lockedPlan: Int32
  let draws: KeyedStreams
  /// Salts of the draws of problems (per caseworker, by count: "prob") and of escalations (per
  /// caller: "esca").
  static let problemSalt: UInt64 = 0x7072_6F62
  static let escalationSalt: UInt64 = 0x6573_6361
  var open: [OpenIncident] = []
  /// Per person, the incidents whose next step waits for them to be free, in order.
  var work: [Int32: [Int32]] = [:]
  /// Per agent slot: the timer of their next problem, and how many have been drawn.
  var problemTimers: TimerTokens
  var problems: [UInt32]
  /// Per area, incident numbers given.
  var numbers: [Int32]
  /// Lock-assigned casegroups: the open incidents holding each, and its caseworker.
  var locks = CaseLocks()
  /// Incidents raised with AAC and not closed.
  var openIncidents = 0
  /// Exceptions: the batches' stream; per team, items waiting and in hand; items handed over
  /// but not yet arrived.
  var exceptionRandom: Xoshiro256StarStar
  var exceptionQueue: [Int]
  var exceptionBusy: [Int]
  var exceptionsInTransit = 0

  init(_ configuration: CentreConfiguration, agents: Int, lockedPlan: Int?, streams: RandomStreams)
  {
    var teamArea = Array(repeating: Int16(-1), count: configuration.teams.count)
    var lineArea = Array(repeating: Int16(-1), count: configuration.lines.count)
    for (index, area) in (configuration.aac?.areas ?? []).enumerated() {
      lineArea[area.line] = Int16(index)
      for team in area.teams { teamArea[team] = Int16(index) }
    }
    hasIncidents = configuration.incidents != nil && configuration.aac != nil
    hasAACLines = configuration.aac != nil
    hasExceptions = configuration.exceptions != nil
    self.teamArea = teamArea
    self.lineArea = lineArea
    self.lockedPlan = Int32(lockedPlan ?? -1)
    draws = streams.keyed("incidents")
    problemTimers = TimerTokens(count: configuration.incidents == nil ? 0 : agents)
    problems = Array(repeating: 0, count: configuration.incidents == nil ? 0 : agents)
    numbers = Array(repeating: 0, count: configuration.aac?.areas.count ?? 0)
    exceptionRandom = streams.stream("exceptions")
    exceptionQueue = Array(repeating: 0, count: configuration.teams.count)
    exceptionBusy = Array(repeating: 0, count: configuration.teams.count)
  }

  /// Keyed draws for incident `index`'s next round.
  mutating func random(_ index: Int) -> SplitMix64 {
    open[index].round += 1
    return draws.stream(open[index].key, UInt64(open[index].round))
  }
}
