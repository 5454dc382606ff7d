import Testing

@testable import SimKernel

/// The CSV dialect: quotes, spaces, line ends and a byte-order mark; other separators; the
/// semicolon refusal only for commas.
@Suite struct CSVRecordsTests {
  @Test func quotedFieldsSpacesAndLineEndsAreRead() throws {
    let records = try CSVRecords("\u{FEFF}a, b ,\"c, \"\"d\"\"\"\r\n1,2,3\r4,5,6\n\n")
    #expect(records.header.fields == ["a", "b", "c, \"d\""])
    #expect(
      records.rows == [
        .init(line: 2, fields: ["1", "2", "3"]), .init(line: 3, fields: ["4", "5", "6"]),
      ])
  }

  @Test func otherSeparatorsSplitFieldsAndKeepCommas() throws {
    let tabbed = try CSVRecords("a\tb;c\n1,5\t2", separator: "\t")
    #expect(tabbed.header.fields == ["a", "b;c"])
    #expect(tabbed.rows[0].fields == ["1,5", "2"])
    #expect(CSVRecords.fields("x|\"y|z\"|", separator: "|") == ["x", "y|z", ""])
  }

  /// Lines of ASCII without quotes are split by their bytes; the fields are those of the general
  /// path, which a line with a non-ASCII character takes.
  @Test func bytesAndCharactersSplitAlike() {
    let lines = [" a ,b\t, ,c ", ",,", "", "x", " \t ", "1.5,  2 ,3\u{0B}"]
    for line in lines {
      for separator in [",", "\t", "|"] as [Character] {
        let ascii = CSVRecords.fields(Substring(line), separator: separator)
        // A last field of its own holding a non-ASCII letter sends the line the general way.
        let wider = line + String(separator) + "é"
        var expected = CSVRecords.fields(Substring(wider), separator: separator)
        #expect(expected?.popLast() == "é")
        #expect(
          ascii == expected, "\(line.debugDescription) split at \(separator.debugDescription)")
      }
    }
    #expect(CSVRecords.fields(" a ,b\t, ,c ") == ["a", "b", "", "c"])
  }

  @Test func problemsAreNamed() {
    #expect(throws: CSVRecords.Problem.semicolons) { try CSVRecords("a;b\n1;2") }
    #expect(throws: CSVRecords.Problem.empty) { try CSVRecords(" \n") }
    #expect(throws: CSVRecords.Problem.unterminatedQuote(line: 2)) { try CSVRecords("a\n\"1\n") }
    #expect(throws: CSVRecords.Problem.blankLine(line: 2)) { try CSVRecords("a\n\n1") }
  }
}
