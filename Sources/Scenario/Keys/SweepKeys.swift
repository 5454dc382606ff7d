/// The top-level keys of a sweep file (docs/sweeps.md, section 1).
enum SweepKeys {
  static let name = Field(
    "name", .name, .optional("the file's name"), "the sweep's name in the results")
  static let description = Field(
    "description", .text, .optional("none"), "for people; ignored")
  static let scenario = Field(
    "scenario", .scenarioFile, .required,
    "the base scenario, relative to the sweep file (or absolute); no control characters (a NUL,"
      + #" an escape: `"s.json\u{0}" holds the control character U+0000: a path may not`)"#)
  static let seed = Field(
    "seed", .seed, .optional("the scenario's `seed`"), "the master seed of every point")
  static let replications = Field(
    "replications", .integer(in: 1...100_000), .defaulted("1"), "replications per point")
  static let factors = Field<SweepSpecification.Factors>(
    "factors", .object(SweepFactorKeys.format),
    .optional("no factors: one point, the scenario itself"), "the grid ([below](#factors))")

  static let format = ObjectFormat(
    "sweep",
    summary:
      "A sweep for ccsim sweep: a grid of factor levels (a team's agents, named variants of the"
      + " scenario, a demand factor) applied to a base scenario, every point run for the same"
      + " replications with the same seed. Rules between keys (teams that exist, paths that"
      + " lead somewhere in the scenario, unique variant names, the size of the grid) are"
      + " checked when the sweep is read.",
    fields: [name, description, scenario, seed, replications, factors])
}

/// The keys of `factors`: each factor's levels.
enum SweepFactorKeys {
  /// A team's counts of call-taking agents: whole numbers 0 to 100,000, each different.
  static let counts: ValueKind<[Int]> = .levels(
    of: ValueKind<Int>.integer(in: 0...100_000),
    typeName: "non-empty list of whole numbers, 0 to 100,000, all different")

  static let agents = Field(
    "agents", .agentFactors, .optional("no agents factor"),
    "one factor per team named (`agents:TEAM` in the results), its levels the team's counts,"
      + " whole numbers from 0 to 100,000, each different: the team's call-taking agents become"
      + " *count*")
  static let variant = Field<[SweepSpecification.Variant]>(
    "variant", .array(of: .object(SweepVariantKeys.format), nonEmpty: true),
    .optional("no variant factor"),
    "named sets of replacements in the base scenario's JSON, applied before it is read; a"
      + " variant without patches is the scenario as it is; names must differ")
  static let demand = Field(
    "demand",
    .levels(
      of: ValueKind<Double>.demandFactor,
      typeName: "non-empty list of numbers above 0, at most 1000, all different"),
    .optional("no demand factor"),
    "every line's arrivals multiplied by the factor: constant rates, per-interval profiles and"
      + " forecast CSVs alike (redials and outbound work follow from the calls)")

  static let format = ObjectFormat(
    "factors",
    summary:
      "The factors of the grid, each a list of levels; the grid is every combination, the"
      + " agents factors first, then variant, then demand, the last changing fastest.",
    fields: [agents, variant, demand])
}

/// The keys of a variant of the scenario.
enum SweepVariantKeys {
  static let name = Field(
    "name", .name, .required, "the variant's name in the results, unique in the sweep")
  static let description = Field(
    "description", .text, .optional("none"), "for people; ignored")
  static let patches = Field<[(patch: JSONPatch, path: JSONPath)]>(
    "patches", .array(of: .object(SweepPatchKeys.format), nonEmpty: true),
    .optional("none: the scenario as it is"),
    "the replacements, applied in order, so that a later one can change what an earlier one"
      + " wrote")

  static let format = ObjectFormat(
    "variant", typeName: "variant",
    summary: "A named variant of the base scenario: its replacements in the scenario's JSON.",
    fields: [name, description, patches])
}

/// The keys of a patch: a replacement in the scenario's JSON.
enum SweepPatchKeys {
  static let path = Field(
    "path", .patchPath, .required,
    "where in the scenario, written as error messages print paths (`teams[2].agents`,"
      + #" `outcomes["Call Resolved"]`), an array's element picked by position or by one of its"#
      + " members (`teams[id=gich]`); the last key may be one the object lacks (it is added),"
      + " everything before it must exist")
  static let value = Field(
    "value", .anyJSON, .required, "the new value at `path`: any JSON")

