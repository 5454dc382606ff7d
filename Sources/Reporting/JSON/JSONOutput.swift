import SimKernel

/// A JSON document to write, with object keys in the order given, so that output is stable
/// byte for byte.
public indirect enum JSONOutput: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONOutput])
  case object([(String, JSONOutput)])

  /// A number, or null when there is none (an empty denominator) or it is not finite.
  public static func number(_ value: Double?) -> JSONOutput {
    guard let value, value.isFinite else { return .null }
    return .double(value)
  }

  public static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool {
    lhs.rendered() == rhs.rendered()
  }

  /// The document as text, indented by two spaces per level, ending without a newline.
  public func rendered() -> String {
    var text = ""
    write(to: &text, indent: 0)
    return text
  }

  private func write(to text: inout String, indent: Int) {
    switch self {
    case .null: text += "null"
    case .bool(let value): text += value ? "true" : "false"
    case .int(let value): text += String(value)
    case .double(let value): text += Self.format(value)
    case .string(let value): Self.quote(value, into: &text)
    case .array(let elements):
      guard !elements.isEmpty else {
        text += "[]"
        return
      }
      text += "["
      for (index, element) in elements.enumerated() {
        text += index == 0 ? "\n" : ",\n"
        text += String(repeating: "  ", count: indent + 1)
        element.write(to: &text, indent: indent + 1)
      }
      text += "\n" + String(repeating: "  ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        text += "{}"
        return
      }
      text += "{"
      for (index, (key, value)) in members.enumerated() {
        text += index == 0 ? "\n" : ",\n"
        text += String(repeating: "  ", count: indent + 1)
        Self.quote(key, into: &text)
        text += ": "
        value.write(to: &text, indent: indent + 1)
      }
      text += "\n" + String(repeating: "  ", count: indent) + "}"
    }
  }

  /// The shortest text that reads back as the same double; whole numbers without ".0".
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  static func quote(_ string: String, into text: inout String) {
    JSONString.append(string, to: &text)
  }
}
