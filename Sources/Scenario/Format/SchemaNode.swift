/// Building JSON Schema documents as `JSONNode` trees, written by `JSONNode.text`: objects keep
/// the order their members are given in, so the schema reads in the order the format does.
extension JSONNode {
  /// A node built in code rather than read from a file: it has no place in a file.
  static let built = SourceLocation(line: 0, column: 0)

  static func object(_ members: [(String, JSONNode)]) -> JSONNode {
    JSONNode(
      value: .object(
        members.map { JSONMember(key: $0.0, keyLocation: built, value: $0.1) }),
      location: built)
  }

  static func array(_ elements: [JSONNode]) -> JSONNode {
    JSONNode(value: .array(elements), location: built)
  }

  static func string(_ text: String) -> JSONNode {
    JSONNode(value: .string(text), location: built)
  }

  static func boolean(_ value: Bool) -> JSONNode {
    JSONNode(value: .bool(value), location: built)
  }

  /// A number written as `text` (so that 18446744073709551615 stays exact).
  static func number(_ text: String) -> JSONNode {
    JSONNode(
      value: .number(
        JSONNumber(
          text: text, double: Double(text) ?? 0,
          isInteger: !text.contains(".") && !text.contains("e") && !text.contains("E"))),
      location: built)
  }

  static func number(_ value: Int) -> JSONNode { number(String(value)) }

  static func number(_ value: Double) -> JSONNode {
    value == value.rounded() && abs(value) < 1e15
      ? number(String(Int64(value))) : number(String(value))
  }

  /// `{"$ref": "#/$defs/NAME"}`.
  static func reference(_ name: String) -> JSONNode {
    object([("$ref", string("#/$defs/\(name)"))])
  }

  /// The members of an object node (none for any other node).
  var schemaMembers: [(String, JSONNode)] {
    guard case .object(let members) = value else { return [] }
    return members.map { ($0.key, $0.value) }
  }

  /// This object with `members` put first, replacing any of the same key.
  func prefixed(with members: [(String, JSONNode)]) -> JSONNode {
    let keys = Set(members.map(\.0))
    return .object(members + schemaMembers.filter { !keys.contains($0.0) })
  }
}
