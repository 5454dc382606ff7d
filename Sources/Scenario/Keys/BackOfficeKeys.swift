import ContactCentre
import SimKernel

/// The keys of `incidents`: problems caseworkers meet (docs/scenario-format.md, section 15).
enum IncidentsKeys {
  static let perCaseworkerHour = Field(
    "perCaseworkerHour", .problemsPerHour, .required,
    "problems that arise per caseworker-hour on shift, at random (Poisson)")
  static let fromEscalated = Field(
    "fromEscalated", .probability, .defaulted("1"),
    "the share of calls closed as Unresolved – Escalated that raise a problem about the"
      + " caller's case")
  static let local = Field<[Incidents.Local]>(
    "local", .object(LocalStepsKeys.format), .optional("`{}`: no local steps"),
    "the steps tried before AAC, in the procedures' order whatever the order of the keys; a step"
      + " left out is skipped")
  static let document = Field(
    "document", .distribution, .defaulted(#""10m""#),
    "documenting the problem and referring it to the team leader, in NotReady")
  static let approval = Field(
    "approval", .distribution, .defaulted(#""30m""#),
    "from the referral to the team leader's approval; the caseworker works on meanwhile")
  static let reason = Field(
    "reason", .notReadyReason,
    .optional(
      "the vocabulary's clerical reason: `\"Customer Related Clerical Work\"` by default"),
    "the NotReady reason of the caseworker's time on incidents")

  static let format = ObjectFormat(
    "incidents",
    summary:
      "How problems arise for caseworkers and what they do before ringing AAC (Incident"
      + " Management – Manage Incident Locally).",
    fields: [perCaseworkerHour, fromEscalated, local, document, approval, reason])
}

/// The keys of `incidents.local`: the steps a caseworker tries before raising an incident.
enum LocalStepsKeys {
  static let procedures = step(.procedures, "consulting the online procedures")
  static let colleagues = step(.colleagues, "discussing the problem with colleagues")
  static let teamLeader = step(.teamLeader, "taking it to the team leader")
  static let adviceAndGuidance = Field<Incidents.Local>(
    Incidents.LocalStep.adviceAndGuidance.key, .object(AdviceAndGuidanceStepKeys.format),
    .optional("skipped"),
    "a service request to Advice and Guidance (A&G), answered at once or, given `response`,"
      + " days later")

  /// Each step with its key, in the procedures' order.
  static let steps: [(step: Incidents.LocalStep, field: Field<Incidents.Local>)] = [
    (.procedures, procedures), (.colleagues, colleagues), (.teamLeader, teamLeader),
    (.adviceAndGuidance, adviceAndGuidance),
  ]

  private static func step(_ step: Incidents.LocalStep, _ summary: String)
    -> Field<Incidents.Local>
  {
    Field(step.key, .object(LocalStepKeys.format), .optional("skipped"), summary)
  }

  static let format = ObjectFormat(
    "localSteps",
    summary:
      "The local steps, tried in the procedures' order whatever the order of the keys; a step"
      + " left out is skipped.",
    fields: steps.map(\.field))
}

/// The keys of a local step of `incidents.local`.
enum LocalStepKeys {
  static let time = Field(
    "time", .distribution, .required, "the caseworker's NotReady time on the step")
  static let solves = Field(
    "solves", .probability, .required,
    "the probability that the step solves a problem that reaches it")

  static let format = ObjectFormat(
    "localStep",
    summary:
      "A step tried before raising an incident: the caseworker's NotReady time on it and the"
      + " chance it solves the problem.",
    fields: [time, solves])
}

/// The keys of `exceptions`: the nightly case-closure failure reports.
enum ExceptionsKeys {
  static let at = Field(
    "at", .clockTime, .required,
    "the time of day the nightly batch runs (`\"HH:MM\"`, [section 4](#clock-times))")
  static let reportsPerBatch = Field(
    "reportsPerBatch",
    .callCount.called("number, 0 to 1,000,000"),
    .required,
    "the mean number of failure reports per batch (the number is drawn at random, Poisson)")
  static let reasons = Field(
    "reasons", .reasonShares, .required,
    "the failure reasons and their shares: any non-empty names, shares summing to 1")
  static let triage = Field<ScenarioDecoder.Triage>(
    "triage", .object(TriageKeys.format), .required,
    "where technical triage sends each report")
  static let amsFixed = Field(
    "amsFixed", .probability, .defaulted("1"),
    "the share of the AMS team's cases it fixes; the rest go to clerical case handling")
  static let handOver = Field(
    "handOver", .distribution, .defaulted("0"),
    "from the batch to the work item reaching the caseworkers, through the incident management"
      + " team")
  static let work = Field(
    "work", .distribution, .required,
    "a caseworker's time on one item, in NotReady – Customer Related Clerical Work")
  static let teams = Field<[Int]>(
    "teams", .array(of: .reference(to: "team"), nonEmpty: true).called("list of team ids"),
    .optional("`[]`"),
    "the teams whose caseworkers take the items, shared among them: non-empty, each team once;"
      + " required when `triage.caseworker` > 0")
  static let reserve = Field<[[OutboundReserve]]>(
    "reserve",
    .array(of: .object(OutboundReserveKeys.format)).called("list of reserve windows"),
    .optional("`[]`"),
    "caseworkers kept for exception work in given hours: the form of `outbound.reserve`"
      + " ([section 14](#reserving-agents-for-outbound)); each `team` must be one of `teams`")

  static let format = ObjectFormat(
    "exceptions",
    summary:
      "CSA scheme case-closure exceptions: the nightly batch's failure reports, triaged to"
      + " technical skip, the AMS team or a caseworker.",
    fields: [at, reportsPerBatch, reasons, triage, amsFixed, handOver, work, teams, reserve],
    constraints: [
      (
        "if",
        .schema(
          #"{"required": ["triage"], "properties": {"triage": {"required": ["caseworker"], "#
            + #""properties": {"caseworker": {"exclusiveMinimum": 0}}}}}"#)
      ),
      ("then", .schema(#"{"required": ["teams"]}"#)),
    ])
}

/// The keys of `exceptions.triage`: where each failure report goes.
enum TriageKeys {
  static let technicalSkip = Field(
    "technicalSkip", .probability, .defaulted("0"),
    "re-run with the next batch, where closure succeeds")
  static let ams = Field("ams", .probability, .defaulted("0"), "sent to the AMS team")
  static let caseworker = Field(
    "caseworker", .probability, .defaulted("0"),
    "returned to a caseworker through the incident management team")

  static let format = ObjectFormat(
    "exceptionTriage",
    summary:
      "Where technical triage sends each report; the shares sum to 1 (a key left out is 0).",
    fields: [technicalSkip, ams, caseworker])
}

extension ValueKind where Value == Double {
  /// Problems per caseworker-hour: not negative, and at most one a minute.
  static var problemsPerHour: ValueKind {
    ValueKind(
      schema: .schema(#"{"type": "number", "minimum": 0, "maximum": 60}"#),
      typeName: "number, 0 to 60",
      parse: { node, path, diagnostics in
        guard let rate = Parse.nonNegative(node, path, diagnostics) else { return nil }
        guard rate <= 60 else {
          diagnostics.invalid(
            node, at: path, "\(Parse.literal(node)) problems an hour is more than one a minute")
          return nil
        }
        return rate
      })
  }
}
