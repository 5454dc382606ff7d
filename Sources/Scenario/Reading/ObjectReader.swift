/// Reads the members of one JSON object, remembering which keys were used so that every key
/// the format does not define is reported as an error.
struct ObjectReader {
  let node: JSONNode
  let path: JSONPath
  let diagnostics: Diagnostics
  private let members: [JSONMember]

  /// Nil (with an error reported) when `node` is not an object.
  init?(_ node: JSONNode, at path: JSONPath, _ diagnostics: Diagnostics) {
    guard case .object(let members) = node.value else {
      diagnostics.wrongType(node, at: path, expected: "an object")
      return nil
    }
    self.node = node
    self.path = path
    self.diagnostics = diagnostics
    self.members = members
  }

  /// The keys present, in file order.
  var keys: [String] { members.map(\.key) }

  /// Whether `key` is present.
  func has(_ key: String) -> Bool { members.contains { $0.key == key } }

  /// The value of `key`, if present.
  func member(_ key: String) -> JSONNode? { members.first { $0.key == key }?.value }

  /// Parses `key` with `parse`; nil if absent (no error) or invalid (error reported).
  func optional<T>(_ key: String, _ parse: (JSONNode, JSONPath, Diagnostics) -> T?) -> T? {
    guard let value = member(key) else { return nil }
    return parse(value, path.key(key), diagnostics)
  }

  /// Parses `key` with `parse`, reporting an error when it is absent.
  func required<T>(_ key: String, _ parse: (JSONNode, JSONPath, Diagnostics) -> T?) -> T? {
    guard let value = member(key) else {
      diagnostics.report(
        .missingKey, at: path.key(key), node.location, "required key \"\(key)\" is missing")
      return nil
    }
    return parse(value, path.key(key), diagnostics)
  }

  /// Reports every key not in `allowed`, suggesting the closest allowed key.
  func rejectUnknownKeys(allowed: [String]) {
    for member in members where !allowed.contains(member.key) {
      diagnostics.report(
        .unknownKey, at: path.key(member.key), member.keyLocation,
        "unknown key \"\(member.key)\"" + Self.hint(for: member.key, among: allowed))
    }
  }

  /// The hint after an unknown name: the closest of `names` if one is near, else all of them.
  static func hint(for name: String, among names: [String]) -> String {
    if let guess = closest(to: name, in: names) { return " (did you mean \"\(guess)\"?)" }
    return names.isEmpty ? " (none is declared)" : " (one of: \(names.joined(separator: ", ")))"
  }

  /// The allowed key within edit distance 2 of `key`, if any.
  static func closest(to key: String, in allowed: [String]) -> String? {
    let candidates = allowed.map { ($0, editDistance(key.lowercased(), $0.lowercased())) }
    guard let best = candidates.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
    return best.0
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[b.count]
  }
}

extension ObjectReader {
  /// Parses `key` with `parse`, reporting an error that says `because` when it is absent.
  func required<T>(
    _ key: String, _ parse: (JSONNode, JSONPath, Diagnostics) -> T?, because: String
  ) -> T? {
    guard has(key) else {
      diagnostics.report(
        .missingKey, at: path.key(key), node.location,
        "required key \"\(key)\" is missing (\(because))")
      return nil
    }
    return required(key, parse)
  }
}
