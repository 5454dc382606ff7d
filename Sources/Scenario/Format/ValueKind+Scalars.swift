import ContactCentre
import SimKernel

/// The format's value types (docs/scenario-format.md, section 4), each with its schema and
/// parser.
extension JSONNode {
  /// A schema fragment written as JSON text in the source: for the few value types whose schema
  /// is a pattern or a choice that reads best as JSON. A malformed fragment is a programming
  /// error, caught by every test that prints the schema.
  static func schema(_ text: String) -> JSONNode {
    do { return try JSONParser.parse(text) } catch {
      preconditionFailure("schema fragment: \(error)")
    }
  }
}

/// The duration grammar as a regular expression (without anchors).
private let durationPattern =
  #"(([0-9]+(\.[0-9]*)?|\.[0-9]+)d)?(([0-9]+(\.[0-9]*)?|\.[0-9]+)h)?"#
  + #"(([0-9]+(\.[0-9]*)?|\.[0-9]+)m)?(([0-9]+(\.[0-9]*)?|\.[0-9]+)s)?"#

extension ValueKind where Value == String {
  /// Any string.
  static var text: ValueKind {
    ValueKind(
      schema: .object([("type", .string("string"))]), typeName: "string", parse: Parse.string)
  }

  /// A name or id (`Parse.identifier`).
  static var name: ValueKind {
    .defined(
      "name",
      .object([
        (
          "description",
          .string(
            "A name or id: a non-empty string of at most \(Parse.nameLengthLimit) characters with"
              + " no space, tab or line break at either end; case-sensitive.")
        ),
        ("type", .string("string")), ("minLength", .number(1)),
        ("maxLength", .number(Parse.nameLengthLimit)), ("pattern", .string(#"^\S([\s\S]*\S)?$"#)),
      ]), typeName: "name", parse: Parse.identifier)
  }
}

extension ValueKind where Value == Bool {
  static var boolean: ValueKind {
    ValueKind(
      schema: .object([("type", .string("boolean"))]), typeName: "boolean", parse: Parse.boolean)
  }
}

extension ValueKind where Value == Double {
  /// Any number.
  static var number: ValueKind {
    ValueKind(
      schema: .object([("type", .string("number"))]), typeName: "number", parse: Parse.number)
  }

  /// A number ≥ 0.
  static var nonNegative: ValueKind {
    ValueKind(
      schema: .object([("type", .string("number")), ("minimum", .number(0))]),
      typeName: "number ≥ 0", parse: Parse.nonNegative)
  }

  /// A number from 0 to 1.
  static var probability: ValueKind {
    .defined(
      "probability",
      .schema(
        #"{"description": "A number from 0 to 1 inclusive (0.8, not 80 or \"80%\").", "#
          + #""type": "number", "minimum": 0, "maximum": 1}"#),
      typeName: "probability", parse: Parse.probability)
  }

  /// A duration in seconds (for fields the model keeps as seconds).
  static var seconds: ValueKind {
    ValueKind<SimDuration>.duration.map { $0.seconds }
      .reading(with: Parse.seconds)
  }
}

extension ValueKind where Value == Int {
  /// A whole number within `range`, written without a decimal point or exponent.
  static func integer(in range: ClosedRange<Int>) -> ValueKind {
    ValueKind(
      schema: .object([
        ("type", .string("integer")), ("minimum", .number(range.lowerBound)),
        ("maximum", .number(range.upperBound)),
      ]),
      typeName: "whole number, \(range.lowerBound.grouped) to \(range.upperBound.grouped)",
      parse: { Parse.integer(in: range)($0, $1, $2) })
  }
}

extension ValueKind where Value == UInt64 {
  /// A seed: 0 to 2^64 − 1, read exactly.
  static var seed: ValueKind {
    ValueKind(
      schema: .object([
        ("type", .string("integer")), ("minimum", .number(0)),
        ("maximum", .number("18446744073709551615")),
      ]), typeName: "seed", parse: Parse.seed)
  }
}

extension ValueKind where Value == SimDuration {
  /// A duration ≥ 0: seconds as a number, or a string such as "90s", "1h30m".
  static var duration: ValueKind {
    .defined(
      "duration",
      .object([
        (
          "description",
          .string(
            "A length of time: seconds as a number, or a string of number-unit pairs with units"
              + " d, h, m, s in that order, each at most once (\"90s\", \"1h30m\", \"2d\"); at"
              + " most 1,000,000,000 seconds, rounded to the microsecond.")
        ),
        (
          "oneOf",
          .array([
            .schema(#"{"type": "number", "minimum": 0, "maximum": 1000000000}"#),
            .object([
              ("type", .string("string")), ("minLength", .number(1)),
              ("pattern", .string("^" + durationPattern + "$")),
            ]),
          ])
        ),
      ]), typeName: "duration", parse: Parse.duration)
  }

  /// A duration longer than zero.
  static var positiveDuration: ValueKind {
    .defined(
      "positiveDuration",
      .object([
        (
          "description", .string("A duration longer than zero (after rounding to the microsecond).")
        ),
        (
          "oneOf",
          .array([
            .schema(#"{"type": "number", "exclusiveMinimum": 0, "maximum": 1000000000}"#),
            .object([
              ("type", .string("string")),
              ("pattern", .string("^(?=[^1-9]*[1-9])" + durationPattern + "$")),
            ]),
          ])
        ),
      ]), typeName: "duration > 0", parse: Parse.positiveDuration)
  }

  /// A clock time "HH:MM" from "00:00" to "23:59", as a time after midnight.
  static var clockTime: ValueKind {
    .defined(
      "clockTime",
      .schema(
        #"{"description": "A clock time \"HH:MM\" from \"00:00\" to \"23:59\", two digits each.", "#
          + #""type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"}"#),
      typeName: "clock time", parse: Parse.clockTime)
  }
}

extension Int {
  /// The number with thousands separated by commas, as the docs write it: 100,000.
  var grouped: String {
    let digits = String(magnitude)
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return (self < 0 ? "-" : "") + text
  }
}
