/// Text from outside — a scenario's names, a path, a field of a forecast — made safe to show:
/// every control character written as a visible escape, `\u{1B}` for ESC, so that nothing a file
/// holds can drive a terminal, forge a line of output or reorder what a reader sees.
public enum VisibleText {
  /// Whether `scalar` is a control character that must not reach a terminal or a CSV raw: the C0
  /// controls (U+0000–U+001F, tab and line feed included), DEL (U+007F), the C1 controls
  /// (U+0080–U+009F: U+009B is CSI to some terminals), the line and paragraph separators
  /// (U+2028, U+2029) and the bidirectional formatting characters that reorder text on screen
  /// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// Whether `text` holds a control character (`isControl`).
  public static func containsControl(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: isControl)
  }

  /// `text` with each control character written as `\u{` its code in hexadecimal `}` (ESC as
  /// `\u{1B}`, NUL as `\u{0}`); line feeds kept when `keepingLineBreaks` (a message of several
  /// lines). Other characters, backslashes included, are left as they are.
  ///
  /// - Complexity: O(*n*); `text` itself, unchanged, when it holds no control character.
  public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
    let escapes = { (scalar: Unicode.Scalar) in
      isControl(scalar) && !(keepingLineBreaks && scalar == "\n")
    }
    guard text.unicodeScalars.contains(where: escapes) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if escapes(scalar) {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `text` escaped (`escaped`) and cut to its first `limit` characters, with "…" when cut: a
  /// value quoted in a message, however long the file made it.
  public static func prefix(_ text: String, _ limit: Int = 40) -> String {
    guard text.count > limit else { return escaped(text) }
    return escaped(String(text.prefix(limit))) + "…"
  }

  /// The code of `scalar` as Unicode writes it: `U+001B`.
  public static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
