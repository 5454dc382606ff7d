import SimKernel

/// The fields of every CSV file ccsim writes (RFC 4180: a field holding a comma, a quote or a
/// line break is quoted, its quotes doubled).
enum CSVField {
  /// A field of ccsim's own text — a column name, an outcome, a state, `true` — quoted if need be.
  static func escape(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    var quoted = "\""
    for character in field {
      if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
    }
    return quoted + "\""
  }

  /// A field holding text from a scenario or sweep file — an id, a name, a staff number, a
  /// reason, an area prefix, alone or after ccsim's own `queue:` — safe to open in a
  /// spreadsheet (`neutralised`), then quoted if need be.
  static func text(_ field: String) -> String { escape(neutralised(field)) }

  /// The characters that start a formula in a spreadsheet, or hide one after them (OWASP's
  /// advice on CSV injection).
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

  /// `field`, from a scenario or sweep file, as a spreadsheet must read it — as text: a leading
  /// `'` when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return (`'=SUM(A1)`, which
  /// spreadsheets show as `=SUM(A1)` without running it), and every control character written
  /// visibly (`VisibleText`: ESC as `\u{1B}`, NUL as `\u{0}`). Numbers ccsim prints are never
  /// neutralised: `-3.5` stays a number.
  static func neutralised(_ field: String) -> String {
    let leading = field.first.map { formulaStarts.contains($0) } ?? false
    return (leading ? "'" : "") + VisibleText.escaped(field)
  }

  /// A number as the JSON writes it; empty for none.
  static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return JSONOutput.format(value)
  }
}
