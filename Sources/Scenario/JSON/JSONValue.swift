/// A JSON value together with where it starts in the document.
public struct JSONNode: Sendable {
  public var value: JSONValue
  /// The location of the value's first character (its `{`, `[`, `"`, sign or digit, or letter).
  public var location: SourceLocation

  public init(value: JSONValue, location: SourceLocation) {
    self.value = value
    self.location = location
  }
}

/// A parsed JSON value. Arrays and objects hold located nodes.
public enum JSONValue: Sendable {
  case null
  case bool(Bool)
  case number(JSONNumber)
  case string(String)
  case array([JSONNode])
  /// The members in file order. Keys are unique (the parser rejects duplicates).
  case object([JSONMember])

  /// The JSON type's name for messages: "object", "array", "string", "number", "boolean" or
  /// "null".
  public var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "boolean"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable {
  public var key: String
  /// The location of the key's opening quote.
  public var keyLocation: SourceLocation
  public var value: JSONNode

  public init(key: String, keyLocation: SourceLocation, value: JSONNode) {
    self.key = key
    self.keyLocation = keyLocation
    self.value = value
  }
}

/// A JSON number, keeping the literal so that whole numbers beyond 2^53 can be read exactly.
public struct JSONNumber: Sendable {
  /// The literal as written, e.g. "-0", "1e-3", "12345678901234567890".
  public var text: String
  /// The nearest double (always finite: the parser rejects literals that overflow).
  public var double: Double
  /// Whether the literal has neither a fraction nor an exponent.
  public var isInteger: Bool

  public init(text: String, double: Double, isInteger: Bool) {
    self.text = text
    self.double = double
    self.isInteger = isInteger
  }
}
