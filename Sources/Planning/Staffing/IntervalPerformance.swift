import ContactCentre
import SimKernel

/// What the simulation measured for a staffed team in one reporting interval, over the
/// replications: service level, abandon rate and occupancy, each a mean with its 95 %
/// half-width, as `ccsim run` computes them.
public struct IntervalPerformance: Sendable, Equatable {
  /// Calls offered to the team's queues in the interval, summed over replications.
  public var offered: Int
  /// Answered within the threshold / (answered + abandoned − short abandons), over the team's
  /// queues.
  public var serviceLevel: Estimate
  /// Abandoned / (answered + abandoned), over the team's queues.
  public var abandonRate: Estimate
  /// The team's occupancy in the interval.
  public var occupancy: Estimate

  /// Creates a performance from its figures.
  public init(offered: Int, serviceLevel: Estimate, abandonRate: Estimate, occupancy: Estimate) {
    self.offered = offered
    self.serviceLevel = serviceLevel
    self.abandonRate = abandonRate
    self.occupancy = occupancy
  }

  /// Whether any call was offered, so that there is something to judge the staffing by.
  public var isMeasured: Bool { offered > 0 }

  /// Each staffed team's performance in each interval (`[team][interval]`) over `runs`, which
  /// must have kept their interval tallies, under the scenario's `conventions`.
  public static func measure(
    _ runs: [RunStatistics], teams: [StaffedTeam], intervalCount: Int, teamCount: Int,
    conventions: ReportingConventions = .standard
  ) -> [[IntervalPerformance]] {
    teams.map { staffed in
      (0..<intervalCount).map { interval in
        let tallies = runs.map { run in
          staffed.queues.reduce(into: CallTally()) {
            $0.merge(run.interval(interval, queue: $1))
          }
        }
        return IntervalPerformance(
          offered: tallies.reduce(0) { $0 + $1.offered },
          serviceLevel: Estimate(replications: tallies.map { $0.serviceLevel(conventions) }),
          abandonRate: Estimate(replications: tallies.map { $0.abandonRate(conventions) }),
          occupancy: Estimate(
            replications: runs.map {
              $0.intervalStates[interval * teamCount + staffed.team].occupancy
            }))
      }
    }
  }
}
