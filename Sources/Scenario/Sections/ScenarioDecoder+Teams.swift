import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// A team of `teams`: its segment, the call types and casegroups it answers for, its
  /// roster (`agents` or `shifts`, not both) and its behaviour.
  func team(_ context: ScenarioContext) -> Parse.Parser<Team> {
    { node, path, diagnostics in
      typealias Keys = TeamKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let id = reader.read(Keys.id)
      let segment = reader.read(
        Keys.segment, with: Self.reference(to: context.segmentIds, kind: "segment"))
      let handles = reader.read(
        Keys.handles,
        with: Parse.array(Self.reference(to: context.callTypeIds, kind: "call type")))
      let casegroups = reader.read(Keys.casegroups)
      let behaviour = reader.read(Keys.behaviour, with: behaviour(base: context.behaviour))
      let leadersTakeCalls = reader.read(Keys.leadersTakeCalls)
      let handleTimes = reader.read(Keys.handleTimes, with: teamHandleTimes(context))
      var shifts: [Shift]?
      var staffing: TeamStaffing?
      switch (reader.has(Keys.agents.key), reader.has(Keys.shifts.key)) {
      case (false, false) where reader.has(Keys.staffing.key):
        staffing = reader.read(Keys.staffing, with: staffingByCounts(context))
        shifts = staffing.map(\.shifts)
      case _ where reader.has(Keys.staffing.key):
        diagnostics.invalid(node, at: path, "give one of agents, shifts or staffing, not two")
      case (true, false):
        shifts = reader.read(Keys.agents).map {
          [
            Shift(
              start: .zero, end: Team.wholeRun,
              agents: Array(repeating: AgentProfile(), count: $0))
          ]
        }
      case (false, true):
        let entries = reader.read(Keys.shifts, with: Parse.array(nonEmpty: true, shift(context)))
        // The days of an every-day entry are one roster entry: the same people each day.
        shifts = entries.map { entries in
          entries.enumerated().flatMap { entry, days in
            days.map { day in
              var shift = day
              shift.entry = entry
              return shift
            }
          }
        }
      case (false, false):
        diagnostics.report(
          .missingKey, at: path.key(Keys.agents.key), node.location,
          "required key \"agents\" (a number logged in all run), \"shifts\" or \"staffing\""
            + " is missing")
      case (true, true):
        diagnostics.invalid(node, at: path, "give agents or shifts, not both")
      }
      guard let id, let casegroups, let leadersTakeCalls, let shifts,
        reader.has(Keys.handleTimes.key) == (handleTimes != nil)
      else { return nil }
      var team = Team(
        id: id, segment: segment, handles: handles ?? [], casegroups: casegroups,
        shifts: shifts, behaviour: behaviour ?? context.behaviour,
        leadersTakeCalls: leadersTakeCalls)
      team.handleTimes = handleTimes ?? []
      if staffing?.leaving == .idleFirst { team.staffing = staffing }
      return team
    }
  }

  /// A shift; with `"everyDay": true` it repeats on every day of the run, so one entry may
  /// become several shifts.
  func shift(_ context: ScenarioContext) -> Parse.Parser<[Shift]> {
    { node, path, diagnostics in
      typealias Keys = ShiftKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let day = reader.read(Keys.day)
      let everyDay = reader.read(Keys.everyDay)
      // Read as the end is, so that a start of "24:00" is reported as a shift that ends
      // before it starts.
      let start = reader.read(Keys.start, with: Self.shiftClock)
      let end = reader.read(Keys.end)
      let agents = reader.read(Keys.agents)
      let periods = reader.read(Keys.notReady, with: Parse.array(Self.scheduledPeriod)) ?? []
      guard let day, let everyDay, let start, let end, let agents else { return nil }
      guard end > start, let endNode = reader.member(Keys.end.key) else {
        if let endNode = reader.member(Keys.end.key) {
          diagnostics.invalid(
            endNode, at: path.key(Keys.end.key), "the shift ends before it starts")
        }
        return nil
      }
      for (index, period) in periods.enumerated()
      where period.start < start || period.start + period.duration > end {
        diagnostics.invalid(
          endNode, at: path.key(Keys.notReady.key).index(index), "falls outside the shift")
      }
      return context.dayOffsets(day: day, everyDay: everyDay).map { offset in
        // A shift already under way at t = 0 starts logged in.
        let clamp = { (time: SimDuration) in max(.zero, time + offset) }
        return Shift(
          start: clamp(start), end: clamp(end), agents: agents,
          notReady: periods.compactMap { period in
            // A period already over at t = 0 is not taken; one under way is cut to what is left.
            let from = period.start + offset
            let until = from + period.duration
            guard until > .zero else { return nil }
            return ScheduledNotReady(
              reason: period.reason, start: max(.zero, from), duration: until - max(.zero, from),
              spread: period.spread)
          })
      }.filter { $0.end > .zero }
    }
  }

  /// A clock time "HH:MM" on the shift's day, up to "24:00".
  static func shiftClock(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> SimDuration?
  {
    if case .string("24:00") = node.value { return .hours(24) }
    return Parse.clockTime(node, path, diagnostics)
  }

  /// A count of anonymous caseworkers, or named agents.
  static func rosterAgents(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> [AgentProfile]?
  {
    if case .number = node.value {
      return Parse.integer(in: 0...100_000)(node, path, diagnostics).map {
        Array(repeating: AgentProfile(), count: $0)
      }
    }
    return Parse.array(nonEmpty: true, agentProfile)(node, path, diagnostics)
  }

  static func agentProfile(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> AgentProfile?
  {
    typealias Keys = AgentProfileKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let staffNumber = reader.read(Keys.staffNumber)
    let name = reader.read(Keys.name)
    let teamLeader = reader.read(Keys.teamLeader)
    let isTeamLeader = reader.read(Keys.isTeamLeader)
    var profile = AgentProfile(
      staffNumber: staffNumber, name: name, teamLeader: teamLeader,
      isTeamLeader: isTeamLeader ?? false)
    profile.proficiency = reader.read(Keys.proficiency) ?? ProficiencyFactor.defaultLevel
    return profile
  }

  /// `{"reason": "Lunch", "start": "12:00", "duration": "30m", "spread": "1h"}`.
  static func scheduledPeriod(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> ScheduledNotReady?
  {
    typealias Keys = ScheduledNotReadyKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let reason = reader.read(Keys.reason)
    let start = reader.read(Keys.start)
    let duration = reader.read(Keys.duration)
    let spread = reader.read(Keys.spread)
    guard let reason, let start, let duration, let spread else { return nil }
    return ScheduledNotReady(reason: reason, start: start, duration: duration, spread: spread)
  }

  /// One of the vocabulary's NotReady reason codes (the ten of the procedures by default),
  /// spelled exactly.
  static func notReadyReason(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> NotReadyReason?
  {
    guard let name = Parse.string(node, path, diagnostics) else { return nil }
    let vocabulary = diagnostics.vocabulary
    guard let reason = vocabulary.reason(named: name) else {
      diagnostics.invalid(
        node, at: path,
        "\"\(VisibleText.prefix(name))\" is not a NotReady reason code"
          + ObjectReader.hint(for: name, among: vocabulary.notReadyReasons.map(\.name)))
      return nil
    }
    return reason
  }

  /// Agent behaviour; keys left out keep the values of `base`.
  func behaviour(base: AgentBehaviour) -> Parse.Parser<AgentBehaviour> {
    { node, path, diagnostics in
      typealias Keys = AgentBehaviourKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      var behaviour = base
      if let delay = reader.read(Keys.answerDelay) {
        behaviour.answerDelay = delay
      }
      if let miss = reader.read(Keys.missProbability) {
        behaviour.missProbability = miss
      }
      if let afterMiss = reader.read(Keys.afterMiss, with: Self.afterMiss) {
        behaviour.afterMiss = afterMiss
      }
      if let delay = reader.read(Keys.relogDelay, with: Self.relogDelay) {
        behaviour.relogDelay = delay
      }
      if let shrinkage = reader.read(Keys.shrinkage, with: Parse.array(Self.shrinkage)) {
        let total = shrinkage.reduce(0) { $0 + $1.share }
        if total > Self.maximumShrinkage, let node = reader.member(Keys.shrinkage.key) {
          diagnostics.invalid(
            node, at: path.key(Keys.shrinkage.key),
            "the shares sum to \(total), more than \(Self.maximumShrinkage): a team away"
              + " unplanned for more than half its time is not at the phone, and towards 1"
              + " episodes would come ever faster (share ÷ (meanLength × (1 − share)) a second)")
          return nil
        }
        behaviour.shrinkage = shrinkage
      }
      if let share = reader.read(Keys.clericalNotReadyShare) {
        behaviour.clericalNotReadyShare = share
      }
      if let delay = reader.read(Keys.clericalNotReadyDelay) {
        behaviour.clericalNotReadyDelay = delay
      }
      return behaviour
    }
  }

  /// `"ready"`, or `{"reason": CODE, "duration": D}`.
  static func afterMiss(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> AgentBehaviour.AfterMiss?
  {
    if case .string("ready") = node.value { return .ready }
    typealias Keys = AfterMissKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let reason = reader.read(Keys.reason)
    let duration = reader.read(Keys.duration)
    guard let reason, let duration else { return nil }
    return .notReady(reason, duration)
  }

  /// `"never"` (nil: logged out until the shift ends), or a distribution.
  static func relogDelay(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Distribution??
  {
    if case .string("never") = node.value { return .some(nil) }
    return Parse.distribution(node, path, diagnostics).map { .some($0) }
  }

  /// The most a team's shrinkage shares may sum to. Episodes come at Σ share ÷ (meanLength ×
  /// (1 − Σ share)) a second per agent, so that with half the time or less an agent's episodes
  /// start no closer, on average, than their length: a minute at least.
  static let maximumShrinkage = 0.5

  static func shrinkage(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> AgentBehaviour.Shrinkage?
  {
    typealias Keys = ShrinkageKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let reason = reader.read(Keys.reason)
    let share = reader.read(Keys.share)
    let length = reader.read(Keys.meanLength)
    guard let reason, let share, let length else { return nil }
    return AgentBehaviour.Shrinkage(reason: reason, share: share, meanLength: length)
  }
}
