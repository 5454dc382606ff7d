import SimKernel

/// One service request, from its arrival to its closing.
struct OpenServiceRequest {
  /// Its type, and the team it is reported under: the casegroup owner's team (case owning) or
  /// the area's specialist team (functionally unique).
  var type: Int32
  var team: Int32
  /// The caseworker (person) it is assigned to: the casegroup's owner, or the specialist who
  /// took it first; −1 while a functionally unique SR waits for its team, or when its
  /// casegroup has no owner (orphaned: no caseworker can see it).
  var person: Int32
  /// A case owning SR's casegroup (its SCIN), −1 for a functionally unique one.
  var casegroup: Int32 = -1
  /// The next activity of its plan to do; the plan's length once closed.
  var activity: Int16
  /// The key of its draws (its type and number within the type).
  var key: UInt64
  var arrivedAt: SimInstant
  /// What is left of an activity cut short by the end of the caseworker's shift (zero: none).
  var remaining: SimDuration = .zero
}

/// The service requests: their arrivals, who waits to work which, and the activity each
/// caseworker has in hand. Empty when the scenario has none.
///
/// Owns: the arrival streams per SR type, the SRs and their progress, each caseworker's
/// assigned SRs, each specialist team's unassigned SRs, the SRs open.
struct ServiceRequestDesk {
  let rules: ServiceRequests?
  let draws: KeyedStreams
  var arrivals: [ArrivalStream]
  /// Per type, SRs that have arisen.
  var raised: [UInt32]
  var requests: [OpenServiceRequest] = []
  /// Per person, their SRs in the order they will work them (one in progress goes first).
  var assigned: [Int32: [Int32]] = [:]
  /// Case owning SRs whose casegroup nobody holds (orphaned): seen by no one until it has an
  /// owner again, in the order they arose.
  var unowned: [Int32] = []
  /// Per team, functionally unique SRs no one has taken yet, first come first served, from
  /// `waitingHead[team]`.
  var waiting: [[Int32]]
  var waitingHead: [Int]
  /// Per agent slot, the SR whose activity they are working, −1 none.
  var inHand: [Int32]
  /// The SRs not closed, in no order, and each one's place in it (−1 once closed).
  var open: [Int32] = []
  var openPlace: [Int32] = []

  init(_ configuration: CentreConfiguration, agents: Int, streams: RandomStreams) {
    rules = configuration.serviceRequests
    draws = streams.keyed("serviceRequests")
    let types = rules?.types ?? []
    arrivals = types.map {
      ArrivalStream(profile: $0.arrivals, streams: streams, line: "serviceRequests/\($0.name)")
    }
    raised = Array(repeating: 0, count: types.count)
    let teams = rules == nil ? 0 : configuration.teams.count
    waiting = Array(repeating: [], count: teams)
    waitingHead = Array(repeating: 0, count: teams)
    inHand = Array(repeating: -1, count: rules == nil ? 0 : agents)
  }

  var isEmpty: Bool { rules == nil }

  /// Keyed draws for the SR's activity `activity` (its work time).
  func random(_ request: Int, activity: Int) -> SplitMix64 {
    draws.stream(requests[request].key, UInt64(activity))
  }

  /// The key of the `count`-th SR of `type`: room for 4,096 activities' draws between two SRs.
  static func key(type: Int, count: UInt32) -> UInt64 {
    UInt64(type) << 44 | UInt64(count) << 12
  }

  /// Adds an SR and counts it open.
  mutating func add(_ request: OpenServiceRequest) -> Int {
    requests.append(request)
    openPlace.append(Int32(open.count))
    open.append(Int32(requests.count - 1))
    return requests.count - 1
  }

  /// The SR is closed: it leaves the open ones.
  mutating func close(_ request: Int) {
    let place = Int(openPlace[request])
    let last = open.removeLast()
    if place < open.count {
      open[place] = last
      openPlace[Int(last)] = Int32(place)
    }
    openPlace[request] = -1
  }

  /// The next SR `person` of `team` should work: their own first, then their team's waiting
  /// functionally unique ones (taking one makes it theirs). Nil when there is none.
  mutating func next(person: Int32, team: Int) -> Int? {
    if var queue = assigned[person], !queue.isEmpty {
      let request = Int(queue.removeFirst())
      assigned[person] = queue.isEmpty ? nil : queue
      return request
    }
    guard team < waiting.count, waitingHead[team] < waiting[team].count else { return nil }
    let request = Int(waiting[team][waitingHead[team]])
    waitingHead[team] += 1
    if waitingHead[team] == waiting[team].count {
      waiting[team].removeAll(keepingCapacity: true)
      waitingHead[team] = 0
    }
    requests[request].person = person
    return request
  }

  /// Whether `person` of `team` has SR work waiting.
  func hasWork(person: Int32, team: Int) -> Bool {
    assigned[person] != nil || (team < waiting.count && waitingHead[team] < waiting[team].count)
  }

  /// Gives the SR back to its caseworker, to be worked before their others (its next activity,
  /// or the rest of one cut short).
  mutating func resume(_ request: Int) {
    assigned[requests[request].person, default: []].insert(Int32(request), at: 0)
  }
}

@available(*, unavailable)
extension ServiceRequestDesk: Sendable {}
