import SimKernel

/// One problem with a scenario: where it is (JSON path, line and column) and what is wrong.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The kind of problem, for programs that read errors.
  public enum Code: String, Sendable {
    /// The file is not well-formed JSON.
    case syntax
    /// A key the format does not define (a typo, usually).
    case unknownKey
    /// A required key is absent.
    case missingKey
    /// A value of the wrong JSON type.
    case wrongType
    /// A value of the right type that is out of range or malformed.
    case invalidValue
    /// A name that should refer to another part of the scenario and does not.
    case unknownReference
    /// A file the scenario refers to (a forecast CSV) is missing or malformed.
    case referencedFile
  }

  /// The kind of problem.
  public var code: Code
  /// The scenario file's name as given on the command line.
  public var file: String
  /// The JSON path, e.g. `teams[2].shifts[0].end`; empty for the whole document.
  public var path: String
  /// The line and column in the file, when known.
  public var location: SourceLocation?
  /// What is wrong, in a sentence a planner understands.
  public var message: String

  /// Creates an error.
  public init(
    code: Code, file: String, path: String, location: SourceLocation?, message: String
  ) {
    self.code = code
    self.file = file
    self.path = path
    self.location = location
    self.message = message
  }

  /// `file:line:column: path: message`, on one line: a control character from the file (in a
  /// name, a key, a path) is written as a visible escape (`\u{1B}`), so that the line can drive
  /// no terminal and forge no other line.
  public var description: String {
    var text = file
    if let location { text += ":\(location.line):\(location.column)" }
    text += ": "
    if !path.isEmpty { text += path + ": " }
    return VisibleText.escaped(text + message)
  }
}
