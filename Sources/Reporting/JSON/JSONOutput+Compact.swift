extension JSONOutput {
  /// The document on one line, without spaces: for data embedded in the HTML report, where
  /// the indented form would multiply the size of long arrays of numbers.
  func compact() -> String {
    var text = ""
    writeCompact(to: &text)
    return text
  }

  private func writeCompact(to text: inout String) {
    switch self {
    case .null: text += "null"
    case .bool(let value): text += value ? "true" : "false"
    case .int(let value): text += String(value)
    case .double(let value): text += Self.format(value)
    case .string(let value): Self.quote(value, into: &text)
    case .array(let elements):
      text += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { text += "," }
        element.writeCompact(to: &text)
      }
      text += "]"
    case .object(let members):
      text += "{"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { text += "," }
        Self.quote(key, into: &text)
        text += ":"
        value.writeCompact(to: &text)
      }
      text += "}"
    }
  }
}
