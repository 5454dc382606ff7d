import Foundation
import Testing

/// `ccsim validate` on a sweep file: read with the loader `ccsim sweep` uses, its problems
/// listed as `sweep` lists them (file:line:column and JSON path, exit 65), and for a valid
/// sweep its points and units of work.
struct ValidateSweepTests {
  /// A directory with the tiny scenario and its sweep of 8 points × 2 replications.
  static func setUp(_ edit: (String) -> String = { $0 }) -> String {
    SweepCommandTests.setUp(edit).appendingPathComponent("sweep.json").path
  }

  @Test func theExampleSweepIsValidWithItsPointsAndUnits() {
    let sweep = CLI.scenario("sweeps/cms-day-agents.json")
    let result = CLI.run("validate", sweep)
    #expect(result.code == 0, "\(result.err)")
    // 3 agent counts × 2 variants × 3 demand factors = 18 points; 18 × 3 replications = 54.
    #expect(
      result.out
        == "\(sweep): valid sweep of \"CMS centre: a Monday\" — 18 point(s) (agents:gich 3 × "
        + "variant 2 × demand 3) × 3 replication(s) = 54 unit(s), so up to 54 shard(s) with work\n"
    )
    #expect(result.err.isEmpty)
  }

  @Test func aValidSweepInJSONGivesItsPointsReplicationsAndUnits() throws {
    let result = CLI.run("validate", Self.setUp(), "--format", "json")
    #expect(result.code == 0, "\(result.err)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["valid"] as? Bool == true)
    #expect((object["errors"] as? [Any])?.isEmpty == true)
    #expect(object["kind"] as? String == "sweep")
    // 2 agent counts × 2 variants × 2 demand factors, of 2 replications each.
    #expect(object["points"] as? Int == 8)
    #expect(object["replications"] as? Int == 2)
    #expect(object["units"] as? Int == 16)
  }

  @Test func aSweepWithoutFactorsIsOnePoint() {
    let sweep = CLI.write(#"{"scenario": "tiny.json", "replications": 5}"#, name: "sweep.json")
    try! SweepCommandTests.scenario.write(
      toFile: URL(fileURLWithPath: sweep).deletingLastPathComponent().appendingPathComponent(
        "tiny.json"
      ).path, atomically: true, encoding: .utf8)
    let result = CLI.run("validate", sweep)
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("— 1 point(s) (no factors) × 5 replication(s) = 5 unit(s)"))
  }

  /// The problems of a bad sweep, in the sweep file and in a variant of its scenario, are
  /// those `ccsim sweep` lists, word for word.
  @Test func aBadSweepListsWhatSweepWouldWithExit65() {
    let sweep = Self.setUp {
      $0.replacing("\"demand\": [1, 1.25]", with: "\"demand\": [1, -1]")
        .replacing("\"gich\": [2, 3]", with: "\"gihc\": [2, 3]")
        .replacing("\"value\": 300", with: "\"value\": \"long\"")
    }
    let validate = CLI.run("validate", sweep)
    #expect(validate.code == 65)
    #expect(validate.out.isEmpty)
    #expect(
      validate.err.contains(#"\#(sweep):12:19: factors.demand[1]: -1 is not a demand factor"#))
    #expect(validate.err.contains(#"\#(sweep):6:24: factors.agents.gihc: no team "gihc""#))
    #expect(validate.err.contains(#"(variant "patient")"#))
    let out = URL(fileURLWithPath: sweep).deletingLastPathComponent().appendingPathComponent("out")
    let run = CLI.run("sweep", sweep, "--out", out.path)
    #expect(run.code == 65)
    #expect(validate.err == run.err.replacing("See 'ccsim sweep --help'.", with: ""))
  }

  @Test func aBadSweepInJSONGivesEachProblemsLineColumnAndPath() throws {
    let sweep = Self.setUp { $0.replacing("\"demand\": [1, 1.25]", with: "\"demand\": [1, 0]") }
    let result = CLI.run("validate", sweep, "--format", "json")
    #expect(result.code == 65)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["valid"] as? Bool == false)
    #expect(object["kind"] == nil)
    let errors = try #require(object["errors"] as? [[String: Any]])
    #expect(errors.count == 1)
    #expect(errors.first?["file"] as? String == sweep)
    #expect(errors.first?["line"] as? Int == 12)
    #expect(errors.first?["column"] as? Int == 19)
    #expect(errors.first?["path"] as? String == "factors.demand[1]")
  }

  @Test func aSweepWhoseScenarioIsMissingNamesTheScenarioKey() {
    let sweep = Self.setUp { $0.replacing("\"tiny.json\"", with: "\"gone.json\"") }
    let result = CLI.run("validate", sweep)
    #expect(result.code == 65)
    #expect(result.err.contains(#"\#(sweep):3:15: scenario: cannot read the scenario"#))
  }

  /// A file that is not JSON is read as a scenario, whose loader reports the syntax error.
  @Test func aSweepThatIsNotJSONGivesItsSyntaxError() {
    let sweep = CLI.write(#"{"scenario": "tiny.json", "#, name: "sweep.json")
    let result = CLI.run("validate", sweep)
    #expect(result.code == 65)
    #expect(result.err.contains("\(sweep):1:"))
  }

  @Test func aScenarioIsStillValidatedAsAScenario() {
    let result = CLI.run("validate", CLI.scenario("cms-day.json"))
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains(": valid scenario (format 1) — "))
    #expect(!result.out.contains("sweep"))
  }
}
