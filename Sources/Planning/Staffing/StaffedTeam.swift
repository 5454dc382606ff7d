import ContactCentre

/// A team whose roster the staffing search replaces, and the queues it is measured on.
public struct StaffedTeam: Sendable, Equatable {
  /// The team's index in the configuration.
  public var team: Int
  /// The queues with forecast calls that offer them to the team first (from the moment they
  /// queue), in plan order: their calls are the team's workload and their service level the
  /// team's. Queues that reach the team only later (overflow after a wait) are not its own:
  /// the team takes their calls in the simulation, but is not judged on them.
  public var queues: [Int]

  /// Creates a staffed team.
  public init(team: Int, queues: [Int]) {
    self.team = team
    self.queues = queues
  }

  /// The teams to staff: the one named, or else every team some forecast queue offers its calls
  /// to first — provided no queue offers them to two teams first, when the split of its calls
  /// between them would be a guess.
  public static func choose(
    _ name: String?, in configuration: CentreConfiguration, forecast: WorkloadForecast
  ) throws(StaffingError) -> [StaffedTeam] {
    let queues = forecast.queuesWithCalls
    let first = configuration.queueTeams.first
    let serving = queues.map { first[$0] }
    func queuesOf(_ team: Int) -> [Int] {
      queues.indices.filter { serving[$0].contains(team) }.map { queues[$0] }
    }
    if let name {
      guard let team = configuration.teams.firstIndex(where: { $0.id == name }) else {
        throw .unknownTeam(name, known: configuration.teams.map(\.id))
      }
      let own = queuesOf(team)
      guard !own.isEmpty else { throw .teamAnswersNoCalls(name) }
      return [StaffedTeam(team: team, queues: own)]
    }
    for (index, teams) in serving.enumerated() where teams.count > 1 {
      throw .sharedQueue(
        queue: configuration.queues[queues[index]].id,
        teams: teams.map { configuration.teams[$0].id })
    }
    let staffed = configuration.teams.indices.compactMap { team in
      let own = queuesOf(team)
      return own.isEmpty ? nil : StaffedTeam(team: team, queues: own)
    }
    guard !staffed.isEmpty else { throw .noCalls }
    return staffed
  }
}
