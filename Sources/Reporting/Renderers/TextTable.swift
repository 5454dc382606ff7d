import SimKernel

/// A plain-text table with aligned columns: the first (or first few) left-aligned, the rest
/// right-aligned. A cell's control characters are shown, not sent (`VisibleText`): a name from
/// the scenario cannot drive the terminal or break the table's lines.
struct TextTable {
  var header: [String]
  var rows: [[String]] = []
  /// How many leading columns are left-aligned (names rather than figures).
  var leftAligned = 1

  init(_ header: [String], leftAligned: Int = 1) {
    self.header = header.map { VisibleText.escaped($0) }
    self.leftAligned = leftAligned
  }

  mutating func add(_ row: [String]) { rows.append(row.map { VisibleText.escaped($0) }) }

  func rendered() -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in
      all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return column < leftAligned ? cell + padding : padding + cell
      }.joined(separator: "  ")
    }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
    return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
  }
}
