import ContactCentre
import SimKernel

/// The keys of `redials` (docs/scenario-format.md, section 13): outcome names of inbound calls,
/// and this one (`ValueKind.redials`).
enum RedialKeys {
  /// The key of the rule for callers who abandoned in queue.
  static let abandoned = "abandoned"
}

/// The keys of a rule of `redials`.
enum RedialRuleKeys {
  static let probability = Field(
    "probability", .probability, .required, "the chance that the caller rings again")
  static let delay = Field(
    "delay", .distribution(meanAtLeast: .redialDelay), .required,
    "the time from the end of the call's talk (or from hanging up) to the new call; its mean"
      + " must be a second or more, whatever the `probability` (`redials.abandoned.delay: the"
      + " mean, 0s, is shorter than 1s, the least mean delay before a redial the format allows:"
      + " …`): a caller who rang again at once with a probability near 1 would ring (nearly) for"
      + " ever without the clock moving on")
  static let sameCaller = Field(
    "sameCaller", .boolean, .defaulted("false"),
    "the redial is the same person with the same question: it keeps the call's patience, talk"
      + " and ACW — the very same times, not new draws (see [the same caller](#the-same-caller))")

  static let format = ObjectFormat(
    "redialRule", typeName: "redial rule",
    summary: "The chance that a caller rings again, and how long after.",
    fields: [probability, delay, sameCaller])
}

extension ValueKind where Value == Redials {
  /// `{OUTCOME or "abandoned": RULE, …}`: the outcomes of inbound calls after which, and the
  /// abandoning after which, callers ring again (`ScenarioDecoder.redials`).
  static var redials: ValueKind {
    let rule = ValueKind<Redials.Rule>.object(RedialRuleKeys.format)
    // Which outcomes an inbound call can have is the vocabulary's: the schema holds the keys
    // to the CMG's only where the scenario speaks them (`ChildMaintenanceNames`).
    return ValueKind(
      schema: .object([
        ("type", .string("object")),
        ("propertyNames", .object([("$ref", .string("#/$defs/outcome"))])),
        ("additionalProperties", rule.schema),
      ]),
      typeName: "object: outcome or `\"abandoned\"` → redial rule",
      definitions: ValueKind<Outcome>.outcome.definitions + rule.definitions,
      objects: rule.objects, parse: ScenarioDecoder.redials)
  }
}
