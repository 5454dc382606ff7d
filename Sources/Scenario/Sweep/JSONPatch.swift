/// A replacement in a scenario's JSON: the value at a path becomes another value.
///
/// Paths are written the way error messages print them — `routing.plans[0].steps[3].after`,
/// `outcomes["Call Resolved"]` — and may pick an array's element by one of its members,
/// `teams[id=gich]` or `ivr.branches[branch=invalidScin]`, so that a patch does not depend on
/// the order of a generated file.
struct JSONPatch: Sendable {
  /// One step of a path.
  enum Step: Sendable, Equatable {
    /// The member of an object.
    case key(String)
    /// The element of an array at a position from 0.
    case index(Int)
    /// The element of an array of objects whose member `key` is the string or number `value`.
    case match(key: String, value: String)
  }

  /// The path as written.
  var text: String
  var steps: [Step]
  /// The new value (located in the sweep file).
  var value: JSONNode
  /// Where the path is written in the sweep file.
  var location: SourceLocation

  /// Why a path does not parse or does not lead anywhere in the scenario.
  struct Failure: Error {
    var message: String
  }

  /// Parses `text` into steps.
  static func steps(_ text: String) throws(Failure) -> [Step] {
    let characters = Array(text)
    var steps: [Step] = []
    var index = 0
    func fail(_ why: String) -> Failure {
      Failure(message: "\"\(text)\" is not a path (\(why); e.g. \"teams[id=gich].agents\")")
    }
    while index < characters.count {
      let character = characters[index]
      if character == "[" {
        guard let close = characters[index...].firstIndex(of: "]") else {
          throw fail("\"[\" without \"]\"")
        }
        let inside = String(characters[(index + 1)..<close])
        steps.append(try step(inBrackets: inside, fail))
        index = close + 1
      } else {
        if character == "." {
          guard !steps.isEmpty else { throw fail("it starts with \".\"") }
          index += 1
        } else if !steps.isEmpty {
          throw fail("expected \".\" or \"[\" after \"\(String(characters[..<index]))\"")
        }
        let start = index
        while index < characters.count, characters[index] != ".", characters[index] != "[" {
          guard characters[index] != "]" else { throw fail("\"]\" without \"[\"") }
          index += 1
        }
        guard index > start else { throw fail("an empty key") }
        steps.append(.key(String(characters[start..<index])))
      }
    }
    guard !steps.isEmpty else { throw fail("it is empty") }
    return steps
  }

  private static func step(inBrackets inside: String, _ fail: (String) -> Failure)
    throws(Failure) -> Step
  {
    if inside.count >= 2, inside.hasPrefix("\""), inside.hasSuffix("\"") {
      return .key(String(inside.dropFirst().dropLast()))
    }
    if let position = Int(inside), position >= 0, inside.allSatisfy(\.isASCII) {
      return .index(position)
    }
    if let equals = inside.firstIndex(of: "=") {
      let key = String(inside[..<equals])
      let value = String(inside[inside.index(after: equals)...])
      guard !key.isEmpty, !value.isEmpty else { throw fail("\"[\(inside)]\" needs key=value") }
      return .match(key: key, value: value)
    }
    throw fail("\"[\(inside)]\" is neither a position, key=value nor a quoted key")
  }

  /// `root` with the value at the path replaced (or, for a last key an object lacks, added),
  /// and the path it reached with every selection resolved to a position.
  func apply(to root: JSONNode) throws(Failure) -> (JSONNode, JSONPath) {
    var reached = JSONPath.root
    let node = try Self.replace(in: root, steps[...], with: value, reached: &reached)
    return (node, reached)
  }

  private static func replace(
    in node: JSONNode, _ steps: ArraySlice<Step>, with value: JSONNode, reached: inout JSONPath
  ) throws(Failure) -> JSONNode {
    guard let step = steps.first else { return value }
    let rest = steps.dropFirst()
    var node = node
    switch (step, node.value) {
    case (.key(let key), .object(var members)):
      reached = reached.key(key)
      if let position = members.firstIndex(where: { $0.key == key }) {
        members[position].value = try replace(
          in: members[position].value, rest, with: value, reached: &reached)
      } else {
        guard rest.isEmpty else {
          throw Failure(message: "\(reached) does not exist in the scenario")
        }
        members.append(JSONMember(key: key, keyLocation: value.location, value: value))
      }
      node.value = .object(members)
    case (.index(let position), .array(var elements)):
      guard position < elements.count else {
        throw Failure(
          message: "\(reached) has \(elements.count) elements; there is no [\(position)]")
      }
      reached = reached.index(position)
      elements[position] = try replace(
        in: elements[position], rest, with: value, reached: &reached)
      node.value = .array(elements)
    case (.match(let key, let wanted), .array(var elements)):
      let matches = elements.indices.filter { Self.member(key, of: elements[$0]) == wanted }
      guard matches.count == 1, let position = matches.first else {
        let found = elements.compactMap { Self.member(key, of: $0) }
        let among = found.isEmpty ? "none has a \"\(key)\"" : found.joined(separator: ", ")
        throw Failure(
          message: matches.isEmpty
            ? "no element of \(reached) has \(key) \"\(wanted)\" (\(among))"
            : "\(matches.count) elements of \(reached) have \(key) \"\(wanted)\"")
      }
      reached = reached.index(position)
      elements[position] = try replace(
        in: elements[position], rest, with: value, reached: &reached)
      node.value = .array(elements)
    case (.key, _), (.index, _), (.match, _):
      let wanted = if case .key = step { "an object" } else { "an array" }
      let place = reached.description.isEmpty ? "the scenario" : reached.description
      throw Failure(message: "\(place) is \(node.value.typeName), not \(wanted)")
    }
    return node
  }

  /// The string or number member `key` of an object, as text.
  private static func member(_ key: String, of node: JSONNode) -> String? {
    guard case .object(let members) = node.value,
      let member = members.first(where: { $0.key == key })
    else { return nil }
    switch member.value.value {
    case .string(let text): return text
    case .number(let number): return number.text
    default: return nil
    }
  }
}
