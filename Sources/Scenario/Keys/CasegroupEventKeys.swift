import ContactCentre
import SimKernel

/// The keys of `routing.casegroups.orphans`: where an orphaned casegroup's caller goes.
enum OrphanRouteKeys {
  static let plan = Field<Int>(
    "plan", .reference(to: "plan"), .required,
    "the plan whose queue the caller waits in instead of their branch's: the fallback, e.g."
      + " GICH's")
  static let search = Field(
    "search", .distribution, .defaulted("0"),
    "the agent's search for the case from a blank screen, added to the call's talk time like"
      + " an IVR branch's `identification`")

  static let format = ObjectFormat(
    "orphanRoute",
    summary:
      "Where the caller of an orphaned casegroup goes: as if the case could not be found, to a"
      + " fallback plan, the agent searching from a blank screen.",
    fields: [plan, search])
}

/// The keys of an event of `routing.casegroups.orphanings`.
enum OrphaningKeys {
  static let at = Field(
    "at", .clockTime, .required,
    "the clock time the caseworker's casegroups become orphaned (`\"HH:MM\"`,"
      + " [section 4](#clock-times)), on day `day`; not before the run's `start`")
  static let day = Field(
    "day", .integer(in: 1...3660), .defaulted("1"),
    "the day of the run, counting from 1 (the day of `start`)")
  static let caseworker = Field(
    "caseworker", ValueKind<String>.name.called("staff number"), .required,
    "the caseworker, by `staffNumber`: every casegroup they own at `at` is orphaned; some"
      + " team's roster must have it (`no agent with staff number \"M010\" on any team's"
      + " roster`)")
  static let reason = Field(
    "reason",
    .oneOf(
      CasegroupOrphaning.Reason.allCases.map { ($0.rawValue, $0) },
      typeName: "`teamMove` or `accessRemoved`"),
    .required,
    "`teamMove`: a team move was completed for the caseworker; `accessRemoved`: their 2012"
      + " access was removed")
  static let recovery = Field(
    "recovery", .distribution, .optional("not recovered within the run"),
    "how long after `at` local IT recovers the casegroups (one request: one draw for them"
      + " all, in each replication)")
  static let recoveredTo = Field<Int>(
    "recoveredTo", .reference(to: "team"),
    .optional("the former team, its caseworkers other than this one"),
    "the team local IT returns the casegroups to, shared out among its caseworkers")

  static let format = ObjectFormat(
    "orphaning",
    summary:
      "A team move or removed access that orphans every casegroup of one caseworker, until"
      + " local IT recovers them.",
    fields: [at, day, caseworker, reason, recovery, recoveredTo])
}

/// The keys of a movement of `routing.casegroups.movements`.
enum CaseMovementKeys {
  static let at = Field(
    "at", .clockTime, .required,
    "the clock time the casegroups move (`\"HH:MM\"`), on day `day`; not before the run's"
      + " `start`")
  static let day = Field(
    "day", .integer(in: 1...3660), .defaulted("1"),
    "the day of the run, counting from 1 (the day of `start`)")
  static let reason = Field(
    "reason",
    .oneOf(
      CaseMovement.Reason.allCases.map { ($0.rawValue, $0) },
      typeName: "`postcode`, `incomeSource`, `lifecycle` or `nationallySensitive`"),
    .required,
    "the factor that changed: the paying parent's postcode, the income source, the lifecycle"
      + " of the case, or a party classed as nationally sensitive")
  static let casegroup = Field(
    "casegroup", .integer(in: 0...Int(Int32.max)),
    .optional("one of `casegroup` and `share`"),
    "the one casegroup that moves, by its number (the SCIN column of `calls.csv`)")
  static let share = Field(
    "share", .probability, .optional("one of `casegroup` and `share`"),
    "the share of the casegroups held in segment `from` at `at` that move: a fixed"
      + " pseudo-random set, the same in every replication of a seed")
  static let from = Field<Int>(
    "from", .reference(to: "segment"), .optional("required with `share`"),
    "the segment whose casegroups a `share` moves")
  static let to = Field<Int>(
    "to", .reference(to: "segment"),
    .optional("required, except for `nationallySensitive`: `specialClientRecords`"),
    "the segment they move to; a nationally sensitive casegroup goes to `specialClientRecords`"
      + " (`to` may only name it)")
  static let team = Field<Int>(
    "team", .reference(to: "team"),
    .optional("the teams of `to` with caseworkers, in turn"),
    "the team of `to` that takes them (a team of another segment: `team \"x\" is not in"
      + " segment \"y\"`)")

  static let format = ObjectFormat(
    "caseMovement",
    summary:
      "Casegroups moving to another segment when a factor of their assignment changes, with"
      + " all their work.",
    fields: [at, day, reason, casegroup, share, from, to, team],
    constraints: [
      ("oneOf", .schema(#"[{"required": ["casegroup"]}, {"required": ["share", "from"]}]"#))
    ])
}
