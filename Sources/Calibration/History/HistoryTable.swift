import SimKernel

/// A history file split into a header of column names and rows of fields, every row checked to
/// have as many fields as the header: what the layouts with a header read from.
struct HistoryTable {
  /// The header's names, spaces around them removed.
  let names: [String]
  /// The data rows, each with its line number.
  let rows: [CSVRecords.Record]

  /// A table of rows already split (a layout with a header of its own making).
  init(names: [String], rows: [CSVRecords.Record]) {
    self.names = names
    self.rows = rows
  }

  /// Splits `text` at `separator` and checks the shape: not empty, rows after the header, as
  /// many fields in each row as in the header. Nil, with the problems reported, when the file
  /// is not a table.
  init?(_ text: String, separator: Character = ",", _ problems: inout HistoryProblems) {
    guard let records = Self.records(text, separator: separator, &problems) else { return nil }
    names = records.header.fields
    rows = records.rows
    guard !rows.isEmpty else {
      problems.report(line: nil, "no data rows after the header")
      return nil
    }
    for row in rows where row.fields.count != names.count {
      problems.report(
        line: row.line, "\(row.fields.count) fields, but the header has \(names.count)")
    }
    guard problems.isEmpty else { return nil }
  }

  /// The records of `text`, or nil with the problem reported.
  static func records(
    _ text: String, separator: Character, _ problems: inout HistoryProblems
  ) -> CSVRecords? {
    do {
      return try CSVRecords(text, separator: separator)
    } catch {
      switch error {
      case .empty: problems.report(line: nil, "the file is empty")
      case .semicolons:
        problems.report(
          line: 1, "fields are separated by semicolons: export the file with commas")
      case .unterminatedQuote(let line): problems.report(line: line, "a quote is not closed")
      case .blankLine(let line):
        problems.report(line: line, "blank line: every line after the header is one record")
      }
      return nil
    }
  }

  /// The separator a file's header uses: a tab when its first line has tabs and no comma, else
  /// a comma.
  static func separator(of text: String) -> Character {
    let first = text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
    return first.contains("\t") && !first.contains(",") ? "\t" : ","
  }

  /// The position of column `name` (exact, else the same name in another case).
  func index(of name: String) -> Int? {
    names.firstIndex(of: name)
      ?? names.firstIndex { $0.lowercased() == name.lowercased() }
  }

  /// The positions of the columns `required`, each reported at the header when missing (with
  /// the header's names near it); nil when any is missing.
  func indices(of required: [String], _ problems: inout HistoryProblems) -> [Int]? {
    var found: [Int] = []
    for name in required {
      if let index = index(of: name) {
        found.append(index)
      } else {
        problems.report(
          line: 1, "no column \"\(name)\"" + Self.hint(for: name, among: names, "columns"))
      }
    }
    return found.count == required.count ? found : nil
  }

  /// The field at `index` of `row`.
  func field(_ row: CSVRecords.Record, _ index: Int) -> HistoryField {
    HistoryField(
      line: row.line, column: index + 1, name: names[index],
      text: row.fields[index].trimmingSpaces)
  }

  /// ` (did you mean "a"?)` when some of `names` is near `name`, else the names themselves
  /// when few, else nothing.
  static func hint(for name: String, among names: [String], _ listing: String) -> String {
    var budget = NameHint.comparisonBudget
    let near = NameHint.closest(to: name, in: names, budget: &budget)
    if !near.isEmpty { return NameHint.didYouMean(near) }
    guard !names.isEmpty, names.count <= NameHint.listLimit else { return "" }
    return " (\(listing): \(names.map { VisibleText.prefix($0) }.joined(separator: ", ")))"
  }
}
