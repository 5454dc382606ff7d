import ContactCentre
import SimKernel

/// The keys of a segment (docs/scenario-format.md, section 11).
enum SegmentKeys {
  static let id = Field("id", .name, .required, "the segment's id, unique among segments")

  static let format = ObjectFormat(
    "segment", typeName: "segments", summary: "A segment of the organisation.", fields: [id])
}

/// The keys of `routing`: how valid-SCIN callers find a casegroup, and the routing plans.
enum RoutingKeys {
  typealias Section = (casegroups: CasegroupRules, plans: [RoutingPlan])

  static let casegroups = Field<CasegroupRules>(
    "casegroups", .object(CasegroupKeys.format),
    .optional("`{}`: none orphaned, no events, no skew"),
    "how `validScin` callers are matched to casegroups, and the events that orphan or move"
      + " them (see [Casegroups](#casegroups))")
  static let plans = Field<[RoutingPlan]>(
    "plans", .array(of: .object(RoutingPlanKeys.format)), .optional("no plans"),
    "the routing plans, with unique ids (see [Routing plans](#routing-plans))")

  static let format = ObjectFormat(
    "routing", summary: "How calls find the agents who may answer them.",
    fields: [casegroups, plans])
}

/// The keys of `routing.casegroups`.
enum CasegroupKeys {
  /// The key of this object in `routing`.
  static let casegroups = RoutingKeys.casegroups.key
  static let orphaned = Field(
    "orphaned", .probability, .defaulted("0"),
    "the share of casegroups orphaned before the run (by a team move or lost access), for the"
      + " whole run: a fixed pseudo-random set of casegroups, the same in every replication of"
      + " a seed; their callers take the `orphans` route")
  static let skew = Field(
    "skew", .skew, .defaulted("0"),
    "0: callers spread evenly over the casegroups; towards 1, repeat callers concentrate on"
      + " fewer casegroups (rank ⌊*N* × *U*^(1/(1 − skew))⌋ for a uniform *U*), the popular"
      + " casegroups being spread over the teams")

  static let orphans = Field<OrphanRoute>(
    "orphans", .object(OrphanRouteKeys.format),
    .optional(
      "their branch's plan, which reaches them only at its steps naming teams or"
        + " segments, with no search"),
    "where the caller of an orphaned casegroup goes: `plan`, the fallback, and `search`, the"
      + " blank-screen search time (see [Orphaned casegroups](#orphaned-casegroups))")
  static let orphanings = Field<[CasegroupOrphaning]>(
    "orphanings", .array(of: .object(OrphaningKeys.format)).called("list of orphanings"),
    .optional("none"),
    "named events that orphan every casegroup of a caseworker, and local IT's recovery (see"
      + " [Orphaned casegroups](#orphaned-casegroups))")
  static let movements = Field<[CaseMovement]>(
    "movements", .array(of: .object(CaseMovementKeys.format)).called("list of movements"),
    .optional("none"),
    "casegroups moving to another segment at a clock time (see"
      + " [Case movement](#case-movement))")
  static let specialClientRecords = Field<Int>(
    "specialClientRecords", .reference(to: "segment"),
    .optional("none; required by a `nationallySensitive` movement"),
    "the special client records segment, where nationally sensitive casegroups go")

  static let format = ObjectFormat(
    "casegroups",
    summary:
      "How valid-SCIN callers are matched to casegroups, and the events that orphan or move"
      + " them.",
    fields: [orphaned, skew, orphans, orphanings, movements, specialClientRecords])
}

/// The keys of a routing plan.
enum RoutingPlanKeys {
  static let id = Field(
    "id", .name, .required,
    "the plan's id, unique among plans; the name of the queue in reports; lines and IVR"
      + " branches refer to it")
  static let priority = Field(
    "priority", .integer(in: -1000...1000), .defaulted("0"),
    "an agent who could take calls of several plans takes the highest priority first")
  static let steps = Field(
    "steps", .steps, .required,
    "the steps, in order of `after` (equal times allowed; otherwise `steps must be in order of \"after\"`);"
      + " more than 64: `a plan has at most 64 steps`")
  static let virtualHold = Field<VirtualHold>(
    "virtualHold", .object(VirtualHoldKeys.format), .optional("no call-back is offered"),
    "callback in queue for callers still waiting (see [Callback in queue](#callback-in-queue))")
  static let maxWaiting = Field(
    "maxWaiting", .integer(in: 0...1_000_000), .optional("no limit"),
    "the most calls the queue holds waiting (unanswered: waiting, or ringing an agent who will"
      + " miss them): a caller from a line who would wait as one more is turned away — counted"
      + " blocked (`queueFull`), not offered, not abandoned; one offered at once always gets"
      + " in (M/M/c/K: `0` is a loss system). Transfer legs, direct-dial calls and AAC calls"
      + " always join ([Trunks and queue limits](#trunks-and-queue-limits))")
  static let goal = Field<QueueGoal>(
    "goal", .object(QueueGoalKeys.format), .optional("the centre's goal"),
    "the queue's own service-level threshold and target and abandon limit, where they differ"
      + " from the centre's ([Queue goals](#queue-goals))")

