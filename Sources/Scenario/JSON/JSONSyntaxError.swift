/// A JSON document that is not valid JSON: where the problem is and what it is.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where the problem was found.
  public var location: SourceLocation
  /// A sentence for a person, without the location (e.g. "unterminated string ...").
  public var message: String

  public init(location: SourceLocation, message: String) {
    self.location = location
    self.message = message
  }

  /// "line:column: message".
  public var description: String { "\(location): \(message)" }
}
