import ContactCentre
import SimKernel

/// The keys of a call type of `callTypes` (docs/scenario-format.md, sections 8 and 12).
enum CallTypeKeys {
  static let id = Field(
    "id", .name, .required, "unique among call types; lines and teams refer to it")
  static let talk = Field(
    "talk", .distribution, .optional("**required**, unless `aht` is given"),
    "the time the agent talks with the caller (an IVR branch's `identification`, the security"
      + " questions and any interpretation are added to it); with `aht`, its shape, stretched to"
      + " the forecast's handle time, and exponential when left out")
  static let acw = Field(
    "acw", .distribution, .defaulted("0"),
    "After Call Work: the agent's wrap-up once the caller has gone, cut at `rules.acwLimit`."
      + " With 0 the agent is free the moment the call ends")
  static let patience = Field(
    "patience", .distribution, .optional("callers never hang up"),
    "how long a caller waits in the queue before hanging up (abandoning), counted from the"
      + " moment the call enters the queue — on arrival, or on leaving the IVR")
  static let outcomes = Field(
    "outcomes", .outcomeMix,
    .optional("the vocabulary's resolved outcome alone: `{\"Call Resolved\": 1}` by default"),
    "how the inbound calls that passed security end ([section 12](#outcomes)); never `Failed"
      + " Security Check` (decided by `security.failShare`) nor `No Answer`, `Line Engaged` or a"
      + " voicemail (an outcome whose behaviour is `failsSecurity` or `unanswered`)")
  static let outboundOutcomes = Field(
    "outboundOutcomes", .outcomeMix,
    .optional("the vocabulary's resolved outcome alone: `{\"Call Resolved\": 1}` by default"),
    "how the outbound calls of this type end — call-backs and activity plans"
      + " ([section 14](#14-outbound-call-backs-and-activity-plans)); never `Failed Security"
      + " Check`. `No Answer`, `Line Engaged`, both voicemails, `Client Unavailable` and `Wrong"
      + " Number` (behaviours `unanswered` and `notConnected`) did not connect: they take the"
      + " dial time")
  static let security = Field<SecurityCheck>(
    "security", .object(SecurityKeys.format), .optional("none: no questions, no failures"),
    "the security questions every call starts with, and the share that fail"
      + " ([section 12](#security))")
  static let interpretation = Field<Interpretation>(
    "interpretation", .object(InterpretationKeys.format), .optional("none"),
    "callers who need an interpreter, The Big Word ([section 12](#interpretation))")
  static let transfer = Field<Transfer>(
    "transfer", .object(TransferKeys.format), .optional("none"),
    "where Call Transferred calls go, warm or cold; required exactly when a mix gives `Call"
      + " Transferred` a share ([section 12](#transfers))")
  static let aht = Field<ForecastCSV.HandleTime>(
    "aht", .object(ForecastHandleTimeKeys.format), .optional("none"),
    "the average handle time of a WFM forecast, interval by interval, which stretches `talk`"
      + " ([below](#average-handle-time-from-a-forecast))")
  static let proficiencyFactors = Field<[ProficiencyFactor]>(
    "proficiencyFactors",
    .array(of: .object(ProficiencyFactorKeys.format)).called("list of proficiency factors"),
    .optional("none: every level takes the same time"),
    "factors on the talk and ACW of agents of some `proficiency` levels"
      + " ([Handle time by who serves](#handle-time-by-who-serves))")

