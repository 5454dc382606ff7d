/// A JSON document that is not valid JSON: where the problem is and what it is.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where the problem was found.
  public var location: SourceLocation
  /// A sentence for a person, without the location (e.g. "unterminated string ...").
  public var message: String
  /// For a well-formed value the parser cannot hold (a number beyond a `Double`), the JSON path
  /// of that value, e.g. `lines[0].arrivals.perHour`; empty for other problems.
  public var path = ""
  /// Whether the problem is a value's, so that `path` is filled in as the error passes up
  /// through the arrays and objects around it.
  var locatesValue = false

  public init(location: SourceLocation, message: String) {
    self.location = location
    self.message = message
  }

  /// "line:column: message".
  public var description: String { "\(location): \(message)" }

  /// The error of a value found as the member `key` of an object.
  func inside(key: String) -> JSONSyntaxError {
    let simple = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    return inside(simple ? key : "[\"\(key)\"]")
  }

  /// The error of a value found as element `index` of an array.
  func inside(index: Int) -> JSONSyntaxError { inside("[\(index)]") }

  private func inside(_ component: String) -> JSONSyntaxError {
    guard locatesValue else { return self }
    var error = self
    let joiner = path.isEmpty || path.hasPrefix("[") ? "" : "."
    error.path = component + joiner + path
    return error
  }
}
