import ContactCentre
import SimKernel

/// The keys of a team of `teams` (docs/scenario-format.md, section 9).
enum TeamKeys {
  static let id = Field(
    "id", .name, .required,
    "unique among teams; names the team in routing targets and reports, and its default queues")
  static let segment = Field<Int>(
    "segment", .reference(to: "segment"), .optional("none"),
    "the segment the team belongs to: `ownerSegment` and `{\"segments\": [...]}` targets reach"
      + " it, and `validScin` branches' `segments` choose among its casegroups")
  static let handles = Field<[Int]>(
    "handles", .array(of: .reference(to: "call type")).called("list of call type ids"),
    .optional("`[]`"),
    "the call types the team answers on lines that have neither `ivr` nor `plan`: they make the"
      + " [default queues](#default-queues)")
  static let casegroups = Field(
    "casegroups", .integer(in: 0...100_000_000), .defaulted("0"),
    "how many casegroups the team's caseworkers (people, not team leaders) own between them"
      + " ([section 9](#casegroups-of-a-team)); all teams together own at most 2,147,483,647")
  static let agents = Field(
    "agents", .integer(in: 0...100_000), .optional("**required**, or `shifts` or `staffing`"),
    "that many caseworkers, logged in for the whole run, with no scheduled NotReady")
  static let shifts = Field<[[Shift]]>(
    "shifts",
    .array(of: .object(ShiftKeys.format), nonEmpty: true).called("non-empty list of shifts"),
    .optional("instead of `agents`"),
    "the team's roster ([section 9](#shifts)); give one of `agents`, `shifts`, `staffing`")
  static let staffing = Field<TeamStaffing>(
    "staffing", .object(StaffingKeys.format), .optional("instead of `agents` or `shifts`"),
    "the team's agents by counts, per interval or per block, and who leaves when the count"
      + " drops ([section 9](#staffing-by-counts)); give one of `agents`, `shifts`, `staffing`")
  static let behaviour = Field<AgentBehaviour>(
    "behaviour", .object(AgentBehaviourKeys.format),
    .optional("the scenario's `agentBehaviour`"),
    "the team's own behaviour, overriding the scenario's key by key"
      + " ([section 10](#10-agentbehaviour-agents-at-the-phone))")
  static let leadersTakeCalls = Field(
    "leadersTakeCalls", .boolean, .defaulted("false"),
    "whether the team's team leaders take calls; otherwise they are NotReady – Team Leader"
      + " ([section 9](#named-agents-and-team-leaders))")
  static let handleTimes = Field<[TeamHandleTime]>(
    "handleTimes",
    .array(of: .object(TeamHandleTimeKeys.format)).called("list of handle times"),
    .optional("none: every call type's own talk and ACW"),
    "the team's own talk and ACW for some call types: its specialists are faster, say, than"
      + " an overflow team ([Handle time by who serves](#handle-time-by-who-serves))")

  static let format = ObjectFormat(
    "team", typeName: "team",
    summary:
      "A team of agents: its segment, the call types and casegroups it answers for, and its"
      + " roster; give agents, shifts or staffing, one of them.",
    fields: [
      id, segment, handles, casegroups, agents, shifts, staffing, behaviour, leadersTakeCalls,
      handleTimes,
    ],
    constraints: [
      (
        "oneOf",
        .schema(
          #"[{"required": ["agents"]}, {"required": ["shifts"]}, {"required": ["staffing"]}]"#)
      )
    ])
}

/// The keys of a roster entry of a team's `shifts`.
enum ShiftKeys {
  static let day = Field(
    "day", .integer(in: 1...3660), .defaulted("1"),
    "the day of the run the clock times are on: day 1 is the calendar day the run starts on (at"
      + " `start`), day 2 the next, … Ignored with `everyDay`")
  static let everyDay = Field(
    "everyDay", .boolean, .defaulted("false"),
    "the shift is worked on days 1 to ⌈`duration` ÷ 24 h⌉, by the same people every day")
  static let start = Field(
    "start", .clockTime, .required, "the log-in time, on the shift's day")
  static let end = Field(
    "end", .shiftTime, .required,
    "the log-out time, on the shift's day; must be after `start` (`the shift ends before it starts`): a shift cannot"
      + " cross midnight. An agent on a call finishes it first")
  static let agents = Field(
    "agents", .rosterAgents, .required,
    "that many anonymous caseworkers, or the named agents on the shift"
      + " ([section 9](#named-agents-and-team-leaders))")
  static let notReady = Field<[ScheduledNotReady]>(
    "notReady",
    .array(of: .object(ScheduledNotReadyKeys.format)).called("list of scheduled periods"),
    .optional("`[]`"),
    "breaks, lunches, coaching, training or meetings of every agent on the shift"
      + " ([section 9](#scheduled-notready))")

