import ContactCentre
import SimKernel
import Testing

@testable import Planning

/// Callback in queue keeps the caller's place: with every caller accepting, every call-back
/// reaching them at once (no dial time) and no patience, the queue is still M/M/c in FIFO
/// order, so the time to service of all callers — on virtual hold or not — follows Erlang C,
/// and the share offered a call-back is Erlang C's P(wait > offerAfter). Checked within the
/// 99.9 % Student-t interval of independent replications.
struct VirtualHoldTheoryTests {
  static let offerAfter = 30.0
  static let input = ErlangInput(
    callsPerHour: 200, averageHandleTime: 180, agents: 12, threshold: 20, patience: nil)

  static var configuration: CentreConfiguration {
    var line = Line(id: "main", callType: 0, arrivals: .perHour(input.callsPerHour))
    line.plan = 0
    return CentreConfiguration(
      name: "M/M/12 with virtual hold", seed: 20_261_206, duration: .hours(205),
      warmup: .hours(5), lines: [line],
      callTypes: [
        CallType(id: "general", talk: .exponential(mean: input.averageHandleTime), patience: nil)
      ],
      teams: [Team(id: "gich", agents: input.agents, handles: [0])],
      plans: [
        RoutingPlan(
          id: "main", steps: [RoutingStep(after: .zero, target: .teams([0]))],
          virtualHold: VirtualHold(offerAfter: .seconds(offerAfter), acceptShare: 1))
      ])
  }

  @Test func timeToServiceFollowsErlangC() {
    let theory = Erlang.c(Self.input)
    var beyondOffer = Self.input
    beyondOffer.threshold = Self.offerAfter
    let waitBeyondOffer = 1 - Erlang.c(beyondOffer).serviceLevel
    let runs = Replications.run(Self.configuration, count: 12, jobs: 2, intervals: false)
    #expect(runs.allSatisfy { $0.virtualHold(queue: 0).accepted > 1000 })
    let checks: [(String, (RunStatistics) -> Double, Double)] = [
      ("ASA", { $0.queues[0].averageSpeedOfAnswer! }, theory.averageSpeedOfAnswer),
      ("service level", { $0.queues[0].serviceLevel(.standard)! }, theory.serviceLevel),
      ("P(wait)", { $0.queues[0].probabilityOfWait! }, theory.probabilityOfWait),
      (
        "P(offered a call-back)",
        { Double($0.virtualHold(queue: 0).offered) / Double($0.queues[0].offered) },
        waitBeyondOffer
      ),
    ]
    for (name, metric, expected) in checks {
      let (ok, detail) = SimulationVersusTheoryTests.agrees(runs.map(metric), with: expected)
      #expect(ok, "\(name): \(detail)")
    }
  }
}
