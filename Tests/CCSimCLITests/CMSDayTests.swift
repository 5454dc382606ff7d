import ContactCentre
import Planning
import Scenario
import SimKernel
import Testing

/// The example weekday of a Child Maintenance centre: conservation on every seed, IVR shares.
struct CMSDayTests {
  static let configuration = try! ScenarioLoader.load(path: CLI.scenario("cms-day.json"))

  @Test(arguments: 1...50)
  func conservationHolds(seed: Int) {
    var configuration = Self.configuration
    configuration.seed = UInt64(seed)
    let statistics = CentreRun.run(configuration, replication: 0, intervals: false)
    func conserved(_ tally: CallTally) -> Bool {
      tally.offered == tally.answered + tally.abandoned + tally.unresolvedAtEnd
    }
    #expect(conserved(statistics.total), "seed \(seed): total")
    for (index, queue) in statistics.queues.enumerated() {
      #expect(conserved(queue), "seed \(seed): queue \(configuration.plans[index].id)")
    }
    for (index, line) in statistics.lines.enumerated() {
      #expect(conserved(line), "seed \(seed): line \(configuration.lines[index].id)")
      #expect(
        statistics.arrivals[index]
          == line.offered + statistics.ivrHangUps[index] + statistics.inIVRAtEnd[index],
        "seed \(seed): callers = offered + IVR hang-ups + still in the IVR")
      guard configuration.lines[index].ivr != nil else { continue }
      let reached = IVRBranch.Kind.allCases.filter { $0 != .hangUp }.reduce(0) {
        $0 + statistics.branchCount(line: index, kind: $1)
      }
      #expect(
        reached == line.offered + statistics.inIVRAtEnd[index],
        "seed \(seed): every caller through the IVR is offered")
    }
    let teamAnswered = statistics.teamCalls.reduce(0) { $0 + $1.answered }
    #expect(teamAnswered == statistics.total.answered, "seed \(seed): answered by some team")
    #expect(statistics.total.handled <= statistics.total.answered)
    // Agent time adds up: every slot is in exactly one state at every instant.
    for (slot, times) in statistics.agentTimes.enumerated() {
      let total = times.loggedIn + times[.loggedOut]
      #expect(total == configuration.duration, "seed \(seed): agent slot \(slot)")
    }
  }

  @Test func ivrBranchSharesMatchTheScenario() {
    let runs = Replications.run(Self.configuration, count: 20, jobs: 2, intervals: false)
    for (line, spec) in Self.configuration.lines.enumerated() {
      guard let ivr = spec.ivr else { continue }
      let callers = runs.reduce(0) { $0 + $1.arrivals[line] }
      for branch in ivr.branches {
        let taken = runs.reduce(0) { $0 + $1.branchCount(line: line, kind: branch.kind) }
        let observed = Double(taken) / Double(callers)
        // Binomial: 5 standard errors.
        let tolerance = 5 * (branch.share * (1 - branch.share) / Double(callers)).squareRoot()
        #expect(
          abs(observed - branch.share) <= tolerance,
          "\(spec.id) \(branch.kind.rawValue): \(observed) vs \(branch.share)")
      }
    }
  }

  @Test func aFewPercentOfOffersRingOut() {
    let statistics = CentreRun.run(Self.configuration, replication: 0, intervals: false)
    let redirected = Double(statistics.total.redirectedOnNoAnswer)
    let answered = Double(statistics.total.answered)
    #expect(redirected > 0 && redirected / answered < 0.1)
    #expect(statistics.ronaNotReady > 0)
  }
}
