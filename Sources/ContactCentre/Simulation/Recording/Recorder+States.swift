import SimKernel

extension Recorder {
  /// Adds the time `agent` of `team` spent in `activity`, from `since` to `now`, after the
  /// warm-up: state by state (a handled call's ringing, talk and wrap-up; an outbound call's
  /// talk and wrap-up), per agent and per interval; time logged out by the idle timer too.
  @inline(__always)
  mutating func account(
    agent: Int, team: Int, activity: AgentActivity, since: SimInstant, to now: SimInstant
  ) {
    switch activity {
    case .handling(_, let answer, let talkEnd, let done):
      addTime(agent: agent, team: team, .reserved, from: since, to: min(answer, now))
      guard now > answer else { return }
      addTime(agent: agent, team: team, .talking, from: answer, to: min(talkEnd, now))
      if done > talkEnd && now > talkEnd {
        addTime(agent: agent, team: team, .afterCallWork, from: talkEnd, to: now)
      }
    case .outbound(_, let talkEnd, let done):
      addTime(
        agent: agent, team: team, .talkingOutbound, from: since, to: min(talkEnd, now)
      )
      if done > talkEnd && now > talkEnd {
        addTime(agent: agent, team: team, .afterCallWork, from: talkEnd, to: now)
      }
    case .notReady(let reason, _, _):
      addNotReadyTime(agent: agent, team: team, reason, from: since, to: now)
    case .loggedOut:
      addTime(agent: agent, team: team, .loggedOut, from: since, to: now)
      let from = max(since, countFrom)
      if now > from { agentTally[agent].idleLoggedOut += (now - from).microseconds }
    case .offShift:
      addOffShiftTime(agent: agent, team: team, from: since, to: now)
    case .ready:
      addTime(agent: agent, team: team, .ready, from: since, to: now)
    case .ringing:
      addTime(agent: agent, team: team, .reserved, from: since, to: now)
    case .consulting:
      addTime(agent: agent, team: team, .consulting, from: since, to: now)
    case .wrappingUp:
      addTime(agent: agent, team: team, .afterCallWork, from: since, to: now)
    }
  }

  /// Adds the time from `start` to `end` (after the warm-up) to the agent's time in `state`
  /// (not NotReady) and to the team's in each interval it spans.
  @inline(__always)
  private mutating func addTime(
    agent: Int, team: Int, _ state: AgentState, from start: SimInstant, to end: SimInstant
  ) {
    let from = max(start, countFrom)
    guard end > from else { return }
    stateTime[agent &* Self.stateStride &+ state.rawValue] &+= end.microseconds &- from.microseconds
    if keepsIntervals {
      addIntervalTime(team: team, bucket: StateTimes.bucket(state, nil), from: from, to: end)
    }
  }

  /// Adds the time from `start` to `end` (after the warm-up) to the agent's time NotReady with
  /// `reason` and to the team's in each interval it spans.
  private mutating func addNotReadyTime(
    agent: Int, team: Int, _ reason: NotReadyReason, from start: SimInstant, to end: SimInstant
  ) {
    let from = max(start, countFrom)
    guard end > from else { return }
    notReadyTime[agent * reasonCount + reason.index] += (end - from).microseconds
    if keepsIntervals {
      addIntervalTime(
        team: team, bucket: StateTimes.bucket(.notReady, reason), from: from, to: end)
    }
  }

  /// Adds the time from `start` to `end` (after the warm-up) to the agent's time off shift and
  /// to the team's in each interval it spans.
  private mutating func addOffShiftTime(
    agent: Int, team: Int, from start: SimInstant, to end: SimInstant
  ) {
    let from = max(start, countFrom)
    guard end > from else { return }
    stateTime[agent &* Self.stateStride + Self.offShiftSlot] += (end - from).microseconds
    if keepsIntervals { addIntervalTime(team: team, bucket: buckets - 1, from: from, to: end) }
  }

  /// Splits the agent time from `from` to `to` over the reporting intervals it spans: a span
  /// over more than `wholeIntervalsSplit` whole intervals as its two ends and, for the whole
  /// intervals between, a start and an end in `wholeIntervals` — so that a long span costs no
  /// more than a short one (a month's run has slots off shift for weeks).
  private mutating func addIntervalTime(
    team: Int, bucket: Int, from: SimInstant, to: SimInstant
  ) {
    var start = from.microseconds
    let stop = to.microseconds
    let first = Int(start / intervalLength)
    let last = Int((stop - 1) / intervalLength)
    if last - first > Self.wholeIntervalsSplit {
      intervalStateTime[slot(first, team, bucket)] += Int64(first + 1) * intervalLength - start
      intervalStateTime[slot(last, team, bucket)] += stop - Int64(last) * intervalLength
      if wholeIntervals.count == 0 {
        wholeIntervals = Table(repeating: 0, count: intervalStateTime.count)
      }
      wholeIntervals[slot(first + 1, team, bucket)] += 1
      wholeIntervals[slot(last, team, bucket)] -= 1
      return
    }
    while start < stop {
      let interval = Int(start / intervalLength)
      let boundary = min(stop, Int64(interval + 1) * intervalLength)
      intervalStateTime[slot(interval, team, bucket)] += boundary - start
      start = boundary
    }
  }

  /// Where interval `interval`'s time of `team` in `bucket` is, in `intervalStateTime` and
  /// `wholeIntervals`.
  @inline(__always)
  private func slot(_ interval: Int, _ team: Int, _ bucket: Int) -> Int {
    (interval * teamCount + team) * buckets + bucket
  }

  /// Spans over more whole intervals than this go through `wholeIntervals`.
  static let wholeIntervalsSplit = 4

  /// Adds to the agent time per interval, team and bucket (`times`: `intervalStateTime`, a row
  /// of `columns` per interval) the whole intervals of long spans (`whole`: `wholeIntervals`):
  /// per team and bucket, the agents in it all interval long are the running sum of the
  /// changes.
  static func addWholeIntervals(
    _ whole: [Int32], to times: inout [Int64], columns: Int, length: Int64
  ) {
    guard !whole.isEmpty, columns > 0 else { return }
    for column in 0..<columns {
      var agents: Int64 = 0
      for index in stride(from: column, to: times.count, by: columns) {
        agents += Int64(whole[index])
        times[index] += agents * length
      }
    }
  }

  /// The slots per agent in `stateTime`: the states other than NotReady (`AgentState.rawValue`)
  /// and, last, off shift.
  static let stateStride = 8
  static let offShiftSlot = 7

  /// `agent`'s times in the buckets of `StateTimes`: the states, the reasons, off shift.
  func times(agent: Int) -> [Int64] {
    var times = Array(repeating: Int64(0), count: buckets)
    addTimes(agent: agent, to: &times, at: 0)
    return times
  }

  /// Adds `agent`'s times in the buckets of `StateTimes` to `row[start ..< start + buckets]`
  /// (a month's roster has tens of thousands of agent slots: no array is made per slot).
  func addTimes(agent: Int, to row: inout [Int64], at start: Int) {
    let base = agent * Self.stateStride
    let states = AgentState.notReady.rawValue
    let reasons = agent * reasonCount
    for state in 0..<states { row[start + state] += stateTime[base + state] }
    for reason in 0..<reasonCount { row[start + states + reason] += notReadyTime[reasons + reason] }
    row[start + states + reasonCount] += stateTime[base + Self.offShiftSlot]
  }
}
