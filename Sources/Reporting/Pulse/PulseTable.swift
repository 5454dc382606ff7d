import SimKernel

/// An aligned text table whose cells may carry a threshold colour: ANSI colours on a
/// terminal (amber as yellow, red as red), or plain text with a marker (" !" amber, " !!" red)
/// that keeps the numbers aligned. The only escapes it sends are its colours: a cell's control
/// characters are shown (`VisibleText`).
struct PulseTable {
  struct Cell {
    var text: String
    var level: PulseLevel = .normal
  }

  var header: [String]
  /// Whether each column is left-aligned (the rest are right-aligned).
  var leftAligned: Set<Int>
  var rows: [[Cell]] = []

  init(_ header: [String], leftAligned: Set<Int> = [0]) {
    self.header = header.map { VisibleText.escaped($0) }
    self.leftAligned = leftAligned
  }

  mutating func add(_ row: [Cell]) {
    rows.append(row.map { Cell(text: VisibleText.escaped($0.text), level: $0.level) })
  }

  mutating func add(_ texts: [String]) { add(texts.map { Cell(text: $0) }) }

  static let amber = "\u{1B}[33m"
  static let red = "\u{1B}[31m"
  static let reset = "\u{1B}[0m"

  func rendered(colour: Bool) -> String {
    let columns = header.indices
    // Plain text marks coloured cells; the columns that have one reserve room for the marker.
    let marked = Set(
      columns.filter { column in
        !colour && rows.contains { column < $0.count && $0[column].level != .normal }
      })
    func plain(_ cell: Cell, _ column: Int) -> String {
      guard marked.contains(column) else { return cell.text }
      switch cell.level {
      case .normal: return cell.text + "   "
      case .amber: return cell.text + " ! "
      case .red: return cell.text + " !!"
      }
    }
    let widths = columns.map { column in
      max(
        header[column].count,
        rows.map { column < $0.count ? plain($0[column], column).count : 0 }.max() ?? 0)
    }
    func line(_ cells: [(text: String, level: PulseLevel)]) -> String {
      cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: max(0, widths[column] - cell.text.count))
        var text = cell.text
        if colour && cell.level != .normal {
          text = (cell.level == .red ? Self.red : Self.amber) + text + Self.reset
        }
        return leftAligned.contains(column) ? text + padding : padding + text
      }.joined(separator: "  ").trimmingTrailingSpaces
    }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
    var text = line(header.map { ($0, .normal) }) + "\n" + rule + "\n"
    for row in rows {
      text += line(row.enumerated().map { (plain($1, $0), $1.level) }) + "\n"
    }
    return text
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
