import ContactCentre
import SimKernel

/// The keys of a line's `ivr` (docs/scenario-format.md, section 7).
enum IVRKeys {
  static let time = Field(
    "time", .distribution, .defaulted("0"),
    "the time from the call connecting to leaving the IVR and joining the queue; callers who"
      + " hang up in it leave at once")
  static let branches = Field<[IVRBranch]>(
    "branches", .array(of: .object(IVRBranchKeys.format), nonEmpty: true), .required,
    "the ways out; each branch name at most once (`branch \"noScin\" is listed twice`); their"
      + " shares sum to 1")

  static let format = ObjectFormat(
    "ivr",
    summary:
      "The line's interactive voice response: the time callers spend in it and the branches"
      + " they leave by.",
    fields: [time, branches])
}

/// The keys of a branch of an IVR.
enum IVRBranchKeys {
  static let branch = Field(
    "branch", .branchName, .required,
    "which way out; the names allowed depend on the line's `kind` (see [IVR](#ivr)): client"
      + " lines have welsh, hangUp, validScin, invalidScin, incompleteScin and noScin; the"
      + " employer line has welsh, hangUp, validErn, invalidErn, incompleteErn, thirdParty and"
      + " wrongOption (`\"validErn\" is not a branch of a client line (one of: ...)`)")
  static let share = Field(
    "share", .probability, .required,
    "the share of the line's callers who take this branch; the shares of a line's branches sum"
      + " to 1")
  static let plan = Field<Int>(
    "plan", .reference(to: "routing plan"), .optional("**required**, except on `hangUp`"),
    "the plan whose queue the branch's callers wait in. `hangUp` has none (`callers who hang up"
      + " reach no plan`)")
  static let identification = Field(
    "identification", .distribution, .defaulted("0"),
    "time the agent needs to identify the caller — a list of possible contacts, a blank screen"
      + " to search from — added to the call's talk time")
  static let segments = Field<[Int]>(
    "segments", .array(of: .reference(to: "segment")).called("list of segment ids"),
    .optional("none: any team's casegroups"),
    "`validScin` only (a non-empty list on another branch is an error; an empty one is"
      + " allowed): the caller's casegroup is one of those owned by the teams in these"
      + " segments. Empty or absent: any team's casegroups")

  static let format = ObjectFormat(
    "ivrBranch", typeName: "branches",
    summary:
      "One way out of the IVR, taken by a share of the line's callers; the branch names allowed"
      + " depend on the line's kind, and no branch may be listed twice.",
    fields: [branch, share, plan, identification, segments],
    constraints: [
      (
        "allOf",
        .schema(
          #"[{"if": {"properties": {"branch": {"const": "hangUp"}}}, "#
            + #""then": {"not": {"required": ["plan"]}}, "else": {"required": ["plan"]}}, "#
            + #"{"if": {"properties": {"branch": {"not": {"const": "validScin"}}}}, "#
            + #""then": {"properties": {"segments": {"maxItems": 0}}}}]"#)
      )
    ])
}

extension ValueKind where Value == IVRBranch.Kind {
  /// The name of an IVR branch; which names a line allows depends on its kind, so the decoder
  /// reads it.
  static var branchName: ValueKind {
    ValueKind(
      schema: .object([
        ("enum", .array(IVRBranch.Kind.allCases.map { .string($0.rawValue) }))
      ]),
      typeName: "branch name (below)", parse: nil)
  }
}
