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
      addTime(agent: agent, team: team, .reserved, nil, from: since, to: min(answer, now))
      guard now > answer else { return }
      addTime(agent: agent, team: team, .talking, nil, from: answer, to: min(talkEnd, now))
      if done > talkEnd && now > talkEnd {
        addTime(agent: agent, team: team, .afterCallWork, nil, from: talkEnd, to: now)
      }
    case .outbound(_, let talkEnd, let done):
      addTime(
        agent: agent, team: team, .talkingOutbound, nil, from: since, to: min(talkEnd, now)
      )
      if done > talkEnd && now > talkEnd {
        addTime(agent: agent, team: team, .afterCallWork, nil, from: talkEnd, to: now)
      }
    case .notReady(let reason, _, _):
      addTime(agent: agent, team: team, .notReady, reason, from: since, to: now)
    case .loggedOut:
      addTime(agent: agent, team: team, .loggedOut, nil, from: since, to: now)
      let from = max(since, countFrom)
      if now > from { agentTally[agent].idleLoggedOut += (now - from).microseconds }
    case .offShift:
      addTime(agent: agent, team: team, bucket: buckets - 1, from: since, to: now)
    case .ready:
      addTime(agent: agent, team: team, .ready, nil, from: since, to: now)
    case .ringing:
      addTime(agent: agent, team: team, .reserved, nil, from: since, to: now)
    case .consulting:
      addTime(agent: agent, team: team, .consulting, nil, from: since, to: now)
    case .wrappingUp:
      addTime(agent: agent, team: team, .afterCallWork, nil, from: since, to: now)
    }
  }

  /// Adds the time from `start` to `end` (after the warm-up) to the agent's bucket of `state`
  /// (and `reason`) and to the team's in each interval it spans.
  @inline(__always)
  private mutating func addTime(
    agent: Int, team: Int, _ state: AgentState, _ reason: NotReadyReason?, from start: SimInstant,
    to end: SimInstant
  ) {
    addTime(
      agent: agent, team: team, bucket: StateTimes.bucket(state, reason), from: start, to: end)
  }

  /// Adds the time from `start` to `end` (after the warm-up) to the agent's `bucket` and to the
  /// team's in each interval it spans.
  @inline(__always)
  private mutating func addTime(
    agent: Int, team: Int, bucket: Int, from start: SimInstant, to end: SimInstant
  ) {
    let from = max(start, countFrom)
    guard end > from else { return }
    stateTime[agent * buckets + bucket] += (end - from).microseconds
    if keepsIntervals { addIntervalTime(team: team, bucket: bucket, from: from, to: end) }
  }

  /// Splits the agent time from `from` to `to` over the reporting intervals it spans.
  private mutating func addIntervalTime(
    team: Int, bucket: Int, from: SimInstant, to: SimInstant
  ) {
    var start = from.microseconds
    let stop = to.microseconds
    let buckets = buckets
    while start < stop {
      let interval = Int(start / intervalLength)
      let boundary = min(stop, Int64(interval + 1) * intervalLength)
      intervalStateTime[(interval * teamCount + team) * buckets + bucket] += boundary - start
      start = boundary
    }
  }
}
