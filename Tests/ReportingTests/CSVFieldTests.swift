import Testing

@testable import Reporting

/// A cell of the scenario's text opens in a spreadsheet as text: a formula's first character
/// gets a `'`, control characters are shown, and the field is quoted as RFC 4180 says; ccsim's
/// own text and numbers are left as they are.
@Suite struct CSVFieldTests {
  @Test(arguments: [
    ("gich", "gich"),
    ("", ""),
    ("=HYPERLINK(\"http://x\",\"y\")", #""'=HYPERLINK(""http://x"",""y"")""#),
    ("+44 20", "'+44 20"),
    ("-3", "'-3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", #"'\u{9}x"#),
    ("\rx", #"'\u{D}x"#),
    ("\r\nx", #"'\u{D}\u{A}x"#),
    ("a=b", "a=b"),
    ("queue:=x", "queue:=x"),
    ("x\u{1B}[2J\u{0}", #"x\u{1B}[2J\u{0}"#),
    ("two\nlines", #"two\u{A}lines"#),
    ("a, b", #""a, b""#),
    ("'quoted'", "'quoted'"),
  ])
  func textFromTheScenarioIsNeutralised(_ field: String, _ written: String) {
    #expect(CSVField.text(field) == written)
  }

  @Test func ccsimsOwnTextAndNumbersAreNot() {
    #expect(CSVField.number(-3.5) == "-3.5")
    #expect(CSVField.escape("-") == "-")
    #expect(CSVField.escape("Unresolved – Escalated") == "Unresolved – Escalated")
    #expect(CSVField.escape("a,b") == "\"a,b\"")
  }
}
