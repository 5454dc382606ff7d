import Foundation
import Testing

/// Handle time by who serves and agent selection (issue 18 parts 2 and 3): each rejected
/// document names the file, the JSON path and the problem.
struct MalformedServedByTests {
  static let base = """
    {
      "name": "served by",
      "duration": "2h",
      "lines": [{"id": "main", "callType": "general", "plan": "queue",
                 "arrivals": {"perHour": 100}}],
      "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 180}},
                     "proficiencyFactors": [{"level": 2, "talk": 0.8}]}],
      "teams": [{"id": "gich", "shifts": [{"start": "00:00", "end": "02:00",
                                         "agents": [{"proficiency": 2}, {}]}],
                 "handleTimes": [{"callType": "general", "talk": "2m"}]},
                {"id": "flex", "agents": 2}],
      "routing": {"plans": [{"id": "queue",
                             "steps": [{"target": {"teams": ["gich", "flex"]},
                                        "select": "weightedRandom", "weights": [2, 1]}]}]}
    }
    """

  static func edit(_ from: String, _ to: String) -> String {
    precondition(base.contains(from), from)
    return base.replacingOccurrences(of: from, with: to)
  }

  static let cases: [MalformedScenarioTests.Case] = [
    .init(
      name: "an unknown selection",
      document: edit("\"select\": \"weightedRandom\"", "\"select\": \"random\""),
      expected: ["routing.plans[0].steps[0].select"]),
    .init(
      name: "weights without weightedRandom",
      document: edit("\"select\": \"weightedRandom\"", "\"select\": \"teamOrder\""),
      expected: [
        "routing.plans[0].steps[0].weights: weights are for \"select\": \"weightedRandom\" only"
      ]),
    .init(
      name: "one weight for two teams",
      document: edit("\"weights\": [2, 1]", "\"weights\": [2]"),
      expected: [
        "routing.plans[0].steps[0].weights: weights need one number per team of the target (2)"
      ]),
    .init(
      name: "weights on a segment target",
      document: edit("{\"teams\": [\"gich\", \"flex\"]}", "\"ownerTeam\""),
      expected: ["routing.plans[0].steps[0].weights: weights need a target naming \"teams\""]),
    .init(
      name: "a zero weight",
      document: edit("\"weights\": [2, 1]", "\"weights\": [2, 0]"),
      expected: ["routing.plans[0].steps[0].weights[1]: a factor must be above 0"]),
    .init(
      name: "a proficiency of 10",
      document: edit("{\"proficiency\": 2}", "{\"proficiency\": 10}"),
      expected: ["teams[0].shifts[0].agents[0].proficiency"]),
    .init(
      name: "two entries for one level",
      document: edit(
        "[{\"level\": 2, \"talk\": 0.8}]", "[{\"level\": 2, \"talk\": 0.8}, {\"level\": 2}]"),
      expected: ["callTypes[0].proficiencyFactors[1]: level 2 has two entries"]),
    .init(
      name: "two entries for one call type",
      document: edit(
        "[{\"callType\": \"general\", \"talk\": \"2m\"}]",
        "[{\"callType\": \"general\", \"talk\": \"2m\"}, {\"callType\": \"general\"}]"),
      expected: ["teams[0].handleTimes[1]: call type \"general\" has two entries"]),
    .init(
      name: "an unknown call type",
      document: edit(
        "{\"callType\": \"general\", \"talk\"", "{\"callType\": \"billing\", \"talk\""),
      expected: ["teams[0].handleTimes[0].callType"]),
  ]

  @Test(arguments: cases)
  func rejectedWithPath(_ testCase: MalformedScenarioTests.Case) {
    testCase.expectRejectedByValidate()
  }

  @Test func theBaseIsValid() {
    let result = CLI.run("validate", CLI.write(Self.base))
    #expect(result.code == 0, "\(result.err)")
  }
}