  static let format = ObjectFormat(
    "patch", typeName: "patch",
    summary: "A replacement: the value at `path` of the scenario becomes `value`.",
    fields: [path, value])
}

/// The grammar of a patch path (`JSONPatch.steps`) as a regular expression: keys separated by
/// dots, and brackets holding a position, `key=value` or a quoted key (a position too large for
/// an `Int` aside).
private let patchPathPattern: String = {
  let key = #"[^.\[\]]+"#
  let bracket = #"\[("[^\]]*"|\+?[0-9]+|-0+|[^\]=]+=[^\]]+)\]"#
  return "^(\(key)|\(bracket))(\\.\(key)|\(bracket))*$"
}()

extension ValueKind where Value == String {
  /// The scenario a sweep or a routing tests file names: a path (`Parse.path`) that is also a
  /// usable name (`Parse.namedPath`).
  static var scenarioFile: ValueKind {
    .defined(
      "scenarioFile",
      .object([
        (
          "description",
          .string(
            "A scenario file, relative to the directory of the file that names it, or absolute:"
              + " a non-empty path of at most \(Parse.nameLengthLimit) characters with no space"
              + " at either end and no control characters (NUL, ESC, line breaks, bidirectional"
              + " overrides).")
        ),
        ("type", .string("string")), ("minLength", .number(1)),
        ("maxLength", .number(Parse.nameLengthLimit)),
        (
          "pattern",
          .string(
            #"^[^\s\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]"#
              + #"([^\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]*"#
              + #"[^\s\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069])?$"#
          )
        ),
      ]), typeName: "path", parse: Parse.namedPath)
  }

  /// Where a patch writes (`JSONPatch.steps`, which the decoder applies).
  static var patchPath: ValueKind {
    ValueKind(
      schema: .object([("type", .string("string")), ("pattern", .string(patchPathPattern))]),
      typeName: "path in the scenario", parse: Parse.string)
  }
}

extension ValueKind where Value == JSONNode {
  /// Any JSON value, taken as it is.
  static var anyJSON: ValueKind {
    ValueKind(schema: .object([]), typeName: "any JSON", parse: { node, _, _ in node })
  }
}

extension ValueKind where Value == Double {
  /// A demand factor: above 0, at most 1000.
  static var demandFactor: ValueKind {
    ValueKind(
      schema: .object([
        ("type", .string("number")), ("exclusiveMinimum", .number(0)), ("maximum", .number(1000)),
      ]),
      typeName: "number above 0, at most 1000", parse: SweepDecoder.demandFactor)
  }
}

extension ValueKind where Value == [SweepSpecification.Agents] {
  /// `{"TEAM": [count, …], …}`: at least one team, each with its counts (`SweepFactorKeys.counts`).
  static var agentFactors: ValueKind {
    ValueKind(
      schema: .object([
        ("type", .string("object")), ("minProperties", .number(1)),
        ("additionalProperties", SweepFactorKeys.counts.schema),
      ]),
      typeName: "object of team ids and their counts", parse: SweepDecoder.agentFactors)
  }
}

extension ValueKind {
  /// A factor's levels: a non-empty list of values of `element`'s kind, each different (a
  /// level given twice would only run the same points twice; each repeat is reported).
  static func levels<Element: Equatable & SendableMetatype>(
    of element: ValueKind<Element>, typeName: String
  )
    -> ValueKind where Value == [Element]
  {
    let list = ValueKind.array(of: element, nonEmpty: true)
    return ValueKind(
      schema: .object(list.schema.schemaMembers + [("uniqueItems", .boolean(true))]),
      typeName: typeName, definitions: list.definitions, parse: list.parse
    ).checked { levels, node, path, diagnostics in
      SweepDecoder.checkUnique(levels, node, path, diagnostics)
      return levels
    }
  }
}
