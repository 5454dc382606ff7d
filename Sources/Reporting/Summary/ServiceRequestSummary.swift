import ContactCentre
import SimKernel

/// Service requests over replications: per type and per team that works them, counts summed
/// over replications, the SRs open at the end and their ages; per team and reporting interval,
/// the mean over replications.
public struct ServiceRequestSummary: Sendable {
  /// A team that works SRs: its counts, and per reporting interval its counts summed over
  /// replications.
  public struct Team: Sendable {
    public var index: Int
    public var id: String
    public var counts: ServiceRequestCounts
    public var intervals: [ServiceRequestCounts]
  }

  public var replications: Int
  /// Per SR type: its name and counts.
  public var types: [(name: String, counts: ServiceRequestCounts)]
  /// The teams that work SRs (owning casegroups of a case owning type, or an area's specialist
  /// team), in the scenario's order.
  public var teams: [Team]

  /// Summarises `runs` of `configuration`.
  init(_ rules: ServiceRequests, configuration: CentreConfiguration, runs: [RunStatistics]) {
    replications = runs.count
    var tally = ServiceRequestTally(
      types: rules.types.count, teams: configuration.teams.count,
      intervals: configuration.intervalCount)
    for run in runs { tally.merge(run.serviceRequests) }
    types = rules.types.indices.map { (rules.types[$0].name, tally.types[$0]) }
    teams = configuration.teams.indices.filter { rules.involves(team: $0) }.map { team in
      Team(
        index: team, id: configuration.teams[team].id, counts: tally.teams[team],
        intervals: (0..<configuration.intervalCount).map { tally.interval($0, team: team) })
    }
  }

  /// Every type's counts together.
  public var total: ServiceRequestCounts {
    types.reduce(into: ServiceRequestCounts()) { $0.merge($1.counts) }
  }

  /// `count` (summed over replications) as the mean per replication.
  public func perReplication(_ count: Int) -> Double {
    replications == 0 ? 0 : Double(count) / Double(replications)
  }

  /// The mean age of the open SRs, minutes (nil when none is open).
  public static func meanAgeMinutes(_ counts: ServiceRequestCounts) -> Double? {
    counts.open == 0 ? nil : Double(counts.ageSum) / Double(counts.open) / 60_000_000
  }

  /// The oldest open SR's age, minutes (nil when none is open).
  public static func maxAgeMinutes(_ counts: ServiceRequestCounts) -> Double? {
    counts.open == 0 ? nil : Double(counts.ageMax) / 60_000_000
  }

  /// Caseworker hours on SR activities.
  public static func hours(_ counts: ServiceRequestCounts) -> Double {
    Double(counts.caseworkerTime) / 3_600_000_000
  }
}
