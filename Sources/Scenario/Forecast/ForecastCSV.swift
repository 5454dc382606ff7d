import Foundation

/// Reads a column of a forecast exported by a WFM tool: a CSV with a header row and one row per
/// reporting interval from the scenario's start.
struct ForecastCSV {
  let directory: String
  let diagnostics: Diagnostics

  /// The numbers in column `column` of `file`, or nil (with errors reported).
  ///
  /// `file` must be a relative path that stays inside the scenario's directory.
  func column(_ column: String, of file: String, node: JSONNode, at path: JSONPath) -> [Double]? {
    let parts = file.split(separator: "/", omittingEmptySubsequences: false)
    guard !file.isEmpty, !file.hasPrefix("/"), !parts.contains("..") else {
      diagnostics.report(
        .invalidValue, at: path, node.location,
        "\"\(file)\" must be a relative path inside the scenario's directory")
      return nil
    }
    let fullPath = directory.isEmpty ? file : directory + "/" + file
    guard let data = FileManager.default.contents(atPath: fullPath),
      let text = String(data: data, encoding: .utf8)
    else {
      diagnostics.report(
        .referencedFile, at: path, node.location, "cannot read forecast file \"\(file)\"")
      return nil
    }
    var lines = text.split(omittingEmptySubsequences: false) {
      $0 == "\n" || $0 == "\r\n" || $0 == "\r"
    }
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    guard let header = lines.first else {
      diagnostics.report(.referencedFile, at: path, node.location, "\(file): the file is empty")
      return nil
    }
    let names = Self.fields(header)
    guard let index = names.firstIndex(of: column) else {
      diagnostics.report(
        .referencedFile, at: path, node.location,
        "\(file):1: no column \"\(column)\" (columns: \(names.joined(separator: ", ")))")
      return nil
    }
    var values: [Double] = []
    var failed = false
    for (number, line) in lines.enumerated().dropFirst() {
      let fields = Self.fields(line)
      guard index < fields.count, Self.isDecimal(fields[index]),
        let value = Double(fields[index]), value.isFinite, value >= 0
      else {
        let found = index < fields.count ? "\"\(fields[index])\"" : "nothing"
        diagnostics.report(
          .referencedFile, at: path, node.location,
          "\(file):\(number + 1): column \"\(column)\" has \(found), not a number of calls ≥ 0")
        failed = true
        continue
      }
      values.append(value)
    }
    if values.isEmpty && !failed {
      diagnostics.report(
        .referencedFile, at: path, node.location, "\(file): no data rows after the header")
      return nil
    }
    return failed ? nil : values
  }

  /// Whether `field` is a plain decimal number (no hex, no "nan" or "inf").
  static func isDecimal(_ field: String) -> Bool {
    !field.isEmpty && field.allSatisfy { "0123456789.eE+-".contains($0) }
  }

  /// Splits one CSV line into fields, honouring double quotes.
  static func fields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var iterator = line.makeIterator()
    while let character = iterator.next() {
      switch character {
      case "\"" where quoted:
        quoted = false
      case "\"" where current.isEmpty:
        quoted = true
      case "," where !quoted:
        fields.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
      default:
        current.append(character)
      }
    }
    fields.append(current.trimmingCharacters(in: .whitespaces))
    return fields
  }
}
