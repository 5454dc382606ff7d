extension PulseTable {
  /// The table fitted to `width` columns of a terminal: as it is if it fits; else with the
  /// short headings; else with the long names cut (down to the width each keeps) and the least
  /// needed columns left out one by one until it fits; else every column cut to four
  /// characters and each line cut at `width` (a very narrow terminal).
  func rendered(colour: Bool, width: Int) -> String {
    let marked = markedColumns(colour: colour)
    func total(_ layout: Layout) -> Int {
      let widths = widths(layout, marked: marked)
      return widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }
    var layout = Layout(columns: Array(header.indices), headings: header)
    if total(layout) <= width { return rendered(colour: colour, layout: layout) }
    layout.headings = header.indices.map { short[$0] ?? header[$0] }
    if total(layout) <= width { return rendered(colour: colour, layout: layout) }
    for dropped in 0...dropOrder.count {
      let left = Set(dropOrder.prefix(dropped))
      layout.columns = header.indices.filter { !left.contains($0) }
      layout.limits = [:]
      if shrink(&layout, to: width, floor: { shrinkable[$0] }, total: total) {
        return rendered(colour: colour, layout: layout)
      }
    }
    _ = shrink(&layout, to: width, floor: { shrinkable[$0].map { min($0, 4) } }, total: total)
    return rendered(colour: colour, layout: layout).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map { Self.clip(String($0), to: width).trimmingTrailingSpaces }.joined(separator: "\n")
  }

  /// Cuts the widest column that may be cut by one character at a time, down to its `floor`,
  /// until the table fits `width`; whether it does.
  private func shrink(
    _ layout: inout Layout, to width: Int, floor: (Int) -> Int?, total: (Layout) -> Int
  ) -> Bool {
    var current = widths(layout, marked: [])
    while total(layout) > width {
      let candidates = layout.columns.enumerated().compactMap { position, column in
        floor(column).flatMap { current[position] > $0 ? (position, column) : nil }
      }
      guard let widest = candidates.max(by: { current[$0.0] < current[$1.0] }) else {
        return false
      }
      current[widest.0] -= 1
      layout.limits[widest.1] = current[widest.0]
    }
    return true
  }

  /// `line` cut to `width` visible characters; ANSI colour escapes are kept, and a colour cut
  /// open is closed.
  static func clip(_ line: String, to width: Int) -> String {
    var text = ""
    var visible = 0
    var inEscape = false
    var open = false
    for character in line {
      if character == "\u{1B}" {
        inEscape = true
        text.append(character)
        continue
      }
      if inEscape {
        text.append(character)
        if character == "m" {
          inEscape = false
          open = !text.hasSuffix(reset)
        }
        continue
      }
      guard visible < width else { break }
      text.append(character)
      visible += 1
    }
    return open ? text + reset : text
  }
}
