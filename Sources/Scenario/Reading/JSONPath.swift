/// A path into a JSON document, printed the way the documentation names fields:
/// `teams[2].shifts[0].end`.
struct JSONPath: Sendable, Equatable, CustomStringConvertible {
  private(set) var text: String

  /// The whole document.
  static let root = JSONPath(text: "")

  /// The member `key` of the object at this path.
  func key(_ key: String) -> JSONPath {
    let simple = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    if !simple { return JSONPath(text: text + "[\"\(key)\"]") }
    return JSONPath(text: text.isEmpty ? key : text + "." + key)
  }

  /// The element `index` of the array at this path.
  func index(_ index: Int) -> JSONPath { JSONPath(text: text + "[\(index)]") }

  var description: String { text }
}
