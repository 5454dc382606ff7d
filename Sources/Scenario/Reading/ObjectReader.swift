import SimKernel

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
        "unknown key \"\(VisibleText.prefix(member.key))\""
          + Self.hint(for: member.key, among: allowed))
    }
  }

  /// The hint after a name that is not one of the format's own `names` (keys, reason codes,
  /// outcomes: lists of a known, small size): the closest of them if one is near, else all.
  /// Names a scenario declares take `NameHint.reference` instead.
  static func hint(for name: String, among names: [String]) -> String {
    if let guess = closest(to: name, in: names) { return NameHint.didYouMean([guess]) }
    return names.isEmpty ? " (none is declared)" : " (one of: \(names.joined(separator: ", ")))"
  }

  /// The one of `names` nearest to `name` within `NameHint.maximumDistance` edits, if any.
  static func closest(to name: String, in names: [String]) -> String? {
    var budget = Int.max
    return NameHint.closest(to: name, in: names, budget: &budget).first
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

extension ObjectReader {
  /// Reads an object of `format`, reporting every key it does not declare.
  init?(_ node: JSONNode, at path: JSONPath, _ diagnostics: Diagnostics, format: ObjectFormat) {
    self.init(node, at: path, diagnostics)
    rejectUnknownKeys(allowed: format.keys)
  }

  /// The value of `field` read by its kind: its default when left out; nil when an optional
  /// key is left out (a required one is reported). An invalid value is reported, and a
  /// defaulted key then reads as its default, so that one mistake does not stop the checks
  /// of the keys that depend on it (a scenario with an error never becomes a configuration).
  func read<T>(_ field: Field<T>) -> T? {
    guard let parse = field.kind.parse else {
      preconditionFailure("\(field.key) is read with the decoder's parser: read(_:with:)")
    }
    return read(field, with: parse)
  }

  /// The value of `field` read by the decoder's `parse` (for kinds that refer to the rest of
  /// the scenario), with `field`'s presence.
  func read<T>(_ field: Field<T>, with parse: Parse.Parser<T>) -> T? {
    switch field.presence {
    case .required: required(field.key, parse)
    case .defaulted: optional(field.key, parse) ?? field.defaultValue
    case .optional: optional(field.key, parse)
    }
  }

  /// The value of `field`, which the format lets be left out but the rest of this object
  /// requires (`column` with `csv`): reported when missing.
  func required<T>(_ field: Field<T>) -> T? {
    guard let parse = field.kind.parse else {
      preconditionFailure("\(field.key) is read with the decoder's parser: required(_:with:)")
    }
    return required(field, with: parse)
  }

  /// The value of `field`, required here, read by the decoder's `parse`.
  func required<T>(_ field: Field<T>, with parse: Parse.Parser<T>) -> T? {
    required(field.key, parse)
  }

  /// The value of `field`, a key the format lets a scenario leave out but that another key's
  /// value requires here: missing, the error says `because`.
  func read<T>(_ field: Field<T>, requiredBecause because: String) -> T? {
    guard let parse = field.kind.parse else {
      preconditionFailure("\(field.key) is read with the decoder's parser")
    }
    return required(field.key, parse, because: because)
  }
}