  static let format = ObjectFormat(
    "callType", typeName: "call type",
    summary: "A kind of call, with its own talk, After Call Work and caller patience, and how its"
      + " calls end.",
    fields: [
      id, talk, acw, patience, outcomes, outboundOutcomes, security, interpretation, transfer, aht,
      proficiencyFactors,
    ],
    constraints: [
      ("anyOf", .schema(#"[{"required": ["talk"]}, {"required": ["aht"]}]"#))
    ])
}

/// The keys of a call type's `aht`: the average handle time of a forecast.
enum ForecastHandleTimeKeys {
  static let csv = Field(
    "csv", .forecastFile, .required,
    "the forecast file, with the same rules as [arrivals](#forecast-csv)")
  static let column = Field(
    "column", .name, .required,
    "the header of the column of AHTs: seconds (`372.5`), `M:SS` (`6:12`) or `H:MM:SS`")
  static let calls = Field(
    "calls", .name, .optional("none: every interval weighs the same"),
    "the header of the column of calls that weighs each interval's AHT")
  static let timeColumn = Field(
    "timeColumn", .name,
    .optional("as for [arrivals](#forecast-csv)"),
    "the header of the interval start column")

  static let format = ObjectFormat(
    "forecastHandleTime",
    summary:
      "The average handle time of a WFM forecast: talk is stretched so that its mean plus the"
      + " mean ACW equals the forecast's AHT in each interval, and over the run its AHT averaged"
      + " over the intervals in the run (weighted by the calls column when given).",
    fields: [csv, column, calls, timeColumn])
}

/// The keys of a call type's `security`.
enum SecurityKeys {
  static let time = Field(
    "time", .distribution, .required,
    "time spent on the questions, at the start of the talk: added to the talk time")
  static let failShare = Field(
    "failShare", .probability, .defaulted("0"),
    "the share of calls, inbound and outbound (those that connect), that fail the check: they"
      + " end after the questions as Failed Security Check; the third consecutive failure for a"
      + " SCIN, reported, adds a bogus caller form, CMSF5550")
  static let reportShare = Field(
    "reportShare", .probability, .defaulted("1"),
    "the share of failed checks whose caller the caseworker believes is not the client or"
      + " their representative: they are reported to the Security Advice and Support Centre"
      + " (SASC)")

  static let format = ObjectFormat(
    "securityCheck",
    summary:
      "The security questions a call starts with, the share of calls that fail them and the"
      + " share of failures reported.",
    fields: [time, failShare, reportShare])
}

/// The keys of a call type's `interpretation`.
enum InterpretationKeys {
  static let share = Field(
    "share", .probability, .required,
    "the share of the type's connected calls that need an interpreter")
  static let connect = Field(
    "connect", .distribution, .defaulted("0"), "time to bring the interpreter onto the call")
  static let extraTalk = Field(
    "extraTalk", .distribution, .defaulted("0"),
    "talk time added by speaking through the interpreter")

  static let format = ObjectFormat(
    "interpretation", summary: "Callers who need an interpreter (The Big Word).",
    fields: [share, connect, extraTalk])
}

/// The keys of a call type's `transfer`.
enum TransferKeys {
  static let targets = Field<[Transfer.TargetShare]>(
    "targets",
    .array(of: .object(TransferTargetKeys.format), nonEmpty: true).called(
      "non-empty list of targets"),
    .required,
    "who the transfer is for; each target's `share` is the share of transfers that go to it, and"
      + " the shares sum to 1")
  static let consult = Field(
    "consult", .distribution, .optional("**required** for a warm transfer"),
    "the consultation: the caseworker speaks to the recipient before handing the caller over,"
      + " and both are busy for this time. Not allowed with `\"cold\": true` (`a cold transfer"
      + " has no consultation`)")
  static let cold = Field(
    "cold", .boolean, .defaulted("false"),
    "hand the caller over without speaking to the recipient first. Allowed only on an emergency"
      + " day (`cold transfers are allowed only on an emergency day (top-level \"emergency\")`)")
  static let fallback = Field<Int>(
    "fallback", .reference(to: "team"), .optional("none"),
    "the group tried last — GICH, say — when nobody in the target, its team or its segment is"
      + " Ready")
  static let hold = Field(
    "hold", .duration(atLeast: .hold), .defaulted(#""3m""#),
    "on a warm transfer whose caller has to wait, the longest the caseworker holds them before"
      + " doing what `whenNobodyAnswers` says. Not allowed with `\"cold\": true` (`a cold"
      + " transfer holds nobody`), nor with `\"keepHolding\"`, which has no limit")
  static let whenNobodyAnswers = Field(
    "whenNobodyAnswers",
    .oneOf(NobodyAnswers.allCases.map { ($0.rawValue, $0) }, typeName: "string")
      .called("`\"takeBack\"`, `\"keepHolding\"` or `\"handOver\"`"),
    .defaulted(#""takeBack""#),
    "what the caseworker does on a warm transfer when no recipient has answered within `hold`:"
      + " `\"takeBack\"`, take the caller back and close the call with `takeBackOutcome`;"
      + " `\"keepHolding\"`, hold on, with no limit, until someone answers; `\"handOver\"`,"
      + " leave the caller waiting in the queue unannounced — a cold transfer, so allowed only"
      + " on an emergency day (`an unannounced handover is a cold transfer, allowed only on an"
      + " emergency day (top-level \"emergency\")`). Not allowed with `\"cold\": true`")
  static let takeBackOutcome = Field<Outcome>(
    "takeBackOutcome", .outcome,
    .optional(
      "the vocabulary's first outcome that requests a call-back (`Call-back Request`)"),
    "the outcome a call taken back closes with instead of `Call Transferred`: an inbound"
      + " outcome that does not transfer. With `\"whenNobodyAnswers\": \"takeBack\"` only")

  static let format = ObjectFormat(
    "transfer",
    summary:
      "Where a call type's transferred calls go and how they are handed over: warm (a"
      + " consultation first) unless cold, which only an emergency day allows.",
    fields: [targets, consult, cold, fallback, hold, whenNobodyAnswers, takeBackOutcome],
    constraints: [
      ("if", .schema(#"{"properties": {"cold": {"const": true}}, "required": ["cold"]}"#)),
      (
        "then",
        .schema(
          #"{"not": {"anyOf": [{"required": ["consult"]}, {"required": ["hold"]}, "#
            + #"{"required": ["whenNobodyAnswers"]}, {"required": ["takeBackOutcome"]}]}}"#)
      ),
      ("else", .schema(#"{"required": ["consult"]}"#)),
    ])
}

/// What a caseworker holding a caller on a warm transfer does when the hold is up, as written
/// (`Transfer.WhenNobodyAnswers`, whose `takeBack` carries its outcome).
enum NobodyAnswers: String, CaseIterable, Sendable {
  case takeBack, keepHolding, handOver
}

/// The keys of a target of `transfer.targets`: `share` and exactly one of agent, team, segment.
enum TransferTargetKeys {
  static let agent = Field(
    "agent", ValueKind<String>.name.called("staff number"),
    .optional("one of `agent`, `team` and `segment`"),
    "the caseworker with this `staffNumber` (Agent Search in the phonebook); some team's roster"
      + " must have it (`no agent with staff number \"M010\" on any team's roster`)")
  static let team = Field<Int>(
    "team", .reference(to: "team"), .optional("one of `agent`, `team` and `segment`"),
    "anyone in this team")
  static let segment = Field<Int>(
    "segment", .reference(to: "segment"), .optional("one of `agent`, `team` and `segment`"),
    "anyone in a team of this segment")
  static let share = Field(
    "share", .probability, .required,
    "the share of the call type's transfers that go here; the shares of the targets sum to 1")

  /// The keys naming who the target is, exactly one of which a target has.
  static let kinds = [agent.key, team.key, segment.key]

  static let format = ObjectFormat(
    "transferTarget",
    summary:
      "Who a share of the transfers is for: an agent by staff number, a team or a segment"
      + " (exactly one of the three).",
    fields: [agent, team, segment, share],
    constraints: [
      ("oneOf", .array(kinds.map { .object([("required", .array([.string($0)]))]) }))
    ])
}

extension ValueKind where Value == Outcome {
  /// A call outcome of the vocabulary, spelt exactly (`ScenarioDecoder.outcome`).
  static var outcome: ValueKind {
    .vocabularyName(
      "outcome",
      description:
        "One of the vocabulary's call outcomes, spelled exactly: by default the procedures' 19"
        + " (en dashes \"–\", and \"Message left\" with a lower-case l).",
      examples: Vocabulary.childMaintenance.outcomes.map(\.name), typeName: "outcome",
      parse: ScenarioDecoder.outcome)
  }
}

extension ValueKind where Value == [OutcomeShare] {
  /// `{OUTCOME: share, …}`, the shares summing to 1 (`ScenarioDecoder.outcomeShares`).
  static var outcomeMix: ValueKind {
    .defined(
      "outcomeMix",
      .schema(
        ##"{"description": "Outcome names and the probability of each; the shares sum to 1.", "##
          + ##""type": "object", "propertyNames": {"$ref": "#/$defs/outcome"}, "##
          + ##""additionalProperties": {"$ref": "#/$defs/probability"}, "minProperties": 1}"##),
      typeName: "outcome mix",
      nested: ValueKind<Outcome>.outcome.definitions
        + ValueKind<Double>.probability.definitions,
      parse: ScenarioDecoder.outcomeShares)
  }
}
