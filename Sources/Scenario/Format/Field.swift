/// Whether a key must be given, and what leaving it out means.
enum Presence: Sendable {
  case required
  /// Left out, the key has this value, written as JSON (e.g. `"15s"`, `0.8`, `[]`).
  case defaulted(String)
  /// Left out, the key means what the text says ("the scenario's file name", "none").
  case optional(String)
}

/// A key of the format, type-erased: what an object's schema and key table need of it.
protocol FieldDeclaration: Sendable {
  var key: String { get }
  var presence: Presence { get }
  /// The key's schema: its value's, with the key's description and default.
  var propertySchema: JSONNode { get }
  /// The `$defs` entries the schema refers to.
  var definitions: [SchemaDefinition] { get }
  /// The key's row in the format's key table: key, type, default, meaning.
  var tableRow: String { get }
  /// The declared objects the key's value is or holds.
  var objects: [ObjectFormat] { get }
}

/// One key of an object of the format, declared once: its kind (type and range, the rule that
/// reads it), whether it may be left out and what that means, and a one-line summary (Markdown,
/// as the key tables show it). The decoder reads it (`ObjectReader.read`), `ccsim schema`
/// describes it, and docs/scenario-format.md lists it, all from this declaration.
struct Field<Value: Sendable>: FieldDeclaration {
  let key: String
  let kind: ValueKind<Value>
  let presence: Presence
  let summary: String
  /// The value when the key is left out, read from the `.defaulted` JSON with the kind's own
  /// parser; nil for the other presences and for kinds the decoder reads.
  let defaultValue: Value?

  init(_ key: String, _ kind: ValueKind<Value>, _ presence: Presence, _ summary: String) {
    self.key = key
    self.kind = kind
    self.presence = presence
    self.summary = summary
    defaultValue = Self.read(presence, with: kind)
  }

  private static func read(_ presence: Presence, with kind: ValueKind<Value>) -> Value? {
    guard case .defaulted(let text) = presence, let parse = kind.parse else { return nil }
    let diagnostics = Diagnostics(file: "the format")
    let value = parse(JSONNode.schema(text), .root, diagnostics)
    precondition(value != nil, "the default \(text) is not a valid value of its kind")
    return value
  }

  var propertySchema: JSONNode {
    var members: [(String, JSONNode)] = [("description", .string(Markdown.sentence(summary)))]
    if case .defaulted(let text) = presence { members.append(("default", .schema(text))) }
    return .object(members + kind.schema.schemaMembers.filter { $0.0 != "description" })
  }

  var definitions: [SchemaDefinition] { kind.definitions }

  var objects: [ObjectFormat] { kind.objects }

  var tableRow: String {
    let given: String
    switch presence {
    case .required: given = "**required**"
    case .defaulted(let text): given = "`\(text)`"
    case .optional(let text): given = text
    }
    return "| `\(key)` | \(kind.typeName) | \(given) | \(summary) |"
  }
}

/// Markdown as plain text, for schema descriptions that editors show as tooltips.
enum Markdown {
  /// A key table's summary as a sentence: plain, capitalised, ending with a full stop.
  static func sentence(_ text: String) -> String {
    let plain = plain(text)
    guard let first = plain.first else { return plain }
    let capitalised = first.uppercased() + plain.dropFirst()
    return capitalised.hasSuffix(".") ? capitalised : capitalised + "."
  }

  /// `text` with links reduced to their text: "[section 7](#7-lines)" becomes "section 7".
  static func plain(_ text: String) -> String {
    var result = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "[") {
      result += rest[..<open]
      let afterOpen = rest.index(after: open)
      guard let close = rest[afterOpen...].firstIndex(of: "]"),
        rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
        let end = rest[close...].firstIndex(of: ")")
      else {
        result += "["
        rest = rest[afterOpen...]
        continue
      }
      result += rest[afterOpen..<close]
      rest = rest[rest.index(after: end)...]
    }
    return result + rest
  }
}
