/// The key tables of a Markdown document, generated from the format's declarations: each table
/// stands between `<!-- keys: NAME -->` and `<!-- end keys -->`, NAME being an object's name.
enum KeyTables {
  static let end = "<!-- end keys -->"

  /// A problem with the markers of a document.
  struct MarkerError: Error, CustomStringConvertible {
    let description: String
  }

  /// `markdown` with every table between markers replaced by the table of the object it names.
  static func updated(_ markdown: String, formats: [ObjectFormat]) throws(MarkerError) -> String {
    let byName = Dictionary(formats.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    var output: [Substring] = []
    var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)[...]
    while let line = lines.popFirst() {
      output.append(line)
      guard line.hasPrefix("<!-- keys: "), line.hasSuffix(" -->") else { continue }
      let name = String(line.dropFirst("<!-- keys: ".count).dropLast(" -->".count))
      guard let format = byName[name] else {
        throw MarkerError(description: "no object of the format is called \"\(name)\"")
      }
      guard let close = lines.firstIndex(where: { $0 == end }) else {
        throw MarkerError(description: "the table of \"\(name)\" has no \(end)")
      }
      output.append(contentsOf: format.table.split(separator: "\n"))
      lines = lines[close...]
    }
    return output.joined(separator: "\n")
  }

  /// The names the markers of `markdown` refer to, in order.
  static func names(in markdown: String) -> [String] {
    markdown.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("<!-- keys: "), line.hasSuffix(" -->") else { return nil }
      return String(line.dropFirst("<!-- keys: ".count).dropLast(" -->".count))
    }
  }
}
