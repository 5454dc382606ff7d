import ContactCentre
import SimKernel

// The value kinds of routing tests files (RoutingTestKeys).

extension ValueKind where Value == String {
  /// A staff number on the scenario's roster (the decoder looks it up).
  static var staffNumber: ValueKind {
    ValueKind(
      schema: .reference("name"), typeName: "staff number",
      definitions: ValueKind<String>.name.definitions, parse: Parse.string)
  }

  /// The name of one of the IVR branches of the caller's line (the decoder looks it up).
  static var ivrBranch: ValueKind {
    ValueKind(
      schema: .object([("type", .string("string"))]), typeName: "IVR branch name",
      parse: Parse.string)
  }

  /// One of the states of `AgentStateKeys.State` (the decoder checks which).
  static var agentStateName: ValueKind {
    ValueKind(
      schema: .object([
        ("enum", .array(AgentStateKeys.State.allCases.map { .string($0.rawValue) }))
      ]),
      typeName: "agent state", parse: Parse.string)
  }
}

extension ValueKind where Value == Int {
  /// A step of the caller's plan, by name (the decoder looks it up).
  static var stepName: ValueKind {
    ValueKind(schema: .object([("type", .string("string"))]), typeName: "step name", parse: nil)
  }

  /// A casegroup's number, from 0 to the scenario's last (the decoder checks it).
  static var casegroupNumber: ValueKind {
    ValueKind(
      schema: .object([("type", .string("integer")), ("minimum", .number(0))]),
      typeName: "whole number", parse: nil)
  }
}

extension ValueKind where Value == NotReadyReason {
  /// One of the ten NotReady reason codes, spelt exactly.
  static var notReadyReason: ValueKind {
    .defined(
      "notReadyReason",
      .object([
        (
          "description",
          .string("One of the ten NotReady (auxiliary) reason codes, spelled exactly.")
        ),
        ("enum", .array(NotReadyReason.allCases.map { .string($0.name) })),
      ]), typeName: "reason code", parse: ScenarioDecoder.notReadyReason)
  }
}

extension ValueKind where Value == RoutingProbe.Placement {
  /// An agent's state: `"ready"`, `"busy"`, `"notReady"` (Break), `"loggedOut"`, or the same
  /// as an object with a reason code or a length (`AgentStateKeys`).
  static var agentState: ValueKind {
    let object = ValueKind<RoutingProbe.Placement>.object(AgentStateKeys.format)
    return ValueKind(
      schema: .reference("agentState"), typeName: "agent state",
      definitions: [
        SchemaDefinition(
          name: "agentState",
          schema: .object([
            (
              "description",
              .string(
                "What an agent is doing: \"ready\", \"busy\", \"notReady\" (Break) or"
                  + " \"loggedOut\", or an object with the state and its reason code or length.")
            ),
            ("oneOf", .array([ValueKind<String>.agentStateName.schema, object.schema])),
          ]))
      ] + object.definitions, objects: object.objects, parse: RoutingTestDecoder.placement)
  }
}

extension ValueKind where Value == [RoutingProbe.AgentPlacement] {
  /// Agents by staff number or team id, each with its state.
  static var agentStates: ValueKind {
    let state = ValueKind<RoutingProbe.Placement>.agentState
    return ValueKind(
      schema: .object([("type", .string("object")), ("additionalProperties", state.schema)]),
      typeName: "object of staff numbers and team ids, each with an agent state",
      definitions: state.definitions, objects: state.objects, parse: nil)
  }
}

extension ValueKind where Value == SimDuration {
  /// How long a check may wait for an offer: longer than zero, at most a day. The schema
  /// refuses a number of seconds over a day and a string of two days or more, or of one day
  /// and more; not a string of more than 24 hours in smaller units.
  static var checkLimit: ValueKind {
    .defined(
      "checkLimit",
      .object([
        (
          "description",
          .string("A duration longer than zero and at most a day (24h, 86400 seconds).")
        ),
        ("allOf", .array([.reference("positiveDuration")])),
        (
          "not",
          .object([
            (
              "anyOf",
              .array([
                .schema(#"{"type": "number", "exclusiveMinimum": 86400}"#),
                .object([
                  ("type", .string("string")),
                  (
                    "pattern",
                    .string(
                      #"^0*([2-9]|[1-9][0-9]+)(\.[0-9]*)?d|^0*1\.0*[1-9][0-9]*d|^0*1(\.0*)?d.*[1-9]"#
                    )
                  ),
                ]),
              ])
            )
          ])
        ),
      ]), typeName: "duration, at most 24h",
      nested: ValueKind.positiveDuration.definitions, parse: RoutingTestDecoder.limit)
  }
}
