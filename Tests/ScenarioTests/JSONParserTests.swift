import Testing

@testable import Scenario

// MARK: - Helpers

/// Renders a tree as compact canonical JSON, to compare structure without locations.
private func render(_ node: JSONNode) -> String {
  switch node.value {
  case .null: return "null"
  case .bool(let flag): return flag ? "true" : "false"
  case .number(let number): return number.text
  case .string(let text): return renderString(text)
  case .array(let elements): return "[" + elements.map(render).joined(separator: ",") + "]"
  case .object(let members):
    let parts = members.map { renderString($0.key) + ":" + render($0.value) }
    return "{" + parts.joined(separator: ",") + "}"
  }
}

private func renderString(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\u{0}"..."\u{1F}":
      let digits = String(scalar.value, radix: 16)
      result += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    default: result.unicodeScalars.append(scalar)
    }
  }
  return result + "\""
}

/// The error thrown for `bytes`, or nil if they parse.
private func syntaxError(_ bytes: [UInt8]) -> JSONSyntaxError? {
  do {
    _ = try JSONParser.parse(bytes)
    return nil
  } catch {
    return error
  }
}

private func member(_ node: JSONNode?, _ key: String) -> JSONMember? {
  guard case .object(let members)? = node?.value else { return nil }
  return members.first { $0.key == key }
}

private func element(_ node: JSONNode?, _ index: Int) -> JSONNode? {
  guard case .array(let elements)? = node?.value, elements.indices.contains(index) else {
    return nil
  }
  return elements[index]
}

// MARK: - Valid documents

struct JSONValidCase: Sendable, CustomTestStringConvertible {
  let json: String
  let rendered: String
  var testDescription: String { json.count > 40 ? String(json.prefix(40)) + "..." : json }

  init(_ json: String, _ rendered: String) {
    self.json = json
    self.rendered = rendered
  }
}

