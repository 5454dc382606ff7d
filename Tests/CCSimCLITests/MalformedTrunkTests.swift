import Testing

/// A line's `trunks` and a plan's `maxWaiting` out of range, or of the wrong type, are refused
/// with the file, the JSON path and the problem.
struct MalformedTrunkTests {
  typealias Case = MalformedScenarioTests.Case

  static let plan =
    #""routing": {"plans": [{"id": "q", "maxWaiting": LIMIT, "steps": [{"target": {"teams": ["gich"]}}]}]}"#

  static let cases: [Case] = [
    Case(
      name: "no trunks",
      document: MalformedScenarioTests.edit(#""id": "main""#, #""id": "main", "trunks": 0"#),
      expected: ["lines[0].trunks: 0 is out of range (1 to 1000000)"]),
    Case(
      name: "trunks a fraction",
      document: MalformedScenarioTests.edit(#""id": "main""#, #""id": "main", "trunks": 2.5"#),
      expected: ["lines[0].trunks:"]),
    Case(
      name: "negative queue limit",
      document: MalformedScenarioTests.topLevel(plan.replacingOccurrences(of: "LIMIT", with: "-1")),
      expected: ["routing.plans[0].maxWaiting: -1 is out of range (0 to 1000000)"]),
    Case(
      name: "queue limit a string",
      document: MalformedScenarioTests.topLevel(
        plan.replacingOccurrences(of: "LIMIT", with: #""ten""#)),
      expected: ["routing.plans[0].maxWaiting:"]),
  ]

  @Test(arguments: cases)
  func isRejected(_ testCase: Case) {
    testCase.expectRejectedByValidate()
  }
}
