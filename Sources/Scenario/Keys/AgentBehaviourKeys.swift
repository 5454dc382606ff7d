import ContactCentre
import SimKernel

/// The keys of `rules`, the telephony timers (docs/scenario-format.md, section 6).
enum RulesKeys {
  static let ronaTimeout = Field(
    "ronaTimeout", .duration(atLeast: .ronaTimeout), .defaulted(#""15s""#),
    "a call offered to an agent and not answered within this is taken back and offered to"
      + " someone else (Redirect On No Answer, RONA)")
  static let acwLimit = Field(
    "acwLimit", .duration(atLeast: .acwLimit), .defaulted(#""10m""#),
    "After Call Work ends by itself after this long; the rest of the wrap-up is done as"
      + " NotReady – Customer Related Clerical Work (or waits, as `agentBehaviour`'s"
      + " `clericalNotReadyShare` and `clericalNotReadyDelay` say)")
  static let idleLogout = Field(
    "idleLogout", .duration(atLeast: .idleLogout), .defaulted(#""90m""#),
    "an agent Ready this long without being offered a call or going NotReady is logged out")

  static let format = ObjectFormat(
    "rules",
    summary: "The telephony timers of the procedures; all three are applied.",
    fields: [ronaTimeout, acwLimit, idleLogout])
}

/// The keys of `agentBehaviour` and of a team's `behaviour` (docs/scenario-format.md,
/// section 10). Every key is optional: one left out keeps the inherited value, the scenario's
/// for a team and the ideal agent's (the default column) at the top level.
enum AgentBehaviourKeys {
  static let answerDelay = Field(
    "answerDelay", .distribution, .optional("`0`"),
    "ring time: how long an agent lets an offered call ring before answering. A ring time of"
      + " `rules.ronaTimeout` or more is a miss")
  static let missProbability = Field(
    "missProbability", .probability, .optional("`0`"),
    "the probability that an agent lets an offered call ring out (a RONA), whatever the ring"
      + " time")
  static let afterMiss = Field<AgentBehaviour.AfterMiss>(
    "afterMiss",
    .word("ready", or: ValueKind<AgentBehaviour.AfterMiss>.object(AfterMissKeys.format)),
    .optional(#"`"ready"`"#),
    "what an agent does after letting a call ring out: `\"ready\"`, free again at once, or"
      + " NotReady with a reason code for a time drawn from a distribution")
  static let relogDelay = Field<Distribution?>(
    "relogDelay", .word("never", or: .distribution), .optional("`0`"),
    "how long an agent logged out by the idle timer takes to log back in while on shift;"
      + " `\"never\"`: they stay logged out until their shift ends")
  static let shrinkage = Field<[AgentBehaviour.Shrinkage]>(
    "shrinkage", .array(of: .object(ShrinkageKeys.format)).called("list of shrinkage rules"),
    .optional("`[]`"),
    "unscheduled NotReady time by reason code; the shares sum to 0.5 at most (`the shares sum"
      + " to 0.6, more than 0.5: a team away unplanned for more than half its time is not at the"
      + " phone, …`). A team's list replaces the scenario's as a whole")

  static let clericalNotReadyShare = Field(
    "clericalNotReadyShare", .probability, .optional("`1`"),
    "the share of caseworkers who, when the ACW is cut at `rules.acwLimit` with clerical work"
      + " left, put themselves NotReady – Customer Related Clerical Work for it; the others stay"
      + " Available and do it between calls ([section 10](#clerical-work-after-the-acw-limit))")
  static let clericalNotReadyDelay = Field(
    "clericalNotReadyDelay", .distribution, .optional("`0`"),
    "how long those who put themselves NotReady for clerical work take to do so after the cut:"
      + " Available meanwhile, they may be offered a call, and then do the clerical work after"
      + " it")

  static let format = ObjectFormat(
    "agentBehaviour", typeName: "agent behaviour",
    summary:
      "How agents behave at the phone; every key is optional and keys left out keep the"
      + " inherited value.",
    fields: [
      answerDelay, missProbability, afterMiss, relogDelay, shrinkage, clericalNotReadyShare,
      clericalNotReadyDelay,
    ])
}

/// The keys of `afterMiss` when the agent goes NotReady after a missed call.
enum AfterMissKeys {
  static let reason = Field("reason", .notReadyReason, .required, "the reason code")
  static let duration = Field(
    "duration", .distribution, .required, "how long the agent stays NotReady")

  static let format = ObjectFormat(
    "afterMissNotReady",
    summary: "NotReady after a missed call, with this reason code, for a drawn time.",
    fields: [reason, duration])
}

/// The keys of a rule of `shrinkage`.
enum ShrinkageKeys {
  static let reason = Field("reason", .notReadyReason, .required, "the reason code of the episodes")
  static let share = Field(
    "share", .shrinkageShare, .required,
    "the long-run share of logged-in time; the shares of a behaviour sum to"
      + " \(ScenarioDecoder.maximumShrinkage) at most")
  static let meanLength = Field(
    "meanLength", .duration(atLeast: .shrinkageLength), .required,
    "the mean length of one episode (episodes are exponential); a minute or more"
      + " ([section 4](#durations))")

  static let format = ObjectFormat(
    "shrinkage",
    summary: "Unscheduled NotReady time with one reason code, taken in exponential episodes.",
    fields: [reason, share, meanLength])
}

extension ValueKind {
  /// The string `word` (e.g. `"never"`), or a value of `other`'s kind; read by the decoder.
  static func word<Other>(_ word: String, or other: ValueKind<Other>) -> ValueKind {
    ValueKind(
      schema: .object([
        ("oneOf", .array([.object([("const", .string(word))]), other.schema]))
      ]),
      typeName: "`\"\(word)\"` or \(other.typeName)", definitions: other.definitions,
      objects: other.objects, parse: nil)
  }
}

extension ValueKind where Value == Double {
  /// The share of one shrinkage rule: a probability of at most
  /// `ScenarioDecoder.maximumShrinkage`, which the shares of a behaviour sum to at most (the sum
  /// is checked by the decoder, so one share above it is reported as the sum).
  static var shrinkageShare: ValueKind {
    ValueKind(
      schema: .object([
        ("$ref", .string("#/$defs/probability")),
        ("maximum", .number(ScenarioDecoder.maximumShrinkage)),
      ]),
      typeName: "probability, \(ScenarioDecoder.maximumShrinkage) at most",
      definitions: ValueKind.probability.definitions, parse: Parse.probability)
  }
}
