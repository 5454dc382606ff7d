import SimKernel

/// What is wrong with a history file (a centre's call-level or interval export): every problem
/// found, each at its file, line and column, printed one a line as
/// `calls.csv:12:5 (column "q_exit"): "25:61:00" is not a time H:MM:SS`.
///
/// A reader checks the whole file and lists the first `listLimit` problems, then says that there
/// are more; a field is quoted as at most its first 40 characters, control characters made
/// visible (`VisibleText.prefix`).
public struct HistoryError: Error, CustomStringConvertible, Equatable {
  /// One thing wrong, where it is.
  public struct Problem: Sendable, Equatable, CustomStringConvertible {
    /// The file as the caller named it (or the option, `--map`, for a bad column mapping).
    public var file: String
    /// The line in the file, from 1; nil for the file as a whole.
    public var line: Int?
    /// The field in the line, from 1; nil for the line as a whole.
    public var column: Int?
    /// The column's name in the file's header (or the layout's name for it), when known.
    public var columnName: String?
    public var message: String

    public init(
      file: String, line: Int? = nil, column: Int? = nil, columnName: String? = nil,
      message: String
    ) {
      self.file = file
      self.line = line
      self.column = column
      self.columnName = columnName
      self.message = message
    }

    /// `file:line:column (column "name"): message`, the parts that are known.
    public var description: String {
      var place = VisibleText.escaped(file)
      if let line { place += ":\(line)" }
      if line != nil, let column { place += ":\(column)" }
      if let columnName { place += " (column \"\(VisibleText.prefix(columnName))\")" }
      return place + ": " + message
    }
  }

  /// The most problems listed; the rest are counted.
  public static let listLimit = 20

  /// The problems listed, in the order found (by line), at most `listLimit`.
  public var problems: [Problem]
  /// Whether more problems were found than are listed.
  public var hasMore: Bool

  public init(_ problems: [Problem], hasMore: Bool = false) {
    self.problems = problems
    self.hasMore = hasMore
  }

  /// One problem.
  public init(file: String, line: Int? = nil, message: String) {
    self.init([Problem(file: file, line: line, message: message)])
  }

  /// Every problem on its own line, then `more problems (only the first 20 are listed)` when
  /// some are left out.
  public var description: String {
    var lines = problems.map(\.description)
    if hasMore { lines.append("more problems (only the first \(Self.listLimit) are listed)") }
    return lines.joined(separator: "\n")
  }
}

extension HistoryError {
  /// Throws the problems of all `lists` together, if any.
  static func combine(_ lists: HistoryProblems...) throws(HistoryError) {
    let problems = lists.flatMap(\.error.problems)
    if !problems.isEmpty {
      throw HistoryError(problems, hasMore: lists.contains { $0.error.hasMore })
    }
  }
}
