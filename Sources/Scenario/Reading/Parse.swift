import SimKernel

/// Parsers for the format's value types. Each reports its own errors and returns nil on error.
enum Parse {
  typealias Parser<T> = (JSONNode, JSONPath, Diagnostics) -> T?

  static func string(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> String? {
    guard case .string(let text) = node.value else {
      diagnostics.wrongType(node, at: path, expected: "a string")
      return nil
    }
    return text
  }

  /// The most characters a name or id may have.
  static let nameLengthLimit = 200

  /// A non-empty name without leading or trailing spaces, at most `nameLengthLimit` characters.
  static func identifier(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> String?
  {
    guard let text = string(node, path, diagnostics) else { return nil }
    let length = text.count
    guard length <= nameLengthLimit else {
      diagnostics.invalid(
        node, at: path,
        "\"\(VisibleText.prefix(text))\" is too long for a name: \(length) characters, at most"
          + " \(nameLengthLimit)")
      return nil
    }
    guard !text.isEmpty, String(text.trimmingSpaces) == text else {
      diagnostics.invalid(
        node, at: path, "\"\(text)\" is not a usable name (non-empty, no outer spaces)")
      return nil
    }
    return text
  }

  static func number(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> Double? {
    guard case .number(let number) = node.value else {
      diagnostics.wrongType(node, at: path, expected: "a number")
      return nil
    }
    return number.double
  }

  static func nonNegative(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Double?
  {
    guard let value = number(node, path, diagnostics) else { return nil }
    guard value >= 0 else {
      diagnostics.invalid(node, at: path, "\(literal(node)) must not be negative")
      return nil
    }
    return value
  }

  static func probability(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Double?
  {
    guard let value = number(node, path, diagnostics) else { return nil }
    guard value >= 0 && value <= 1 else {
      diagnostics.invalid(
        node, at: path, "\(literal(node)) is not a probability between 0 and 1")
      return nil
    }
    return value
  }

  /// A number as the file wrote it.
  static func literal(_ node: JSONNode) -> String {
    if case .number(let number) = node.value { return number.text }
    return node.value.typeName
  }

  /// A whole number within `range`.
  static func integer(in range: ClosedRange<Int>) -> Parser<Int> {
    { node, path, diagnostics in
      let bounds = "\(range.lowerBound) to \(range.upperBound)"
      guard let value = exactInteger(node, path, diagnostics, as: Int.self, bounds: bounds)
      else { return nil }
      guard range.contains(value) else {
        diagnostics.invalid(node, at: path, "\(value) is out of range (\(bounds))")
        return nil
      }
      return value
    }
  }

  /// A seed: a whole number from 0 to 2^64 − 1, read from its digits (no rounding).
  static func seed(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> UInt64? {
    exactInteger(node, path, diagnostics, as: UInt64.self, bounds: "0 to 2^64 − 1")
  }

  /// A whole number read exactly from the digits as written, which must fit in `T`.
  private static func exactInteger<T: FixedWidthInteger>(
    _ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics, as type: T.Type,
    bounds: String
  ) -> T? {
    guard case .number(let number) = node.value else {
      diagnostics.wrongType(node, at: path, expected: "a whole number")
      return nil
    }
    guard number.isInteger, T.isSigned || !number.text.hasPrefix("-") else {
      diagnostics.invalid(node, at: path, "\(number.text) is not a whole number from \(bounds)")
      return nil
    }
    guard let value = T(number.text) else {
      diagnostics.invalid(node, at: path, "\(number.text) is out of range (\(bounds))")
      return nil
    }
    return value
  }

  /// A duration: seconds as a number, or a string with units such as "90s", "15m", "1h30m".
  static func duration(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> SimDuration?
  {
    seconds(node, path, diagnostics).map { SimDuration.seconds($0) }
  }

  /// A duration that must be longer than zero.
  static func positiveDuration(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> SimDuration?
  {
    guard let value = duration(node, path, diagnostics) else { return nil }
    guard value > .zero else {
      diagnostics.invalid(node, at: path, "must be longer than zero")
      return nil
    }
    return value
  }

  /// A duration in seconds as a double (for distribution parameters).
  static func seconds(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> Double? {
    let limit = 1.0e9  // about 31 years: far beyond any scenario, far below Int64 overflow
    switch node.value {
    case .number(let number):
      guard number.double >= 0 else {
        diagnostics.invalid(node, at: path, "duration \(number.text) must not be negative")
        return nil
      }
      guard number.double <= limit else {
        diagnostics.invalid(node, at: path, "duration \(number.text) s is too long")
        return nil
      }
      return number.double
    case .string(let text):
      guard let value = DurationText.seconds(text) else {
        diagnostics.invalid(
          node, at: path, "\"\(text)\" is not a duration (e.g. 90, \"90s\", \"15m\", \"1h30m\")")
        return nil
      }
      guard value <= limit else {
        diagnostics.invalid(node, at: path, "duration \"\(text)\" is too long")
        return nil
      }
      return value
    default:
      diagnostics.wrongType(
        node, at: path, expected: "a duration (seconds or a string like \"15m\")")
      return nil
    }
  }

  /// A clock time "HH:MM" (00:00 to 23:59), as the time since midnight.
  static func clockTime(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> SimDuration?
  {
    guard let text = string(node, path, diagnostics) else { return nil }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
      text.allSatisfy({ $0 == ":" || ("0"..."9").contains($0) }),
      let hours = Int(parts[0]), let minutes = Int(parts[1]),
      (0..<24).contains(hours), (0..<60).contains(minutes)
    else {
      diagnostics.invalid(node, at: path, "\"\(text)\" is not a clock time (HH:MM)")
      return nil
    }
    return .minutes(hours * 60 + minutes)
  }

  /// An array whose every element is parsed by `element`; nil if any element fails.
  static func array<T>(
    nonEmpty: Bool = false, _ element: @escaping Parser<T>
  ) -> Parser<[T]> {
    { node, path, diagnostics in
      guard case .array(let elements) = node.value else {
        diagnostics.wrongType(node, at: path, expected: "an array")
        return nil
      }
      if nonEmpty && elements.isEmpty {
        diagnostics.invalid(node, at: path, "must not be empty")
        return nil
      }
      var values: [T] = []
      var failed = false
      for (index, item) in elements.enumerated() {
        if let value = element(item, path.index(index), diagnostics) {
          values.append(value)
        } else {
          failed = true
        }
      }
      return failed ? nil : values
    }
  }
}

extension Parse {
  /// How far a mix may be from summing to 1 (rounding in hand-written decimals).
  static let mixTolerance = 1e-9

  /// An object of shares, `{"name": probability, …}`, whose values sum to 1.
  static func shares(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> [(key: String, share: Double, location: SourceLocation)]?
  {
    guard case .object(let members) = node.value else {
      diagnostics.wrongType(node, at: path, expected: "an object of shares")
      return nil
    }
    guard !members.isEmpty else {
      diagnostics.invalid(node, at: path, "must not be empty")
      return nil
    }
    var result: [(String, Double, SourceLocation)] = []
    for member in members {
      guard let share = probability(member.value, path.key(member.key), diagnostics) else {
        return nil
      }
      result.append((member.key, share, member.keyLocation))
    }
    guard checkSum(result.map(\.1), node, path, diagnostics) else { return nil }
    return result
  }

  /// Whether `shares` sum to 1; reports the sum when they do not.
  static func checkSum(
    _ shares: [Double], _ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics
  ) -> Bool {
    let sum = shares.reduce(0, +)
    guard abs(sum - 1) <= mixTolerance else {
      diagnostics.invalid(node, at: path, "the shares sum to \(sum), not 1")
      return false
    }
    return true
  }
}

extension Parse {
  static func boolean(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> Bool? {
    guard case .bool(let value) = node.value else {
      diagnostics.wrongType(node, at: path, expected: "true or false")
      return nil
    }
    return value
  }
}
