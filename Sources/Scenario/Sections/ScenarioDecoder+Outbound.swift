import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// `"outbound": {"callBacks", "activityPlans", "suppressedShare", "dialTime",
  /// "noContactAcw", "retry", "reserve"}`.
  func outbound(_ context: ScenarioContext) -> Parse.Parser<Outbound> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: [
        "callBacks", "activityPlans", "suppressedShare", "dialTime", "noContactAcw", "retry",
        "reserve",
      ])
      let defaults = Outbound()
      let callBacks = reader.optional("callBacks", Self.callBackRule)
      let plans = reader.optional("activityPlans", Parse.array(activityPlan(context)))
      let suppressed = reader.optional("suppressedShare", Parse.probability)
      let dialTime = reader.optional("dialTime", Parse.distribution)
      let noContactAcw = reader.optional("noContactAcw", Parse.distribution)
      let retries = reader.optional("retry", Self.retryRules)
      let reserves = reader.optional("reserve", Parse.array(outboundReserve(context)))
      let unread = [
        ("callBacks", callBacks == nil), ("activityPlans", plans == nil),
        ("suppressedShare", suppressed == nil), ("dialTime", dialTime == nil),
        ("noContactAcw", noContactAcw == nil), ("retry", retries == nil),
        ("reserve", reserves == nil),
      ]
      guard !unread.contains(where: { key, isNil in isNil && reader.has(key) }) else {
        return nil
      }
      return Outbound(
        callBacks: callBacks, activityPlans: plans?.flatMap { $0 } ?? [],
        suppressedShare: suppressed ?? defaults.suppressedShare,
        dialTime: dialTime ?? defaults.dialTime,
        noContactAcw: noContactAcw ?? defaults.noContactAcw, retries: retries ?? [],
        reserves: reserves?.flatMap { $0 } ?? [])
    }
  }

  /// `{"due": D, "by": "caseworker" | "team"}`.
  static func callBackRule(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> CallBackRule?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["due", "by"])
    let due = reader.required("due", Parse.positiveDuration)
    let by = reader.optional("by") { node, path, diagnostics -> CallBackRule.Caller? in
      guard let name = Parse.string(node, path, diagnostics) else { return nil }
      guard let caller = CallBackRule.Caller(rawValue: name) else {
        let names = CallBackRule.Caller.allCases.map(\.rawValue)
        diagnostics.invalid(
          node, at: path,
          "\"\(name)\" is not who makes call-backs (one of: \(names.joined(separator: ", ")))")
        return nil
      }
      return caller
    }
    guard let due, by != nil || !reader.has("by") else { return nil }
    return CallBackRule(due: due, by: by ?? .caseworker)
  }

  /// `{"team", "callType", "perHour", "from", "to", "due", "day", "everyDay"}`; an every-day
  /// plan becomes one plan per day.
  func activityPlan(_ context: ScenarioContext) -> Parse.Parser<[ActivityPlan]> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: [
        "team", "callType", "perHour", "from", "to", "due", "day", "everyDay",
      ])
      let team = reader.required("team", Self.reference(to: context.teamIds, kind: "team"))
      let callType = reader.required(
        "callType", Self.reference(to: context.callTypeIds, kind: "call type"))
      let perHour = reader.required("perHour", Self.callCount)
      let due = reader.required("due", Parse.positiveDuration)
      let windows = clockWindows(reader, context)
      guard let team, let callType, let perHour, let due, let windows else { return nil }
      return windows.map {
        ActivityPlan(
          team: team, callType: callType, perHour: perHour, from: $0.from, to: $0.to, due: due)
      }
    }
  }

  /// `{"team", "agents", "from", "to", "day", "everyDay"}`; every day gives one per day.
  func outboundReserve(_ context: ScenarioContext) -> Parse.Parser<[OutboundReserve]> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: ["team", "agents", "from", "to", "day", "everyDay"])
      let team = reader.required("team", Self.reference(to: context.teamIds, kind: "team"))
      let agents = reader.required("agents", Parse.integer(in: 1...100_000))
      let windows = clockWindows(reader, context)
      guard let team, let agents, let windows else { return nil }
      return windows.map { OutboundReserve(team: team, agents: agents, from: $0.from, to: $0.to) }
    }
  }

  /// The `from`–`to` window of clock times on `day` (or every day), from t = 0; windows over
  /// before t = 0 are dropped and one under way is cut to start at 0, like shifts.
  func clockWindows(_ reader: ObjectReader, _ context: ScenarioContext)
    -> [(from: SimDuration, to: SimDuration)]?
  {
    let day = reader.optional("day", Parse.integer(in: 1...3660)) ?? 1
    let everyDay = reader.optional("everyDay", Parse.boolean) ?? false
    let from = reader.required("from", Self.shiftClock)
    let to = reader.required("to", Self.shiftClock)
    guard let from, let to else { return nil }
    guard to > from else {
      if let node = reader.member("to") {
        diagnostics.invalid(node, at: reader.path.key("to"), "the window ends before it starts")
      }
      return nil
    }
    return context.dayOffsets(day: day, everyDay: everyDay).compactMap { offset in
      let end = to + offset
      guard end > .zero else { return nil }
      return (max(.zero, from + offset), end)
    }
  }

  /// `{OUTCOME: {"after": D, "maxAttempts": N}, …}` for outcomes that did not connect.
  static func retryRules(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> [RetryRule]?
  {
    guard case .object(let members) = node.value else {
      diagnostics.wrongType(node, at: path, expected: "an object")
      return nil
    }
    let vocabulary = diagnostics.vocabulary
    let retried = vocabulary.allOutcomes.filter { !vocabulary.behaviour(of: $0).isConnected }
    var rules: [RetryRule] = []
    var failed = false
    for member in members {
      let rulePath = path.key(member.key)
      guard let outcome = vocabulary.outcome(named: member.key) else {
        diagnostics.report(
          .unknownKey, at: rulePath, member.keyLocation, notAnOutcome(member.key, vocabulary))
        failed = true
        continue
      }
      guard retried.contains(outcome) else {
        diagnostics.report(
          .invalidValue, at: rulePath, member.keyLocation,
          "\"\(member.key)\" is a call that connected; only an outbound call that did not is"
            + " retried (one of: \(retried.map(vocabulary.name(of:)).joined(separator: ", ")))")
        failed = true
        continue
      }
      guard let reader = ObjectReader(member.value, at: rulePath, diagnostics) else {
        failed = true
        continue
      }
      reader.rejectUnknownKeys(allowed: ["after", "maxAttempts"])
      let after = reader.required("after", Parse.duration(atLeast: .retryAfter))
      let attempts = reader.required("maxAttempts", Parse.integer(in: 1...100))
      guard let after, let attempts else {
        failed = true
        continue
      }
      rules.append(RetryRule(outcome: outcome, after: after, maxAttempts: attempts))
    }
    return failed ? nil : rules
  }
}
