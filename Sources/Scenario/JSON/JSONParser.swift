/// A strict RFC 8259 JSON parser that records where every value starts.
///
/// It works on raw UTF-8 bytes in one pass and never traps on bad input: every problem becomes a
/// `JSONSyntaxError` naming the line and column (columns count Unicode scalars) and saying what
/// is wrong in words meant for the person who wrote the file.
///
/// Beyond the grammar it rejects: duplicate keys in one object (keys are compared as Swift
/// strings, so canonically equivalent spellings count as duplicates), numbers whose value does
/// not fit in a `Double`, lone UTF-16 surrogates in `\u` escapes, invalid UTF-8, and nesting
/// deeper than `maximumDepth`. A UTF-8 byte-order mark at the very start is skipped.
public enum JSONParser {
  /// The deepest nesting of arrays and objects accepted; deeper documents are rejected
  /// (instead of risking a stack overflow).
  public static let maximumDepth = 256

  /// Parses one JSON document (a single value, with optional whitespace around it).
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    var reader = JSONReader(bytes)
    return try reader.document()
  }

  /// Parses the UTF-8 encoding of `text`.
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
    try parse(Array(text.utf8))
  }
}

/// The parser's state: the bytes, the read position and what is needed for locations.
struct JSONReader {
  let bytes: [UInt8]
  /// The length of a skipped byte-order mark (0 or 3).
  let start: Int
  var index: Int
  /// The current line number and the byte offset where it starts. Line breaks can only occur in
  /// whitespace (raw ones inside strings are errors), so `skipWhitespace` keeps these current.
  var line = 1
  var lineStart: Int
  /// The column of `columnIndex` on the current line, to count columns incrementally.
  var columnIndex: Int
  var column = 1
  /// The arrays and objects being read, innermost last: the opening byte and its location.
  var open: [(bracket: UInt8, location: SourceLocation)] = []
  /// Reused buffer for strings with escapes.
  var scratch: [UInt8] = []

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    index = start
    lineStart = start
    columnIndex = start
  }

  // MARK: - Document and values

  mutating func document() throws(JSONSyntaxError) -> JSONNode {
    if start == 0, bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
      throw error("the file looks like UTF-16 text; JSON must be UTF-8", at: 0)
    }
    skipWhitespace()
    let root = try value()
    skipWhitespace()
    if index < bytes.count {
      var message = "trailing characters after the JSON value: found \(describe(at: index))"
      if bytes[index] == UInt8(ascii: ",") || startsValue(bytes[index]) {
        message += " (a document holds exactly one value; wrap several in an array)"
      }
      throw error(message, at: index)
    }
    return root
  }

  /// Reads the value starting at `index` (whitespace already skipped).
  mutating func value() throws(JSONSyntaxError) -> JSONNode {
    guard index < bytes.count else { throw endOfFile() }
    let location = location(of: index)
    let value: JSONValue
    switch bytes[index] {
    case UInt8(ascii: "{"): value = try object(at: location)
    case UInt8(ascii: "["): value = .array(try array(at: location))
    case UInt8(ascii: "\""): value = .string(try string(at: location))
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      value = .number(try number(at: location))
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
      value = try literal(at: location)
    default: throw error(unexpectedValueMessage(), at: location)
    }
    return JSONNode(value: value, location: location)
  }

  mutating func array(at location: SourceLocation) throws(JSONSyntaxError) -> [JSONNode] {
    try enter(UInt8(ascii: "["), at: location)
    index += 1
    var elements: [JSONNode] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      leave()
      return elements
    }
    while true {
      do {
        elements.append(try value())
      } catch {
        throw error.inside(index: elements.count)
      }
      if try closes(UInt8(ascii: "]"), after: "an array element") { return elements }
    }
  }

  /// After an element: consumes a ',' and returns false, or the closing bracket and returns
  /// true. A comma right before the bracket is an error, and so is anything else.
  mutating func closes(_ closing: UInt8, after element: String) throws(JSONSyntaxError) -> Bool {
    skipWhitespace()
    guard index < bytes.count else { throw endOfFile() }
    let bracket = Character(Unicode.Scalar(closing))
    switch bytes[index] {
    case UInt8(ascii: ","):
      let comma = index
      index += 1
      skipWhitespace()
      if index < bytes.count, bytes[index] == closing {
        throw error("trailing comma before '\(bracket)'", at: comma)
      }
      return false
    case closing:
      index += 1
      leave()
      return true
    default:
      // In an object, a missing comma shows as the next key's quote.
      let missingComma = closing == UInt8(ascii: "]") || bytes[index] == UInt8(ascii: "\"")
      throw error(
        afterElementMessage(
          "expected ',' or '\(bracket)' after \(element)", missingComma: missingComma),
        at: index)
    }
  }

  mutating func object(at location: SourceLocation) throws(JSONSyntaxError) -> JSONValue {
    try enter(UInt8(ascii: "{"), at: location)
    index += 1
    var members: [JSONMember] = []
    var seen: [String: SourceLocation] = [:]
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      leave()
      return .object(members)
    }
    while true {
      guard index < bytes.count else { throw endOfFile() }
      guard bytes[index] == UInt8(ascii: "\"") else {
        throw error(unexpectedKeyMessage(), at: index)
      }
      let keyLocation = self.location(of: index)
      let key = try string(at: keyLocation)
      if let first = seen.updateValue(keyLocation, forKey: key) {
        throw JSONSyntaxError(
          location: keyLocation, message: "duplicate key \(quoted(key)) (first at \(first))")
      }
      skipWhitespace()
      guard index < bytes.count else { throw endOfFile() }
      guard bytes[index] == UInt8(ascii: ":") else {
        throw error(
          "expected ':' after the key \(quoted(key)), found \(describe(at: index))", at: index)
      }
      index += 1
      skipWhitespace()
      let value: JSONNode
      do {
        value = try self.value()
      } catch {
        throw error.inside(key: key)
      }
      members.append(JSONMember(key: key, keyLocation: keyLocation, value: value))
      if try closes(UInt8(ascii: "}"), after: "an object member") { return .object(members) }
    }
  }

  mutating func enter(_ bracket: UInt8, at location: SourceLocation) throws(JSONSyntaxError) {
    guard open.count < JSONParser.maximumDepth else {
      throw JSONSyntaxError(
        location: location,
        message:
          "nesting too deep: more than \(JSONParser.maximumDepth) levels of arrays and objects"
      )
    }
    open.append((bracket, location))
  }

  mutating func leave() {
    _ = open.popLast()
  }

  // MARK: - Numbers and literals

  /// Reads the number starting at `index` (a '-' or a digit), following RFC 8259's grammar.
  mutating func number(at location: SourceLocation) throws(JSONSyntaxError) -> JSONNumber {
    let first = index
    if bytes[index] == UInt8(ascii: "-") {
      index += 1
      if index < bytes.count, Self.isLetter(bytes[index]) {
        let word = self.word()
        if word == "Infinity" {
          throw JSONSyntaxError(
            location: location, message: "-Infinity is not a JSON number (numbers must be finite)")
        }
      }
    }
    guard index < bytes.count, Self.isDigit(bytes[index]) else {
      throw error("expected a digit after '-'", at: min(first + 1, bytes.count))
    }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if index < bytes.count, Self.isDigit(bytes[index]) {
        throw JSONSyntaxError(
          location: location, message: "leading zeros are not allowed in numbers")
      }
    } else {
      skipDigits()
    }
    var isInteger = true
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard index < bytes.count, Self.isDigit(bytes[index]) else {
        throw error("expected a digit after the decimal point", at: index)
      }
      skipDigits()
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      isInteger = false
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard index < bytes.count, Self.isDigit(bytes[index]) else {
        throw error("expected a digit in the exponent", at: index)
      }
      skipDigits()
    }
    let text = String(decoding: bytes[first..<index], as: UTF8.self)
    guard let double = Double(text), double.isFinite else {
      let shown = text.count > 24 ? text.prefix(20) + "..." : Substring(text)
      var error = JSONSyntaxError(
        location: location,
        message: "number too large: \(shown) is beyond the range of a 64-bit floating-point number"
      )
      error.locatesValue = true
      throw error
    }
    return JSONNumber(text: text, double: double, isInteger: isInteger)
  }

  mutating func skipDigits() {
    while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
  }

  /// Reads `true`, `false` or `null` at `index` (an ASCII letter), explaining near misses.
  mutating func literal(at location: SourceLocation) throws(JSONSyntaxError) -> JSONValue {
    let word = self.word()
    switch word {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "null": return .null
    default: break
    }
    let shown = word.count > 24 ? word.prefix(20) + "..." : Substring(word)
    let message: String
    switch word.lowercased() {
    case "nan", "infinity", "inf":
      message = "\(shown) is not a JSON number (numbers must be finite)"
    case "true", "false", "null":
      message = "invalid literal '\(shown)' (JSON literals are lowercase: true, false, null)"
    case let lower where ["true", "false", "null"].contains { $0.hasPrefix(lower) }:
      message = "invalid literal '\(shown)' (expected true, false or null)"
    default:
      message = "unexpected word '\(shown)', expected a value (strings need double quotes)"
    }
    throw JSONSyntaxError(location: location, message: message)
  }

  /// Reads the run of ASCII letters and digits at `index`.
  mutating func word() -> String {
    let first = index
    while index < bytes.count, Self.isLetter(bytes[index]) || Self.isDigit(bytes[index]) {
      index += 1
    }
    return String(decoding: bytes[first..<index], as: UTF8.self)
  }

  // MARK: - Whitespace and locations

  /// Skips JSON whitespace (space, tab, LF, CR), keeping track of lines.
  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09:
        index += 1
      case 0x0A:
        index += 1
        startLine()
      case 0x0D:
        index += 1
        if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        startLine()
      default:
        return
      }
    }
  }

  mutating func startLine() {
    line += 1
    lineStart = index
    columnIndex = index
    column = 1
  }

  /// The location of the byte at `position` (which may be `bytes.count`, the end of the file).
  mutating func location(of position: Int) -> SourceLocation {
    let position = min(max(position, start), bytes.count)
    guard position >= lineStart else { return Self.location(of: position, in: bytes, from: start) }
    if position < columnIndex {
      columnIndex = lineStart
      column = 1
    }
    while columnIndex < position {
      if bytes[columnIndex] & 0xC0 != 0x80 { column += 1 }
      columnIndex += 1
    }
    return SourceLocation(line: line, column: column)
  }

  /// The location of `position` found by scanning from `start` (used only for errors before the
  /// current line, such as a trailing comma followed by a line break).
  static func location(of position: Int, in bytes: [UInt8], from start: Int) -> SourceLocation {
    var line = 1
    var column = 1
    var index = start
    while index < position {
      let byte = bytes[index]
      index += 1
      if byte == 0x0A || byte == 0x0D {
        if byte == 0x0D, index < position, bytes[index] == 0x0A { index += 1 }
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourceLocation(line: line, column: column)
  }

  // MARK: - Errors

  mutating func error(_ message: String, at position: Int) -> JSONSyntaxError {
    JSONSyntaxError(location: location(of: position), message: message)
  }

  func error(_ message: String, at location: SourceLocation) -> JSONSyntaxError {
    JSONSyntaxError(location: location, message: message)
  }

  /// The end of the file where more was needed, naming the innermost unclosed bracket.
  mutating func endOfFile() -> JSONSyntaxError {
    guard let innermost = open.last else {
      return error("unexpected end of file, expected a JSON value", at: bytes.count)
    }
    let isArray = innermost.bracket == UInt8(ascii: "[")
    let (kind, bracket) = isArray ? ("array", "[") : ("object", "{")
    return error(
      "unexpected end of file: unterminated \(kind) (the '\(bracket)' at \(innermost.location)"
        + " is never closed)", at: bytes.count)
  }

  /// Why the byte at `index` cannot start a value.
  func unexpectedValueMessage() -> String {
    switch bytes[index] {
    case UInt8(ascii: "'"): return "strings must use double quotes, not single quotes"
    case UInt8(ascii: "/"), UInt8(ascii: "#"): return "comments are not allowed in JSON"
    case UInt8(ascii: "+"): return "numbers must not start with '+'"
    case UInt8(ascii: "."): return "numbers must start with a digit (write 0.5, not .5)"
    default: break
    }
    if let quote = curlyQuote(at: index) {
      return "curly quote '\(quote)' is not valid JSON; use straight double quotes '\"'"
    }
    if bytes[index] >= 0x80, sequenceLength(at: index) == nil {
      return "invalid UTF-8 byte \(Self.hex(bytes[index]))"
    }
    return "unexpected \(describe(at: index)), expected a value"
  }

  /// `expected` with a hint when the byte at `index` suggests a comment or a missing comma.
  func afterElementMessage(_ expected: String, missingComma: Bool) -> String {
    let byte = bytes[index]
    if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "#") {
      return "comments are not allowed in JSON"
    }
    if missingComma && startsValue(byte) { return expected + " (is a ',' missing?)" }
    return expected + ", found \(describe(at: index))"
  }

  /// Why the byte at `index` cannot start an object key.
  func unexpectedKeyMessage() -> String {
    let byte = bytes[index]
    if byte == UInt8(ascii: "'") {
      return "object keys must use double quotes, not single quotes"
    }
    if Self.isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") {
      return "object keys must be strings in double quotes"
    }
    if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "#") {
      return "comments are not allowed in JSON"
    }
    if let quote = curlyQuote(at: index) {
      return "curly quote '\(quote)' is not valid JSON; use straight double quotes '\"'"
    }
    return "expected a string key in double quotes, found \(describe(at: index))"
  }

  /// The curly quotation mark (U+2018, U+2019, U+201C or U+201D) at `position`, if any.
  func curlyQuote(at position: Int) -> String? {
    guard position + 2 < bytes.count, bytes[position] == 0xE2, bytes[position + 1] == 0x80
    else { return nil }
    return [0x98, 0x99, 0x9C, 0x9D].contains(bytes[position + 2])
      ? String(decoding: bytes[position..<position + 3], as: UTF8.self) : nil
  }

  /// The character at `position` for a message, e.g. `'x'`, `U+0000` or `byte 0xFF`.
  func describe(at position: Int) -> String {
    guard position < bytes.count else { return "the end of the file" }
    let byte = bytes[position]
    switch byte {
    case 0x20..<0x7F: return "'\(Character(Unicode.Scalar(byte)))'"
    case 0..<0x80: return "control character \(Self.codePoint(UInt32(byte)))"
    default:
      guard let length = sequenceLength(at: position) else {
        return "invalid UTF-8 byte \(Self.hex(byte))"
      }
      let text = String(decoding: bytes[position..<position + length], as: UTF8.self)
      let scalar = text.unicodeScalars.first.map { Self.codePoint($0.value) } ?? ""
      return "'\(text)' (\(scalar))"
    }
  }

  /// The length of the well-formed UTF-8 sequence at `position`, or nil (Unicode table 3-7:
  /// no overlong forms, no surrogates, nothing above U+10FFFF).
  func sequenceLength(at position: Int) -> Int? {
    func continues(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      position + offset < bytes.count && range.contains(bytes[position + offset])
    }
    switch bytes[position] {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: return continues(1) ? 2 : nil
    case 0xE0: return continues(1, 0xA0...0xBF) && continues(2) ? 3 : nil
    case 0xE1...0xEC, 0xEE...0xEF: return continues(1) && continues(2) ? 3 : nil
    case 0xED: return continues(1, 0x80...0x9F) && continues(2) ? 3 : nil
    case 0xF0: return continues(1, 0x90...0xBF) && continues(2) && continues(3) ? 4 : nil
    case 0xF1...0xF3: return continues(1) && continues(2) && continues(3) ? 4 : nil
    case 0xF4: return continues(1, 0x80...0x8F) && continues(2) && continues(3) ? 4 : nil
    default: return nil
    }
  }

  /// Whether `byte` could begin a JSON value (for "missing comma" hints).
  func startsValue(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "\"")
      || byte == UInt8(ascii: "-") || Self.isDigit(byte) || Self.isLetter(byte)
  }

  /// `text` in double quotes with quotes, backslashes and control characters escaped.
  func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\u{0}"..."\u{1F}", "\u{7F}": result += "\\u\(Self.hex4(scalar.value))"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }

  /// "0xFF".
  static func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return "0x" + (digits.count < 2 ? "0" + digits : digits)
  }

  /// Four or more uppercase hex digits, e.g. "00E9".
  static func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// "U+00E9".
  static func codePoint(_ value: UInt32) -> String { "U+" + hex4(value) }
}
