/// Problems caseworkers met, and the incidents they raised with AAC and what became of them.
public struct IncidentTally: Sendable, Equatable {
  /// Problems that arose: at the caseworker-hour rate, and after Unresolved – Escalated calls.
  public var problems = 0
  public var fromEscalated = 0
  /// Problems solved by each local step (`Incidents.LocalStep`), in order.
  public var solvedLocally = Array(repeating: 0, count: Incidents.LocalStep.allCases.count)
  /// Incidents raised: calls to AAC answered, each given a number.
  public var raised = 0
  /// Of those, raised by callers outside the model — other areas' caseworkers on an AAC line's
  /// own arrivals — rather than by this centre's caseworkers about their problems.
  public var raisedFromOtherAreas = 0
  /// Closed Rejected within the initial call, per reason (in the scenario's order).
  public var rejected: [Int]
  /// Closed Resolved within the initial call, by call-back, by email.
  public var resolvedInCall = 0
  public var resolvedByCallBack = 0
  public var resolvedByEmail = 0
  /// Call-backs AAC arranged, and those made.
  public var callBacksArranged = 0
  public var callBacksMade = 0
  /// Assignments to each Expert Domain (by `ExpertDomain.index`), escalations again included.
  public var assigned: [Int]
  /// Resolutions that did not work and were escalated (assigned again).
  public var escalations = 0
  /// Resolution emails the caseworker answered, and those answered later than required.
  public var emailsAnswered = 0
  public var emailsAnsweredLate = 0
  /// From the call to AAC to Closed Resolved, summed over resolved incidents, microseconds.
  public var timeToResolve: Int64 = 0
  /// Caseworker time on problems and incidents (local steps, documenting, calls to AAC and
  /// their wait, call-backs, answering emails), microseconds.
  public var caseworkerTime: Int64 = 0
  /// Calls for a lock-assigned casegroup, routed only to the caseworker who holds the lock.
  public var lockedCalls = 0
  /// At the end of the run: this centre's problems not yet raised (still with the
  /// caseworker, or their call to AAC not yet answered), incidents open (waiting for a
  /// call-back, an Expert Domain or the caseworker's answer).
  public var problemsOpenAtEnd = 0
  public var openAtEnd = 0
  /// Requests raised with Advice and Guidance when it answers days later (`AdviceAndGuidance`),
  /// those urgent, those answered, and those still awaiting the answer at the end (problems
  /// open at the end too): requested = answered + outstanding at the end.
  public var adviceRequested = 0
  public var adviceUrgent = 0
  public var adviceAnswered = 0
  public var adviceOutstandingAtEnd = 0

  /// Empty tallies for `reasons` rejection reasons and `domains` Expert Domains.
  public init(reasons: Int = 0, domains: Int = 0) {
    rejected = Array(repeating: 0, count: reasons)
    assigned = Array(repeating: 0, count: domains)
  }

  /// Incidents raised by this centre's caseworkers: problems = solved locally + these +
  /// problems open at the end.
  public var raisedFromThisCentre: Int { raised - raisedFromOtherAreas }

  /// Incidents closed, rejected or resolved.
  public var closed: Int { rejected.reduce(0, +) + resolved }
  public var resolved: Int { resolvedInCall + resolvedByCallBack + resolvedByEmail }

  public mutating func merge(_ other: IncidentTally) {
    problems += other.problems
    fromEscalated += other.fromEscalated
    solvedLocally.add(other.solvedLocally)
    raised += other.raised
    raisedFromOtherAreas += other.raisedFromOtherAreas
    rejected.add(other.rejected)
    resolvedInCall += other.resolvedInCall
    resolvedByCallBack += other.resolvedByCallBack
    resolvedByEmail += other.resolvedByEmail
    callBacksArranged += other.callBacksArranged
    callBacksMade += other.callBacksMade
    assigned.add(other.assigned)
    escalations += other.escalations
    emailsAnswered += other.emailsAnswered
    emailsAnsweredLate += other.emailsAnsweredLate
    timeToResolve += other.timeToResolve
    caseworkerTime += other.caseworkerTime
    lockedCalls += other.lockedCalls
    problemsOpenAtEnd += other.problemsOpenAtEnd
    openAtEnd += other.openAtEnd
    adviceRequested += other.adviceRequested
    adviceUrgent += other.adviceUrgent
    adviceAnswered += other.adviceAnswered
    adviceOutstandingAtEnd += other.adviceOutstandingAtEnd
  }
}