  static let format = ObjectFormat(
    "routingPlan", typeName: "plans",
    summary:
      "A routing plan: a queue of its own in reports, and the widening set of agents who may"
      + " take its calls.",
    fields: [id, priority, steps, virtualHold, maxWaiting, goal])
}

/// The keys of a step of a routing plan.
enum RoutingStepKeys {
  static let after = Field(
    "after", .duration, .defaulted("0"),
    "how long the call has been in the queue when the step begins")
  static let target = Field(
    "target", .routingTarget, .required,
    "who is added: `\"owner\"`, `\"ownerTeam\"`, `\"ownerSegment\"`, or an object naming `teams` or"
      + " `segments`")
  static let skipIfNoneReady = Field(
    "skipIfNoneReady", .boolean, .defaulted("false"),
    "the step is passed over for good if nobody in the target is Ready the moment it begins")
  static let select = Field(
    "select", .agentSelection, .defaulted(#""longestIdle""#),
    "which Ready agent of the target takes the call when several are Ready"
      + " ([Who takes a call](#who-takes-a-call-agent-selection))")
  static let weights = Field<[Double]>(
    "weights",
    .array(of: .factor, nonEmpty: true).called("non-empty list of numbers > 0"),
    .optional("every team weighs 1"),
    "with `\"select\": \"weightedRandom\"` and a target naming `teams` only: one weight per"
      + " team, in the target's order (`weights need one number per team of the target (3)`)")

  static let format = ObjectFormat(
    "routingStep", typeName: "steps",
    summary:
      "One timed step of a routing plan: from after in queue, the target's agents may also take"
      + " the call.",
    fields: [after, target, skipIfNoneReady, select, weights])
}

/// The keys of a target object: the teams it names, or the segments.
enum TargetGroupKeys {
  static let teams = Field<[Int]>(
    "teams",
    .array(of: .reference(to: "team"), nonEmpty: true).called("non-empty list of team ids"),
    .optional("one of `teams` and `segments`"), "every agent of these teams")
  static let segments = Field<[Int]>(
    "segments",
    .array(of: .reference(to: "segment"), nonEmpty: true).called("non-empty list of segment ids"),
    .optional("one of `teams` and `segments`"), "every agent of every team in these segments")

  static let format = ObjectFormat(
    "targetGroups",
    summary: "A target naming its agents' teams or segments: one of the two keys, not both.",
    fields: [teams, segments],
    constraints: [("oneOf", .schema(#"[{"required": ["teams"]}, {"required": ["segments"]}]"#))])
}

extension ValueKind where Value == String {
  /// A segment, read as its id.
  static var segment: ValueKind {
    ValueKind.object(SegmentKeys.format).reading(with: ScenarioDecoder.segment)
  }
}

extension ValueKind where Value == Double {
  /// How strongly callers concentrate on fewer casegroups: 0 to below 1.
  static var skew: ValueKind {
    ValueKind(
      schema: .object([
        ("type", .string("number")), ("minimum", .number(0)), ("exclusiveMaximum", .number(1)),
      ]),
      typeName: "number, 0 to below 1",
      parse: { node, path, diagnostics in
        guard let skew = Parse.probability(node, path, diagnostics) else { return nil }
        guard skew < 1 else {
          diagnostics.invalid(node, at: path, "skew must be below 1")
          return nil
        }
        return skew
      })
  }
}

extension ValueKind where Value == [RoutingStep] {
  /// The steps of a plan: 1 to 64, read by the decoder.
  static var steps: ValueKind {
    let steps = ValueKind.array(of: .object(RoutingStepKeys.format), nonEmpty: true)
    return ValueKind(
      schema: .object(steps.schema.schemaMembers + [("maxItems", .number(64))]),
      typeName: "list of 1 to 64 steps", definitions: steps.definitions,
      objects: steps.objects, parse: nil)
  }
}

extension ValueKind where Value == RoutingTarget {
  /// Who a routing step adds: a name, or an object naming teams or segments.
  static var routingTarget: ValueKind {
    let groups = ValueKind.object(TargetGroupKeys.format)
    let description =
      "owner: the caseworker who owns the caller's casegroup; ownerTeam: the owner's team;"
      + " ownerSegment: every team in the owner's team's segment."
    var kind = ValueKind.defined(
      "routingTarget",
      .object([
        (
          "description",
          .string(
            "Who is added at a routing step: the casegroup's owner, the owner's team, the"
              + " owner's segment, named teams or the teams of named segments.")
        ),
        (
          "oneOf",
          .array([
            .object([
              ("description", .string(description)),
              ("enum", .schema(#"["owner", "ownerTeam", "ownerSegment"]"#)),
            ]),
            groups.schema,
          ])
        ),
      ]), typeName: "target (below)", nested: groups.definitions, parse: nil)
    kind.objects = groups.objects
    return kind
  }
}
