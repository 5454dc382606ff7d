import Foundation
import Testing

/// A plan's `goal`: refused with the path when malformed, shown beside its queue's service
/// level, and held to by `ccsim staff`.
struct QueueGoalCommandTests {
  typealias Case = MalformedScenarioTests.Case

  static func plan(_ goal: String) -> String {
    #""routing": {"plans": [{"id": "q", "goal": GOAL, "steps": [{"target": {"teams": ["gich"]}}]}]}"#
      .replacingOccurrences(of: "GOAL", with: goal)
  }

  static let cases: [Case] = [
    Case(
      name: "an empty goal",
      document: MalformedScenarioTests.topLevel(plan("{}")),
      expected: [#"routing.plans[0].goal: gives none of "threshold", "target", "maxAbandon""#]),
    Case(
      name: "a target above 1",
      document: MalformedScenarioTests.topLevel(plan(#"{"target": 1.5}"#)),
      expected: ["routing.plans[0].goal.target:"]),
    Case(
      name: "a negative threshold",
      document: MalformedScenarioTests.topLevel(plan(#"{"threshold": "-5s"}"#)),
      expected: ["routing.plans[0].goal.threshold:"]),
    Case(
      name: "a misspelt key",
      document: MalformedScenarioTests.topLevel(plan(#"{"treshold": "60s"}"#)),
      expected: ["routing.plans[0].goal.treshold:", "threshold"]),
  ]

  @Test(arguments: cases)
  func isRejected(_ testCase: Case) {
    testCase.expectRejectedByValidate()
  }

  /// Two queues, one with a 60-second goal of its own, one team.
  static let twoQueues = """
    {"name": "two queues", "seed": 5, "duration": "2h", "interval": "1h",
     "lines": [{"id": "a", "callType": "general", "arrivals": {"perHour": 100}, "plan": "a"},
               {"id": "b", "callType": "general", "arrivals": {"perHour": 100}, "plan": "b"}],
     "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 180}}}],
     "teams": [{"id": "gich", "agents": 11, "handles": ["general"]}],
     "routing": {"plans": [
       {"id": "a", "goal": {"threshold": "60s", "target": 0.7},
        "steps": [{"target": {"teams": ["gich"]}}]},
       {"id": "b", "steps": [{"target": {"teams": ["gich"]}}]}]}}
    """

  @Test func theTableShowsEachQueuesGoal() {
    let result = CLI.run(["run", CLI.write(Self.twoQueues), "--replications", "2"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("SL goal"))
    #expect(result.out.contains("60 s, 70.0 %"))
    #expect(result.out.contains("20 s, 80.0 %"))
    #expect(result.out.contains("Service level (each queue's goal)"))
  }

  /// A queue goal's target of 1 cannot be staffed for: a usage error naming the queue.
  @Test func staffRefusesAQueueTargetOfOne() {
    let scenario = Self.twoQueues.replacingOccurrences(of: "\"target\": 0.7", with: "\"target\": 1")
    let result = CLI.run(["staff", CLI.write(scenario)] + StaffCommandTests.fast)
    #expect(result.code == 64, "\(result.code): \(result.err)")
    #expect(result.err.contains("queue 'a': its goal's target 1.0 cannot be staffed for"))
  }
}
