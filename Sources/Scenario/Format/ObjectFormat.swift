/// An object of the format, declared once: its keys (`Field`s) and the rules between them that
/// a schema can state (`constraints`, e.g. "agents or shifts, not both"). From it come the
/// decoder's unknown-key check, the object's schema in `ccsim schema`, and its key table in
/// docs/scenario-format.md (between `<!-- keys: NAME -->` and `<!-- end keys -->`).
struct ObjectFormat: Sendable {
  /// The object's name in `$defs` and in the doc's table markers, e.g. "team".
  let name: String
  /// What a key holding this object is called in a key table's type column.
  let typeName: String
  /// One sentence on what the object is (its schema's description).
  let summary: String
  let fields: [any FieldDeclaration]
  /// Further schema keywords of the object (`oneOf`, `not`, `dependentRequired`, …).
  var constraints: [(String, JSONNode)] = []

  init(
    _ name: String, typeName: String = "object", summary: String,
    fields: [any FieldDeclaration], constraints: [(String, JSONNode)] = []
  ) {
    self.name = name
    self.typeName = typeName
    self.summary = summary
    self.fields = fields
    self.constraints = constraints
  }

  /// The keys the object may have, in declaration order.
  var keys: [String] { fields.map(\.key) }

  /// The object's schema: every key, the required ones, no others.
  var schema: JSONNode {
    var members: [(String, JSONNode)] = [
      ("description", .string(Markdown.plain(summary))), ("type", .string("object")),
      ("properties", .object(fields.map { ($0.key, $0.propertySchema) })),
    ]
    let required = fields.filter {
      if case .required = $0.presence { return true }
      return false
    }
    if !required.isEmpty {
      members.append(("required", .array(required.map { .string($0.key) })))
    }
    members.append(("additionalProperties", .boolean(false)))
    return .object(members + constraints)
  }

  /// The `$defs` entries the keys' schemas refer to.
  var definitions: [SchemaDefinition] { fields.flatMap(\.definitions) }

  /// The key table of docs/scenario-format.md.
  var table: String {
    (["| key | type | default | meaning |", "|---|---|---|---|"] + fields.map(\.tableRow))
      .joined(separator: "\n")
  }
}
