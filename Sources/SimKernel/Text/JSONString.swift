/// JSON string literals, for every module that writes JSON (the scenario writer, the reports).
public enum JSONString {
  /// Appends `string` to `text` as a JSON string literal: quotes, backslashes and control
  /// characters escaped — those JSON requires (below U+0020) and the rest of
  /// `VisibleText.isControl` (DEL, C1, bidirectional formatting), so that JSON printed on a
  /// terminal cannot drive it — everything else as it is. The JSON means exactly the same
  /// string either way.
  public static func append(_ string: String, to text: inout String) {
    text += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      case _ where VisibleText.isControl(scalar):
        let hex = String(scalar.value, radix: 16)
        text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: text.unicodeScalars.append(scalar)
      }
    }
    text += "\""
  }

  /// `string` as a JSON string literal.
  public static func quoted(_ string: String) -> String {
    var text = ""
    append(string, to: &text)
    return text
  }
}
