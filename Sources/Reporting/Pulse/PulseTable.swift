import SimKernel

/// An aligned text table whose cells may carry a threshold colour: ANSI colours on a
/// terminal (amber as yellow, red as red), or plain text with a marker (" !" amber, " !!" red)
/// that keeps the numbers aligned. The only escapes it sends are its colours: a cell's control
/// characters are shown (`VisibleText`).
///
/// Given a width, the table fits it (`PulseTable+Width.swift`): short headings first, then
/// long names cut with "…", then the least needed columns left out, then every line cut.
struct PulseTable {
  struct Cell {
    var text: String
    var level: PulseLevel = .normal
    /// A shorter way to say the same, for a column cut narrower than `text`.
    var short: String? = nil
  }

  var header: [String]
  /// Whether each column is left-aligned (the rest are right-aligned).
  var leftAligned: Set<Int>
  var rows: [[Cell]] = []
  /// Shorter headings for a narrow terminal, by column.
  var short: [Int: String] = [:]
  /// The columns a narrow terminal leaves out, the least needed first.
  var dropOrder: [Int] = []
  /// The columns whose text may be cut with "…" to fit, with the width they keep.
  var shrinkable: [Int: Int] = [:]

  init(_ header: [String], leftAligned: Set<Int> = [0]) {
    self.header = header.map { VisibleText.escaped($0) }
    self.leftAligned = leftAligned
  }

  mutating func add(_ row: [Cell]) {
    rows.append(
      row.map {
        Cell(
          text: VisibleText.escaped($0.text), level: $0.level,
          short: $0.short.map { VisibleText.escaped($0) })
      })
  }

  mutating func add(_ texts: [String]) { add(texts.map { Cell(text: $0) }) }

  static let amber = "\u{1B}[33m"
  static let red = "\u{1B}[31m"
  static let reset = "\u{1B}[0m"

  /// The table with every column, whatever its width.
  func rendered(colour: Bool) -> String {
    rendered(colour: colour, layout: Layout(columns: Array(header.indices), headings: header))
  }

  /// Which columns are shown, under which headings, and how wide a cut column may be.
  struct Layout {
    var columns: [Int]
    var headings: [String]
    var limits: [Int: Int] = [:]
  }

  /// The columns that have a coloured cell, when plain text marks them (room for the marker).
  func markedColumns(colour: Bool) -> Set<Int> {
    Set(
      header.indices.filter { column in
        !colour && rows.contains { column < $0.count && $0[column].level != .normal }
      })
  }

  /// A cell's text as shown: cut to the column's limit, with its marker in plain text.
  func shown(_ cell: Cell, _ column: Int, marked: Set<Int>, limit: Int?) -> String {
    var text = cell.text
    if let limit {
      // A column cut says every cell the short way, so that the column reads alike.
      text = cell.short ?? text
      if text.count > limit { text = String(text.prefix(max(0, limit - 1))) + "…" }
    }
    guard marked.contains(column) else { return text }
    switch cell.level {
    case .normal: return text + "   "
    case .amber: return text + " ! "
    case .red: return text + " !!"
    }
  }

  /// The width of each column of `layout`, in its order.
  func widths(_ layout: Layout, marked: Set<Int>) -> [Int] {
    layout.columns.enumerated().map { position, column in
      let limit = layout.limits[column]
      let heading = shown(Cell(text: layout.headings[column]), column, marked: [], limit: limit)
      return max(
        heading.count,
        rows.map {
          column < $0.count ? shown($0[column], column, marked: marked, limit: limit).count : 0
        }.max() ?? 0)
    }
  }

  func rendered(colour: Bool, layout: Layout) -> String {
    let marked = markedColumns(colour: colour)
    let widths = widths(layout, marked: marked)
    func line(_ cells: [(text: String, level: PulseLevel)]) -> String {
      cells.enumerated().map { position, cell in
        let padding = String(repeating: " ", count: max(0, widths[position] - cell.text.count))
        var text = cell.text
        if colour && cell.level != .normal {
          text = (cell.level == .red ? Self.red : Self.amber) + text + Self.reset
        }
        return leftAligned.contains(layout.columns[position]) ? text + padding : padding + text
      }.joined(separator: "  ").trimmingTrailingSpaces
    }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
    let headings = layout.columns.map { column in
      (
        shown(
          Cell(text: layout.headings[column]), column, marked: [], limit: layout.limits[column]),
        PulseLevel.normal
      )
    }
    var text = line(headings) + "\n" + rule + "\n"
    for row in rows {
      text +=
        line(
          layout.columns.map { column in
            let cell = column < row.count ? row[column] : Cell(text: "")
            return (
              shown(cell, column, marked: marked, limit: layout.limits[column]), cell.level
            )
          }) + "\n"
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
