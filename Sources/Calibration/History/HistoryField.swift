import SimKernel

/// One field of a history file, with where it is: what a reader parses and what a problem
/// points at.
struct HistoryField {
  /// The line, from 1.
  var line: Int
  /// The field's position in the line, from 1.
  var column: Int
  /// The column's name in the header (or the layout's name for it).
  var name: String?
  /// The text, spaces around it removed.
  var text: Substring

  /// The text as a message quotes it: at most 40 characters, control characters visible.
  var quoted: String { "\"\(VisibleText.prefix(String(text)))\"" }

  var isEmpty: Bool { text.isEmpty }
}
