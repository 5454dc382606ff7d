import ContactCentre
import SimKernel

extension SummaryJSON {
  /// `serviceRequests`: per SR type, per team that works them (with its reporting intervals)
  /// and in total.
  static func serviceRequests(
    _ summary: ServiceRequestSummary, _ configuration: CentreConfiguration
  )
    -> JSONOutput
  {
    .object([
      ("types", .object(summary.types.map { ($0.name, serviceRequestCounts($0.counts)) })),
      (
        "teams",
        .object(
          summary.teams.map { team in
            (
              team.id,
              .object(
                serviceRequestFields(team.counts)
                  + [("intervals", serviceRequestIntervals(team, summary, configuration))])
            )
          })
      ),
      ("total", serviceRequestCounts(summary.total)),
    ])
  }

  /// Counts summed over replications, and the SRs open at the end with their ages.
  private static func serviceRequestCounts(_ counts: ServiceRequestCounts) -> JSONOutput {
    .object(serviceRequestFields(counts))
  }

  private static func serviceRequestFields(_ counts: ServiceRequestCounts) -> [(String, JSONOutput)]
  {
    [
      ("arrived", .int(counts.arrived)),
      ("closed", .int(counts.closed)),
      ("activitiesDone", .int(counts.activitiesDone)),
      ("caseworkerHours", .number(ServiceRequestSummary.hours(counts))),
      ("openAtEnd", .int(counts.open)),
      ("meanAgeAtEndMinutes", .number(ServiceRequestSummary.meanAgeMinutes(counts))),
      ("maxAgeAtEndMinutes", .number(ServiceRequestSummary.maxAgeMinutes(counts))),
    ]
  }

  /// One object per reporting interval: SRs arrived and closed in it and open at its end (means
  /// over replications), and the open ones' mean and greatest age at its end.
  private static func serviceRequestIntervals(
    _ team: ServiceRequestSummary.Team, _ summary: ServiceRequestSummary,
    _ configuration: CentreConfiguration
  ) -> JSONOutput {
    .array(
      team.intervals.enumerated().map { interval, counts in
        .object([
          (
            "intervalStart",
            .string(
              Formatting.clock(configuration.startOfDay + configuration.interval * Int64(interval)))
          ),
          ("arrived", .number(summary.perReplication(counts.arrived))),
          ("closed", .number(summary.perReplication(counts.closed))),
          ("open", .number(summary.perReplication(counts.open))),
          ("meanAgeMinutes", .number(ServiceRequestSummary.meanAgeMinutes(counts))),
          ("maxAgeMinutes", .number(ServiceRequestSummary.maxAgeMinutes(counts))),
        ])
      })
  }
}
