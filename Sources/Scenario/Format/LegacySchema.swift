/// The hand-written schema of the sections not yet declared as `ObjectFormat`s, while they move
/// over one by one: a key of such a section takes its schema from `ScenarioSchema.document`, and
/// the document keeps that schema's `$defs` (after the declared ones, which take precedence).
enum LegacySchema {
  static let document = JSONNode.schema(ScenarioSchema.document)

  /// The schema at `path` (keys through `properties` and `$defs`) of the hand-written document.
  static func schema(at path: [String]) -> JSONNode {
    var node = document
    for key in path {
      guard let next = node.schemaMembers.first(where: { $0.0 == key })?.1 else {
        preconditionFailure("the hand-written schema has no \(path.joined(separator: "."))")
      }
      node = next
    }
    return node
  }

  /// A key of a section not yet declared: its hand-written schema, read by the decoder.
  static func kind(at path: [String], typeName: String) -> ValueKind<JSONNode> {
    ValueKind(schema: schema(at: path), typeName: typeName, parse: nil)
  }

  /// The hand-written `$defs`, which `SchemaDocument` adds after the declared ones.
  static var definitions: [SchemaDefinition] {
    schema(at: ["$defs"]).schemaMembers.map { SchemaDefinition(name: $0.0, schema: $0.1) }
  }
}
