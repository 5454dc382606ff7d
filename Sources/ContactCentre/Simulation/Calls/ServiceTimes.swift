import SimKernel

/// Talk and ACW by who serves (issue 18 part 2): a team's own times for a call type
/// (`Team.handleTimes`) and the factors of an agent's proficiency level
/// (`CallType.proficiencyFactors`).
///
/// Common random numbers: a caller of such a call type draws their talk and ACW from streams
/// keyed by the caller, so the same uniforms give their times whoever serves them — the call
/// type's own distribution until an agent takes the call (`own`), then the server's, from the
/// very same uniforms (`served`). An exponential talk served by a team twice as fast is then
/// exactly half as long. Call types without either key draw as they always have.
struct ServiceTimes {
  /// Whether some call type's times depend on who serves.
  let dependOnServer: Bool
  /// Per call type: whether its times do.
  let callTypeDepends: [Bool]
  private let teamCount: Int
  /// Per call type × team: the talk and ACW of the team's agents.
  private let talk: [Distribution]
  private let acw: [Distribution]
  /// Per call type × level (0 … `ProficiencyFactor.highestLevel`): the factors on talk and ACW.
  private let talkFactor: [Double]
  private let acwFactor: [Double]
  /// Per call type: the keyed streams of its callers' talk, and of their ACW.
  private let talkDraws: [KeyedStreams]
  /// Per call type: its own talk and ACW (before anyone serves the call).
  private let ownTalk: [Distribution]
  private let ownACW: [Distribution]
  private let acwDraws: [KeyedStreams]

  private static let levels = ProficiencyFactor.highestLevel + 1

  init(_ configuration: CentreConfiguration, streams: RandomStreams) {
    let callTypes = configuration.callTypes
    let teams = configuration.teams
    teamCount = teams.count
    var depends = callTypes.map { !$0.proficiencyFactors.isEmpty }
    var talk: [Distribution] = []
    var acw: [Distribution] = []
    for (index, callType) in callTypes.enumerated() {
      for team in teams {
        let own = team.handleTimes.first { $0.callType == index }
        if own != nil { depends[index] = true }
        talk.append(own?.talk ?? callType.talk)
        acw.append(own?.acw ?? callType.acw)
      }
    }
    self.talk = talk
    self.acw = acw
    callTypeDepends = depends
    dependOnServer = depends.contains(true)
    var talkFactor = Array(repeating: 1.0, count: callTypes.count * Self.levels)
    var acwFactor = talkFactor
    for (index, callType) in callTypes.enumerated() {
      for factor in callType.proficiencyFactors {
        talkFactor[index * Self.levels + factor.level] = factor.talk
        acwFactor[index * Self.levels + factor.level] = factor.acw
      }
    }
    self.talkFactor = talkFactor
    self.acwFactor = acwFactor
    ownTalk = callTypes.map(\.talk)
    ownACW = callTypes.map(\.acw)
    talkDraws = callTypes.map { streams.keyed("served talk/\($0.id)") }
    acwDraws = callTypes.map { streams.keyed("served acw/\($0.id)") }
  }

  /// Caller `caller`'s talk and ACW before anyone serves them: the call type's own
  /// distributions, from the caller's keyed uniforms.
  func own(callType: Int, caller: UInt64) -> (talk: SimDuration, acw: SimDuration) {
    var talkRandom = talkDraws[callType].stream(hashing: caller)
    var acwRandom = acwDraws[callType].stream(hashing: caller)
    return (
      ownTalk[callType].sampleDuration(using: &talkRandom),
      ownACW[callType].sampleDuration(using: &acwRandom)
    )
  }

  /// A new call's talk and ACW as drawn by its call type's sampler (`drawn`), or, when they
  /// depend on who serves, its own times from the caller's keyed uniforms. (A method of the
  /// service times, not of the centre: borrowing the centre for it copied a kilobyte of it per
  /// call.)
  @inline(__always)
  func ownTimes(
    callType: Int, _ drawn: (caller: UInt64, talk: SimDuration, acw: SimDuration)
  ) -> (caller: UInt64, talk: SimDuration, acw: SimDuration) {
    guard dependOnServer, callTypeDepends[callType] else { return drawn }
    let own = own(callType: callType, caller: drawn.caller)
    return (drawn.caller, own.talk, own.acw)
  }

  /// Caller `caller`'s talk and ACW served by an agent of `team` at proficiency `level`: the
  /// team's distributions from the same uniforms as `own`, times the level's factors.
  func served(callType: Int, caller: UInt64, team: Int, level: Int) -> (
    talk: SimDuration, acw: SimDuration
  ) {
    var talkRandom = talkDraws[callType].stream(hashing: caller)
    var acwRandom = acwDraws[callType].stream(hashing: caller)
    let cell = callType * teamCount + team
    let factors = callType * Self.levels + level
    return (
      Self.scaled(talk[cell].sampleDuration(using: &talkRandom), talkFactor[factors]),
      Self.scaled(acw[cell].sampleDuration(using: &acwRandom), acwFactor[factors])
    )
  }

  private static func scaled(_ duration: SimDuration, _ factor: Double) -> SimDuration {
    factor == 1
      ? duration
      : SimDuration(microseconds: Int64((Double(duration.microseconds) * factor).rounded()))
  }
}

extension Centre {
  /// `agent` takes the call in `slot`: when its call type's times depend on who serves, its
  /// talk and ACW become the server's (from the same uniforms), the rest of the talk —
  /// security, interpreter, identification, consult — kept.
  mutating func takeServerTimes(slot: Int, agent: Int) {
    let callType = Int(calls[slot].callType)
    guard serviceTimes.callTypeDepends[callType], !calls[slot].isIncidentCall else { return }
    var caller = calls[slot].caller
    // A redial by the same caller (`sameCaller`) keeps the first call's uniforms.
    if callers.kept.isOn, let kept = callers.kept.attempt(slot: slot, caller: caller) {
      caller = kept.timesOf
    }
    let own = serviceTimes.own(callType: callType, caller: caller)
    let served = serviceTimes.served(
      callType: callType, caller: caller, team: Int(agents[agent].team),
      level: Int(selector.level[agent]))
    // The talk was scaled (a forecast's AHT) when drawn: at arrival, or when a transfer leg
    // was made.
    let drawnAt = calls[slot].isTransferLeg ? calls[slot].queuedAt : calls[slot].arrivedAt
    calls[slot].talk =
      calls[slot].talk - callers.samplers[callType].talk(own.talk, at: drawnAt)
      + callers.samplers[callType].talk(served.talk, at: drawnAt)
    calls[slot].acw = served.acw
  }
}
