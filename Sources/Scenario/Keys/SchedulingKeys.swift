import ContactCentre
import SimKernel

/// The keys of `scheduling`: the shift templates `ccsim schedule` builds shifts from, and their
/// limits (docs/scenario-format.md, section 20). The simulation never reads the section.
enum SchedulingKeys {
  static let templates = Field<[ShiftTemplate]>(
    "templates",
    .array(of: .object(ShiftTemplateKeys.format), nonEmpty: true).called(
      "non-empty list of shift templates"),
    .required,
    "the kinds of shift agents may work, each with its own `id`")
  static let maxAgents = Field<[Int: Int]>(
    "maxAgents",
    .defined(
      "teamMaxAgents",
      .schema(
        ##"{"description": "Team ids and the most agents of each on shift at once.", "##
          + ##""type": "object", "propertyNames": {"$ref": "#/$defs/name"}, "##
          + ##""additionalProperties": {"type": "integer", "minimum": 1, "maximum": 100000}}"##),
      typeName: "object of team id → whole number", nested: ValueKind<String>.name.definitions,
      parse: nil),
    .optional("no limit"),
    "per team id, the most agents on shift (working or on a break) at once, 1 to 100,000")
  static let maxPartTime = Field<[Int: Int]>(
    "maxPartTime",
    .defined(
      "teamMaxPartTime",
      .schema(
        ##"{"description": "Team ids and the most agents of each on part-time templates.", "##
          + ##""type": "object", "propertyNames": {"$ref": "#/$defs/name"}, "##
          + ##""additionalProperties": {"type": "integer", "minimum": 0, "maximum": 100000}}"##),
      typeName: "object of team id → whole number", nested: ValueKind<String>.name.definitions,
      parse: nil),
    .optional("no limit"),
    "per team id, the most agents working part-time templates (`partTime`) per day, 0 to"
      + " 100,000; in a week with `sameStartTime`, the most part-time people of the week")
  static let week = Field<WeekRules>(
    "week", .object(WeekRulesKeys.format), .optional("each day is scheduled on its own"),
    "the rules of a week's roster: rest days, the same start time, hours per week")

  static let format = ObjectFormat(
    "scheduling", typeName: "scheduling",
    summary:
      "How `ccsim schedule` may build shifts: the shift templates, the most agents and"
      + " part-timers per team, and the rules of a week. The simulation never reads it.",
    fields: [templates, maxAgents, maxPartTime, week])
}

/// The keys of a shift template of `scheduling.templates`.
enum ShiftTemplateKeys {
  static let id = Field("id", .name, .required, "the template's name, unique among templates")
  static let teams = Field<[Int]>(
    "teams", .array(of: .reference(to: "team")).called("list of team ids"),
    .optional("every team scheduled"), "the teams whose agents may work it")
  static let length = Field(
    "length", .positiveDuration, .required,
    "from log-in to log-out, breaks included; a shift ends by 24:00 of its day (`latestStart`"
      + " + `length` at most 24 h)")
  static let earliestStart = Field(
    "earliestStart", .clockTime, .required,
    "the earliest log-in, on a reporting-interval boundary of the run's clock")
  static let latestStart = Field(
    "latestStart", .clockTime, .optional("`earliestStart`: one start"),
    "the latest log-in; not before `earliestStart`")
  static let startStep = Field(
    "startStep", .positiveDuration, .optional("the reporting interval"),
    "starts are `earliestStart` + *k* × `startStep` up to `latestStart`; a whole number of"
      + " reporting intervals")
  static let breaks = Field<[BreakRule]>(
    "breaks", .array(of: .object(BreakRuleKeys.format)).called("list of breaks"),
    .optional("`[]`"),
    "the breaks and lunch of every shift, in the order they are taken, each inside its window;"
      + " they must all fit, one after the other")
  static let partTime = Field(
    "partTime", .boolean, .defaulted("false"),
    "marks a part-time shift: the team's `maxPartTime` limits the agents working part-time"
      + " templates together, beside the template's own `maxAgents`")
  static let maxAgents = Field(
    "maxAgents", .integer(in: 1...100_000), .optional("no limit"),
    "the most agents working this template per team and day")

  static let format = ObjectFormat(
    "shiftTemplate", typeName: "shift template",
    summary:
      "A kind of shift: its length, the clock times it may start at, its breaks with their"
      + " windows, and the most agents who may work it.",
    fields: [id, teams, length, earliestStart, latestStart, startStep, breaks, partTime, maxAgents]
  )
}

/// The keys of a break of a shift template's `breaks`.
enum BreakRuleKeys {
  static let reason = Field(
    "reason", .notReadyReason, .required,
    "the NotReady reason code the agent is in during it (e.g. `Break`, `Lunch`)")
  static let length = Field("length", .positiveDuration, .required, "how long it lasts")
  static let paid = Field(
    "paid", .boolean, .required, "whether it counts in the paid hours (lunch usually does not)")
  static let window = Field<[SimDuration]>(
    "window",
    .defined(
      "breakWindow",
      .schema(
        ##"{"description": "From and to, as durations after the shift's start.", "##
          + ##""type": "array", "items": {"$ref": "#/$defs/duration"}, "minItems": 2, "##
          + ##""maxItems": 2}"##),
      typeName: "[duration, duration]", nested: ValueKind<SimDuration>.duration.definitions,
      parse: ScenarioDecoder.breakWindow),
    .required,
    "the break starts no earlier than the first and ends no later than the second, both after"
      + " the shift's start (`[\"2h\", \"3h\"]`: in its third hour); within the shift and at"
      + " least as long as the break")

  static let format = ObjectFormat(
    "breakRule", typeName: "break",
    summary: "A break or lunch of a shift template: its reason, length, pay and window.",
    fields: [reason, length, paid, window])
}

/// The keys of `scheduling.week`.
enum WeekRulesKeys {
  static let restDays = Field(
    "restDays", .integer(in: 0...6), .defaulted("2"), "days off per agent per week")
  static let consecutiveRestDays = Field(
    "consecutiveRestDays", .boolean, .defaulted("false"),
    "the rest days are consecutive (the last day of the week and the first count as such)")
  static let sameStartTime = Field(
    "sameStartTime", .boolean, .defaulted("false"),
    "each agent starts at the same clock time every day they work")
  static let maxHoursPerWeek = Field(
    "maxHoursPerWeek", .nonNegative, .optional("no limit beyond the days worked"),
    "the most paid hours per agent per week")

  static let format = ObjectFormat(
    "weekRules", typeName: "week rules",
    summary: "The rules of a week's roster, as planners ask for them.",
    fields: [restDays, consecutiveRestDays, sameStartTime, maxHoursPerWeek])
}
