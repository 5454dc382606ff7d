import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `ccsim check ROUTING-TESTS`: the shipped tests pass, a wrong expectation fails with exit 1
/// and a JUnit failure, a malformed file exits 65 naming the JSON path.
struct CheckCommandTests {
  static let shipped = CLI.scenario("routing-tests/cms-day.json")

  /// A tests file on `cms-day.json` with `cases`, in a fresh directory.
  static func testsFile(_ cases: String) -> String {
    CLI.write(
      """
      {"scenario": "\(CLI.scenario("cms-day.json"))",
       "defaults": {"time": "10:30"},
       "cases": [\(cases)]}
      """, name: "routing.json")
  }

  static let ownerReady = """
    {"name": "owner Ready", "caller": {"line": "client-maintenance", "branch": "validScin",
     "owner": "MN101"}, "agents": {"MN101": "ready"}, "expect": {"agent": "MN101"}}
    """

  @Test func theShippedTestsCoverEveryBranchAndPass() throws {
    let result = CLI.run("check", Self.shipped)
    #expect(result.code == 0, "\(result.out)\(result.err)")
    #expect(result.out.hasPrefix("TAP version 14\n"))
    #expect(!result.out.contains("not ok"))
    #expect(result.out.contains("# 52 passed, 0 failed"))
    // Every branch of every line of cms-day.json's IVR is exercised.
    let tests = try String(contentsOfFile: Self.shipped, encoding: .utf8)
    let branches = [
      "client-maintenance": [
        "welsh", "hangUp", "validScin", "invalidScin", "incompleteScin", "noScin",
      ],
      "client-new-application": [
        "welsh", "hangUp", "validScin", "invalidScin", "incompleteScin", "noScin",
      ],
      "client-payments": [
        "welsh", "hangUp", "validScin", "invalidScin", "incompleteScin", "noScin",
      ],
      "employer": [
        "welsh", "hangUp", "validErn", "invalidErn", "incompleteErn", "thirdParty", "wrongOption",
      ],
    ]
    for (line, names) in branches {
      for branch in names {
        #expect(
          tests.contains(#""line": "\#(line)", "branch": "\#(branch)""#),
          "no case for \(line) \(branch)")
      }
    }
    for step in ["\"owner\"", "\"ownerTeam\"", "\"ownerSegment\"", "\"orphaned\""] {
      #expect(tests.contains(step))
    }
  }

  @Test func verboseSaysWhatHappenedToEveryCall() {
    let result = CLI.run("check", Self.testsFile(Self.ownerReady), "--verbose")
    #expect(result.code == 0)
    #expect(
      result.out.contains(
        "ok 1 - owner Ready\n  # offered to MN101 (maintenance-north) by owner after 0s in"
          + " owner-first; path owner"))
  }

  @Test func aWrongExpectationFailsWithExitOneAndAJUnitFailure() throws {
    let wrong = """
      {"name": "owner busy, wrongly expected to reach GICH first",
       "caller": {"line": "client-maintenance", "branch": "validScin", "owner": "MN101"},
       "agents": {"MN102": "ready", "gich": "ready"},
       "expect": {"team": "gich", "step": "gich", "wait": "3m"}}
      """
    let file = Self.testsFile(Self.ownerReady + ",\n" + wrong)
    let junit = CLI.temporaryDirectory().appendingPathComponent("junit.xml").path
    let result = CLI.run("check", file, "--junit", junit)
    #expect(result.code == 1)
    #expect(result.out.contains("ok 1 - owner Ready\n"))
    #expect(result.out.contains("not ok 2 - owner busy, wrongly expected to reach GICH first\n"))
    #expect(
      result.out.contains(
        #"  message: "expected team gich, but the call was offered to MN102 of maintenance-north""#)
    )
    #expect(result.out.contains("expected the offer by step gich, but it came by ownerTeam"))
    #expect(result.out.contains("expected the offer after 3m, but it came after 20s"))
    #expect(result.out.contains("  at: \"\(file):5\"\n"))
    #expect(result.out.hasSuffix("# 1 passed, 1 failed\n"))

    let xml = try String(contentsOfFile: junit, encoding: .utf8)
    #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"))
    #expect(xml.contains("tests=\"2\" failures=\"1\" errors=\"0\""))
    #expect(xml.contains("<testcase classname=\"routing.routing\" name=\"owner Ready\""))
    #expect(
      xml.contains(
        "<failure message=\"expected team gich, but the call was offered to MN102 of"
          + " maintenance-north\" type=\"RoutingExpectation\">"))
    #expect(xml.components(separatedBy: "<failure ").count == 2)
    #expect(xml.hasSuffix("</testsuites>\n"))
    // Well-formed: Foundation's parser reads it.
    #expect(throws: Never.self) { _ = try XMLDocument(xmlString: xml) }
  }

  @Test func theJUnitFileIsWrittenWhenAllPass() throws {
    let junit = CLI.temporaryDirectory().appendingPathComponent("junit.xml").path
    let result = CLI.run("check", Self.shipped, "--junit", junit)
    #expect(result.code == 0)
    let xml = try String(contentsOfFile: junit, encoding: .utf8)
    #expect(xml.contains("tests=\"52\" failures=\"0\""))
    #expect(!xml.contains("<failure"))
  }

  @Test func aMalformedTestsFileExits65WithItsJSONPath() {
    let malformed = """
      {"name": "typo", "caller": {"line": "client-maintenance", "branch": "validSCIN"},
       "agents": {"MN1O1": "ready"}, "expect": {"agnet": "MN101"}}
      """
    let file = Self.testsFile(malformed)
    let result = CLI.run("check", file)
    #expect(result.code == 65)
    #expect(result.out.isEmpty)
    #expect(
      result.err.contains(
        "cases[0].caller.branch: line client-maintenance has no IVR branch \"validSCIN\""
          + " (did you mean \"validScin\"?)"))
    #expect(result.err.contains("cases[0].agents.MN1O1: no agent with staff number \"MN1O1\""))
    #expect(result.err.contains("cases[0].expect.agnet: unknown key \"agnet\""))
    #expect(result.err.contains(file + ":3:"))
    #expect(result.err.contains("problems found"))
  }

  @Test func badJSONExits65() {
    let result = CLI.run("check", CLI.write("{\"scenario\": ", name: "routing.json"))
    #expect(result.code == 65)
  }

  @Test func aMissingFileExits66() {
    let result = CLI.run("check", "/nonexistent/routing.json")
    #expect(result.code == 66)
    #expect(result.err.contains("/nonexistent/routing.json: no such file"))
    let orphan = CLI.write(#"{"scenario": "missing.json", "cases": []}"#, name: "routing.json")
    let missingScenario = CLI.run("check", orphan)
    #expect(missingScenario.code == 66)
    #expect(missingScenario.err.contains("missing.json: no such file (the scenario of"))
  }

  @Test func anUnwritableJUnitFileExits73() {
    let result = CLI.run("check", Self.testsFile(Self.ownerReady), "--junit", "/nonexistent/j.xml")
    #expect(result.code == 73)
  }

  @Test(arguments: [["check"], ["check", "a.json", "b.json"], ["check", "--junit"]])
  func usageErrorsExit64(_ arguments: [String]) {
    #expect(CLI.run(arguments).code == 64)
  }

  @Test func helpDescribesTheCommand() {
    let result = CLI.run("check", "--help")
    #expect(result.code == 0)
    #expect(result.out.contains("Usage: ccsim check ROUTING-TESTS [--junit FILE]"))
    #expect(CLI.run("--help").out.contains("check"))
  }
}
