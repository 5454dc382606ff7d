import ContactCentre
import SimKernel

/// The top-level keys of a scenario (docs/scenario-format.md, section 6).
enum ScenarioKeys {
  /// The version of the scenario format this ccsim reads: raised when a change would make an
  /// older ccsim misread a newer file (CHANGELOG.md says which).
  static let currentVersion = 1

  static let formatVersion = Field(
    "formatVersion", .scenarioFormatVersion, .defaulted("\(currentVersion)"),
    "the version of the scenario format the file is written for (`ccsim validate` reports it);"
      + " a file for a later version than this ccsim reads is refused rather than misread")
  static let name = Field(
    "name", .name, .optional("the scenario's file name, e.g. `\"monday.json\"`"),
    "the title in reports (`\"scenario\"` in `summary.json`)")
  static let description = Field(
    "description", .text, .optional("none"),
    "free text for the reader; the simulator ignores it")
  static let seed = Field(
    "seed", .seed, .defaulted("1"),
    "the master seed: the same scenario with the same seed gives the same results; `--seed`"
      + " overrides it")
  static let start = Field(
    "start", .clockTime, .defaulted(#""00:00""#),
    "the clock time at the start of the run (t = 0), against which shift times are read")
  static let duration = Field(
    "duration", .positiveDuration, .required, "how long the run lasts")
  static let warmup = Field(
    "warmup", .duration, .defaulted("0"),
    "the opening period whose calls are not counted, so that a long steady-state run starts"
      + " from a busy centre rather than an empty one; shorter than `duration`")
  static let interval = Field(
    "interval", .reportingInterval, .defaulted(#""15m""#),
    "the reporting interval: the rows of `intervals.csv`, and the length of each entry of"
      + " `perInterval` or of a forecast CSV; a whole number of seconds that divides 24 hours"
      + " into whole intervals")
  static let serviceLevel = Field<ServiceLevelKeys.Goal>(
    "serviceLevel", .object(ServiceLevelKeys.format),
    .defaulted(#"{"threshold": "20s", "target": 0.8}"#), "the service-level goal")
  static let shortAbandon = Field(
    "shortAbandon", .duration, .defaulted("0"),
    "callers who hang up after waiting at most this long are *short abandons*, left out of the"
      + " service level")
  static let reporting = Field(
    "reporting", .object(ReportingKeys.format).reading(with: ScenarioDecoder.reporting),
    .optional("ccsim's own conventions: each key's default"),
    "the ACD conventions the service level, abandon rate and intervals are counted by"
      + " ([section 18](#acd-conventions-reporting))")
  static let rules = Field(
    "rules", .object(RulesKeys.format).reading(with: ScenarioDecoder.rules),
    .defaulted(#"{"ronaTimeout": "15s", "acwLimit": "10m", "idleLogout": "90m"}"#),
    "the telephony timers of the procedures")
  static let agentBehaviour = Field<AgentBehaviour>(
    "agentBehaviour", .object(AgentBehaviourKeys.format),
    .optional(
      "agents who answer at once, never miss a call, log back in at once and take no"
        + " unscheduled NotReady"),
    "how agents behave at the phone; teams may override it"
      + " ([section 10](#10-agentbehaviour-agents-at-the-phone))")
  static let segments = Field(
    "segments", .array(of: .segment), .defaulted("[]"),
    "the segments teams belong to ([section 11](#segments))")
  static let routing = Field<RoutingKeys.Section>(
    "routing", .object(RoutingKeys.format),
    .optional("no casegroup rules, no plans"),
    "`casegroups` (how valid-SCIN callers find a casegroup) and `plans` (the routing plans)"
      + " ([section 11](#11-segments-and-routing-who-may-answer-a-call))")
  static let lines = Field<[Line]>(
    "lines", .array(of: .object(LineKeys.format), nonEmpty: true),
    .required, "the numbers callers ring ([section 7](#7-lines-the-numbers-callers-ring))")
  static let busyness = Field<[BusynessKeys.Group]>(
    "busyness",
    .array(of: .object(BusynessKeys.format)).called("list of shared busyness factors"),
    .optional("no busyness shared between lines"),
    "day-level busyness factors shared by lines: each day one gamma factor of mean 1 multiplies"
      + " the rates of all its lines, which move together"
      + " ([section 7](#shared-busyness-busyness))")
  static let callTypes = Field<[CallType]>(
    "callTypes",
    .array(of: .object(CallTypeKeys.format), nonEmpty: true).called("non-empty list of call types"),
    .required, "the kinds of call ([section 8](#8-calltypes-talk-acw-and-patience))")
  static let teams = Field<[Team]>(
    "teams", .array(of: .object(TeamKeys.format), nonEmpty: true).called("non-empty list of teams"),
    .required, "the agents ([section 9](#9-teams-agents-casegroups-and-rosters))")
  static let emergency = Field(
    "emergency", .name, .optional("none: a normal day"),
    "marks the day as an emergency and says why, e.g. `\"strike day\"`: cold transfers, and"
      + " warm ones handed over unannounced when the hold is up, are allowed only then ([section"
      + " 12](#emergency-day))")
  static let redials = Field(
    "redials", .redials,
    .optional("nobody rings again"),
    "the callers who ring again after an outcome or after abandoning"
      + " ([section 13](#13-redials-callers-who-ring-again))")
  static let outbound = Field<Outbound>(
    "outbound", .object(OutboundKeys.format),
    .optional("no outbound calls"),
    "call-backs, activity plans, suppression and the rules caseworkers dial by"
      + " ([section 14](#14-outbound-call-backs-and-activity-plans))")
  static let aac = Field<AreaAdviceCentre>(
    "aac", .object(AACKeys.format),
    .optional("no AAC desk"),
    "the Area Advice Centre: its areas (each with a line of kind `aac`) and how it evaluates"
      + " incidents ([section 15](#aac-the-areas-and-the-evaluation))")
  static let incidents = Field<Incidents>(
    "incidents", .object(IncidentsKeys.format),
    .optional("no incidents"),
    "how problems arise for caseworkers and what they do before raising an incident with AAC;"
      + " needs `aac` ([section 15](#incidents-problems-caseworkers-meet))")
  static let exceptions = Field<CaseClosureExceptions>(
    "exceptions", .object(ExceptionsKeys.format),
    .optional("no exception work"),
    "the nightly case-closure failure reports, their triage and the caseworkers' work on them"
      + " ([section 15](#exceptions-case-closure-failure-reports))")
  static let serviceRequests = Field<ServiceRequests>(
    "serviceRequests", .object(ServiceRequestsKeys.format),
    .optional("no service requests"),
    "service requests (SRs) and their activity plans, worked by caseworkers between calls"
      + " ([section 15](#servicerequests-service-requests-and-activity-plans))")
  static let pulse = Field(
    "pulse", .object(PulseKeys.format).reading(with: ScenarioDecoder.pulse),
    .optional("the standard thresholds"),
    "when CC Pulse views colour a cell amber or red"
      + " ([section 16](#16-pulse-cc-pulse-thresholds))")

  static let scheduling = Field<Scheduling>(
    "scheduling", .object(SchedulingKeys.format),
    .optional("no shift templates: `ccsim schedule` refuses the scenario"),
    "the shift templates and limits `ccsim schedule` builds shifts from; the simulation never"
      + " reads it ([section 20](#20-scheduling-shift-templates-for-ccsim-schedule))")

  static let vocabulary = Field<Vocabulary>(
    "vocabulary",
    .object(VocabularyKeys.format).reading(with: ScenarioDecoder.vocabularySection),
    .optional("the Child Maintenance Group's names"),
    "the centre's own outcomes, NotReady reason codes, IVR branches and Expert Domains, each"
      + " mapped to a behaviour of the model"
      + " ([section 19](#19-vocabulary-the-centres-own-names))")

  static let format = ObjectFormat(
    "scenario",
    summary:
      "One contact centre for ccsim: the lines callers ring, the kinds of call, the routing and"
      + " the teams that answer. Cross-field rules (unique ids, references that resolve, shares"
      + " summing to 1) are checked by ccsim validate.",
    fields: [
      formatVersion, name, description, seed, start, duration, warmup, interval, serviceLevel,
      shortAbandon, reporting, rules, agentBehaviour, segments, routing, lines, busyness, callTypes,
      teams,
      emergency,
      redials,
      outbound, pulse, aac, incidents, exceptions, serviceRequests, vocabulary, scheduling,
    ],
    constraints: [
      ("dependentRequired", .schema(#"{"incidents": ["aac"]}"#)),
      ("allOf", .array(ChildMaintenanceNames.constraints)),
    ])
}

/// The keys of `serviceLevel`.
enum ServiceLevelKeys {
  typealias Goal = (threshold: SimDuration, target: Double)

  static let threshold = Field(
    "threshold", .duration, .defaulted(#""20s""#),
    "a call answered after waiting this long or less is answered within the service level")
  static let target = Field(
    "target", .probability, .defaulted("0.8"),
    "the goal, shown next to the service level in the terminal table; it does not change any"
      + " figure")

  static let format = ObjectFormat(
    "serviceLevel", summary: "The service-level goal.", fields: [threshold, target])
}

extension ValueKind where Value == SimDuration {
  /// The reporting interval: whole seconds that divide a day evenly.
  static var reportingInterval: ValueKind {
    positiveDuration.checked { interval, node, path, diagnostics in
      let day = SimDuration.hours(24).microseconds
      guard interval.microseconds % SimDuration.ticksPerSecond == 0,
        day % interval.microseconds == 0
      else {
        diagnostics.invalid(
          node, at: path,
          "\(DurationText.describe(interval)) does not divide the day into whole intervals")
        return nil
      }
      return interval
    }
  }
}

extension ValueKind where Value == Int {
  /// A scenario format's version: from 1 to the one this ccsim reads.
  static var scenarioFormatVersion: ValueKind {
    let current = ScenarioKeys.currentVersion
    return ValueKind(
      schema: .object([("type", .string("integer")), ("minimum", .number(1))]),
      typeName: "whole number from 1",
      parse: { node, path, diagnostics in
        guard let version = Parse.integer(in: 1...Int.max)(node, path, diagnostics) else {
          return nil
        }
        guard version <= current else {
          diagnostics.invalid(
            node, at: path,
            "the file is written for scenario format \(version); this ccsim reads format"
              + " \(current) and older (a newer ccsim reads it)")
          return nil
        }
        return version
      })
  }
}
