import ContactCentre
import Foundation
import Scenario
import TestSupport
import Testing

/// 200 random scenarios drawn from the whole format, each read through the loader and run with
/// the model's rules checked as it goes (`checks: true`), then held to the conservation laws of
/// PRODUCT §8. A failure names its seed: `RandomScenario(seed:).json` is the scenario.
struct RandomScenarioTests {
  @Test(arguments: 1...200)
  func randomScenarioKeepsEveryRule(seed: UInt64) throws {
    let text = RandomScenario(seed: seed).json
    let configuration: CentreConfiguration
    do {
      configuration = try ScenarioLoader.decode(
        Array(text.utf8), file: "random-\(seed).json", directory: "/nonexistent")
    } catch {
      Issue.record("seed \(seed): the generated scenario is refused:\n\(error)\n\(text)")
      return
    }
    let statistics = CentreRun.run(configuration, replication: 0, checks: true)
    #expect(statistics.violation == nil, "seed \(seed): \(statistics.violation ?? "")\n\(text)")
    for (queue, tally) in statistics.queues.enumerated() {
      let name = configuration.queues[queue].id
      #expect(
        tally.offered == tally.answered + tally.abandoned + tally.unresolvedAtEnd,
        "seed \(seed), queue \(name): offered = answered + abandoned + unresolved")
      #expect(
        statistics.queueOutcomes[queue].total == tally.answered,
        "seed \(seed), queue \(name): one outcome per answered call")
      #expect(tally.answeredWithinThreshold <= tally.answered, "seed \(seed), queue \(name)")
      #expect(tally.shortAbandoned <= tally.abandoned, "seed \(seed), queue \(name)")
    }
    let total = statistics.total
    #expect(
      total.offered == total.answered + total.abandoned + total.unresolvedAtEnd,
      "seed \(seed): offered = answered + abandoned + unresolved in total")
  }

  @Test func theGeneratorIsDeterministicAndVaried() {
    #expect(RandomScenario(seed: 7).json == RandomScenario(seed: 7).json)
    let texts = Set((1...200).map { RandomScenario(seed: $0).json })
    #expect(texts.count == 200)
    // Every section appears somewhere in the 200.
    for key in [
      "\"ivr\"", "\"callTypes\": {", "\"plans\"", "\"shifts\"", "\"notReady\"", "\"shrinkage\"",
      "\"missProbability\"", "\"outcomes\"", "\"redials\"", "\"transfer\"", "\"cold\": true",
      "\"consult\"", "\"security\"", "\"interpretation\"", "\"callBacks\"", "\"activityPlans\"",
      "\"retry\"", "\"reserve\"", "\"casegroups\"", "\"isTeamLeader\"", "\"pulse\"",
      "\"emergency\"", "\"overdispersion\"", "\"perInterval\"", "\"segments\"", "\"agent\":",
    ] {
      #expect(texts.contains { $0.contains(key) }, "no scenario has \(key)")
    }
  }

  /// Writes random scenarios 1…N as `random-K.json` into the directory named by
  /// `CCSIM_WRITE_RANDOM_SCENARIOS` (N from `CCSIM_RANDOM_SCENARIO_COUNT`, default 50), for
  /// `scripts/identity.sh`; skipped unless that variable is set.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["CCSIM_WRITE_RANDOM_SCENARIOS"] != nil))
  func writesRandomScenariosForScripts() throws {
    let environment = ProcessInfo.processInfo.environment
    let directory = try #require(environment["CCSIM_WRITE_RANDOM_SCENARIOS"])
    let count = Int(environment["CCSIM_RANDOM_SCENARIO_COUNT"] ?? "") ?? 50
    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
    for seed in 1...UInt64(max(count, 1)) {
      let path = directory + "/random-\(seed).json"
      try RandomScenario(seed: seed).json.write(toFile: path, atomically: true, encoding: .utf8)
    }
  }
}
