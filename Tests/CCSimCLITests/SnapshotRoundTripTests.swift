import ContactCentre
import Foundation
import Reporting
import Scenario
import SimKernel
import Testing

/// A snapshot written by `SnapshotJSON` reads back through `SnapshotLoader` to the same centre:
/// every duration and the instant to the microsecond.
struct SnapshotRoundTripTests {
  static let cmsDay = CLI.root.appendingPathComponent("scenarios/cms-day.json").path

  static let configuration: CentreConfiguration = {
    do { return try ScenarioLoader.load(path: cmsDay) } catch {
      preconditionFailure("cms-day.json: \(error)")
    }
  }()

  /// A centre at a random instant of the day: random agents in random states (each with what
  /// the state needs), random waits and actuals, all within what the day allows.
  static func randomNow(seed: UInt64) -> CentreNow {
    var random = SplitMix64(seed: seed)
    let configuration = Self.configuration
    let time = Int64.random(in: 1..<configuration.duration.microseconds, using: &random)
    func duration(upTo limit: Int64) -> SimDuration {
      SimDuration(microseconds: Int64.random(in: 0...limit, using: &random))
    }
    let plans = configuration.plans.count
    let reasons = configuration.vocabulary.notReadyReasons.count
    var slots = Array(configuration.roster.indices)
    slots.shuffle(using: &random)
    let agents = slots.prefix(Int.random(in: 0...slots.count, using: &random)).map { slot in
      let state = AgentState.allCases.randomElement(using: &random) ?? .ready
      let withCall: [AgentState] = [.reserved, .talking, .afterCallWork, .consulting]
      return CentreNow.Agent(
        agent: slot, state: state,
        reason: state == .notReady
          ? NotReadyReason(Int.random(in: 0..<reasons, using: &random)) : nil,
        inState: duration(upTo: time),
        queue: withCall.contains(state) ? Int.random(in: 0..<plans, using: &random) : nil)
    }
    let queues = (0..<plans).filter { _ in Bool.random(using: &random) }.map { plan in
      CentreNow.Queue(
        queue: plan,
        waits: (0..<Int.random(in: 0...5, using: &random)).map { _ in duration(upTo: time) }
          .sorted(by: >))
    }
    let begun = Int((time - 1) / configuration.interval.microseconds) + 1
    var actuals: [CentreNow.Actual] = []
    for plan in 0..<plans {
      for interval in 0..<begun where Bool.random(using: &random) {
        let offered = Int.random(in: 0...100, using: &random)
        let answered = Int.random(in: 0...offered, using: &random)
        actuals.append(
          CentreNow.Actual(
            queue: plan, interval: interval, offered: offered, answered: answered,
            abandoned: Int.random(in: 0...(offered - answered), using: &random),
            answeredWithinThreshold: Int.random(in: 0...answered, using: &random),
            handled: Int.random(in: 0...answered, using: &random),
            handleTime: Bool.random(using: &random) ? duration(upTo: 10_000_000_000) : nil))
      }
    }
    return CentreNow(
      time: SimInstant(microseconds: time), agents: agents, queues: queues, actuals: actuals)
  }

  @Test func writtenThenReadIsTheSameCentre() throws {
    for seed: UInt64 in 1...40 {
      let now = Self.randomNow(seed: seed)
      let text = SnapshotJSON.document(
        now, configuration: Self.configuration, scenario: "cms-day.json")
      let read = try SnapshotLoader.decode(
        text: text, file: "seed-\(seed).json", configuration: Self.configuration)
      #expect(read == now, "seed \(seed)")
    }
  }

  /// The example of docs/snapshot.md is a good snapshot of cms-day.json.
  @Test func theDocsExampleLoads() throws {
    let text = try String(
      contentsOf: CLI.root.appendingPathComponent("docs/snapshot.md"), encoding: .utf8)
    let example = try #require(text.components(separatedBy: "```json\n").dropFirst().first)
    let json = try #require(example.components(separatedBy: "```").first)
    let now = try SnapshotLoader.decode(
      text: json, file: "docs/snapshot.md", configuration: Self.configuration)
    #expect(now.time == SimInstant(since: .minutes(150)))
    #expect(now.agents.map(\.state) == [.talking, .notReady, .ready, .afterCallWork])
    #expect(now.queues.first?.waits.first == .seconds(95.2))
  }

  @Test func aFileOnDiskLoads() throws {
    let now = Self.randomNow(seed: 99)
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("ccsim-snapshot-\(ProcessInfo.processInfo.processIdentifier).json")
    defer { try? FileManager.default.removeItem(at: url) }
    try SnapshotJSON.document(now, configuration: Self.configuration, scenario: nil)
      .write(to: url, atomically: true, encoding: .utf8)
    #expect(try SnapshotLoader.load(path: url.path, configuration: Self.configuration) == now)
  }
}
