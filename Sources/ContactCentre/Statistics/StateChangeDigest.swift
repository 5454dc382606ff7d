import SimKernel

extension StateChange {
  /// How much of a run the first replication's list of changes keeps, from t = 0: the span the
  /// report's timeline and replay tiles draw (`AgentTimeline`), a day at most. Later changes
  /// are folded into `PulseCounts` and `AfterCallWorkSpells` and dropped, so that the list does
  /// not grow with the length of the run.
  public static let keptWindow = SimDuration.hours(24)
}

/// CC Pulse's counts as changes of state come in, in time order: per team, per column
/// (`PulseStateGroup`), the agents in it after every change so far. An agent counts in the
/// column of the state last logged, or in none (`PulseStateGroup(_:onShift:)`).
public struct PulseGroupTally: Sendable {
  /// Each agent slot's team; changes of other slots are left out.
  let agentTeams: [Int]
  private let teams: Int
  private static let columns = PulseStateGroup.allCases.count
  /// The agents in each column now, at `team * columns + column`.
  private var agents: [Int]
  /// Per agent slot: the column it counts in now, if any.
  private var current: [PulseStateGroup?]

  public init(agentTeams: [Int], teams: Int) {
    self.agentTeams = agentTeams
    self.teams = teams
    agents = Array(repeating: 0, count: teams * Self.columns)
    current = Array(repeating: nil, count: agentTeams.count)
  }

  /// The agents in each column now, at `team * columns + column`.
  var flatCounts: [Int] { agents }

  /// Per team, per column: the agents in it now.
  public var counts: [[Int]] {
    (0..<teams).map { team in
      Array(agents[(team * Self.columns)..<(team * Self.columns + Self.columns)])
    }
  }

  public mutating func apply(_ change: StateChange) {
    guard change.agent < agentTeams.count else { return }
    let row = agentTeams[change.agent] * Self.columns
    if let old = current[change.agent] { agents[row + old.rawValue] -= 1 }
    let group = PulseStateGroup(change.state, onShift: change.onShift)
    if let group { agents[row + group.rawValue] += 1 }
    current[change.agent] = group
  }
}

/// CC Pulse's counts at the end of every reporting interval, taken as the changes of state
/// come in (in time order): what the report's replay shows per team, kept in a size that grows
/// with the intervals, not the calls.
struct PulseCountsAtIntervalEnds {
  private var tally: PulseGroupTally
  private let intervalLength: Int64
  private let duration: Int64
  private let intervalCount: Int
  /// Per interval end, per team, per column: the agents in it after every change due by then.
  private(set) var counts: PulseCountRows
  /// The interval ends taken so far (however many teams there are).
  private var taken = 0

  init(_ configuration: CentreConfiguration) {
    tally = PulseGroupTally(
      agentTeams: configuration.roster.map(\.team), teams: configuration.teams.count)
    intervalLength = configuration.interval.microseconds
    duration = configuration.duration.microseconds
    intervalCount = configuration.intervalCount
    counts = PulseCountRows(teams: configuration.teams.count, intervals: intervalCount)
  }

  /// The end of interval `index` (0-based): the run's end for the last.
  private func end(_ index: Int) -> Int64 {
    min(intervalLength * Int64(index + 1), duration)
  }

  /// Takes the counts at the interval ends before `change`, then applies it.
  mutating func apply(_ change: StateChange) {
    while taken < intervalCount && end(taken) < change.time.microseconds {
      counts.append(tally.flatCounts)
      taken += 1
    }
    tally.apply(change)
  }

  /// The counts at every interval end, those after the last change included.
  consuming func finish() -> PulseCountRows {
    while taken < intervalCount {
      counts.append(tally.flatCounts)
      taken += 1
    }
    return counts
  }
}

/// Each agent's longest single spell of After Call Work, as changes of state come in (in time
/// order): from entering ACW to the agent's next logged change.
public struct AfterCallWorkSpells: Sendable {
  /// Per agent slot: when it entered ACW, while it is in it.
  private var entered: [SimInstant?]
  /// Per agent slot: the longest spell so far, if it has ended one.
  public private(set) var longest: [SimDuration?]

  public init(agents: Int) {
    entered = Array(repeating: nil, count: agents)
    longest = Array(repeating: nil, count: agents)
  }

  public mutating func apply(_ change: StateChange) {
    guard change.agent < entered.count else { return }
    if let start = entered[change.agent] {
      longest[change.agent] = max(longest[change.agent] ?? .zero, change.time - start)
    }
    entered[change.agent] = change.state == .afterCallWork ? change.time : nil
  }
}
