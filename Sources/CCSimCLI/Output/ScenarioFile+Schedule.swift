import ContactCentre
import Planning
import Scenario

extension ScenarioFile {
  /// Writes the scenario with `result`'s schedule as the scheduled teams' rosters (each
  /// shift with its breaks as scheduled NotReady, beside the team leaders as they were), and
  /// its service level and seed where they differ from `scenario`'s, atomically, after
  /// checking that it reads back as exactly the configuration that was simulated.
  func write(_ result: ScheduleSearch.Result, scenario: CentreConfiguration, to output: String)
    throws(CLIError)
  {
    let configuration = result.configuration
    var document = self.document
    let rosters = result.teams.map {
      $0.roster(keeping: scenario.namedAgents(ofTeam: $0.team.team))
    }
    for (team, roster) in zip(result.teams, rosters) where !roster.missing.isEmpty {
      throw CLIError(
        .failure,
        "cannot write the schedule: team \(team.id) has too few people to keep the caseworkers"
          + " the scenario names ("
          + roster.missing.compactMap(\.staffNumber).joined(separator: ", ")
          + " would be off the roster)")
    }
    do {
      for (team, roster) in zip(result.teams, rosters) {
        try document.setRoster(
          team: team.id, shifts: roster.shifts, startOfDay: configuration.startOfDay,
          keepingTeamLeaders: !configuration.teams[team.team.team].leadersTakeCalls,
          reasonNames: configuration.vocabulary.notReadyReasons.map(\.name))
      }
    } catch {
      throw CLIError(.internalError, "internal error: cannot write the schedule (\(error))")
    }
    try Self.finish(
      document, configuration: configuration, scenario: scenario, to: output, what: "scheduled")
  }
}
