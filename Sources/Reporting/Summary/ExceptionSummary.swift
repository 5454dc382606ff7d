import ContactCentre
import SimKernel

/// Case-closure exception reports and the caseworkers' work on them, over replications: counts
/// summed, caseworker hours per replication as mean ± half-width, the open items over the day.
public struct ExceptionSummary: Sendable {
  /// The tallies summed over replications.
  public var tally: ExceptionTally
  /// The failure reasons' names, in the order of `tally.reports`.
  public var reasons: [String]
  /// Caseworker hours on exception work items in a replication.
  public var caseworkerHoursPerReplication: Estimate
  /// Work items not finished at the end of each interval, mean over replications.
  public var backlog: Backlog

  /// Summarises `runs` of `configuration`.
  init(configuration: CentreConfiguration, runs: [RunStatistics]) {
    let reasons = configuration.exceptions?.reasons.map(\.name) ?? []
    tally = runs.reduce(into: ExceptionTally(reasons: reasons.count)) { $0.merge($1.exceptions) }
    self.reasons = reasons
    caseworkerHoursPerReplication = Estimate(
      replications: runs.map { IncidentSummary.hours($0.exceptions.caseworkerTime) })
    backlog = Backlog(runs.map(\.exceptionBacklog), intervals: configuration.intervalCount)
  }

  /// Caseworker hours on exception work, summed over replications.
  public var caseworkerHours: Double { IncidentSummary.hours(tally.caseworkerTime) }

  /// Failure reports, all reasons.
  public var reports: Int { tally.reports.reduce(0, +) }

  /// A failure reason's name (its number from 1 when the scenario has no name for it).
  public func reason(_ index: Int) -> String {
    index < reasons.count ? reasons[index] : "reason \(index + 1)"
  }
}
