import ContactCentre
import SimKernel

/// The keys of `serviceRequests`: SR types and their activity plans (docs/scenario-format.md,
/// section 15).
enum ServiceRequestsKeys {
  static let types = Field<[ServiceRequestType]>(
    "types",
    .array(of: .object(ServiceRequestTypeKeys.format), nonEmpty: true)
      .called("non-empty list of SR types"),
    .required, "the kinds of SR that arise, each with its routing and activity plan; names unique")

  static let format = ObjectFormat(
    "serviceRequests",
    summary:
      "Service requests (SRs): work items on casegroups, each completed by following its activity"
      + " plan, worked by caseworkers between calls in NotReady – Customer Related Clerical Work.",
    fields: [types])
}

/// The keys of an SR type of `serviceRequests.types`.
enum ServiceRequestTypeKeys {
  static let name = Field(
    "name", .name, .required, "the type's name, e.g. `\"Change of circumstances\"`")
  static let kind = Field<ServiceRequestKind>(
    "kind", .choice, .required,
    "`\"caseOwning\"`: completed by the caseworker who owns the casegroup it is raised on;"
      + " `\"functionallyUnique\"`: completed by the specialist team of the area the person it is"
      + " raised against lives in")
  static let perDay = Field(
    "perDay", .callCount.called("number, 0 to 1,000,000"),
    .optional("one of `perDay` and `perInterval`"),
    "SRs arise at random (Poisson) at this average rate per 24 hours, the same all run")
  static let perInterval = Field(
    "perInterval",
    .array(of: .callCount, nonEmpty: true).called("non-empty list of numbers"),
    .optional("one of `perDay` and `perInterval`"),
    "the expected number of SRs arising in each reporting interval, in order from the start of"
      + " the run; none arise after the last entry")
  static let owningTeams = Field<[Int]>(
    "owningTeams",
    .array(of: .reference(to: "team"), nonEmpty: true).called("list of team ids"),
    .optional("**required** for `caseOwning`"),
    "case owning: the teams whose casegroups the SRs are raised on, each casegroup alike; each"
      + " team owns casegroups (`casegroups` > 0) and is listed once; with `caseOwning` only")
  static let areas = Field<[ServiceRequestType.AreaRoute]>(
    "areas",
    .array(of: .object(ServiceRequestAreaKeys.format), nonEmpty: true)
      .called("non-empty list of areas"),
    .optional("**required** for `functionallyUnique`"),
    "functionally unique: the areas the people SRs are raised against live in, the share of"
      + " them in each (summing to 1) and the specialist team each area's SRs go to, wherever"
      + " the casegroup is held; with `functionallyUnique` only")
  static let activities = Field<[ServiceRequestType.Activity]>(
    "activities",
    .array(of: .object(ServiceRequestActivityKeys.format), nonEmpty: true)
      .called("non-empty list of activities"),
    .required,
    "the activity plan: its activities, done in order by the caseworker the SR is assigned to;"
      + " the SR closes when the last is done")

  static let format = ObjectFormat(
    "serviceRequestType",
    summary:
      "A kind of SR: how often it arises (exactly one of perDay and perInterval), who completes"
      + " it and its activity plan.",
    fields: [name, kind, perDay, perInterval, owningTeams, areas, activities],
    constraints: [
      ("oneOf", .schema(#"[{"required": ["perDay"]}, {"required": ["perInterval"]}]"#)),
      (
        "allOf",
        .schema(
          #"[{"if": {"properties": {"kind": {"const": "caseOwning"}}}, "#
            + #""then": {"required": ["owningTeams"], "not": {"required": ["areas"]}}}, "#
            + #"{"if": {"properties": {"kind": {"const": "functionallyUnique"}}}, "#
            + #""then": {"required": ["areas"], "not": {"required": ["owningTeams"]}}}]"#)
      ),
    ])
}

/// Who completes an SR, as the scenario names it.
enum ServiceRequestKind: String, CaseIterable, Sendable {
  case caseOwning
  case functionallyUnique
}

/// The keys of an area of a functionally unique SR type.
enum ServiceRequestAreaKeys {
  static let area = Field("area", .name, .required, "the area's name, e.g. `\"Wales\"`")
  static let share = Field(
    "share", .probability, .required,
    "the share of the SRs raised against people who live in the area")
  static let team = Field<Int>(
    "team", .reference(to: "team"), .required,
    "the specialist team the area's SRs go to (any of its caseworkers may take one)")

  static let format = ObjectFormat(
    "serviceRequestArea",
    summary:
      "An area (post code) where people SRs are raised against live, their share, and the"
      + " specialist team the area's functionally unique SRs route to.",
    fields: [area, share, team])
}

/// The keys of an activity of an SR type's plan.
enum ServiceRequestActivityKeys {
  static let name = Field(
    "name", .name, .required, "the activity's name, e.g. `\"Gather evidence\"`")
  static let work = Field(
    "work", .distribution, .required,
    "the caseworker's time on the activity, in NotReady – Customer Related Clerical Work")

  static let format = ObjectFormat(
    "serviceRequestActivity",
    summary: "An activity of an SR's activity plan and the caseworker's time on it.",
    fields: [name, work])
}
