/// The records of a small comma-separated file: a header and data rows, each with its line
/// number, split into fields.
///
/// The dialect is what spreadsheets and WFM tools export: fields separated by commas (or another
/// `separator`: a tab, a pipe), a field
/// optionally wrapped in double quotes (`""` inside quotes is one quote), spaces around a field
/// ignored, lines ending in LF, CR LF or CR, a UTF-8 byte-order mark at the start ignored.
/// A field never spans lines.
public struct CSVRecords: Sendable {
  /// One line of the file.
  public struct Record: Sendable, Equatable {
    /// The line number in the file, from 1.
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
      self.line = line
      self.fields = fields
    }
  }

  /// Why a file could not be split into records.
  public enum Problem: Error, Equatable {
    case empty
    case semicolons
    case unterminatedQuote(line: Int)
    case blankLine(line: Int)
  }

  /// The first line.
  public let header: Record
  /// The lines after it; blank lines at the end of the file are dropped.
  public let rows: [Record]

  /// Splits `text` into records of fields separated by `separator`. A comma-separated file whose
  /// first line has semicolons and no comma is refused (`Problem.semicolons`): a spreadsheet
  /// saved in a locale that writes decimal commas.
  public init(_ text: String, separator: Character = ",") throws(Problem) {
    var text = Substring(text)
    if text.first == "\u{FEFF}" { text = text.dropFirst() }
    var lines = Self.lines(text)
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    guard let first = lines.first else { throw .empty }
    if separator == "," && first.contains(";") && !first.contains(",") { throw .semicolons }
    var records: [Record] = []
    for (index, line) in lines.enumerated() {
      guard !line.allSatisfy(\.isWhitespace) else { throw .blankLine(line: index + 1) }
      guard let fields = Self.fields(line, separator: separator) else {
        throw .unterminatedQuote(line: index + 1)
      }
      records.append(Record(line: index + 1, fields: fields))
    }
    header = records[0]
    rows = Array(records.dropFirst())
  }

  /// The lines of `text`, split at LF, CR LF and CR (each always a break between characters, so
  /// the bytes can be scanned).
  ///
  /// - Complexity: O(*n*) in the bytes of `text`.
  static func lines(_ text: Substring) -> [Substring] {
    var lines: [Substring] = []
    let bytes = text.utf8
    var start = bytes.startIndex
    var index = start
    while index != bytes.endIndex {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
        bytes.formIndex(after: &index)
        continue
      }
      lines.append(text[start..<index])
      bytes.formIndex(after: &index)
      if byte == UInt8(ascii: "\r"), index != bytes.endIndex, bytes[index] == UInt8(ascii: "\n") {
        bytes.formIndex(after: &index)
      }
      start = index
    }
    lines.append(text[start..<bytes.endIndex])
    return lines
  }

  /// Splits one line into fields separated by `separator`, honouring double quotes; nil when a
  /// quote is not closed.
  public static func fields(_ line: Substring, separator: Character = ",") -> [String]? {
    if let separator = separator.asciiValue, let fields = asciiFields(line, separator: separator) {
      return fields
    }
    var fields: [String] = []
    var current = ""
    var quoted = false
    var wasQuoted = false
    var characters = Array(line)[...]
    while let character = characters.popFirst() {
      switch character {
      case "\"" where quoted:
        if characters.first == "\"" {
          characters.removeFirst()
          current.append("\"")
        } else {
          quoted = false
        }
      case "\"" where current.allSatisfy(\.isWhitespace) && !wasQuoted:
        quoted = true
        wasQuoted = true
        current = ""
      case separator where !quoted:
        fields.append(wasQuoted ? current : String(current.trimmingSpaces))
        current = ""
        wasQuoted = false
      default:
        if !(wasQuoted && !quoted && character.isWhitespace) { current.append(character) }
      }
    }
    guard !quoted else { return nil }
    fields.append(wasQuoted ? current : String(current.trimmingSpaces))
    return fields
  }

  /// The fields of a line of ASCII without quotes — most lines of most files —, split by
  /// scanning its bytes: the same fields as the general path, spaces around each removed; nil
  /// for any other line.
  static func asciiFields(_ line: Substring, separator: UInt8) -> [String]? {
    let bytes = line.utf8
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\"") }) else { return nil }
    // The ASCII characters that are white space: tab, line feed, VT, FF, CR and space.
    let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
    var fields: [String] = []
    var start = bytes.startIndex
    while true {
      var end = bytes[start...].firstIndex(of: separator) ?? bytes.endIndex
      let next = end
      var from = start
      while from != end, isSpace(bytes[from]) { bytes.formIndex(after: &from) }
      while end != from, isSpace(bytes[bytes.index(before: end)]) { bytes.formIndex(before: &end) }
      fields.append(String(line[from..<end]))
      guard next != bytes.endIndex else { return fields }
      start = bytes.index(after: next)
    }
  }
}
