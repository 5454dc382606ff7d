import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `ccsim check` after a routing change: the cases naming a step or a queue the scenario no
/// longer has fail (TAP `not ok`, a JUnit failure, exit 1) saying what is missing; the others
/// run and pass or fail on their own; a malformed file still exits 65.
struct CheckRoutingChangeTests {
  /// The Northern Ireland centre's tests, on its routing and on a change to it.
  static let before = CLI.scenario("routing-tests/ni-centre.json")
  static let after = CLI.scenario("routing-tests/routing-change/ni-centre.json")

  @Test func theTestsPassOnTheRoutingTheyWereWrittenFor() {
    let result = CLI.run("check", Self.before)
    #expect(result.code == 0, "\(result.out)\(result.err)")
    #expect(result.out.hasSuffix("# 5 passed, 0 failed\n"))
  }

  /// The same cases: the case that names the owner's-team step taken out and the one that
  /// names the renamed queue fail; the other three run and pass.
  @Test func aRemovedStepAndARenamedQueueFailTheirCasesOnly() throws {
    let junit = CLI.temporaryDirectory().appendingPathComponent("junit.xml").path
    let result = CLI.run("check", Self.after, "--junit", junit)
    #expect(result.code == 1, "\(result.err)")
    #expect(result.err.isEmpty)
    let out = result.out
    #expect(out.contains("1..5\n"))
    #expect(out.contains("ok 1 - valid SCIN, the team Ready: straight to the owner\n"))
    #expect(out.contains("ok 2 - valid SCIN, the team busy, GICH Ready: GICH at 2 minutes\n"))
    #expect(
      out.contains(
        """
        not ok 3 - valid SCIN, nobody free: the owner's team tried before GICH
          ---
          message: "expect.path[1]: plan owner-first has no step \\"ownerTeam\\" (its steps: owner, gich) (line 16)"
          got: "not run: the case names what the scenario does not have"
          at: "\(Self.after):14"
          ...

        """))
    #expect(out.contains("not ok 4 - no SCIN: to GICH\n"))
    #expect(
      out.contains(
        #"  message: "expect.queue: no queue \"gich\" (one of: owner-first, no-scin,"#
          + #" belfast-maintenance+gich) (line 20)""#))
    #expect(out.contains("ok 5 - no SCIN, GICH busy: waits though caseworkers are Ready\n"))
    #expect(out.hasSuffix("# 3 passed, 2 failed\n"))

    let xml = try String(contentsOfFile: junit, encoding: .utf8)
    #expect(xml.contains("tests=\"5\" failures=\"2\" errors=\"0\""))
    #expect(
      xml.contains(
        "<failure message=\"expect.queue: no queue &quot;gich&quot; (one of: owner-first,"
          + " no-scin, belfast-maintenance+gich) (line 20)\" type=\"MissingName\">"))
    #expect(xml.components(separatedBy: "type=\"MissingName\"").count == 3)
    #expect(!xml.contains("type=\"RoutingExpectation\""))
    #expect(throws: Never.self) { _ = try XMLDocument(xmlString: xml) }
  }

  /// On cms-day with the owner's-segment step taken out of owner-first and the third-party
  /// queue renamed: a case failing on a missing name, one failing on its expectation and one
  /// passing, side by side.
  @Test func missingNamesAndWrongExpectationsFailSideBySide() throws {
    let directory = CLI.temporaryDirectory()
    let original = try String(contentsOfFile: CLI.scenario("cms-day.json"), encoding: .utf8)
    let segmentStep = """
                {
                  "after": "1m",
                  "target": "ownerSegment"
                },

      """
    let queue = #""id": "third-party",\#n        "steps""#
    #expect(original.contains(segmentStep) && original.contains(queue))
    let scenario = original.replacingOccurrences(of: segmentStep, with: "")
      .replacingOccurrences(of: queue, with: #""id": "option-3",\#n        "steps""#)
      .replacingOccurrences(of: #""plan": "third-party""#, with: #""plan": "option-3""#)
    try scenario.write(
      to: directory.appendingPathComponent("changed.json"), atomically: true, encoding: .utf8)
    let tests = """
      {"scenario": "changed.json", "defaults": {"time": "10:30"},
       "cases": [
        {"name": "owner Ready", "caller": {"line": "client-maintenance", "branch": "validScin",
         "owner": "MN101"}, "agents": {"MN101": "ready"}, "expect": {"agent": "MN101"}},
        {"name": "the segment after a minute",
         "caller": {"line": "client-maintenance", "branch": "validScin", "owner": "MN101"},
         "agents": {"MS104": "ready", "gich": "ready"},
         "expect": {"agent": "MS104", "step": "ownerSegment", "wait": "1m"}},
        {"name": "the segment's agent, step unnamed",
         "caller": {"line": "client-maintenance", "branch": "validScin", "owner": "MN101"},
         "agents": {"MS104": "ready", "gich": "ready"},
         "expect": {"agent": "MS104"}},
        {"name": "option 3 queue",
         "caller": {"line": "employer", "branch": "thirdParty"},
         "agents": {"T101": "ready"},
         "expect": {"queue": "third-party", "agent": "T101"}}
       ]}
      """
    let path = directory.appendingPathComponent("routing.json").path
    try tests.write(toFile: path, atomically: true, encoding: .utf8)
    let result = CLI.run("check", path)
    #expect(result.code == 1, "\(result.err)")
    let out = result.out
    #expect(out.contains("ok 1 - owner Ready\n"))
    #expect(out.contains("not ok 2 - the segment after a minute\n"))
    #expect(
      out.contains(
        #"message: "expect.step: plan owner-first has no step \"ownerSegment\" (its steps:"#
          + #" owner, ownerTeam, gich) (line 8)""#))
    // Runs, and fails on what happened: without the segment step, GICH takes the call.
    #expect(out.contains("not ok 3 - the segment's agent, step unnamed\n"))
    #expect(out.contains("expected agent MS104, but the call was offered to G"))
    #expect(out.contains("not ok 4 - option 3 queue\n"))
    // cms-day has more than ten queues and none is close: the message names the missing one.
    #expect(out.contains(#"message: "expect.queue: no queue \"third-party\" (line 16)""#))
    #expect(out.hasSuffix("# 1 passed, 3 failed\n"))
  }

  /// A malformed file still exits 65, listing the missing names among its problems.
  @Test func aMalformedFileStillExits65() {
    let file = CLI.write(
      #"""
      {"scenario": "\#(CLI.scenario("ni-centre.json"))",
       "cases": [{"name": "a", "caller": {"line": "client", "branch": "noScin"},
                  "expect": {"queue": "gich2", "wiat": "0s"}}]}
      """#, name: "routing.json")
    let result = CLI.run("check", file)
    #expect(result.code == 65)
    #expect(result.out.isEmpty)
    #expect(
      result.err.contains(#"cases[0].expect.wiat: unknown key "wiat" (did you mean "wait"?)"#))
    #expect(result.err.contains(#"cases[0].expect.queue: no queue "gich2""#))
    let broken = CLI.write(
      #"{"scenario": "\#(CLI.scenario("ni-centre.json"))", "cases": [{"name": 3}]}"#,
      name: "routing.json")
    #expect(CLI.run("check", broken).code == 65)
  }
}
