import ContactCentre
import Foundation
import Scenario
import TestSupport
import Testing

/// The teams serving each queue (`QueueTeams`) against scenarios and the simulation itself:
/// every answered call was taken by a team serving its queue.
struct QueueTeamsOfScenariosTests {
  static let cmsDay = try! ScenarioLoader.load(
    path: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scenarios/cms-day.json").path)

  /// The ids of the teams serving the queue named `id`.
  static func serving(_ id: String, in configuration: CentreConfiguration) throws -> [String] {
    let plan = try #require(configuration.queues.firstIndex { $0.id == id }, "no queue \(id)")
    return configuration.queueTeams.serving[plan].map { configuration.teams[$0].id }
  }

  /// Checks that every inbound call answered in the run was taken by a team serving its queue,
  /// and returns how many there were.
  @discardableResult
  static func checkAnsweredCalls(_ configuration: CentreConfiguration, _ name: String) -> Int {
    let serving = configuration.queueTeams.serving
    let statistics = CentreRun.run(configuration, replication: 0, calls: true)
    var answered = 0
    for call in statistics.calls
    where call.direction == .inbound && call.answered != nil && call.queue >= 0 {
      answered += 1
      #expect(
        serving[call.queue].contains(call.team),
        """
        \(name): a call of queue \(configuration.queues[call.queue].id) \
        (redial \(call.isRedial), transfer leg \(call.isTransferLeg), SCIN \(call.scin)) \
        answered by \(configuration.teams[call.team].id), not among \
        \(serving[call.queue].map { configuration.teams[$0].id })
        """)
    }
    return answered
  }

  @Test func aTransferToANamedCaseworkerOnTheCMSDayReachesTheirTeamAndGICH() throws {
    // NC101 is on new case, the only team of segment new-case; MN101 on maintenance north.
    #expect(try Self.serving("transfer:NC101→gich", in: Self.cmsDay) == ["gich", "new-case"])
    #expect(
      try Self.serving("transfer:MN101→gich", in: Self.cmsDay)
        == ["gich", "maintenance-north", "maintenance-south"])
    // Owner-first's valid SCINs belong to the caseworker teams, widening to GICH.
    #expect(
      try Self.serving("owner-first", in: Self.cmsDay)
        == ["gich", "maintenance-north", "maintenance-south", "new-case"])
    // The lock-assigned queue: call-takers of the Plymouth area's teams that own casegroups,
    // or take calls from callers with one (third party answer only employers).
    #expect(
      try Self.serving("lock-assigned", in: Self.cmsDay)
        == ["gich", "wlu", "employer", "maintenance-north", "maintenance-south", "new-case"])
  }

  @Test(arguments: 1...3 as ClosedRange<UInt64>)
  func everyCallOfTheCMSDayIsAnsweredByATeamServingItsQueue(seed: UInt64) {
    var configuration = Self.cmsDay
    configuration.seed = seed
    #expect(Self.checkAnsweredCalls(configuration, "cms-day seed \(seed)") > 1000)
  }

  /// 200 scenarios of the property test's generator: every answered call's team serves its
  /// queue; and a queue whose steps all name teams or segments is served by those teams alone.
  @Test(arguments: 1...200 as ClosedRange<UInt64>)
  func everyCallOfARandomScenarioIsAnsweredByATeamServingItsQueue(seed: UInt64) throws {
    let text = RandomScenario(seed: seed).json
    let configuration = try ScenarioLoader.decode(
      Array(text.utf8), file: "random-\(seed).json", directory: "/nonexistent")
    Self.checkAnsweredCalls(configuration, "seed \(seed)")
    let serving = configuration.queueTeams.serving
    for (plan, spec) in configuration.plans.enumerated()
    where !spec.steps.contains(where: \.target.needsOwner) {
      let named = spec.steps.flatMap { step -> [Int] in
        switch step.target {
        case .teams(let teams): teams
        case .segments(let segments):
          configuration.teams.indices.filter {
            configuration.teams[$0].segment.map(segments.contains) ?? false
          }
        case .owner, .ownerTeam, .ownerSegment: []
        }
      }
      #expect(serving[plan] == Set(named).sorted(), "seed \(seed): queue \(spec.id)")
    }
  }
}
