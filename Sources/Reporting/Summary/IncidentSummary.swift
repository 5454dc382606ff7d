import ContactCentre
import SimKernel

/// Caseworkers' problems and the incidents raised with AAC, over replications: counts summed,
/// per-replication figures as mean ± half-width, the open incidents over the day.
public struct IncidentSummary: Sendable {
  /// The tallies summed over replications.
  public var tally: IncidentTally
  /// The rejection reasons' names, in the order of `tally.rejected`.
  public var rejectReasons: [String]
  /// The Expert Domains' names, in the order of `tally.assigned` (the vocabulary's).
  public var expertDomains: [String]
  /// Incidents raised in a replication.
  public var raisedPerReplication: Estimate
  /// From the call to AAC to Closed Resolved, seconds: the mean over replications of each
  /// replication's average (no value where none was resolved).
  public var averageTimeToResolve: Estimate
  /// Caseworker hours on problems and incidents in a replication.
  public var caseworkerHoursPerReplication: Estimate
  /// Open incidents at the end of each interval, mean over replications.
  public var backlog: Backlog

  /// Summarises `runs` of `configuration`.
  init(configuration: CentreConfiguration, runs: [RunStatistics]) {
    let reasons = configuration.aac?.evaluation.rejectReasons.map(\.name) ?? []
    let domains = configuration.vocabulary.expertDomains
    tally = runs.reduce(into: IncidentTally(reasons: reasons.count, domains: domains.count)) {
      $0.merge($1.incidents)
    }
    rejectReasons = reasons
    expertDomains = domains
    raisedPerReplication = Estimate(replications: runs.map { Double($0.incidents.raised) })
    averageTimeToResolve = Estimate(
      replications: runs.map { run in
        let resolved = run.incidents.resolved
        return resolved > 0
          ? SimDuration(microseconds: run.incidents.timeToResolve).seconds / Double(resolved)
          : nil
      })
    caseworkerHoursPerReplication = Estimate(
      replications: runs.map { Self.hours($0.incidents.caseworkerTime) })
    backlog = Backlog(runs.map(\.incidentBacklog), intervals: configuration.intervalCount)
  }

  /// Caseworker hours on problems and incidents, summed over replications.
  public var caseworkerHours: Double { Self.hours(tally.caseworkerTime) }

  /// Incidents rejected, all reasons.
  public var rejected: Int { tally.rejected.reduce(0, +) }

  /// Assignments to Expert Domains, all domains.
  public var assigned: Int { tally.assigned.reduce(0, +) }

  /// Problems solved by a local step, all steps.
  public var solvedLocally: Int { tally.solvedLocally.reduce(0, +) }

  /// A rejection reason's name (its number from 1 when the scenario has no name for it).
  public func rejectReason(_ index: Int) -> String {
    index < rejectReasons.count ? rejectReasons[index] : "reason \(index + 1)"
  }

  static func hours(_ microseconds: Int64) -> Double {
    SimDuration(microseconds: microseconds).seconds / 3600
  }
}
