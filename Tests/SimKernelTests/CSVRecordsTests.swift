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

  @Test func problemsAreNamed() {
    #expect(throws: CSVRecords.Problem.semicolons) { try CSVRecords("a;b\n1;2") }
    #expect(throws: CSVRecords.Problem.empty) { try CSVRecords(" \n") }
    #expect(throws: CSVRecords.Problem.unterminatedQuote(line: 2)) { try CSVRecords("a\n\"1\n") }
    #expect(throws: CSVRecords.Problem.blankLine(line: 2)) { try CSVRecords("a\n\n1") }
  }
}
