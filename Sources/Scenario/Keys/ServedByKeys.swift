import ContactCentre
import SimKernel

/// The keys of an entry of a team's `handleTimes`: the team's own talk and ACW for a call type
/// (docs/scenario-format.md, section 9, Handle time by who serves).
enum TeamHandleTimeKeys {
  static let callType = Field<Int>(
    "callType", .reference(to: "call type"), .required,
    "the call type; at most one entry per call type (`call type \"X\" has two entries`)")
  static let talk = Field(
    "talk", .distribution, .optional("the call type's `talk`"),
    "the talk time when an agent of this team takes the call")
  static let acw = Field(
    "acw", .distribution, .optional("the call type's `acw`"),
    "the After Call Work when an agent of this team takes the call")

  static let format = ObjectFormat(
    "teamHandleTime", typeName: "handle times",
    summary:
      "A team's own talk and ACW for one call type: drawn, when the team's agent takes the call,"
      + " from the same random numbers as the call type's own times.",
    fields: [callType, talk, acw])
}

/// The keys of an entry of a call type's `proficiencyFactors`.
enum ProficiencyFactorKeys {
  static let level = Field(
    "level", .integer(in: 1...ProficiencyFactor.highestLevel), .required,
    "the agents' `proficiency` level; at most one entry per level (`level 3 has two entries`)")
  static let talk = Field(
    "talk", .factor, .defaulted("1"), "the factor on the talk of an agent of this level")
  static let acw = Field(
    "acw", .factor, .defaulted("1"), "the factor on the ACW of an agent of this level")

  static let format = ObjectFormat(
    "proficiencyFactor", typeName: "proficiency factors",
    summary:
      "How an agent's proficiency level stretches or shortens a call type's talk and ACW (the"
      + " team's own times, when it has some); levels not listed: 1.",
    fields: [level, talk, acw])
}

extension ValueKind where Value == Double {
  /// A factor on a time: a number above 0, up to 100.
  static var factor: ValueKind {
    ValueKind(
      schema: .object([
        ("type", .string("number")), ("exclusiveMinimum", .number(0)),
        ("maximum", .number(100)),
      ]),
      typeName: "number > 0, up to 100",
      parse: { node, path, diagnostics in
        guard let value = Parse.number(node, path, diagnostics) else { return nil }
        guard value > 0, value <= 100 else {
          diagnostics.invalid(node, at: path, "a factor must be above 0 and at most 100")
          return nil
        }
        return value
      })
  }
}

extension ValueKind where Value == AgentSelection.Kind {
  /// `"longestIdle"`, `"teamOrder"`, `"weightedRandom"`, `"leastOccupied"` or
  /// `"highestProficiency"`.
  static var agentSelection: ValueKind {
    .oneOf(AgentSelection.Kind.allCases.map { ($0.name, $0) }, typeName: "string")
      .called(
        "`\"longestIdle\"`, `\"teamOrder\"`, `\"weightedRandom\"`, `\"leastOccupied\"` or"
          + " `\"highestProficiency\"`")
  }
}