private let validCases: [JSONValidCase] = [
  JSONValidCase("null", "null"),
  JSONValidCase(" \t\r\n true \n", "true"),
  JSONValidCase("false", "false"),
  JSONValidCase("0", "0"),
  JSONValidCase("-0", "-0"),
  JSONValidCase("1e-3", "1e-3"),
  JSONValidCase("-12.5E+2", "-12.5E+2"),
  JSONValidCase("12345678901234567890", "12345678901234567890"),
  JSONValidCase("1e-400", "1e-400"),
  JSONValidCase(#""""#, #""""#),
  JSONValidCase("[]", "[]"),
  JSONValidCase("{}", "{}"),
  JSONValidCase("[ [ ], { } , [[1]] ]", "[[],{},[[1]]]"),
  JSONValidCase(
    #"{"a": {"b": [1, {"c": null}]}, "d": false}"#, #"{"a":{"b":[1,{"c":null}]},"d":false}"#),
  JSONValidCase(#""\"\\\/\b\f\n\r\t""#, #""\"\\/\u0008\u000c\u000a\u000d\u0009""#),
  JSONValidCase(#""caf\u00e9 \u00E9""#, #""café é""#),
  JSONValidCase(#""\ud83d\ude00 \uD834\uDD1E""#, #""😀 𝄞""#),
  JSONValidCase(#""\u0000""#, #""\u0000""#),
  JSONValidCase(#""日本語 ☎ 😀""#, #""日本語 ☎ 😀""#),
  JSONValidCase(#"{"é": "e\u0301"}"#, "{\"é\":\"e\u{301}\"}"),
  JSONValidCase("\u{FEFF}[1]", "[1]"),
  JSONValidCase("{\"a\":1,\"A\":2}", "{\"a\":1,\"A\":2}"),
  JSONValidCase(
    String(repeating: "[", count: 256) + String(repeating: "]", count: 256),
    String(repeating: "[", count: 256) + String(repeating: "]", count: 256)),
]

struct JSONNumberCase: Sendable, CustomTestStringConvertible {
  let text: String
  let double: Double
  let isInteger: Bool
  var testDescription: String { text }
}

private let numberCases: [JSONNumberCase] = [
  JSONNumberCase(text: "0", double: 0, isInteger: true),
  JSONNumberCase(text: "-0", double: -0.0, isInteger: true),
  JSONNumberCase(text: "1e-3", double: 0.001, isInteger: false),
  JSONNumberCase(text: "2.50", double: 2.5, isInteger: false),
  JSONNumberCase(text: "-7", double: -7, isInteger: true),
  JSONNumberCase(text: "1E2", double: 100, isInteger: false),
  JSONNumberCase(text: "12345678901234567890", double: 12_345_678_901_234_567_168, isInteger: true),
  JSONNumberCase(
    text: "1.7976931348623157e308", double: .greatestFiniteMagnitude, isInteger: false),
]

// MARK: - Invalid documents

struct JSONInvalidCase: Sendable, CustomTestStringConvertible {
  let name: String
  let bytes: [UInt8]
  let location: String
  let fragment: String
  var testDescription: String { name }

  init(_ name: String, _ text: String, _ location: String, _ fragment: String) {
    self.init(name, bytes: Array(text.utf8), location, fragment)
  }

  init(_ name: String, bytes: [UInt8], _ location: String, _ fragment: String) {
    self.name = name
    self.bytes = bytes
    self.location = location
    self.fragment = fragment
  }
}

private let invalidCases: [JSONInvalidCase] = [
  JSONInvalidCase("empty input", "", "1:1", "unexpected end of file"),
  JSONInvalidCase(
    "only whitespace", "\n\n  ", "3:3", "unexpected end of file, expected a JSON value"),
  JSONInvalidCase("trailing comma in array", "[1, 2,]", "1:6", "trailing comma before ']'"),
  JSONInvalidCase(
    "trailing comma in object", "{\n  \"a\": 1,\n}", "2:9", "trailing comma before '}'"),
  JSONInvalidCase("trailing comma, lone CR", "[\r1,\r]", "2:2", "trailing comma before ']'"),
  JSONInvalidCase("missing colon", #"{"a" 1}"#, "1:6", #"expected ':' after the key "a""#),
  JSONInvalidCase("missing comma in object", #"{"a": 1 "b": 2}"#, "1:9", "(is a ',' missing?)"),
  JSONInvalidCase(
    "bad member separator", #"{"a": 1; "b": 2}"#, "1:8",
    "expected ',' or '}' after an object member, found ';'"),
  JSONInvalidCase(
    "missing comma in array", "[1 2]", "1:4", "expected ',' or ']' after an array element"),
  JSONInvalidCase(
    "single-quoted string", #"{"a": 'x'}"#, "1:7", "double quotes, not single quotes"),
  JSONInvalidCase("single-quoted key", "{'a': 1}", "1:2", "keys must use double quotes"),
  JSONInvalidCase("unquoted key", "{a: 1}", "1:2", "object keys must be strings in double quotes"),
  JSONInvalidCase("line comment", "{\n  // note\n  \"a\": 1\n}", "2:3", "comments are not allowed"),
  JSONInvalidCase("block comment", "[1 /* x */]", "1:4", "comments are not allowed"),
  JSONInvalidCase("leading zero", #"{"n": 012}"#, "1:7", "leading zeros are not allowed"),
  JSONInvalidCase("negative leading zero", "-00", "1:1", "leading zeros are not allowed"),
  JSONInvalidCase("leading plus", "[+1]", "1:2", "must not start with '+'"),
  JSONInvalidCase("leading point", ".5", "1:1", "write 0.5, not .5"),
  JSONInvalidCase("no fraction digits", "1.", "1:3", "expected a digit after the decimal point"),
  JSONInvalidCase("no exponent digits", "[1e+]", "1:5", "expected a digit in the exponent"),
  JSONInvalidCase("lone minus", "-", "1:2", "expected a digit after '-'"),
  JSONInvalidCase("NaN", "[NaN]", "1:2", "NaN is not a JSON number"),
  JSONInvalidCase("Infinity", "[1, Infinity]", "1:5", "Infinity is not a JSON number"),
  JSONInvalidCase("minus Infinity", "-Infinity", "1:1", "-Infinity is not a JSON number"),
  JSONInvalidCase("capitalised literal", "True", "1:1", "JSON literals are lowercase"),
  JSONInvalidCase("bare word", "[yes]", "1:2", "unexpected word 'yes'"),
  JSONInvalidCase("truncated literal", "[1, nul]", "1:5", "invalid literal 'nul' (expected true"),
  JSONInvalidCase("huge exponent", "[1e400]", "1:2", "number too large"),
  JSONInvalidCase("huge negative", #"{"x": -1e400}"#, "1:7", "number too large"),
  JSONInvalidCase(
    "5000 digits", String(repeating: "9", count: 5000), "1:1", "number too large: 99999"),
  JSONInvalidCase("lone high surrogate", #"["\ud800"]"#, "1:3", #"lone surrogate \uD800"#),
  JSONInvalidCase("lone low surrogate", #""\uDC00""#, "1:2", #"lone surrogate \uDC00"#),
  JSONInvalidCase("high surrogate then letter", #""\ud800\u0041""#, "1:2", "lone surrogate"),
  JSONInvalidCase("bad unicode escape", #""\u12G4""#, "1:2", #"invalid \u escape"#),
  JSONInvalidCase("invalid escape", #""C:\Users""#, "1:4", #"invalid escape '\U'"#),
  JSONInvalidCase("invalid escape q", #"["\q"]"#, "1:3", #"invalid escape '\q'"#),
  JSONInvalidCase("raw tab in string", "[\"a\tb\"]", "1:4", "control character U+0009"),
  JSONInvalidCase("raw line break in string", "{\"a\": \"abc\n\"}", "1:11", "unterminated string"),
  JSONInvalidCase(
    "invalid UTF-8 in string", bytes: [0x5B, 0x22, 0x61, 0xFF, 0x22, 0x5D], "1:4",
    "invalid UTF-8 in a string"),
  JSONInvalidCase("overlong UTF-8", bytes: [0x22, 0xC0, 0xAF, 0x22], "1:2", "invalid UTF-8"),
  JSONInvalidCase(
    "UTF-8 surrogate", bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], "1:2", "invalid UTF-8"),
  JSONInvalidCase("truncated UTF-8", bytes: [0x22, 0xE2, 0x82], "1:2", "invalid UTF-8"),
  JSONInvalidCase("invalid UTF-8 outside strings", bytes: [0xFF], "1:1", "invalid UTF-8 byte 0xFF"),
  JSONInvalidCase("UTF-16 text", bytes: [0xFE, 0xFF, 0x00, 0x5B], "1:1", "looks like UTF-16"),
  JSONInvalidCase("curly quotes", "{\u{201C}a\u{201D}: 1}", "1:2", "curly quote"),
  JSONInvalidCase(
    "depth 10000", String(repeating: "[", count: 10_000), "1:257",
    "nesting too deep: more than 256 levels"),
  JSONInvalidCase(
    "depth 257 objects", String(repeating: "{\"a\":", count: 257), "1:1281", "nesting too deep"),
  JSONInvalidCase(
    "unterminated string", #"{"a": "abc"#, "1:11",
    #"unterminated string (the '"' at 1:7 is never closed)"#),
  JSONInvalidCase("unterminated escape", #""ab\"#, "1:5", "unterminated string"),
  JSONInvalidCase(
    "unterminated array", "[1, 2", "1:6", "unterminated array (the '[' at 1:1 is never closed)"),
  JSONInvalidCase(
    "unterminated nested array", "{\n  \"a\": [1,\n", "3:1", "unterminated array (the '[' at 2:8"),
  JSONInvalidCase("unterminated object", #"{"a": 1"#, "1:8", "unterminated object (the '{' at 1:1"),
  JSONInvalidCase("object missing value", #"{"a":"#, "1:6", "unexpected end of file"),
  JSONInvalidCase(
    "duplicate key", "{\n  \"x\": 1,\n  \"x\": 2\n}", "3:3", #"duplicate key "x" (first at 2:3)"#),
  JSONInvalidCase(
    "duplicate key after escapes", #"{"\u0078": 1, "x": 2}"#, "1:15", #"duplicate key "x""#),
  JSONInvalidCase("trailing garbage", "{} x", "1:4", "trailing characters after the JSON value"),
  JSONInvalidCase("two values", "{}{}", "1:3", "exactly one value"),
  JSONInvalidCase("empty element", "[1,,2]", "1:4", "unexpected ',', expected a value"),
  JSONInvalidCase("column counts scalars", "{\"é😀\": x}", "1:8", "unexpected word 'x'"),
  JSONInvalidCase("CRLF lines", "{\r\n  \"a\": ?\r\n}", "2:8", "unexpected '?', expected a value"),
  JSONInvalidCase("error after BOM", bytes: [0xEF, 0xBB, 0xBF, 0x5B, 0x2C, 0x5D], "1:2", "','"),
  JSONInvalidCase("NUL outside strings", bytes: [0x5B, 0x00, 0x5D], "1:2", "U+0000"),
]

// MARK: - Robustness

/// SplitMix64: a tiny deterministic generator, so failures reproduce.
private struct SplitMix64 {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

// MARK: - Tests

@Suite struct JSONParserTests {
  @Test(arguments: validCases)
  func parsesValidDocument(_ testCase: JSONValidCase) throws {
    let node = try JSONParser.parse(Array(testCase.json.utf8))
    #expect(render(node) == testCase.rendered)
  }

  @Test(arguments: numberCases)
  func parsesNumber(_ testCase: JSONNumberCase) throws {
    let node = try JSONParser.parse(Array(testCase.text.utf8))
    guard case .number(let number) = node.value else {
      Issue.record("not a number: \(node.value.typeName)")
      return
    }
    #expect(number.text == testCase.text)
    #expect(number.double == testCase.double)
    #expect(number.double.sign == testCase.double.sign)
    #expect(number.isInteger == testCase.isInteger)
  }

  @Test func decodesEscapesAndUnicode() throws {
    let node = try JSONParser.parse(Array(#"["a\"b", "\u00e9\ud83d\ude00", "x\/y", "é"]"#.utf8))
    let strings: [String] = (0..<4).compactMap {
      guard case .string(let text)? = element(node, $0)?.value else { return nil }
      return text
    }
    #expect(strings == ["a\"b", "é😀", "x/y", "é"])
  }

  @Test func recordsLocationsInMultiLineDocument() throws {
    let json = """
      {
        "centre": {
          "name": "Main",
          "agents": [
            {"id": "a1", "skill": 3},
            {"id": "a2", "skill": 4.5}
          ]
        }
      }
      """
    let root = try JSONParser.parse(Array(json.utf8))
    #expect(root.location == SourceLocation(line: 1, column: 1))
    let centre = member(root, "centre")
    #expect(centre?.keyLocation.description == "2:3")
    #expect(centre?.value.location.description == "2:13")
    #expect(member(centre?.value, "name")?.value.location.description == "3:13")
    let agents = member(centre?.value, "agents")?.value
    #expect(agents?.location.description == "4:15")
    let second = element(agents, 1)
    #expect(second?.location.description == "6:7")
    let skill = member(second, "skill")
    #expect(skill?.keyLocation.description == "6:20")
    #expect(skill?.value.location.description == "6:29")
    guard case .number(let number)? = skill?.value.value else {
      Issue.record("skill is not a number")
      return
    }
    #expect(number.double == 4.5)
    #expect(!number.isInteger)
  }

  @Test func keepsMembersInFileOrder() throws {
    let root = try JSONParser.parse(Array(#"{"z": 1, "a": 2, "m": 3}"#.utf8))
    guard case .object(let members) = root.value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["z", "a", "m"])
  }

  @Test func countsColumnsInUnicodeScalarsAndHandlesLineEndings() throws {
    // é is 2 bytes and 😀 is 4 bytes, but each is one column.
    let root = try JSONParser.parse(Array("{\"é😀\": 1,\r\n \"b\":\r2}".utf8))
    #expect(member(root, "é😀")?.value.location.description == "1:8")
    #expect(member(root, "b")?.keyLocation.description == "2:2")
    #expect(member(root, "b")?.value.location.description == "3:1")
    // A byte-order mark does not take a column.
    let withMark = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"[1, 2]"#.utf8))
    #expect(element(withMark, 1)?.location.description == "1:5")
  }

  @Test func namesTypes() throws {
    let root = try JSONParser.parse(Array(#"[{}, [], "", 1, true, null]"#.utf8))
    let names = (0..<6).compactMap { element(root, $0)?.value.typeName }
    #expect(names == ["object", "array", "string", "number", "boolean", "null"])
  }

  @Test func locatesValuesLateInALongSingleLine() throws {
    let count = 100_000
    let json = "[" + Array(repeating: "1", count: count).joined(separator: ",") + "]"
    let root = try JSONParser.parse(Array(json.utf8))
    #expect(element(root, count - 1)?.location.description == "1:\(2 * count)")
  }

  @Test(arguments: invalidCases)
  func rejectsInvalidDocument(_ testCase: JSONInvalidCase) {
    guard let error = syntaxError(testCase.bytes) else {
      Issue.record("parsed without error")
      return
    }
    #expect(error.location.description == testCase.location, "\(error)")
    #expect(error.message.contains(testCase.fragment), "\(error)")
  }

  @Test func describesErrorsAsLocationAndMessage() {
    let error = JSONSyntaxError(location: SourceLocation(line: 3, column: 7), message: "oops")
    #expect(error.description == "3:7: oops")
    #expect(SourceLocation(line: 2, column: 9) < SourceLocation(line: 3, column: 1))
  }

  @Test func survivesRandomMutations() {
    let seed = """
      {
        "name": "Main centre \\u00e9\\ud83d\\ude00 é",
        "seed": 12345678901234567890,
        "rates": [0, -0, 1.5, 2e-3, -4.25E+2, 1e10],
        "flags": {"open": true, "closed": false, "none": null},
        "nested": [[[{"a": [1, {"b": "c\\n\\t\\"\\\\"}]}]]],
        "text": "日本語 ☎"
      }
      """
    let base = Array(seed.utf8)
    let interesting: [UInt8] =
      Array("{}[]\",:\\ \n\r\t0123456789-+.eEuntfal/'x".utf8) + [
        0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF8, 0xFF,
      ]
    #expect(syntaxError(base) == nil)
    var random = SplitMix64(state: 0x00C0_FFEE)
    var document = base
    var accepted = 0
    var rejected = 0
    for _ in 0..<2_000 {
      if random.below(2) == 0 || document.isEmpty { document = base }
      for _ in 0...random.below(4) {
        let position = document.isEmpty ? 0 : random.below(document.count)
        let byte =
          random.below(2) == 0
          ? UInt8(truncatingIfNeeded: random.next()) : interesting[random.below(interesting.count)]
        switch random.below(6) {
        case 0 where !document.isEmpty: document[position] = byte
        case 1: document.insert(byte, at: position)
        case 2 where !document.isEmpty: document.remove(at: position)
        case 3 where !document.isEmpty:
          let end = min(document.count, position + 1 + random.below(16))
          let copy = Array(document[position..<end])
          document.insert(contentsOf: copy, at: position)
        case 4: document.removeSubrange(position..<document.count)
        default: document.insert(contentsOf: "[{\"\\u".utf8, at: position)
        }
      }
      do {
        let node = try JSONParser.parse(document)
        accepted += 1
        // What parses must survive a round trip through the canonical rendering.
        let rendered = render(node)
        let again = try JSONParser.parse(Array(rendered.utf8))
        #expect(render(again) == rendered)
      } catch {
        rejected += 1
        let lines = document.filter { $0 == 0x0A || $0 == 0x0D }.count + 1
        #expect(error.location.line >= 1 && error.location.line <= lines, "\(error)")
        #expect(error.location.column >= 1 && error.location.column <= document.count + 1)
        #expect(!error.message.isEmpty)
      }
    }
    #expect(accepted + rejected == 2_000)
    #expect(accepted > 0)
    #expect(rejected > 0)
  }
}
