/// A whole JSON Schema (draft 2020-12) document made from the format's declarations: the root
/// object's keys, and every object and value type they refer to in `$defs`, each once.
struct SchemaDocument {
  let title: String
  let root: ObjectFormat

  /// The schema as JSON text, ending with a newline.
  var text: String { node.text + "\n" }

  var node: JSONNode {
    var definitions: [(String, JSONNode)] = []
    var seen: Set<String> = []
    for definition in root.definitions where seen.insert(definition.name).inserted {
      definitions.append((definition.name, definition.schema))
    }
    return .object(
      [
        ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
        ("title", .string(title)),
      ] + root.schema.schemaMembers + [("$defs", .object(definitions))])
  }
}
