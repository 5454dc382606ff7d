/// Strings of the JSON parser: RFC 8259 strings with their escapes, and the errors they can have.
extension JSONReader {
  /// Reads the string whose opening quote is at `index`.
  mutating func string(at location: SourceLocation) throws(JSONSyntaxError) -> String {
    index += 1
    var runStart = index
    var escaped = false
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        let text: String
        if escaped {
          scratch.append(contentsOf: bytes[runStart..<index])
          text = String(decoding: scratch, as: UTF8.self)
        } else {
          text = String(decoding: bytes[runStart..<index], as: UTF8.self)
        }
        index += 1
        return text
      case UInt8(ascii: "\\"):
        if !escaped {
          escaped = true
          scratch.removeAll(keepingCapacity: true)
        }
        scratch.append(contentsOf: bytes[runStart..<index])
        try escape(inStringAt: location)
        runStart = index
      case 0x0A, 0x0D:
        throw error(
          "unterminated string: line break before the closing '\"'"
            + " (write \\n for a line break inside a string)", at: index)
      case 0x00..<0x20:
        throw error(
          "control character \(Self.codePoint(UInt32(byte))) in a string must be escaped",
          at: index)
      case 0x20..<0x80:
        index += 1
      default:
        guard let length = sequenceLength(at: index) else {
          throw error(
            "invalid UTF-8 in a string (bad byte sequence starting with \(Self.hex(byte)))",
            at: index)
        }
        index += length
      }
    }
    throw unterminatedString(at: location)
  }

  /// Decodes the escape whose backslash is at `index` into `scratch`.
  mutating func escape(inStringAt location: SourceLocation) throws(JSONSyntaxError) {
    let backslash = index
    index += 1
    guard index < bytes.count else { throw unterminatedString(at: location) }
    let simple: UInt8
    switch bytes[index] {
    case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
    case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
    case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"):
      index += 1
      try unicodeEscape(from: backslash, inStringAt: location)
      return
    default:
      let byte = bytes[index]
      let what =
        (0x21..<0x7F).contains(byte)
        ? "'\\\(Character(Unicode.Scalar(byte)))'" : "'\\' followed by \(describe(at: index))"
      throw error(
        "invalid escape \(what) (valid escapes: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
        at: backslash)
    }
    scratch.append(simple)
    index += 1
  }

  /// Decodes `\uXXXX` (with `index` after the `u`), pairing surrogates.
  mutating func unicodeEscape(
    from backslash: Int, inStringAt location: SourceLocation
  ) throws(JSONSyntaxError) {
    let unit = try hexQuad(escapeAt: backslash, inStringAt: location)
    var scalar = unit
    switch unit {
    case 0xD800...0xDBFF:
      let second = index
      let isEscape =
        second + 1 < bytes.count && bytes[second] == UInt8(ascii: "\\")
        && bytes[second + 1] == UInt8(ascii: "u")
      var low: UInt32 = 0
      if isEscape {
        index += 2
        low = try hexQuad(escapeAt: second, inStringAt: location)
      }
      guard (0xDC00...0xDFFF).contains(low) else {
        throw error(
          "lone surrogate \\u\(Self.hex4(unit)) in a string: a high surrogate must be followed by"
            + " a low surrogate escape \\uDC00-\\uDFFF", at: backslash)
      }
      scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
    case 0xDC00...0xDFFF:
      throw error(
        "lone surrogate \\u\(Self.hex4(unit)) in a string: a low surrogate must follow a high"
          + " surrogate escape \\uD800-\\uDBFF", at: backslash)
    default:
      break
    }
    // `scalar` is a valid scalar value here: not a surrogate, at most 0x10FFFF.
    switch scalar {
    case 0..<0x80:
      scratch.append(UInt8(scalar))
    case 0x80..<0x800:
      scratch.append(UInt8(0xC0 | (scalar >> 6)))
      scratch.append(UInt8(0x80 | (scalar & 0x3F)))
    case 0x800..<0x10000:
      scratch.append(UInt8(0xE0 | (scalar >> 12)))
      scratch.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      scratch.append(UInt8(0x80 | (scalar & 0x3F)))
    default:
      scratch.append(UInt8(0xF0 | ((scalar >> 18) & 0x07)))
      scratch.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
      scratch.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      scratch.append(UInt8(0x80 | (scalar & 0x3F)))
    }
  }

  /// Reads the four hex digits of a `\u` escape at `index`.
  mutating func hexQuad(
    escapeAt backslash: Int, inStringAt location: SourceLocation
  ) throws(JSONSyntaxError) -> UInt32 {
    var unit: UInt32 = 0
    for _ in 0..<4 {
      guard index < bytes.count else { throw unterminatedString(at: location) }
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default:
        throw error("invalid \\u escape: expected 4 hexadecimal digits after \\u", at: backslash)
      }
      unit = unit << 4 | UInt32(digit)
      index += 1
    }
    return unit
  }

  mutating func unterminatedString(at location: SourceLocation) -> JSONSyntaxError {
    error(
      "unexpected end of file: unterminated string (the '\"' at \(location) is never closed)",
      at: bytes.count)
  }
}
