import ContactCentre
import SimKernel

extension ScenarioDecoder {
  func team(_ context: ScenarioContext) -> Parse.Parser<Team> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(
        allowed: [
          "id", "segment", "handles", "casegroups", "agents", "shifts", "behaviour",
          "leadersTakeCalls",
        ])
      let id = reader.required("id", Parse.identifier)
      let segment = reader.optional(
        "segment", Self.reference(to: context.segmentIds, kind: "segment"))
      let handles =
        reader.optional(
          "handles",
          Parse.array(Self.reference(to: context.callTypeIds, kind: "call type"))) ?? []
      let casegroups = reader.optional("casegroups", Parse.integer(in: 0...100_000_000)) ?? 0
      let behaviour =
        reader.optional("behaviour", behaviour(base: context.behaviour)) ?? context.behaviour
      let leadersTakeCalls = reader.optional("leadersTakeCalls", Parse.boolean) ?? false
      var shifts: [Shift]?
      switch (reader.member("agents"), reader.member("shifts")) {
      case (let count?, nil):
        shifts = Parse.integer(in: 0...100_000)(count, path.key("agents"), diagnostics).map {
          [
            Shift(
              start: .zero, end: Team.wholeRun,
              agents: Array(repeating: AgentProfile(), count: $0))
          ]
        }
      case (nil, let list?):
        let entries = Parse.array(nonEmpty: true, shift(context))(
          list, path.key("shifts"), diagnostics)
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
      case (nil, nil):
        diagnostics.report(
          .missingKey, at: path.key("agents"), node.location,
          "required key \"agents\" (a number logged in all run) or \"shifts\" is missing")
      case (_?, _?):
        diagnostics.invalid(node, at: path, "give agents or shifts, not both")
      }
      guard let id, let shifts else { return nil }
      return Team(
        id: id, segment: segment, handles: handles, casegroups: casegroups, shifts: shifts,
        behaviour: behaviour, leadersTakeCalls: leadersTakeCalls)
    }
  }

  /// A shift; with `"everyDay": true` it repeats on every day of the run, so one entry may
  /// become several shifts.
  func shift(_ context: ScenarioContext) -> Parse.Parser<[Shift]> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: ["day", "everyDay", "start", "end", "agents", "notReady"])
      let day = reader.optional("day", Parse.integer(in: 1...3660)) ?? 1
      let everyDay = reader.optional("everyDay", Parse.boolean) ?? false
      let start = reader.required("start", Self.shiftClock)
      let end = reader.required("end", Self.shiftClock)
      let agents = reader.required("agents", Self.rosterAgents)
      let periods = reader.optional("notReady", Parse.array(Self.scheduledPeriod)) ?? []
      guard let start, let end, let agents else { return nil }
      guard end > start, let endNode = reader.member("end") else {
        if let endNode = reader.member("end") {
          diagnostics.invalid(endNode, at: path.key("end"), "the shift ends before it starts")
        }
        return nil
      }
      for (index, period) in periods.enumerated()
      where period.start < start || period.start + period.duration > end {
        diagnostics.invalid(
          endNode, at: path.key("notReady").index(index), "falls outside the shift")
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
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["staffNumber", "name", "teamLeader", "isTeamLeader"])
    return AgentProfile(
      staffNumber: reader.optional("staffNumber", Parse.identifier),
      name: reader.optional("name", Parse.identifier),
      teamLeader: reader.optional("teamLeader", Parse.identifier),
      isTeamLeader: reader.optional("isTeamLeader", Parse.boolean) ?? false)
  }

  /// `{"reason": "Lunch", "start": "12:00", "duration": "30m", "spread": "1h"}`.
  static func scheduledPeriod(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> ScheduledNotReady?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["reason", "start", "duration", "spread"])
    let reason = reader.required("reason", Self.notReadyReason)
    let start = reader.required("start", Self.shiftClock)
    let duration = reader.required("duration", Parse.positiveDuration)
    let spread = reader.optional("spread", Parse.duration) ?? .zero
    guard let reason, let start, let duration else { return nil }
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
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(
        allowed: ["answerDelay", "missProbability", "afterMiss", "relogDelay", "shrinkage"])
      var behaviour = base
      if let delay = reader.optional("answerDelay", Parse.distribution) {
        behaviour.answerDelay = delay
      }
      if let miss = reader.optional("missProbability", Parse.probability) {
        behaviour.missProbability = miss
      }
      if let afterMiss = reader.optional("afterMiss", Self.afterMiss) {
        behaviour.afterMiss = afterMiss
      }
      if let node = reader.member("relogDelay") {
        if case .string("never") = node.value {
          behaviour.relogDelay = nil
        } else if let delay = Parse.distribution(node, path.key("relogDelay"), diagnostics) {
          behaviour.relogDelay = delay
        }
      }
      if let shrinkage = reader.optional("shrinkage", Parse.array(Self.shrinkage)) {
        let total = shrinkage.reduce(0) { $0 + $1.share }
        if total > Self.maximumShrinkage, let node = reader.member("shrinkage") {
          diagnostics.invalid(
            node, at: path.key("shrinkage"),
            "the shares sum to \(total), more than \(Self.maximumShrinkage): a team away"
              + " unplanned for more than half its time is not at the phone, and towards 1"
              + " episodes would come ever faster (share ÷ (meanLength × (1 − share)) a second)")
          return nil
        }
        behaviour.shrinkage = shrinkage
      }
      return behaviour
    }
  }

  /// `"ready"`, or `{"reason": CODE, "duration": D}`.
  static func afterMiss(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> AgentBehaviour.AfterMiss?
  {
    if case .string("ready") = node.value { return .ready }
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["reason", "duration"])
    let reason = reader.required("reason", notReadyReason)
    let duration = reader.required("duration", Parse.distribution)
    guard let reason, let duration else { return nil }
    return .notReady(reason, duration)
  }

  /// The most a team's shrinkage shares may sum to. Episodes come at Σ share ÷ (meanLength ×
  /// (1 − Σ share)) a second per agent, so that with half the time or less an agent's episodes
  /// start no closer, on average, than their length: a minute at least.
  static let maximumShrinkage = 0.5

  static func shrinkage(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> AgentBehaviour.Shrinkage?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["reason", "share", "meanLength"])
    let reason = reader.required("reason", notReadyReason)
    let share = reader.required("share", Parse.probability)
    let length = reader.required("meanLength", Parse.duration(atLeast: .shrinkageLength))
    guard let reason, let share, let length else { return nil }
    return AgentBehaviour.Shrinkage(reason: reason, share: share, meanLength: length)
  }
}
