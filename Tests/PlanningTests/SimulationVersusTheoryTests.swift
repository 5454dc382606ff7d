import ContactCentre
import SimKernel
import Testing

@testable import Planning

/// A core scenario is exactly an M/M/c(+M) queue: the simulation must agree with Erlang C and
/// Erlang A within the 99.9 % Student-t interval of independent replications.
struct SimulationVersusTheoryTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var perHour: Double
    var aht: Double
    var agents: Int
    var patience: Double?
    /// Simulated hours per replication after the warm-up.
    var hours: Int

    var testDescription: String {
      "λ \(Int(perHour))/h, AHT \(Int(aht)) s, \(agents) agents"
        + (patience.map { ", patience \(Int($0)) s" } ?? "")
    }

    var input: ErlangInput {
      ErlangInput(
        callsPerHour: perHour, averageHandleTime: aht, agents: agents, threshold: 20,
        patience: patience)
    }

    var configuration: CentreConfiguration {
      CentreConfiguration(
        name: testDescription, seed: 20_261_123, duration: .hours(hours + 5),
        warmup: .hours(5),
        lines: [Line(id: "main", callType: 0, arrivals: .perHour(perHour))],
        callTypes: [
          CallType(
            id: "general", talk: .exponential(mean: aht),
            patience: patience.map { .exponential(mean: $0) })
        ],
        teams: [Team(id: "gich", agents: agents, handles: [0])])
    }
  }

  static let cases: [Case] = [
    Case(perHour: 200, aht: 180, agents: 12, hours: 200),
    Case(perHour: 200, aht: 180, agents: 13, hours: 200),
    Case(perHour: 200, aht: 180, agents: 14, hours: 200),
    Case(perHour: 1080, aht: 300, agents: 100, hours: 40),
    Case(perHour: 200, aht: 180, agents: 14, patience: 300, hours: 200),
    Case(perHour: 200, aht: 180, agents: 10, patience: 120, hours: 200),
    Case(perHour: 1080, aht: 300, agents: 100, patience: 120, hours: 40),
  ]

  static let replications = 12

  /// Whether `values` (one per replication) are consistent with `expected` at 99.9 %.
  static func agrees(_ values: [Double], with expected: Double) -> (Bool, String) {
    let tally = Tally(values)
    let t = StudentT.quantile(0.9995, degreesOfFreedom: values.count - 1)
    let tolerance = t * tally.standardDeviation! / Double(values.count).squareRoot() + 1e-9
    let ok = abs(tally.mean - expected) <= tolerance
    return (ok, "simulated \(tally.mean) ± \(tolerance), theory \(expected)")
  }

  @Test(arguments: cases)
  func agreesWithErlang(_ testCase: Case) {
    let theory = testCase.patience == nil ? Erlang.c(testCase.input) : Erlang.a(testCase.input)
    let runs = Replications.run(
      testCase.configuration, count: Self.replications, jobs: 2, intervals: false)
    let checks: [(String, (CallTally) -> Double?, Double)] = [
      ("P(wait)", \.probabilityOfWait, theory.probabilityOfWait),
      // With no ring time a call waits exactly when no agent is free: it queues.
      ("P(queueing)", \.probabilityOfQueueing, theory.probabilityOfWait),
      ("ASA", \.averageSpeedOfAnswer, theory.averageSpeedOfAnswer),
      ("service level", { $0.serviceLevel(.standard) }, theory.serviceLevel),
      ("P(abandon)", { $0.abandonRate(.standard) }, theory.abandonRate),
    ]
    for (name, metric, expected) in checks {
      let (ok, detail) = Self.agrees(runs.map { metric($0.total)! }, with: expected)
      #expect(ok, "\(testCase.testDescription): \(name) \(detail)")
    }
    let occupancy = runs.map { $0.allTeams.occupancy! }
    let (ok, detail) = Self.agrees(occupancy, with: theory.occupancy)
    #expect(ok, "\(testCase.testDescription): occupancy \(detail)")
  }

  /// Callers with no patience (`"patience": 0`) make Erlang's loss system M/M/n/n: a call is
  /// answered at once or abandons at once, with probability Erlang B. The simulated service
  /// level is 1: an abandon after 0 s is a short abandon (wait ≤ `shortAbandon`, 0 s by
  /// default), which the service level leaves out; Erlang's limit counts it against (1 − B).
  @Test func noPatienceIsErlangsLossSystem() {
    let lossCase = Case(perHour: 200, aht: 180, agents: 12, hours: 200)
    var configuration = lossCase.configuration
    configuration.callTypes[0].patience = .fixed(0)
    var input = lossCase.input
    input.patience = 0
    let theory = Erlang.a(input)
    let runs = Replications.run(
      configuration, count: Self.replications, jobs: 2, intervals: false)
    let checks: [(String, [Double], Double)] = [
      ("P(abandon)", runs.map { $0.total.abandonRate(.standard)! }, theory.abandonRate),
      ("service level", runs.map { $0.total.serviceLevel(.standard)! }, 1),
      ("ASA", runs.map { $0.total.averageSpeedOfAnswer! }, 0),
      ("occupancy", runs.map { $0.allTeams.occupancy! }, theory.occupancy),
    ]
    for (name, values, expected) in checks {
      let (ok, detail) = Self.agrees(values, with: expected)
      #expect(ok, "no patience: \(name) \(detail)")
    }
    #expect(runs.allSatisfy { $0.total.shortAbandoned == $0.total.abandoned })
  }

  /// The tolerance is tight enough to notice one agent too many or too few.
  @Test func oneAgentDifferenceIsDetected() {
    let simulated = Case(perHour: 200, aht: 180, agents: 13, hours: 200)
    var other = simulated
    other.agents = 14
    let runs = Replications.run(
      simulated.configuration, count: Self.replications, jobs: 2, intervals: false)
    let levels = runs.map { $0.total.serviceLevel(.standard)! }
    #expect(Self.agrees(levels, with: Erlang.c(simulated.input).serviceLevel).0)
    #expect(!Self.agrees(levels, with: Erlang.c(other.input).serviceLevel).0)
  }
}
