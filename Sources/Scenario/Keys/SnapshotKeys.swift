import ContactCentre
import SimKernel

/// The top-level keys of a snapshot file (docs/snapshot.md, "The file").
enum SnapshotKeys {
  /// The format's name, the value of `format`.
  static let formatName = "ccsim-snapshot"
  /// The one version of the format this ccsim reads and writes.
  static let currentVersion = 1

  static let formatKey = Field(
    "format", .snapshotFormatName, .required, "`\"\(formatName)\"`: what the file is")
  static let version = Field(
    "version", .snapshotVersion, .required, "the format's version: `\(currentVersion)`")
  static let at = Field(
    "at", .runClock, .required,
    "the instant, on the scenario's clock: `HH:MM` or `HH:MM:SS` on its first day, `dN HH:MM`"
      + " on day N of the run; after the run's start and before its end")
  static let scenario = Field(
    "scenario", .text, .optional("none"),
    "the scenario the snapshot is of, for the reader (not checked)")
  static let agents = Field<[CentreNow.Agent]>(
    "agents", .array(of: .object(SnapshotAgentKeys.format)).called("list of agents"), .required,
    "the agents logged in or on shift, each once; an agent left out is logged out")
  static let queues = Field<[CentreNow.Queue]>(
    "queues", .array(of: .object(SnapshotQueueKeys.format)).called("list of queues"), .required,
    "the callers waiting, per queue, each queue once; a queue left out has none waiting")
  static let actuals = Field<[CentreNow.Actual]>(
    "actuals", .array(of: .object(SnapshotActualKeys.format)).called("list of actuals rows"),
    .defaulted("[]"),
    "the day's figures so far, per queue and reporting interval begun before `at`")

  static let format = ObjectFormat(
    "snapshot",
    summary:
      "The centre at one instant of its day (ccsim pulse --snapshot writes one, ccsim run --from"
      + " starts from one): who is in which state and for how long, how long each waiting"
      + " caller has waited, and the day's actuals so far. Names refer to the scenario: agents"
      + " as routing tests name them, queues by routing plan id, reasons by the vocabulary.",
    fields: [formatKey, version, at, scenario, agents, queues, actuals])
}

/// The keys of one agent of a snapshot.
enum SnapshotAgentKeys {
  /// The states in which an agent holds a call of a queue.
  static let statesWithACall: [AgentState] = [.reserved, .talking, .afterCallWork, .consulting]

  static let agent = Field(
    "agent", .agentName, .required,
    "the staff number, or the team and the agent's number in it (`gich agent 3`), as routing"
      + " tests name agents")
  static let state = Field(
    "state", .snapshotAgentState, .required,
    "the telephony state, as ccsim's reports name it")
  static let reason = Field(
    "reason", .notReadyReason, .optional("**required** with `notReady`, refused otherwise"),
    "the NotReady reason code, in the scenario's vocabulary")
  static let queue = Field(
    "queue", .planId, .optional("**required** with a call, refused otherwise"),
    "the queue (routing plan id) of the call held, with `reserved`, `talking`, `consulting`"
      + " or `afterCallWork`")
  static let inState = Field(
    "inState", .duration, .required,
    "how long the agent has been in the state; at most the time since the run's start")

  static let format = ObjectFormat(
    "snapshotAgent",
    summary: "One agent: the state, its reason code or the call's queue, and the time in it.",
    fields: [agent, state, reason, queue, inState],
    constraints: [
      (
        "allOf",
        .schema(
          #"[{"if": {"properties": {"state": {"const": "notReady"}}}, "#
            + #""then": {"required": ["reason"]}, "else": {"not": {"required": ["reason"]}}}, "#
            + #"{"if": {"properties": {"state": {"enum": ["#
            + statesWithACall.map { "\"\($0.reportName)\"" }.joined(separator: ", ")
            + #"]}}}, "then": {"required": ["queue"]}, "#
            + #""else": {"not": {"required": ["queue"]}}}]"#)
      )
    ])
}

/// The keys of one queue of a snapshot.
enum SnapshotQueueKeys {
  static let queue = Field("queue", .planId, .required, "the routing plan's id")
  static let waits = Field<[SimDuration]>(
    "waits", .array(of: .duration), .required,
    "how long each caller waiting has waited in the queue (the IVR excepted), in any order;"
      + " each at most the time since the run's start")

