import ContactCentre

/// Why a staffing search cannot start — the choice of teams to staff — or cannot go on.
public enum StaffingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `--team` names no team of the scenario.
  case unknownTeam(String, known: [String])
  /// No queue the forecast calls reach offers them to the team first.
  case teamAnswersNoCalls(String)
  /// No team answers any forecast call.
  case noCalls
  /// A queue offers its calls to two teams first, so which to staff is the planner's choice.
  case sharedQueue(queue: String, teams: [String])
  /// A simulation of the search stopped because one instant held more events than its
  /// budget: the scenario's rules loop.
  case loop(InstantLoop)

  public var description: String {
    switch self {
    case .unknownTeam(let team, let known):
      "no team '\(team)' in the scenario (teams: \(known.joined(separator: ", ")))"
    case .teamAnswersNoCalls(let team):
      "team '\(team)' is not the first to be offered the calls of any queue the forecast"
        + " calls reach (it takes only overflow, if anything)"
    case .noCalls:
      "no forecast call reaches a queue a team answers: nothing to staff"
    case .sharedQueue(let queue, let teams):
      "queue '\(queue)' offers its calls to teams "
        + teams.map { "'\($0)'" }.joined(separator: ", ")
        + ": staff one team at a time with --team ID (the others keep their rosters)"
    case .loop(let loop):
      "a simulation stopped \(loop.time.sinceStart.seconds) s into the run: \(loop.events)"
        + " events at one instant (the scenario's rules loop)"
    }
  }
}
