import ContactCentre
import SimKernel

/// The keys of `vocabulary` (docs/scenario-format.md, section 19): the centre's own names,
/// read by `ScenarioDecoder.vocabularySection`.
enum VocabularyKeys {
  static let outcomes = Field<[JSONNode]>(
    "outcomes", .array(of: .object(OutcomeTermKeys.format)).atMost(Vocabulary.maximumTerms),
    .optional("the 19 outcomes of the procedures"),
    "the call outcomes, in the order reports list them; exactly one `resolved`, at most one"
      + " `failsSecurity`")
  static let notReadyReasons = Field<[JSONNode]>(
    "notReadyReasons",
    .array(of: .object(ReasonTermKeys.format)).atMost(Vocabulary.maximumTerms),
    .optional("the ten reason codes of the procedures"),
    "the NotReady (aux) reason codes, in the order reports list them; at least one `break`,"
      + " exactly one `clerical` and one `teamLeader`")
  static let ivrBranches = Field<[JSONNode]>(
    "ivrBranches", .array(of: .object(BranchTermKeys.format)).atMost(Vocabulary.maximumTerms),
    .optional("the branches of the client and employer lines"), "the ways out of the IVRs")
  static let expertDomains = Field<[String]>(
    "expertDomains", .array(of: .name).atMost(Vocabulary.maximumTerms).called("list of names"),
    .optional("the seven Expert Domains"),
    "the specialist teams AAC assigns incidents to, in the order reports list them (not"
      + " `\"total\"`)")

  static let region = Field<Region>(
    "region", .oneOf(Region.allCases.map { ($0.rawValue, $0) }, typeName: "region"),
    .defaulted(#""greatBritain""#),
    "where the Child Maintenance centre is: `\"northernIreland\"` (NICMS) signposts to the"
      + " DSD and to Choices (NI) in the outcomes left out, and its bogus caller form is"
      + " CMSF5550(NI)")

  static let format = ObjectFormat(
    "vocabulary",
    summary:
      "The centre's own names, each mapped to a behaviour the model knows; a list left out is"
      + " the Child Maintenance Group's (of its `region`). Names are unique within a list, at"
      + " most 100 in each.",
    fields: [region, outcomes, notReadyReasons, ivrBranches, expertDomains])
}

/// The keys of an outcome of `vocabulary.outcomes`.
enum OutcomeTermKeys {
  static let name = Field(
    "name", .name, .required, "the outcome as the centre spells it (not `\"abandoned\"`)")
  static let behaviour = Field(
    "behaviour", .behaviour(OutcomeBehaviour.self, "outcome behaviour"), .required,
    "what the model does with a call closed so ([below](#outcome-behaviours))")

  static let format = ObjectFormat(
    "vocabularyOutcome", typeName: "outcomes",
    summary: "A call outcome and what the model does with a call closed so.",
    fields: [name, behaviour])
}

/// The keys of a reason code of `vocabulary.notReadyReasons`.
enum ReasonTermKeys {
  static let name = Field("name", .name, .required, "the reason code as the centre spells it")
  static let behaviour = Field(
    "behaviour", .behaviour(NotReadyBehaviour.self, "NotReady behaviour"), .required,
    "what the reason is to the model ([below](#notready-behaviours))")

  static let format = ObjectFormat(
    "vocabularyReason", typeName: "reason codes",
    summary: "A NotReady reason code and what it is to the model.",
    fields: [name, behaviour])
}

/// The keys of a branch of `vocabulary.ivrBranches`.
enum BranchTermKeys {
  static let name = Field(
    "name", .name, .required, "the branch as the scenario's IVRs name it in `branch`")
  static let behaviour = Field(
    "behaviour", .behaviour(IVRBranchBehaviour.self, "branch behaviour"), .required,
    "what callers on the branch do ([below](#ivr-branch-behaviours))")
  static let lineKinds = Field<[Line.Kind]>(
    "lineKinds",
    .array(
      of: .oneOf(Line.Kind.withIVR.map { ($0.rawValue, $0) }, typeName: "line kind"),
      nonEmpty: true
    ).called("non-empty list of line kinds"),
    .optional("both: `[\"client\", \"employer\"]`"),
    "the kinds of line whose IVR may offer the branch: `\"client\"`, `\"employer\"` (a"
      + " direct-dial or AAC line has no IVR)")

  static let format = ObjectFormat(
    "vocabularyBranch", typeName: "branches",
    summary: "An IVR branch, what its callers do, and the kinds of line that offer it.",
    fields: [name, behaviour, lineKinds])
}

extension ValueKind where Value: TermBehaviour {
  /// One of the behaviour's names; read by the vocabulary's decoder, which says what it is not.
  static func behaviour(_: Value.Type, _ typeName: String) -> ValueKind {
    ValueKind(
      schema: .object([("enum", .array(Value.allCases.map { JSONNode.string($0.rawValue) }))]),
      typeName: typeName, parse: nil)
  }
}

extension ValueKind {

  /// A list of at most `count` elements.
  func atMost<Element>(_ count: Int) -> ValueKind where Value == [Element] {
    ValueKind(
      schema: .object(schema.schemaMembers + [("maxItems", .number(count))]),
      typeName: typeName, definitions: definitions, objects: objects, parse: parse)
  }
}

extension ValueKind {
  /// A name of one of the vocabulary's lists, defined in `$defs` as `definition`: a name (the
  /// vocabulary is the scenario's), with the Child Maintenance Group's names as examples for
  /// editors to offer (`ChildMaintenanceNames` holds a scenario without its own list to them).
  static func vocabularyName(
    _ definition: String, description: String, examples: [String], typeName: String,
    parse: Parser?
  ) -> ValueKind {
    .defined(
      definition,
      .object([
        ("description", .string(description)), ("$ref", .string("#/$defs/name")),
        ("examples", .array(examples.map(JSONNode.string))),
      ]), typeName: typeName, nested: ValueKind<String>.name.definitions, parse: parse)
  }
}
