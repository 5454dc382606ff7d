import ContactCentre

/// The schema's check of the Child Maintenance Group's names where a scenario speaks them.
///
/// Outcomes, reason codes, IVR branches and Expert Domains are the vocabulary's, so the schema
/// of each is a name. But a scenario that leaves a list out of its `vocabulary` (or has none)
/// speaks the CMG's list, and then the schema holds the names to it, as `validate` does: for
/// each list left out, one `if`/`then` at the top level, made from `Vocabulary.childMaintenance`
/// (the outcomes: one per region, Northern Ireland's from `Vocabulary.northernIreland`), names
/// the places that list's names appear — with the rules tied to the CMG's branches (a `hangUp`
/// branch has no plan, only `validScin` has segments, the branches of each kind of line).
enum ChildMaintenanceNames {
  static let vocabulary = Vocabulary.childMaintenance

  /// The top-level constraints: one per list of the vocabulary, the outcomes one per region
  /// (Northern Ireland's signpost to the DSD and to Choices (NI)).
  static var constraints: [JSONNode] {
    [
      when(leftOut: .outcomes, outcomes(of: .childMaintenance), unless: northernIreland),
      when(leftOut: .outcomes, outcomes(of: .northernIreland), if: northernIreland),
      when(leftOut: .notReadyReasons, reasons), when(leftOut: .ivrBranches, branches),
      when(leftOut: .expertDomains, domains),
    ]
  }

  /// A scenario whose vocabulary's `region` is Northern Ireland.
  static var northernIreland: JSONNode {
    let region = JSONNode.object([("const", .string(Region.northernIreland.rawValue))])
    return .object([
      ("required", .array([.string("vocabulary")])),
      (
        "properties",
        .object([
          (
            "vocabulary",
            .object([
              ("required", .array([.string("region")])),
              ("properties", .object([("region", region)])),
            ])
          )
        ])
      ),
    ])
  }

  /// `then` when the scenario speaks the CMG's `list`: it has no vocabulary, or one without
  /// that list (and, given `if` or `unless`, matches the one and not the other).
  static func when(
    leftOut list: Vocabulary.List, _ then: JSONNode, if condition: JSONNode? = nil,
    unless exception: JSONNode? = nil
  ) -> JSONNode {
    let declared = JSONNode.object([
      ("required", .array([.string("vocabulary")])),
      (
        "properties",
        .object([("vocabulary", .object([("required", .array([.string(list.rawValue)]))]))])
      ),
    ])
    var conditions = [JSONNode.object([("not", declared)])]
    if let condition { conditions.append(condition) }
    if let exception { conditions.append(.object([("not", exception)])) }
    let test = conditions.count == 1 ? conditions[0] : .object([("allOf", .array(conditions))])
    return .object([("if", test), ("then", then)])
  }

  /// The schema of an object whose `path` of properties (`"[]"` for an array's items) holds
  /// `schema`.
  static func at(_ path: [String], _ schema: JSONNode) -> JSONNode {
    path.reversed().reduce(schema) { inner, key in
      key == "[]"
        ? .object([("items", inner)]) : .object([("properties", .object([(key, inner)]))])
    }
  }

  static func names(_ names: [String]) -> JSONNode {
    .object([("enum", .array(names.map(JSONNode.string)))])
  }

  /// Outcome mixes, redial keys (outcomes an inbound call can have, and "abandoned") and retry
  /// keys (outcomes that did not connect), of `vocabulary`.
  static func outcomes(of vocabulary: Vocabulary) -> JSONNode {
    let all = names(vocabulary.outcomes.map(\.name))
    let inbound = vocabulary.outcomes.filter { !$0.behaviour.isOutboundOnly }.map(\.name)
    let unconnected = vocabulary.outcomes.filter { !$0.behaviour.isConnected }.map(\.name)
    let mix = JSONNode.object([("propertyNames", all)])
    return .object([
      (
        "allOf",
        .array([
          at(["callTypes", "[]", "outcomes"], mix),
          at(["callTypes", "[]", "outboundOutcomes"], mix),
          at(["redials"], .object([("propertyNames", names(inbound + ["abandoned"]))])),
          at(["outbound", "retry"], .object([("propertyNames", names(unconnected))])),
        ])
      )
    ])
  }

  /// Every `reason`: scheduled periods, after a miss, shrinkage (the scenario's behaviour and
  /// a team's), incidents; and the reasons with Pulse thresholds of their own.
  static var reasons: JSONNode {
    let reason = at(["reason"], names(vocabulary.notReadyReasons.map(\.name)))
    let behaviour = JSONNode.object([
      (
        "allOf",
        .array([at(["afterMiss"], reason), at(["shrinkage", "[]"], reason)])
      )
    ])
    return .object([
      (
        "allOf",
        .array([
          at(["agentBehaviour"], behaviour), at(["teams", "[]", "behaviour"], behaviour),
          at(["teams", "[]", "shifts", "[]", "notReady", "[]"], reason),
          at(["incidents"], reason),
          at(
            ["pulse", "thresholds", "notReadyReasons"],
            .object([("propertyNames", names(vocabulary.notReadyReasons.map(\.name)))])),
        ])
      )
    ])
  }

  /// The branches of each kind of line, a `hangUp` branch without a plan, and segments on
  /// `validScin` only.
  static var branches: JSONNode {
    func ivr(of kind: Line.Kind) -> JSONNode {
      let allowed = vocabulary.branches(on: kind).map(vocabulary.name(of:))
      return at(["ivr", "branches", "[]", "branch"], names(allowed))
    }
    let hangUp = vocabulary.ivrBranches.filter { $0.behaviour == .hangUp }.map(\.name)
    let owner = vocabulary.ivrBranches.filter { $0.behaviour == .findsOwner }.map(\.name)
    let branch = JSONNode.object([
      (
        "allOf",
        .array([
          .object([
            ("if", at(["branch"], names(hangUp))),
            ("then", .object([("not", .object([("required", .array([.string("plan")]))]))])),
            ("else", .object([("required", .array([.string("plan")]))])),
          ]),
          .object([
            ("if", at(["branch"], .object([("not", names(owner))]))),
            ("then", at(["segments"], .object([("maxItems", .number(0))]))),
          ]),
        ])
      )
    ])
    let employer = JSONNode.object([
      ("properties", .object([("kind", .object([("const", .string("employer"))]))])),
      ("required", .array([.string("kind")])),
    ])
    let line = JSONNode.object([
      (
        "allOf",
        .array([
          .object([("if", employer), ("then", ivr(of: .employer)), ("else", ivr(of: .client))]),
          at(["ivr", "branches", "[]"], branch),
        ])
      )
    ])
    return at(["lines", "[]"], line)
  }

  /// The domains of AAC's assignments.
  static var domains: JSONNode {
    at(
      ["aac", "evaluation", "assign", "domains", "[]", "domain"],
      names(vocabulary.expertDomains))
  }
}
