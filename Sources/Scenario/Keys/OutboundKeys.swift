import ContactCentre
import SimKernel

/// The keys of `outbound`: calls caseworkers dial (docs/scenario-format.md, section 14).
enum OutboundKeys {
  static let callBacks = Field<CallBackRule>(
    "callBacks", .object(CallBackRuleKeys.format),
    .optional("none: a Call-back Request is only counted"),
    "how a Call-back Request becomes an outbound call ([section 14](#call-backs))")
  static let activityPlans = Field<[[ActivityPlan]]>(
    "activityPlans", .array(of: .object(ActivityPlanKeys.format)).called("list of plans"),
    .optional("`[]`"),
    "batches of outbound calls teams make in given hours ([section 14](#activity-plans))")
  static let suppressedShare = Field(
    "suppressedShare", .probability, .defaulted("0"),
    "the share of clients whose telephone contact is **suppressed** — they opted out, or in"
      + " exceptional circumstances such as the client's death: they are never dialled, and are"
      + " counted as suppressed")
  static let dialTime = Field(
    "dialTime", .distribution, .defaulted(#""30s""#),
    "dialling and ringing before an outcome that did not connect")
  static let noContactAcw = Field(
    "noContactAcw", .distribution, .defaulted("0"),
    "the wrap-up after an outcome that did not connect, instead of the call type's `acw`")
  static let retry = Field<[RetryRule]>(
    "retry", .retryRules, .optional("`{}`: never retried"),
    "when to dial again after an outcome that did not connect: a rule for each such outcome"
      + " ([section 14](#retries))")
  static let reserve = Field<[[OutboundReserve]]>(
    "reserve", .array(of: .object(OutboundReserveKeys.format)).called("list of reserve windows"),
    .optional("`[]`: inbound always comes first"),
    "agents kept for outbound calls only, in given hours"
      + " ([section 14](#reserving-agents-for-outbound))")

  static let format = ObjectFormat(
    "outbound",
    summary: "Calls the caseworkers dial and the rules they dial by; every key is optional.",
    fields: [
      callBacks, activityPlans, suppressedShare, dialTime, noContactAcw, retry, reserve,
    ])
}

/// The keys of `outbound.callBacks`.
enum CallBackRuleKeys {
  static let due = Field(
    "due", .positiveDuration, .required,
    "the call-back is to be made within this time of the request")
  static let by = Field(
    "by", .callBackCaller, .defaulted(#""caseworker""#),
    "who makes it: the caseworker who took the call, or anyone in their team")

  static let format = ObjectFormat(
    "callBackRule",
    summary: "How a call closed as Call-back Request becomes an outbound call-back.",
    fields: [due, by])
}

/// The window of clock times of an activity plan or a reserve, placed like a shift's.
enum ClockWindowKeys {
  static let from = Field(
    "from", .shiftTime, .required, "the clock time the window opens, on its day")
  static let to = Field(
    "to", .shiftTime, .required,
    "the clock time the window closes; after `from` (`the window ends before it starts`)")
  static let day = Field(
    "day", .integer(in: 1...3660), .defaulted("1"),
    "the day of the run the window is on, counting from 1, as for shifts"
      + " ([section 9](#shifts)); ignored with `everyDay`")
  static let everyDay = Field(
    "everyDay", .boolean, .defaulted("false"),
    "the window repeats on days 1 to ⌈`duration` ÷ 24 h⌉ of the run")
}

/// The keys of an activity plan of `outbound.activityPlans`.
enum ActivityPlanKeys {
  static let team = Field<Int>(
    "team", .reference(to: "team"), .required, "the team whose caseworkers dial")
  static let callType = Field<Int>(
    "callType", .reference(to: "call type"), .required,
    "the calls' type: their talk, ACW, security, interpretation and `outboundOutcomes`")
  static let perHour = Field(
    "perHour", .callCount, .required,
    "calls that become due per hour in the window, at random (Poisson), like arrivals")
  static let due = Field(
    "due", .positiveDuration, .required, "how long after becoming due a call should be made")

  static let format = ObjectFormat(
    "activityPlan",
    summary:
      "Outbound calls of an activity plan, made by a team's caseworkers: calls become due at"
      + " random at perHour between from and to.",
    fields: [
      team, callType, perHour, ClockWindowKeys.from, ClockWindowKeys.to, due, ClockWindowKeys.day,
      ClockWindowKeys.everyDay,
    ])
}

/// The keys of a reserve of `outbound.reserve` (and of `exceptions.reserve`).
enum OutboundReserveKeys {
  static let team = Field<Int>(
    "team", .reference(to: "team"), .required, "the team whose agents are kept")
  static let agents = Field(
    "agents", .integer(in: 1...100_000), .required,
    "how many of the team's logged-in agents are kept")

  static let format = ObjectFormat(
    "outboundReserve",
    summary:
      "Agents of a team kept for outbound calls only in a window: they take no inbound call"
      + " then.",
    fields: [
      team, agents, ClockWindowKeys.from, ClockWindowKeys.to, ClockWindowKeys.day,
      ClockWindowKeys.everyDay,
    ])
}

/// The keys of a rule of `outbound.retry`, given for an outcome that did not connect.
enum RetryRuleKeys {
  static let after = Field(
    "after", .duration(atLeast: .retryAfter), .required,
    "the next attempt is due this long after this one ended: a number is dialled again a second"
      + " or more after the attempt ended ([section 4](#durations))")
  static let maxAttempts = Field(
    "maxAttempts", .integer(in: 1...100), .required,
    "the most attempts in all, the first included: 1 never retries")

  static let format = ObjectFormat(
    "retryRule", typeName: "retry rule",
    summary: "When an outbound call that did not connect is dialled again.",
    fields: [after, maxAttempts])
}

extension ValueKind where Value == CallBackRule.Caller {
  /// `"caseworker"` or `"team"`.
  static var callBackCaller: ValueKind {
    let names = CallBackRule.Caller.allCases.map(\.rawValue)
    return ValueKind(
      schema: .object([("enum", .array(names.map(JSONNode.string)))]),
      typeName: names.map { "`\"\($0)\"`" }.joined(separator: " or "),
      parse: { node, path, diagnostics in
        guard let name = Parse.string(node, path, diagnostics) else { return nil }
        guard let caller = CallBackRule.Caller(rawValue: name) else {
          diagnostics.invalid(
            node, at: path,
            "\"\(name)\" is not who makes call-backs (one of: \(names.joined(separator: ", ")))")
          return nil
        }
        return caller
      })
  }
}

extension ValueKind where Value == [RetryRule] {
  /// `{OUTCOME: rule, …}` for outcomes that did not connect; read by the decoder. Which
  /// outcomes did not connect is the vocabulary's: the schema holds the keys to the CMG's only
  /// where the scenario speaks them (`ChildMaintenanceNames`).
  static var retryRules: ValueKind {
    let rule = ValueKind<RetryRule>.object(RetryRuleKeys.format)
    return ValueKind(
      schema: .object([
        ("type", .string("object")),
        ("propertyNames", .object([("$ref", .string("#/$defs/outcome"))])),
        ("additionalProperties", rule.schema),
      ]),
      typeName: "object: outcome → retry rule",
      definitions: ValueKind<Outcome>.outcome.definitions + rule.definitions,
      objects: rule.objects, parse: nil)
  }
}
