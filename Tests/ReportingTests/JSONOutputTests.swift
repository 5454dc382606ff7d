import Testing

@testable import Reporting

/// The JSON writer: stable key order, exact numbers, escapes.
struct JSONOutputTests {
  @Test(arguments: [
    (JSONOutput.double(0.5), "0.5"),
    (.double(3), "3"),
    (.double(-0.0), "0"),
    (.double(1e-7), "1e-07"),
    (.double(0.1 + 0.2), "0.30000000000000004"),
    (.double(.nan), "null"),
    (.number(nil), "null"),
    (.number(.infinity), "null"),
    (.int(-42), "-42"),
    (.bool(true), "true"),
    (.string("a\"b\\c\nd\u{01}"), "\"a\\\"b\\\\c\\nd\\u0001\""),
    (.string("Unresolved – Escalated"), "\"Unresolved – Escalated\""),
    (.array([]), "[]"),
    (.object([]), "{}"),
  ])
  func scalars(value: JSONOutput, text: String) {
    #expect(value.rendered() == text)
  }

  @Test func objectsKeepTheirKeyOrderAndIndent() {
    let value = JSONOutput.object([("z", .int(1)), ("a", .array([.int(2), .null]))])
    #expect(value.rendered() == "{\n  \"z\": 1,\n  \"a\": [\n    2,\n    null\n  ]\n}")
  }
}
