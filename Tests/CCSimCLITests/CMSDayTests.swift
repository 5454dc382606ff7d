import ContactCentre
import Planning
import Scenario
import SimKernel
import TestSupport
import Testing

/// The example weekday of a Child Maintenance centre, and the same centre on a strike day:
/// conservation on every seed (redials, transfers and call-backs included), IVR shares.
struct CMSDayTests {
  static let configuration = try! ScenarioLoader.load(path: CLI.scenario("cms-day.json"))
  static let strikeDay = try! ScenarioLoader.load(path: CLI.scenario("strike-day.json"))

  /// Checks every conservation law of one run of `configuration` with `seed`, and returns the
  /// run's statistics for further checks.
  @discardableResult
  static func checkConservation(_ configuration: CentreConfiguration, seed: Int) -> RunStatistics {
    var configuration = configuration
    configuration.seed = UInt64(seed)
    let statistics = CentreRun.run(configuration, replication: 0, intervals: false, calls: true)
    let name = "\(configuration.name) seed \(seed)"
    func conserved(_ tally: CallTally) -> Bool {
      tally.offered == tally.answered + tally.abandoned + tally.unresolvedAtEnd
    }
    #expect(conserved(statistics.total), "\(name): total")
    for (index, queue) in statistics.queues.enumerated() {
      let queueName = "\(name): queue \(configuration.queues[index].id)"
      #expect(conserved(queue), "\(queueName)")
      #expect(
        statistics.queueOutcomes[index].total == queue.answered,
        "\(queueName): every answered call closes with exactly one outcome")
      #expect(queue.redials <= queue.offered, "\(queueName)")
    }
    // A transfer's new leg is offered again on the caller's line without ringing it, so each
    // line's callers (first attempts and redials, who pass its IVR) and transfer legs are
    // exactly what it was offered, lost in its IVR or still had there at the end.
    let inbound = statistics.calls.filter { $0.direction == .inbound }
    for (index, line) in statistics.lines.enumerated() {
      let lineName = "\(name): line \(configuration.lines[index].id)"
      let legs = inbound.count { $0.line == index && $0.isTransferLeg }
      #expect(legs == line.transferLegs, "\(lineName): transfer legs counted on the line")
      #expect(conserved(line), "\(lineName)")
      #expect(
        statistics.arrivals[index] + legs
          == line.offered + statistics.ivrHangUps[index] + statistics.inIVRAtEnd[index],
        "\(lineName): callers + transfer legs = offered + IVR hang-ups + still in the IVR")
      #expect(
        statistics.arrivals[index] == inbound.count { $0.line == index && !$0.isTransferLeg },
        "\(lineName): one record per caller")
      // A leg abandoned is one taken back by its caseworker (legs have no patience): the
      // call it came from closed with another outcome, not transferred.
      let takenBack = inbound.count { $0.line == index && $0.isTransferLeg && $0.end == .abandoned }
      #expect(legs - takenBack <= line.transferred, "\(lineName): a leg per transfer at most")
      guard configuration.lines[index].ivr != nil else { continue }
      let reached = IVRBranch.Kind.allCases.filter { $0 != .hangUp }.reduce(0) {
        $0 + statistics.branchCount(line: index, kind: $1)
      }
      #expect(
        reached + legs == line.offered + statistics.inIVRAtEnd[index],
        "\(lineName): every caller through the IVR is offered")
    }
    let total = statistics.total
    // Redials offered, plus those still in the IVR at the end: one record each.
    let redialRecords = inbound.count { $0.isRedial }
    let redialsNeverQueued = inbound.count { $0.isRedial && $0.queued == nil }
    #expect(
      redialRecords == total.redials + redialsNeverQueued,
      "\(name): each redial offered, or lost or still in the IVR")
    #expect(total.redials <= statistics.redials.total, "\(name): redials offered or in the IVR")
    let legs = inbound.count { $0.isTransferLeg }
    let transfers = statistics.transfers
    #expect(
      legs <= transfers.warm + transfers.cold
        && transfers.warm + transfers.cold - transfers.takenBack == total.transferred,
      "\(name): one transfer begun per Call Transferred or caller taken back, a leg for each")
    // The totals leave the AAC desk out (its queue and its team): the centre's own calls.
    let teamAnswered = statistics.teamsInTotals.reduce(0) { $0 + statistics.teamCalls[$1].answered }
    #expect(teamAnswered == total.answered, "\(name): answered by some team")
    let desk = statistics.queues.indices.filter { !statistics.queuesInTotals.contains($0) }
    #expect(desk.count == 1, "\(name): the AAC desk's queue is left out of the totals")
    #expect(total.handled <= total.answered)
    let outbound = statistics.outbound.reduce(into: OutboundTally()) { $0.merge($1) }
    #expect(statistics.outboundOutcomes.total == outbound.handled, "\(name)")
    #expect(
      outbound.callBacksOnTime + outbound.callBacksLate + outbound.notMade
        <= outbound.callBacksRequested + outbound.planned, "\(name)")
    // Agents ring, so every answered call has waited; it queued only if no agent was offered
    // it on arrival, as its record says.
    for tally in [total] + statistics.queues {
      #expect(tally.notOfferedAtOnce <= tally.waited, "\(name): queueing is waiting")
    }
    let ended = inbound.filter {
      $0.queued != nil && [.handled, .unfinished, .abandoned].contains($0.end)
    }
    #expect(
      statistics.queues.reduce(0) { $0 + $1.notOfferedAtOnce }
        == ended.count { !$0.offeredAtOnce },
      "\(name): the records agree on the calls that queued")
    // The incident funnel adds up: this centre's problems, then every incident raised.
    let incidents = statistics.incidents
    #expect(
      incidents.problems
        == incidents.solvedLocally.reduce(0, +) + incidents.raisedFromThisCentre
        + incidents.problemsOpenAtEnd, "\(name): problems")
    #expect(incidents.raised == incidents.closed + incidents.openAtEnd, "\(name): incidents")
    #expect(incidents.raisedFromOtherAreas > 0, "\(name): the AAC lines ring of themselves")
    // Agent time adds up: every slot is in exactly one state at every instant.
    for (slot, times) in statistics.agentTimes.enumerated() {
      let total = times.loggedIn + times[.loggedOut]
      #expect(total == configuration.duration, "\(name): agent slot \(slot)")
    }
    return statistics
  }

  @Test(arguments: 1...50)
  func conservationHolds(seed: Int) {
    let statistics = Self.checkConservation(Self.configuration, seed: seed)
    // The day is eventful: every consequence of a call happens on it.
    #expect(statistics.total.redials > 0 && statistics.transfers.warm > 0, "seed \(seed)")
    #expect(statistics.transfers.cold == 0, "seed \(seed): a normal day has no cold transfer")
    let outbound = statistics.outbound.reduce(into: OutboundTally()) { $0.merge($1) }
    #expect(outbound.dialled > 0 && outbound.callBacksRequested > 0, "seed \(seed)")
  }

  @Test(arguments: 1...10)
  func strikeDayConservesCallsAndTransfersCold(seed: Int) {
    #expect(Self.strikeDay.emergency != nil)
    let statistics = Self.checkConservation(Self.strikeDay, seed: seed)
    #expect(statistics.transfers.cold > 0, "seed \(seed): transfers are cold on a strike day")
    #expect(statistics.transfers.warm == 0, "seed \(seed): and none is warm")
    #expect(statistics.total.redials > 0, "seed \(seed)")
    let outbound = statistics.outbound.reduce(into: OutboundTally()) { $0.merge($1) }
    #expect(outbound.dialled > 0 && outbound.callBacksRequested > 0, "seed \(seed)")
  }

  @Test func theStrikeDayHasFewerAgentsThanTheNormalDay() {
    let normal = Self.configuration.teams.reduce(0) { $0 + $1.headcount }
    let strike = Self.strikeDay.teams.reduce(0) { $0 + $1.headcount }
    #expect(strike < normal * 3 / 4, "\(strike) agents on the strike day, \(normal) on a Monday")
  }

  @Test func ivrBranchSharesMatchTheScenario() {
    // Callers ringing for the first time draw a branch; redials keep theirs (and are more
    // likely after some branches), so the shares are those of first attempts.
    let runs = (0..<20).map {
      CentreRun.run(Self.configuration, replication: $0, intervals: false, calls: true)
    }
    for (line, spec) in Self.configuration.lines.enumerated() {
      guard let ivr = spec.ivr else { continue }
      let first = runs.flatMap(\.calls).filter {
        $0.direction == .inbound && $0.line == line && !$0.isRedial && !$0.isTransferLeg
      }
      let callers = first.count
      for branch in ivr.branches {
        let taken = first.count { $0.branch == branch.kind }
        let observed = Double(taken) / Double(callers)
        // Binomial: 5 standard errors.
        let tolerance = 5 * (branch.share * (1 - branch.share) / Double(callers)).squareRoot()
        #expect(
          abs(observed - branch.share) <= tolerance,
          "\(spec.id) \(branch.kind.name): \(observed) vs \(branch.share)")
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
