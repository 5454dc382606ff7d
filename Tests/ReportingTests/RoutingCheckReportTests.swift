import ContactCentre
import Testing

@testable import Reporting

/// The TAP and JUnit renderings of routing test verdicts.
struct RoutingCheckReportTests {
  static let results = [
    RoutingCaseResult(
      name: "owner Ready", summary: "offered to MN101 (maintenance-north) by owner after 0s",
      failures: [], seconds: 0.0012, line: 4),
    RoutingCaseResult(
      name: "option #3 <busy> & \"quoted\"", summary: "offered to G106 (gich) by gich after 0s",
      failures: ["expected team third-party, but the call was offered to G106 of gich", "second"],
      seconds: 0.5, line: 9),
  ]

  @Test func tapHasAPlanALineEachAndAYAMLBlockForFailures() {
    let tap = RoutingCheckTAP.render(Self.results, file: "t.json", scenario: "day.json")
    #expect(
      tap == """
        TAP version 14
        # ccsim check t.json (scenario day.json)
        1..2
        ok 1 - owner Ready
        not ok 2 - option \\#3 <busy> & "quoted"
          ---
          message: "expected team third-party, but the call was offered to G106 of gich"
          failures:
            - "expected team third-party, but the call was offered to G106 of gich"
            - "second"
          got: "offered to G106 (gich) by gich after 0s"
          at: "t.json:9"
          ...
        # 1 passed, 1 failed

        """)
    let verbose = RoutingCheckTAP.render(
      Self.results, file: "t.json", scenario: "day.json", verbose: true)
    #expect(
      verbose.contains(
        "ok 1 - owner Ready\n  # offered to MN101 (maintenance-north) by owner after 0s\n"))
  }

  @Test func yamlStringsAreEscaped() {
    #expect(RoutingCheckTAP.quoted("a \"b\" \\ c\nd\u{1}") == #""a \"b\" \\ c\nd\x01""#)
    #expect(RoutingCheckTAP.quoted("\u{1B}[2J\u{9B}\u{202E}") == #""\x1b[2J\x9b\u202e""#)
  }

  @Test func noControlCharacterOfANameReachesTheTerminal() {
    let hostile = [
      RoutingCaseResult(
        name: "bell\u{7} and \u{1B}]0;title\u{7}", summary: "offered to \u{1B}[2J",
        failures: [], seconds: 0, line: 1)
    ]
    let tap = RoutingCheckTAP.render(
      hostile, file: "t\u{1B}.json", scenario: "d\u{0}.json", verbose: true)
    #expect(tap.contains(#"# ccsim check t\u{1B}.json (scenario d\u{0}.json)"#), "\(tap)")
    #expect(tap.contains(#"ok 1 - bell\u{7} and \u{1B}]0;title\u{7}"#), "\(tap)")
    #expect(tap.contains(#"  # offered to \u{1B}[2J"#), "\(tap)")
    #expect(!tap.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func junitCountsTheCasesAndEscapesMarkup() {
    let xml = RoutingCheckJUnit.render(Self.results, file: "tests/t.json", scenario: "day.json")
    #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
    #expect(
      xml.contains(
        "<testsuites name=\"ccsim check\" tests=\"2\" failures=\"1\" errors=\"0\" time=\"0.501\">"))
    #expect(
      xml.contains(
        "<testcase classname=\"routing.t\" name=\"owner Ready\" time=\"0.001\" file=\"tests/t.json\" line=\"4\">"
      ))
    #expect(xml.contains("name=\"option #3 &lt;busy&gt; &amp; &quot;quoted&quot;\""))
    #expect(
      xml.contains(
        "<failure message=\"expected team third-party, but the call was offered to G106 of gich\""
          + " type=\"RoutingExpectation\">"))
    #expect(xml.contains("&#10;second&#10;got: offered to G106 (gich) by gich after 0s</failure>"))
    #expect(xml.components(separatedBy: "<testcase ").count == 3)
    #expect(RoutingCheckJUnit.escape("a\u{0}b") == "a\u{FFFD}b")
  }
}
