import ContactCentre
import SimKernel

/// The top-level keys of a routing tests file (docs/routing-tests.md, "The file").
enum RoutingTestKeys {
  static let scenario = Field(
    "scenario", .scenarioFile, .required,
    "the scenario file, relative to the tests file's directory (`..` allowed: the tests usually"
      + " sit beside the scenarios they test) or absolute; no control characters (a NUL, an"
      + " escape)")
  static let description = Field("description", .text, .optional("none"), "free text")
  static let defaults = Field<RoutingTestDecoder.Defaults>(
    "defaults", .object(RoutingDefaultsKeys.format), .optional("the defaults below"),
    "`time`, `day`, `within` and `otherAgents` for every case that does not give its own")
  static let cases = Field<[RoutingTestDecoder.DecodedCase]>(
    "cases", .array(of: .object(RoutingCaseKeys.format), nonEmpty: true), .required,
    "the tests, run in this order and reported in it; names unique in the file")

  static let format = ObjectFormat(
    "routingTests",
    summary:
      "Routing regression tests for ccsim check: each case places the scenario's agents at a"
      + " time of day, brings in one caller and says where the call must go. References to the"
      + " scenario (lines, branches, staff numbers, teams, plans and their steps) are checked"
      + " against it by ccsim check.",
    fields: [scenario, description, defaults, cases])
}

