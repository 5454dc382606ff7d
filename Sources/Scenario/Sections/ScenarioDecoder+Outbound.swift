import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// `"outbound": {"callBacks", "activityPlans", "suppressedShare", "dialTime",
  /// "noContactAcw", "retry", "reserve"}`.
  func outbound(_ context: ScenarioContext) -> Parse.Parser<Outbound> {
    { node, path, diagnostics in
      typealias Keys = OutboundKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let callBacks = reader.read(Keys.callBacks, with: Self.callBackRule)
      let plans = reader.read(Keys.activityPlans, with: Parse.array(activityPlan(context)))
      let suppressed = reader.read(Keys.suppressedShare)
      let dialTime = reader.read(Keys.dialTime)
      let noContactAcw = reader.read(Keys.noContactAcw)
      let retries = reader.read(Keys.retry, with: Self.retryRules)
      let reserves = reader.read(Keys.reserve, with: Parse.array(outboundReserve(context)))
      let optional: [(key: String, isNil: Bool)] = [
        (Keys.callBacks.key, callBacks == nil), (Keys.activityPlans.key, plans == nil),
        (Keys.retry.key, retries == nil), (Keys.reserve.key, reserves == nil),
      ]
      guard !optional.contains(where: { $0.isNil && reader.has($0.key) }), let suppressed,
        let dialTime, let noContactAcw
      else { return nil }
      return Outbound(
        callBacks: callBacks, activityPlans: plans?.flatMap { $0 } ?? [],
        suppressedShare: suppressed, dialTime: dialTime, noContactAcw: noContactAcw,
        retries: retries ?? [], reserves: reserves?.flatMap { $0 } ?? [])
    }
  }

  /// `{"due": D, "by": "caseworker" | "team"}`.
  static func callBackRule(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> CallBackRule?
  {
    typealias Keys = CallBackRuleKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let due = reader.read(Keys.due)
    let by = reader.read(Keys.by)
    guard let due, let by else { return nil }
    return CallBackRule(due: due, by: by)
  }

  /// `{"team", "callType", "perHour", "from", "to", "due", "day", "everyDay"}`; an every-day
  /// plan becomes one plan per day.
  func activityPlan(_ context: ScenarioContext) -> Parse.Parser<[ActivityPlan]> {
    { node, path, diagnostics in
      typealias Keys = ActivityPlanKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let team = reader.read(Keys.team, with: Self.reference(to: context.teamIds, kind: "team"))
      let callType = reader.read(
        Keys.callType, with: Self.reference(to: context.callTypeIds, kind: "call type"))
      let perHour = reader.read(Keys.perHour)
      let due = reader.read(Keys.due)
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
      typealias Keys = OutboundReserveKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let team = reader.read(Keys.team, with: Self.reference(to: context.teamIds, kind: "team"))
      let agents = reader.read(Keys.agents)
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
    typealias Keys = ClockWindowKeys
    let day = reader.read(Keys.day)
    let everyDay = reader.read(Keys.everyDay)
    let from = reader.read(Keys.from)
    let to = reader.read(Keys.to)
    guard let day, let everyDay, let from, let to else { return nil }
    guard to > from else {
      if let node = reader.member(Keys.to.key) {
        diagnostics.invalid(
          node, at: reader.path.key(Keys.to.key), "the window ends before it starts")
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
      guard
        let reader = ObjectReader(
          member.value, at: rulePath, diagnostics, format: RetryRuleKeys.format)
      else {
        failed = true
        continue
      }
      let after = reader.read(RetryRuleKeys.after)
      let attempts = reader.read(RetryRuleKeys.maxAttempts)
      guard let after, let attempts else {
        failed = true
        continue
      }
      rules.append(RetryRule(outcome: outcome, after: after, maxAttempts: attempts))
    }
    return failed ? nil : rules
  }
}
