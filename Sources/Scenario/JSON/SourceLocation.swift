/// A position in a JSON document, for error messages.
///
/// Both numbers are 1-based. `column` counts Unicode scalars from the start of the line (not
/// bytes, not user-perceived characters); a tab counts as one column. Lines end at LF, CR LF
/// or a lone CR. A UTF-8 byte-order mark at the start of the file is not counted.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// "line:column", e.g. "12:5".
  public var description: String { "\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
