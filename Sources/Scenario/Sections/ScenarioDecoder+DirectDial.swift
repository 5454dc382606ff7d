import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// A direct-dial line's `teamLeader`, `ringTime` and `whenUnanswered`; nil when the line
  /// names no team leader, or in error (reported). Seed 002: "Caseworkers do not have direct
  /// dial in numbers. Team leaders will retain direct dial in numbers so that emergency calls
  /// can be received." — so only a `directDial` line rings someone, and only a team leader.
  func directDial(
    _ reader: ObjectReader, kind: Line.Kind, plan: Int?, _ context: ScenarioContext
  ) -> DirectDial? {
    typealias Keys = LineKeys
    let path = reader.path
    guard let leaderNode = reader.member(Keys.teamLeader.key) else {
      for key in [Keys.ringTime.key, Keys.whenUnanswered.key] {
        guard let node = reader.member(key) else { continue }
        diagnostics.invalid(
          node, at: path.key(key),
          "only a line that rings a team leader (\"teamLeader\") has \"\(key)\"")
      }
      return nil
    }
    guard kind == .directDial else {
      diagnostics.invalid(
        leaderNode, at: path.key(Keys.teamLeader.key),
        "only a direct-dial line (\"kind\": \"directDial\") rings a team leader: caseworkers"
          + " have no direct-dial numbers")
      return nil
    }
    let leader = reader.read(Keys.teamLeader, with: Self.staffNumber(context))
    let ringTime = reader.read(Keys.ringTime)
    let whenUnanswered = reader.read(Keys.whenUnanswered)
    guard let leader, let ringTime, let whenUnanswered else { return nil }
    if let leaders = context.teamLeaders, !leaders.contains(leader) {
      diagnostics.invalid(
        leaderNode, at: path.key(Keys.teamLeader.key),
        "\"\(leader)\" is not a team leader (\"isTeamLeader\": true on the roster): only team"
          + " leaders have direct-dial numbers")
      return nil
    }
    if whenUnanswered == .plan && plan == nil, let node = reader.member(Keys.whenUnanswered.key) {
      diagnostics.invalid(
        node, at: path.key(Keys.whenUnanswered.key),
        "an unanswered call goes into the line's plan: give the line a \"plan\"")
      return nil
    }
    return DirectDial(teamLeader: leader, ringTime: ringTime, whenUnanswered: whenUnanswered)
  }

  /// The staff numbers of the team leaders on `teams`' rosters.
  static func teamLeaders(_ teams: [Team]) -> Set<String> {
    var leaders: Set<String> = []
    for team in teams {
      for shift in team.shifts {
        for agent in shift.agents where agent.isTeamLeader {
          if let number = agent.staffNumber { leaders.insert(number) }
        }
      }
    }
    return leaders
  }
}
