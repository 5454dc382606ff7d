import SimKernel

/// What a field's value is: its JSON Schema, its name in the format's key tables, the schema
/// definitions it refers to, and how the decoder reads it.
///
/// A kind whose reading depends on the rest of the scenario (a reference to a declared id, an
/// object with sections of its own) has no parser of its own: its field is read with the
/// decoder's parser (`ObjectReader.read(_:with:)`), and its schema and type name still come
/// from here.
struct ValueKind<Value>: Sendable {
  typealias Parser = @Sendable (JSONNode, JSONPath, Diagnostics) -> Value?

  /// The schema of a value, usually `{"$ref": …}` or a type with its range.
  let schema: JSONNode
  /// The type as the key tables of docs/scenario-format.md name it, e.g. "duration".
  let typeName: String
  /// The `$defs` entries `schema` refers to, the nested ones included.
  var definitions: [SchemaDefinition] = []
  /// The declared objects a value is or holds (for the key tables).
  var objects: [ObjectFormat] = []
  /// How the decoder reads a value; nil when the decoder must supply the parser.
  let parse: Parser?

  /// The kind of a value defined once in `$defs` as `name`.
  static func defined(
    _ name: String, _ schema: @autoclosure @escaping @Sendable () -> JSONNode, typeName: String,
    nested: [SchemaDefinition] = [], parse: Parser?
  ) -> ValueKind {
    ValueKind(
      schema: .reference(name), typeName: typeName,
      definitions: [SchemaDefinition(name: name, schema: schema())] + nested, parse: parse)
  }

  /// The same values read another way (e.g. a count of agents made into a roster).
  func map<Other>(_ transform: @escaping @Sendable (Value) -> Other) -> ValueKind<Other> {
    var mapped: ValueKind<Other>.Parser?
    if let parse {
      mapped = { node, path, diagnostics in parse(node, path, diagnostics).map(transform) }
    }
    return ValueKind<Other>(
      schema: schema, typeName: typeName, definitions: definitions, objects: objects,
      parse: mapped)
  }

  /// The same values, with a rule checked after reading (`check` reports and returns nil).
  func checked(
    _ check: @escaping @Sendable (Value, JSONNode, JSONPath, Diagnostics) -> Value?
  ) -> ValueKind {
    var checked: Parser?
    if let parse {
      checked = { node, path, diagnostics in
        parse(node, path, diagnostics).flatMap { check($0, node, path, diagnostics) }
      }
    }
    return ValueKind(
      schema: schema, typeName: typeName, definitions: definitions, objects: objects,
      parse: checked)
  }

  /// The same kind with the decoder's parser: for reading a field whose kind has none.
  func reading(with parse: @escaping Parser) -> ValueKind {
    ValueKind(
      schema: schema, typeName: typeName, definitions: definitions, objects: objects,
      parse: parse)
  }
}

extension ValueKind {
  /// A list of values of `element`'s kind; `nonEmpty` refuses `[]`.
  static func array<Element>(of element: ValueKind<Element>, nonEmpty: Bool = false)
    -> ValueKind<[Element]> where Value == [Element]
  {
    var schema: [(String, JSONNode)] = [("type", .string("array")), ("items", element.schema)]
    if nonEmpty { schema.append(("minItems", .number(1))) }
    return ValueKind<[Element]>(
      schema: .object(schema),
      typeName: (nonEmpty ? "non-empty list of " : "list of ") + element.typeName,
      definitions: element.definitions, objects: element.objects,
      parse: element.parse.map { parse -> ValueKind<[Element]>.Parser in
        { node, path, diagnostics in
          Parse.array(nonEmpty: nonEmpty, parse)(node, path, diagnostics)
        }
      })
  }

  /// An object whose keys are those of `format`, read by the decoder.
  static func object(_ format: ObjectFormat) -> ValueKind {
    ValueKind(
      schema: .reference(format.name), typeName: format.typeName,
      definitions: [SchemaDefinition(name: format.name, schema: format.schema)]
        + format.definitions,
      objects: [format], parse: nil)
  }

  /// A name the scenario declares elsewhere (a call type, a team), resolved by the decoder.
  static func reference(to kind: String) -> ValueKind {
    ValueKind(
      schema: .reference("name"), typeName: "\(kind) id",
      definitions: ValueKind<String>.name.definitions, parse: nil)
  }

  /// One of the strings `cases` lists, each standing for a value.
  static func oneOf(_ cases: [(String, Value)], typeName: String) -> ValueKind
  where Value: Sendable {
    let names = cases.map(\.0)
    return ValueKind(
      schema: .object([("enum", .array(names.map(JSONNode.string)))]), typeName: typeName,
      parse: { node, path, diagnostics in
        guard let text = Parse.string(node, path, diagnostics) else { return nil }
        guard let match = cases.first(where: { $0.0 == text }) else {
          diagnostics.invalid(
            node, at: path,
            "\"\(VisibleText.prefix(text))\" is not one of the allowed values"
              + ObjectReader.hint(for: text, among: names))
          return nil
        }
        return match.1
      })
  }
}

/// A named schema in the schema document's `$defs`, built only when asked for: only
/// `ccsim schema` and the doc tables need it, so reading a scenario never pays for it.
struct SchemaDefinition: Sendable {
  let name: String
  private let build: @Sendable () -> JSONNode

  init(name: String, schema: @autoclosure @escaping @Sendable () -> JSONNode) {
    self.name = name
    self.build = schema
  }

  var schema: JSONNode { build() }
}

extension ValueKind {
  /// The same kind, called `typeName` in the key tables (e.g. a list by its plural).
  func called(_ typeName: String) -> ValueKind {
    ValueKind(
      schema: schema, typeName: typeName, definitions: definitions, objects: objects,
      parse: parse)
  }
}
