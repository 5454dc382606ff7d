import SimKernel

/// The problems a reader finds in one file, collected as it goes: the first
/// `HistoryError.listLimit` kept, the rest only counted.
struct HistoryProblems {
  let file: String
  private(set) var listed: [HistoryError.Problem] = []
  private(set) var count = 0

  init(file: String) { self.file = file }

  var isEmpty: Bool { count == 0 }

  /// Records a problem at `line` (and field `column`, from 1, named `name`).
  mutating func report(line: Int?, column: Int? = nil, name: String? = nil, _ message: String) {
    count += 1
    guard listed.count < HistoryError.listLimit else { return }
    listed.append(
      HistoryError.Problem(
        file: file, line: line, column: column, columnName: name, message: message))
  }

  /// Records a problem with field `field` of `row`.
  mutating func report(_ field: HistoryField, _ message: String) {
    report(line: field.line, column: field.column, name: field.name, message)
  }

  /// The error of the problems found, ordered by line and column (stable within a field).
  var error: HistoryError {
    let key = { (problem: (offset: Int, element: HistoryError.Problem)) in
      (problem.element.line ?? 0, problem.element.column ?? 0, problem.offset)
    }
    let ordered = listed.enumerated().sorted { key($0) < key($1) }
    return HistoryError(ordered.map(\.element), hasMore: count > listed.count)
  }

  /// Throws the problems found, if any.
  func check() throws(HistoryError) {
    if !isEmpty { throw error }
  }
}