  static let format = ObjectFormat(
    "shift", typeName: "shift",
    summary: "A shift: who logs in when, on which day, and their scheduled NotReady periods.",
    fields: [day, everyDay, start, end, agents, notReady])
}

/// The keys of a named agent of a shift's `agents`.
enum AgentProfileKeys {
  static let staffNumber = Field(
    "staffNumber", .name, .optional("none"),
    "identifies the person across shifts and days: slots with the same staff number in a team"
      + " are one person, who keeps their casegroups; shown in `agents.csv`")
  static let name = Field(
    "name", .name, .optional("none"), "the agent's name, shown in `agents.csv`")
  static let teamLeader = Field(
    "teamLeader", .name, .optional("none"),
    "the name of the agent's team leader, shown in `agents.csv`")
  static let isTeamLeader = Field(
    "isTeamLeader", .boolean, .defaulted("false"),
    "the agent is a team leader, who owns no casegroups and is NotReady – Team Leader unless"
      + " the team's leaders take calls")
  static let proficiency = Field(
    "proficiency", .integer(in: 1...ProficiencyFactor.highestLevel), .defaulted("1"),
    "the agent's skill level, 1 to 9: a `highestProficiency` step prefers the highest, and a"
      + " call type's `proficiencyFactors` may make a level faster or slower"
      + " ([Handle time by who serves](#handle-time-by-who-serves))")

  static let format = ObjectFormat(
    "agentProfile", typeName: "agent",
    summary:
      "A named agent on a shift: a caseworker or a team leader; `{}` is an anonymous"
      + " caseworker.",
    fields: [staffNumber, name, teamLeader, isTeamLeader, proficiency])
}

/// The keys of a scheduled NotReady period of a shift's `notReady`.
enum ScheduledNotReadyKeys {
  static let reason = Field(
    "reason", .notReadyReason, .required,
    "the reason code of the period, spelt exactly as listed in"
      + " [section 9](#notready-reason-codes)")
  static let start = Field(
    "start", .shiftTime, .required, "when the first agent's period starts, on the shift's day")
  static let duration = Field(
    "duration", .positiveDuration, .required, "how long each agent's period lasts")
  static let spread = Field(
    "spread", .duration, .defaulted("0"),
    "the agents start their periods evenly over this window: agent *i* of *n* on the shift"
      + " (from 0, in the order listed) at `start` + `spread` × *i* ÷ *n*")

  static let format = ObjectFormat(
    "scheduledNotReady",
    summary:
      "A scheduled NotReady period of every agent on the shift: a break, lunch, coaching,"
      + " training or a meeting; it must lie within the shift.",
    fields: [reason, start, duration, spread])
}

extension ValueKind where Value == SimDuration {
  /// A clock time on a shift's day, "00:00" up to and including "24:00".
  static var shiftTime: ValueKind {
    .defined(
      "shiftTime",
      .schema(
        #"{"description": "A clock time \"HH:MM\" on the shift's day, from \"00:00\" up to and "#
          + #"including \"24:00\" (midnight at the end of the day).", "type": "string", "#
          + #""pattern": "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"}"#),
      typeName: "clock time, up to `\"24:00\"`", parse: ScenarioDecoder.shiftClock)
  }
}

extension ValueKind where Value == [AgentProfile] {
  /// A count of anonymous caseworkers, or a non-empty list of named agents.
  static var rosterAgents: ValueKind {
    let count = ValueKind<Int>.integer(in: 0...100_000)
    let named = ValueKind.array(of: .object(AgentProfileKeys.format), nonEmpty: true)
    return ValueKind(
      schema: .object([("oneOf", .array([count.schema, named.schema]))]),
      typeName: "whole number 0 to 100,000, or a non-empty list of agents",
      definitions: named.definitions, objects: named.objects,
      parse: ScenarioDecoder.rosterAgents)
  }
}
