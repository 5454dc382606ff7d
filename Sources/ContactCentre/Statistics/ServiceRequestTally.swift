/// Service requests of one scope (a type, a team, a team in one interval): those that arose and
/// closed, the activities done and the caseworkers' time on them, and those open at the end
/// with their ages.
public struct ServiceRequestCounts: Sendable, Equatable {
  /// SRs that arose, and SRs closed (their last activity done), after the warm-up.
  public var arrived = 0
  public var closed = 0
  /// Activities done after the warm-up, and the caseworkers' time on activities (done, or cut
  /// short by a shift's end), microseconds.
  public var activitiesDone = 0
  public var caseworkerTime: Int64 = 0
  /// SRs open at the end (of the interval, or of the run), whenever they arose; the sum of
  /// their ages and the oldest's age then, microseconds.
  public var open = 0
  public var ageSum: Int64 = 0
  public var ageMax: Int64 = 0

  public init() {}

  /// Counts an SR open at the end, of `age`.
  mutating func countOpen(age: Int64) {
    open += 1
    ageSum += age
    ageMax = max(ageMax, age)
  }

  /// Adds `other`'s counts; the oldest is the older of the two.
  public mutating func merge(_ other: ServiceRequestCounts) {
    arrived += other.arrived
    closed += other.closed
    activitiesDone += other.activitiesDone
    caseworkerTime += other.caseworkerTime
    open += other.open
    ageSum += other.ageSum
    ageMax = max(ageMax, other.ageMax)
  }
}

/// Service requests per type, per team they are reported under (the casegroup owner's or the
/// specialist team) and per reporting interval and team.
public struct ServiceRequestTally: Sendable, Equatable {
  public var types: [ServiceRequestCounts]
  public var teams: [ServiceRequestCounts]
  /// At `interval * teams.count + team`: arrived, closed and activities in the interval; open
  /// and their ages at its end.
  public var intervals: [ServiceRequestCounts]

  /// Empty tallies: none without SR types.
  public init(types: Int = 0, teams: Int = 0, intervals: Int = 0) {
    self.types = Array(repeating: ServiceRequestCounts(), count: types)
    let teams = types == 0 ? 0 : teams
    self.teams = Array(repeating: ServiceRequestCounts(), count: teams)
    self.intervals = Array(repeating: ServiceRequestCounts(), count: teams * intervals)
  }

  /// The counts of `team` in `interval`.
  public func interval(_ interval: Int, team: Int) -> ServiceRequestCounts {
    intervals[interval * teams.count + team]
  }

  /// Adds `other`'s counts, scope by scope.
  public mutating func merge(_ other: ServiceRequestTally) {
    if types.isEmpty {
      self = other
      return
    }
    for index in other.types.indices { types[index].merge(other.types[index]) }
    for index in other.teams.indices { teams[index].merge(other.teams[index]) }
    for index in other.intervals.indices { intervals[index].merge(other.intervals[index]) }
  }
}
