import ContactCentre
import SimKernel
import Testing

@testable import Planning

/// Blocking agrees with its closed forms within the 99.9 % Student-t interval of independent
/// replications: a line of N trunks with more agents than trunks is Erlang's loss system
/// M/M/N/N (blocking = Erlang B(N, λ·E[talk])), and a queue of c agents holding at most
/// K − c waiting is M/M/c/K.
struct BlockingVersusTheoryTests {
  static let replications = 12

  /// One Poisson line at `perHour`, exponential talk of mean `talk` seconds, no ACW, no
  /// patience; `agents` agents answering at once; `hours` counted after a 5-hour warm-up.
  static func configuration(
    perHour: Double, talk: Double, agents: Int, trunks: Int?, maxWaiting: Int?, hours: Int
  ) -> CentreConfiguration {
    var plan = RoutingPlan(id: "gich", steps: [RoutingStep(after: .zero, target: .teams([0]))])
    plan.maxWaiting = maxWaiting
    var line = Line(id: "main", callType: 0, arrivals: .perHour(perHour))
    line.plan = 0
    line.trunks = trunks
    return CentreConfiguration(
      name: "blocking", seed: 20_261_206, duration: .hours(hours + 5), warmup: .hours(5),
      lines: [line],
      callTypes: [CallType(id: "general", talk: .exponential(mean: talk), patience: nil)],
      teams: [Team(id: "gich", agents: agents, handles: [])], plans: [plan])
  }

  /// Each replication's blocking probability on line 0: blocked ÷ callers who rang.
  static func blocking(_ runs: [RunStatistics]) -> [Double] {
    runs.map { run in
      let tally = run.blocking
      let blocked = tally.total(tally.trunks, line: 0) + tally.total(tally.queueFull, line: 0)
      return Double(blocked) / Double(tally.total(tally.arrived, line: 0))
    }
  }

  /// The M/M/c/K probability that an arriving caller finds the system full (PASTA): p_K with
  /// p_n ∝ a^n/n! for n ≤ c and a^c/c! · (a/c)^(n−c) above.
  static func fullProbability(load a: Double, servers c: Int, capacity k: Int) -> Double {
    var weights: [Double] = [1]
    for n in 1...k {
      weights.append(weights[n - 1] * a / Double(min(n, c)))
    }
    return weights[k] / weights.reduce(0, +)
  }

  @Test(arguments: [(trunks: 10, perHour: 200.0), (trunks: 20, perHour: 360.0)])
  func trunksAgreeWithErlangB(_ testCase: (trunks: Int, perHour: Double)) {
    let talk = 180.0
    let configuration = Self.configuration(
      perHour: testCase.perHour, talk: talk, agents: testCase.trunks + 2,
      trunks: testCase.trunks, maxWaiting: nil, hours: 100)
    let runs = Replications.run(
      configuration, count: Self.replications, jobs: 2, intervals: false)
    let expected = Erlang.b(
      agents: testCase.trunks, offeredLoad: testCase.perHour / 3600 * talk)
    let (ok, detail) = SimulationVersusTheoryTests.agrees(Self.blocking(runs), with: expected)
    #expect(ok, "\(testCase.trunks) trunks: blocking \(detail)")
    // More agents than trunks: nobody ever waits.
    #expect(runs.allSatisfy { $0.total.answered == $0.total.offered - $0.total.unresolvedAtEnd })
    #expect(runs.allSatisfy { $0.total.probabilityOfQueueing == 0 })
  }

  @Test func aFiniteWaitingRoomAgreesWithMMcK() {
    // a = 5 erlangs on c = 5 agents, at most 3 waiting: K = 8.
    let configuration = Self.configuration(
      perHour: 100, talk: 180, agents: 5, trunks: nil, maxWaiting: 3, hours: 200)
    let runs = Replications.run(
      configuration, count: Self.replications, jobs: 2, intervals: false)
    let expected = Self.fullProbability(load: 5, servers: 5, capacity: 8)
    let (ok, detail) = SimulationVersusTheoryTests.agrees(Self.blocking(runs), with: expected)
    #expect(ok, "M/M/5/8: blocking \(detail)")
  }

  /// The tolerance notices one trunk too many or too few.
  @Test func oneTrunkDifferenceIsDetected() {
    let configuration = Self.configuration(
      perHour: 200, talk: 180, agents: 12, trunks: 10, maxWaiting: nil, hours: 100)
    let values = Self.blocking(
      Replications.run(configuration, count: Self.replications, jobs: 2, intervals: false))
    #expect(
      !SimulationVersusTheoryTests.agrees(values, with: Erlang.b(agents: 9, offeredLoad: 10)).0)
    #expect(
      !SimulationVersusTheoryTests.agrees(values, with: Erlang.b(agents: 11, offeredLoad: 10)).0)
  }
}