/// Case-closure exception reports and the caseworkers' work on them.
public struct ExceptionTally: Sendable, Equatable {
  /// Failure reports from the nightly batches, per reason (in the scenario's order).
  public var reports: [Int]
  /// Triage: technical skips (re-run with the next batch), AMS (fixed, or clerical case
  /// handling), back to a caseworker.
  public var technicalSkips = 0
  public var amsFixed = 0
  public var amsClerical = 0
  public var toCaseworker = 0
  /// Work items the caseworkers finished, and their time on them, microseconds.
  public var worked = 0
  public var caseworkerTime: Int64 = 0
  /// Work items not finished (waiting, or in hand) at the end of the run.
  public var openAtEnd = 0

  /// Empty tallies for `reasons` failure reasons.
  public init(reasons: Int = 0) {
    reports = Array(repeating: 0, count: reasons)
  }

  public mutating func merge(_ other: ExceptionTally) {
    reports.add(other.reports)
    technicalSkips += other.technicalSkips
    amsFixed += other.amsFixed
    amsClerical += other.amsClerical
    toCaseworker += other.toCaseworker
    worked += other.worked
    caseworkerTime += other.caseworkerTime
    openAtEnd += other.openAtEnd
  }
}

/// How an incident stands.
public enum IncidentState: String, Sendable, CaseIterable {
  /// Logged and numbered, being evaluated on the call.
  case open = "Open"
  /// Waiting for AAC's call-back.
  case awaitingCallBack = "Open – Call-back"
  /// Assigned to an Expert Domain, or its resolution waiting for the caseworker's answer.
  case assigned = "Open – Assigned"
  case closedRejected = "Closed Rejected"
  case closedResolved = "Closed Resolved"
}

/// One incident raised with AAC, for `incidents.csv`.
public struct IncidentRecord: Sendable, Equatable {
  /// Its number: the area's prefix and five digits, e.g. PLY00042.
  public var number: String
  /// The area's index, the caseworker (agent index, in roster order) and their team.
  public var area: Int
  public var agent: Int
  public var team: Int
  /// The casegroup (SCIN) of the case, −1 when none.
  public var casegroup: Int
  /// When the problem arose, and when AAC logged it (the call was answered), µs from t = 0.
  public var problemAt: Int64
  public var raisedAt: Int64
  /// How it stands at the end (or when it closed).
  public var state: IncidentState
  /// The rejection reason's index, −1 unless rejected.
  public var rejectReason: Int
  /// Expert Domains it was assigned to, in order.
  public var domains: [ExpertDomain]
  /// How it was resolved: "call", "call-back", "email"; empty unless resolved.
  public var resolvedBy: String
  /// When it closed, µs from t = 0; nil while open.
  public var closedAt: Int64?

  public init(
    number: String, area: Int, agent: Int, team: Int, casegroup: Int, problemAt: Int64,
    raisedAt: Int64
  ) {
    self.number = number
    self.area = area
    self.agent = agent
    self.team = team
    self.casegroup = casegroup
    self.problemAt = problemAt
    self.raisedAt = raisedAt
    state = .open
    rejectReason = -1
    domains = []
    resolvedBy = ""
    closedAt = nil
  }
}

extension [Int] {
  /// Adds `other` count by count, growing to its length.
  fileprivate mutating func add(_ other: [Int]) {
    if count < other.count { append(contentsOf: repeatElement(0, count: other.count - count)) }
    for index in other.indices { self[index] += other[index] }
  }
}
