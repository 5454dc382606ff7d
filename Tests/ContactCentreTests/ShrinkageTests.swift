import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// Unscheduled NotReady time (shrinkage): an agent with no calls spends exactly each rule's share
/// of logged-in time on it, within the 99.9 % Student-t interval of independent replications.
struct ShrinkageTests {
  static let rules = [
    AgentBehaviour.Shrinkage(reason: .communications, share: 0.10, meanLength: .minutes(10)),
    AgentBehaviour.Shrinkage(reason: .emotionalBreak, share: 0.05, meanLength: .minutes(4)),
  ]

  static func configuration(seed: UInt64) -> CentreConfiguration {
    let behaviour = AgentBehaviour(
      answerDelay: .fixed(0), missProbability: 0, afterMiss: .ready, relogDelay: nil,
      shrinkage: rules)
    // Two shifts a day, so that agents join and leave the team's shrinkage pool.
    let shifts = (0..<10).flatMap { day in
      [
        Shift(
          start: .hours(24 * day), end: .hours(24 * day + 9),
          agents: Array(repeating: AgentProfile(), count: 12)),
        Shift(
          start: .hours(24 * day + 6), end: .hours(24 * day + 16),
          agents: Array(repeating: AgentProfile(), count: 8)),
      ]
    }
    return CentreConfiguration(
      name: "shrinkage", seed: seed, duration: .hours(240),
      rules: Rules(ronaTimeout: .seconds(15), acwLimit: .minutes(10), idleLogout: .hours(1000)),
      lines: [Line(id: "line", callType: 0, arrivals: .perHour(0))],
      callTypes: [CallType(id: "enquiry", talk: .fixed(60), patience: nil)],
      teams: [
        Team(
          id: "gich", segment: nil, handles: [0], casegroups: 0, shifts: shifts,
          behaviour: behaviour)
      ])
  }

  @Test func eachReasonTakesItsShareOfLoggedInTime() {
    let replications = 10
    for rule in Self.rules {
      let shares = (0..<replications).map { replication in
        let times = CentreRun.run(
          Self.configuration(seed: 41), replication: replication, intervals: false
        ).teams[0]
        return times[reason: rule.reason].seconds / times.loggedIn.seconds
      }
      let tally = Tally(shares)
      let t = StudentT.quantile(0.9995, degreesOfFreedom: replications - 1)
      let tolerance = t * tally.standardDeviation! / Double(replications).squareRoot()
      #expect(
        abs(tally.mean - rule.share) <= tolerance,
        "\(rule.reason.name): \(tally.mean) ± \(tolerance), expected \(rule.share)")
      #expect(tolerance < 0.01, "the test can tell a share off by a point")
    }
  }
}