  static let format = ObjectFormat(
    "snapshotQueue", summary: "The callers waiting in one queue.", fields: [queue, waits])
}

/// The keys of one queue's actuals for one reporting interval.
enum SnapshotActualKeys {
  static let queue = Field("queue", .planId, .required, "the routing plan's id")
  static let interval = Field(
    "interval", .runClock, .required,
    "the reporting interval's start, as `at` is written: on the scenario's interval grid,"
      + " before `at`")
  static let offered = Field("offered", .snapshotCount, .required, "calls offered to the queue")
  static let answered = Field("answered", .snapshotCount, .required, "calls answered")
  static let abandoned = Field(
    "abandoned", .snapshotCount, .required, "calls abandoned; with `answered`, at most `offered`")
  static let answeredWithinThreshold = Field(
    "answeredWithinThreshold", .snapshotCount, .required,
    "calls answered within the service-level threshold; at most `answered`")
  static let handled = Field(
    "handled", .snapshotCount, .optional("`answered`"), "calls whose handling ended")
  static let handleTime = Field(
    "handleTime", .duration, .optional("unknown"),
    "the total talk, hold and after-call work of the calls handled")
  static let answeredWait = Field(
    "answeredWait", .duration, .optional("unknown"),
    "the total wait of the calls answered (for the average speed of answer)")

  static let format = ObjectFormat(
    "snapshotActual", summary: "One queue's figures for one reporting interval.",
    fields: [
      queue, interval, offered, answered, abandoned, answeredWithinThreshold, handled,
      handleTime, answeredWait,
    ])
}

// The value kinds of snapshot files.

extension ValueKind where Value == String {
  /// `"ccsim-snapshot"`, the format's name.
  static var snapshotFormatName: ValueKind {
    ValueKind(
      schema: .object([("const", .string(SnapshotKeys.formatName))]),
      typeName: "`\"\(SnapshotKeys.formatName)\"`",
      parse: { node, path, diagnostics in
        guard let text = Parse.string(node, path, diagnostics) else { return nil }
        guard text == SnapshotKeys.formatName else {
          diagnostics.invalid(
            node, at: path,
            "\"\(VisibleText.prefix(text))\" is not \"\(SnapshotKeys.formatName)\": this is not"
              + " a snapshot file")
          return nil
        }
        return text
      })
  }

  /// A clock time on the run's clock (`RunClock`); the decoder places it in the run.
  static var runClock: ValueKind {
    .defined(
      "runClock",
      .object([
        (
          "description",
          .string(
            "A clock time on the scenario's clock: \"HH:MM\" or \"HH:MM:SS\" (seconds may have up"
              + " to six decimals) on its first day, \"dN HH:MM\" on day N of the run.")
        ),
        ("type", .string("string")),
        (
          "pattern",
          .string(
            #"^(d[0-9]{1,4} +|[0-9]{1,4}/)?[0-9]{1,2}:[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?$"#)
        ),
      ]), typeName: "run clock time", parse: Parse.string)
  }
}

extension ValueKind where Value == Int {
  /// The format's version: 1.
  static var snapshotVersion: ValueKind {
    ValueKind(
      schema: .object([("const", .number(SnapshotKeys.currentVersion))]),
      typeName: "`\(SnapshotKeys.currentVersion)`",
      parse: { node, path, diagnostics in
        guard let version = Parse.integer(in: 0...Int.max)(node, path, diagnostics) else {
          return nil
        }
        guard version == SnapshotKeys.currentVersion else {
          diagnostics.invalid(
            node, at: path,
            "version \(version) is not one this ccsim reads (it reads version"
              + " \(SnapshotKeys.currentVersion))")
          return nil
        }
        return version
      })
  }

  /// A number of calls.
  static var snapshotCount: ValueKind { .integer(in: 0...1_000_000_000) }

  /// A routing plan's id (the decoder looks it up).
  static var planId: ValueKind { .reference(to: "plan") }

  /// An agent as routing tests name one: a staff number, or `TEAM agent N` (the decoder looks
  /// it up on the roster).
  static var agentName: ValueKind {
    ValueKind(
      schema: .reference("name"), typeName: "agent name",
      definitions: ValueKind<String>.name.definitions, parse: nil)
  }
}

extension ValueKind where Value == AgentState {
  /// A telephony state by the name reports give it (`AgentState.reportName`).
  static var snapshotAgentState: ValueKind {
    .oneOf(AgentState.allCases.map { ($0.reportName, $0) }, typeName: "agent state")
  }
}