/// The keys of `defaults`, and of a case, that say when and for how long.
enum RoutingDefaultsKeys {
  static let time = Field(
    "time", .clockTime, .optional("the scenario's `start`"), "when the caller joins the queue")
  static let day = Field(
    "day", .integer(in: 1...366), .defaulted("1"),
    "the day of the run, for scenarios longer than a day")
  static let within = Field(
    "within", .checkLimit, .defaulted(#""10m""#),
    "how long the call may wait for an offer before the check stops")
  static let otherAgents = Field(
    "otherAgents", .agentState, .defaulted(#""busy""#),
    "what every agent on shift that a case does not name is doing")

  /// What a case that leaves out `field` takes: `defaults`' value, else the declared default.
  static func fromDefaults(_ field: any FieldDeclaration) -> Presence {
    guard case .defaulted(let text) = field.presence else {
      preconditionFailure("\(field.key) has no default")
    }
    return .optional("`defaults.\(field.key)`, else `\(text)`")
  }

  static let format = ObjectFormat(
    "defaults",
    summary:
      "What a case takes when it does not say; the time must fall within the run.",
    fields: [time, day, within, otherAgents])
}

/// The keys of a case.
enum RoutingCaseKeys {
  static let name = Field(
    "name", .name, .required, "the case's name in reports, unique in the file")
  static let description = Field("description", .text, .optional("none"), "free text")
  static let time = Field(
    "time", .clockTime, .optional("`defaults.time`, else the scenario's `start`"),
    "when the caller joins the queue; a case that gives neither `time` nor `day` takes both"
      + " from `defaults`")
  static let within = Field(
    "within", .checkLimit, RoutingDefaultsKeys.fromDefaults(RoutingDefaultsKeys.within),
    "how long the call may wait for an offer before the check stops")
  static let caller = Field<RoutingTestDecoder.Caller>(
    "caller", .object(RoutingCallerKeys.format), .required,
    "who rings ([below](#the-caller))")
  static let agents = Field<[RoutingProbe.AgentPlacement]>(
    "agents", .agentStates, .optional("`{}`"),
    "what named agents and teams are doing ([below](#the-agents))")
  static let otherAgents = Field(
    "otherAgents", .agentState, RoutingDefaultsKeys.fromDefaults(RoutingDefaultsKeys.otherAgents),
    "what every other agent on shift is doing")
  static let expect = Field<RoutingExpectation>(
    "expect", .object(RoutingExpectationKeys.format), .required,
    "what must happen ([below](#expectations))")

  static let format = ObjectFormat(
    "testCase", typeName: "case",
    summary: "A routing test: the agents' states, one caller, and what must happen to the call.",
    fields: [
      name, description, time, RoutingDefaultsKeys.day, within, caller, agents, otherAgents, expect,
    ])
}

/// The keys of a case's `caller`.
enum RoutingCallerKeys {
  static let line = Field(
    "line", RoutingTestKeys.reference(to: "line"), .required, "the number the caller rings")
  static let callType = Field(
    "callType", RoutingTestKeys.reference(to: "call type"), .optional("the line's first"),
    "the call's type, one the line brings; it matters only on a line without IVR or plan, whose"
      + " calls wait in their type's default queue")
  static let branch = Field(
    "branch", .ivrBranch,
    .optional("**required** on a line with an IVR, refused on one without"),
    "the branch the caller takes; it must be one of the line's branches (`line employer has no"
      + #" IVR branch "validScin"`)"#)
  static let owner = Field(
    "owner", .staffNumber, .optional("—"),
    "a valid-SCIN caller whose casegroup this caseworker owns")
  static let casegroup = Field(
    "casegroup", .casegroupNumber, .optional("—"),
    "a valid-SCIN caller with this casegroup (the number in the SCIN column of `calls.csv`); its"
      + " owner is whoever the scenario gives it to, and none if it is orphaned")
  static let orphaned = Field(
    "orphaned", RoutingTestKeys.reference(to: "team"), .optional("—"),
    "a valid-SCIN caller with an orphaned casegroup of this team: it has no owner, and is"
      + " seen by neither the team nor its segment (the `orphans` route, if the scenario has"
      + " one)")

  /// The keys that give a valid-SCIN caller's casegroup, one at most.
  static let casegroupKeys = [owner.key, casegroup.key, orphaned.key]

  static let format = ObjectFormat(
    "caller",
    summary:
      "The caller: the line they ring, the IVR branch they take and, on a validScin branch,"
      + " exactly one of owner, casegroup and orphaned.",
    fields: [line, callType, branch, owner, casegroup, orphaned],
    constraints: [
      (
        "not",
        .object([
          ("description", .string("owner, casegroup and orphaned: one at most")),
          (
            "anyOf",
            .array(
              [(0, 1), (0, 2), (1, 2)].map { pair -> JSONNode in
                .object([
                  (
                    "required",
                    .array([.string(casegroupKeys[pair.0]), .string(casegroupKeys[pair.1])])
                  )
                ])
              })
          ),
        ])
      )
    ])
}

/// The keys of a case's `expect`: the expectations, one or more.
enum RoutingExpectationKeys {
  static let hangsUp = Field(
    "hangsUp", .boolean, .optional("not checked"),
    "`true`: the caller hangs up in the IVR (the `hangUp` branch) and never queues")
  static let queue = Field(
    "queue", RoutingTestKeys.reference(to: "plan"), .optional("not checked"),
    "the call waits in this plan's queue")
  static let waits = Field(
    "waits", .boolean, .optional("not checked"),
    "`true`: the call is still waiting when the time limit passes; `false`: it is offered")
  static let agent = Field(
    "agent", .staffNumber, .optional("not checked"), "the call is offered to this agent")
  static let team = Field(
    "team", RoutingTestKeys.reference(to: "team"), .optional("not checked"),
    "the call is offered to an agent of this team")
  static let step = Field(
    "step", .stepName, .optional("not checked"),
    "the call is offered by this step of its plan")
  static let path = Field(
    "path", .array(of: .stepName), .optional("not checked"),
    "these are the steps that took effect — the call waited for their target, or was offered by"
      + " it — in order, up to the offer or the time limit")
  static let skipped = Field(
    "skipped", .array(of: .stepName), .optional("not checked"),
    "these are the steps passed over (no owner, casegroup or segment for the caller; or"
      + " `skipIfNoneReady` and nobody Ready), in order; `[]` for none")
  static let wait = Field(
    "wait", .duration, .optional("not checked"),
    "the call is offered this long after joining the queue, exactly")

  /// The expectations about an offer, which a call expected to wait cannot meet.
  static let offerKeys = [agent.key, team.key, step.key, wait.key]

  static let format = ObjectFormat(
    "expectation",
    summary:
      "What must happen to the call: at least one expectation, all of which must hold;"
      + " `waits: true` goes with no expectation about an offer, `hangsUp: true` with no other.",
    fields: [hangsUp, queue, waits, agent, team, step, path, skipped, wait],
    constraints: [
      ("minProperties", .number(1)),
      (
        "allOf",
        .array([
          .object([
            ("description", .string("A caller who hangs up in the IVR never queues.")),
            (
              "if",
              .schema(#"{"properties": {"hangsUp": {"const": true}}, "required": ["hangsUp"]}"#)
            ),
            ("then", .object([("maxProperties", .number(1))])),
          ]),
          .object([
            ("description", .string("A call expected to wait is offered to nobody.")),
            ("if", .schema(#"{"properties": {"waits": {"const": true}}, "required": ["waits"]}"#)),
            (
              "then",
              .object([
                (
                  "not",
                  .object([
                    (
                      "anyOf",
                      .array(
                        offerKeys.map { key -> JSONNode in
                          .object([("required", .array([.string(key)]))])
                        })
                    )
                  ])
                )
              ])
            ),
          ]),
        ])
      ),
    ])
}

/// The keys of an agent's state written as an object.
enum AgentStateKeys {
  /// The states an agent can be placed in.
  enum State: String, CaseIterable {
    case ready, busy, notReady, loggedOut
  }

  static let state = Field(
    "state", .agentStateName, .required, "the state, as in the short form")
  static let reason = Field(
    "reason", .notReadyReason,
    .optional("the scenario's first `break` reason: `\"Break\"` in the default vocabulary"),
    "the NotReady reason code of the scenario's vocabulary (by default one of the ten of the"
      + " procedures), spelt exactly; with `notReady` only")
  static let length = Field(
    "for", .positiveDuration, .optional("all through the check"),
    "the state ends this long after the caller joins the queue, and the agent, free, takes the"
      + " longest-waiting call they may take — possibly this one; with `busy` or `notReady` only")

  static let format = ObjectFormat(
    "agentStateObject", typeName: "agent state",
    summary: "An agent's state with its reason code or its length.",
    fields: [state, reason, length],
    constraints: [
      (
        "allOf",
        .schema(
          #"[{"if": {"required": ["reason"]}, "#
            + #""then": {"properties": {"state": {"const": "notReady"}}}}, "#
            + #"{"if": {"required": ["for"]}, "#
            + #""then": {"properties": {"state": {"enum": ["busy", "notReady"]}}}}]"#)
      )
    ])
}

extension RoutingTestKeys {
  /// A name the scenario declares (a line, a team, a plan), resolved by the decoder to its
  /// index.
  static func reference(to kind: String) -> ValueKind<Int> {
    ValueKind(
      schema: .reference("name"), typeName: "\(kind) id",
      definitions: ValueKind<String>.name.definitions, parse: nil)
  }
}
