import ContactCentre
import SimKernel
import Testing

@testable import Planning

/// Ring time counts as waiting, so with agents who ring every call has waited (probability of
/// wait 1) while the probability of queueing is still the share of callers who found no agent
/// free. A team whose agents ring for an exponential time and then talk for none is exactly an
/// M/M/c queue whose service is the ring: Erlang C gives its probability of queueing, and the
/// speed of answer is Erlang C's plus the mean ring.
struct QueueingVersusWaitTests {
  static let ring = 180.0
  static let input = ErlangInput(
    callsPerHour: 200, averageHandleTime: ring, agents: 12, threshold: 20)

  static var configuration: CentreConfiguration {
    // No ring reaches the RONA timeout: e^−2000 of them would.
    let ringing = AgentBehaviour(
      answerDelay: .exponential(mean: ring), missProbability: 0, afterMiss: .ready,
      relogDelay: nil, shrinkage: [])
    return CentreConfiguration(
      name: "ring only", seed: 20_261_206, duration: .hours(205), warmup: .hours(5),
      rules: Rules(ronaTimeout: .hours(100), acwLimit: .minutes(10), idleLogout: .hours(1_000)),
      lines: [Line(id: "main", callType: 0, arrivals: .perHour(input.callsPerHour))],
      callTypes: [CallType(id: "general", talk: .fixed(0), patience: nil)],
      teams: [
        Team(
          id: "gich", handles: [0],
          shifts: [
            Shift(
              start: .zero, end: Team.wholeRun,
              agents: Array(repeating: AgentProfile(), count: input.agents))
          ], behaviour: ringing)
      ])
  }

  @Test func ringTimeMakesEveryCallWaitButNotQueue() {
    let theory = Erlang.c(Self.input)
    let runs = Replications.run(
      Self.configuration, count: SimulationVersusTheoryTests.replications, jobs: 2,
      intervals: false)
    let queueing = runs.map { $0.total.probabilityOfQueueing! }
    let (agrees, detail) = SimulationVersusTheoryTests.agrees(
      queueing, with: theory.probabilityOfWait)
    #expect(agrees, "P(queueing) \(detail)")
    let speed = runs.map { $0.total.averageSpeedOfAnswer! }
    let (ringCounts, speedDetail) = SimulationVersusTheoryTests.agrees(
      speed, with: theory.averageSpeedOfAnswer + Self.ring)
    #expect(ringCounts, "ASA = Erlang C's + the mean ring: \(speedDetail)")
    for (replication, run) in runs.enumerated() {
      // A ring of under half a microsecond, rounded to none, is the only call that would not
      // have waited: about one in 4 × 10⁸.
      #expect(run.total.waited >= run.total.answered + run.total.abandoned - 1, "\(replication)")
      #expect(run.total.notOfferedAtOnce < run.total.waited, "\(replication)")
    }
  }
}
