import SimKernel

extension JSONNode {
  /// The value as JSON text for people to read and edit: two spaces per level, and anything
  /// that fits within ``lineWidth`` columns — an object of a few keys, a list of numbers — kept
  /// on one line (a long list of numbers is wrapped, several to a line). Numbers are written
  /// exactly as they were read; the text ends without a newline.
  public var text: String {
    var text = ""
    write(to: &text, indent: 0, column: 0)
    return text
  }

  /// The widest line ``text`` writes when it can help it.
  public static let lineWidth = 100

  /// The value on one line, with a space after each comma and colon.
  var inlineText: String {
    switch value {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number(let number): return number.text
    case .string(let string): return Self.quoted(string)
    case .array(let elements): return "[" + elements.map(\.inlineText).joined(separator: ", ") + "]"
    case .object(let members):
      return "{"
        + members.map { Self.quoted($0.key) + ": " + $0.value.inlineText }.joined(separator: ", ")
        + "}"
    }
  }

  private func write(to text: inout String, indent: Int, column: Int) {
    let inline = inlineText
    if column + inline.count <= Self.lineWidth {
      text += inline
      return
    }
    let inner = String(repeating: " ", count: indent + 2)
    let closing = "\n" + String(repeating: " ", count: indent)
    switch value {
    case .array(let elements) where elements.allSatisfy(\.isScalar):
      text += "[\n" + inner
      var width = inner.count
      for (index, element) in elements.enumerated() {
        let item = element.inlineText + (index + 1 < elements.count ? "," : "")
        if width > inner.count && width + 1 + item.count > Self.lineWidth {
          text += "\n" + inner
          width = inner.count
        } else if width > inner.count {
          text += " "
          width += 1
        }
        text += item
        width += item.count
      }
      text += closing + "]"
    case .array(let elements):
      text += "["
      for (index, element) in elements.enumerated() {
        text += (index == 0 ? "\n" : ",\n") + inner
        element.write(to: &text, indent: indent + 2, column: inner.count)
      }
      text += closing + "]"
    case .object(let members):
      text += "{"
      for (index, member) in members.enumerated() {
        let key = Self.quoted(member.key) + ": "
        text += (index == 0 ? "\n" : ",\n") + inner + key
        member.value.write(to: &text, indent: indent + 2, column: inner.count + key.count)
      }
      text += closing + "}"
    default:
      text += inline  // a scalar longer than the line: nothing to break
    }
  }

  private var isScalar: Bool {
    switch value {
    case .array, .object: false
    default: true
    }
  }

  /// `string` as a JSON string literal.
  static func quoted(_ string: String) -> String { JSONString.quoted(string) }
}
