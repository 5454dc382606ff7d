import SimKernel

extension StateChange {
  /// How much of a run the first replication's list of changes keeps, from t = 0: the span the
  /// report's timeline and replay tiles draw (`AgentTimeline`), a day at most. Later changes
  /// are folded into `StateChangeDigest` and dropped, so that the list does
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

/// What a replication keeps of its agents' changes of state, folded in as they come (in time
/// order, one per change) so that it does not grow with the length of the run: the state-time
/// bucket each agent last entered (a change that changes nothing shown is not logged); with
/// `folds`, each agent's longest single spell of After Call Work (from entering ACW to the
/// agent's next change) and, when asked for, CC Pulse's counts at the end of every reporting
/// interval — per team, per column (`PulseStateGroup`), the agents in it after every change
/// due by then. An agent counts in the column of its last change, or in none
/// (`PulseStateGroup(_:onShift:)`).
///
/// All that a change touches of an agent is one record (`Agent`), in a table: a change costs a
/// few loads and stores, as it comes for every call.
struct StateChangeDigest: ~Copyable {
  /// An agent slot's part. (Not private: a private type in a `Table` trips the compiler in
  /// debug builds, its metadata left without linkage.)
  struct Agent {
    /// The state-time bucket last entered (`StateTimes`).
    var bucket: Int32
    /// Where its team's counts start in `current` (team × columns); -1 for a slot outside the
    /// roster, or when the counts are not taken.
    var row: Int32 = -1
    /// The column it counts in now; -1 for none.
    var column: Int8 = -1
    /// When the agent entered ACW (microseconds), while it is in it; `none` otherwise.
    var enteredACW = StateChangeDigest.none
    /// The longest ACW spell ended so far (microseconds); `none` before the first.
    var longestACW = StateChangeDigest.none
  }

  /// No time: not in ACW, or no spell ended.
  private static let none = Int64.min
  private static let columns = PulseStateGroup.allCases.count
  private var agents: Table<Agent>
  /// Whether the spells and counts are folded in (`fold`).
  let folds: Bool
  /// The agents in each team's columns now, at `team * columns + column`.
  private var current: Table<Int>
  /// The counts at the interval ends taken so far.
  private var taken: PulseCountRows
  /// The interval ends taken so far (however many teams there are).
  private var takenEnds = 0
  /// The next interval end to take (microseconds); `Int64.max` once all are taken.
  private var nextEnd: Int64
  private let intervalLength: Int64
  private let duration: Int64
  private let intervalCount: Int

  /// A digest for `agents` slots, each off shift (`offShift`, its bucket) to begin with; with
  /// `folds`, their spells too, and with `pulseCounts` the counts at the interval ends of
  /// `configuration`.
  init(
    _ configuration: CentreConfiguration, agents: Int, offShift: Int, folds: Bool,
    pulseCounts: Bool
  ) {
    self.folds = folds
    let teams = pulseCounts ? configuration.teams.count : 0
    var records = Array(repeating: Agent(bucket: Int32(offShift)), count: agents)
    if pulseCounts {
      for (slot, entry) in configuration.roster.enumerated() where slot < agents {
        records[slot].row = Int32(entry.team * Self.columns)
      }
    }
    self.agents = Table(records)
    current = Table(repeating: 0, count: teams * Self.columns)
    intervalLength = configuration.interval.microseconds
    duration = configuration.duration.microseconds
    intervalCount = pulseCounts ? configuration.intervalCount : 0
    taken = PulseCountRows(teams: teams, intervals: intervalCount)
    nextEnd = intervalCount > 0 ? min(intervalLength, duration) : .max
  }

  /// The end of interval `index` (0-based): the run's end for the last; `Int64.max` past it.
  private func end(_ index: Int) -> Int64 {
    index < intervalCount ? min(intervalLength * Int64(index + 1), duration) : .max
  }

  /// Whether `agent` enters a bucket other than the one it last entered; it enters `bucket`.
  @inline(__always)
  mutating func enters(agent: Int, bucket: Int) -> Bool {
    let record = agents.address(agent)
    guard record.pointee.bucket != Int32(bucket) else { return false }
    record.pointee.bucket = Int32(bucket)
    return true
  }

  /// Folds in that `agent` changed to `state` at `time` (on shift or not), with `folds`.
  @inline(__always)
  mutating func fold(agent: Int, state: AgentState, onShift: Bool, at time: SimInstant) {
    let now = time.microseconds
    if now > nextEnd { takeEnds(before: now) }
    let record = agents.address(agent)
    if record.pointee.enteredACW != Self.none {
      record.pointee.longestACW = max(
        record.pointee.longestACW, now - record.pointee.enteredACW)
    }
    record.pointee.enteredACW = state == .afterCallWork ? now : Self.none
    let row = Int(record.pointee.row)
    guard row >= 0 else { return }
    let column = Int(record.pointee.column)
    if column >= 0 { current[row + column] -= 1 }
    if let group = PulseStateGroup(state, onShift: onShift) {
      current[row + group.rawValue] += 1
      record.pointee.column = Int8(group.rawValue)
    } else {
      record.pointee.column = -1
    }
  }

  /// Takes the counts at every interval end before `now`, the changes due by then applied.
  private mutating func takeEnds(before now: Int64) {
    while nextEnd < now {
      taken.append(current.array)
      takenEnds += 1
      nextEnd = end(takenEnds)
    }
  }

  /// Each agent slot's longest ACW spell, if it ended one (none without `folds`).
  var longestAfterCallWork: [SimDuration?] {
    guard folds else { return [] }
    return agents.array.map {
      $0.longestACW == Self.none ? nil : SimDuration(microseconds: $0.longestACW)
    }
  }

  /// The counts at every interval end, those after the last change included (none unless
  /// asked for).
  var pulseCounts: PulseCountRows {
    var rows = taken
    for _ in takenEnds..<intervalCount { rows.append(current.array) }
    return rows
  }
}
