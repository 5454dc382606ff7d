import ContactCentre

/// A part of the centre the report can be switched to: the whole centre, one queue or one
/// team. A GICH team leader picks the team and sees GICH's day: the calls of the queue of the
/// same name when there is one (service level and ASA are a queue's), its agents by state, its
/// rows of the tables.
struct ReportScope {
  enum Kind: String {
    case centre
    case queue
    case team
  }

  var kind: Kind
  /// The queue's or team's identifier; empty for the whole centre.
  var id: String
  /// Where its figures are in `summary.json`: the run itself (empty), a queue or a team.
  var pointer: [String]
  /// The calls per interval it shows: all queues together (nil for the centre), the queue, or
  /// for a team the queue of the same name (nil when there is none).
  var callQueue: Int?
  /// The queues of its tables: every one, the queue, or the queues the team's agents take.
  var queues: [Int]
  /// The teams whose agents it shows: every one, the teams serving the queue
  /// (`QueueTeams.serving`, as `intervals.csv` counts a queue's agents), or the team.
  var teams: [Int]

  /// The name in the page's address (`#scope=KEY`): `centre`, `queue/ID` or `team/ID`.
  var key: String { kind == .centre ? "centre" : "\(kind.rawValue)/\(id)" }

  /// The whole centre, each queue, then each team, in the configuration's order.
  static func all(_ configuration: CentreConfiguration, serving: [[Int]]) -> [ReportScope] {
    let queueCount = configuration.queues.count
    let allTeams = Array(configuration.teams.indices)
    var scopes = [
      ReportScope(
        kind: .centre, id: "", pointer: [], callQueue: nil, queues: Array(0..<queueCount),
        teams: allTeams)
    ]
    for (queue, plan) in configuration.queues.enumerated() {
      scopes.append(
        ReportScope(
          kind: .queue, id: plan.id, pointer: ["queues", plan.id], callQueue: queue,
          queues: [queue], teams: queue < serving.count ? serving[queue] : []))
    }
    for (team, entry) in configuration.teams.enumerated() {
      scopes.append(
        ReportScope(
          kind: .team, id: entry.id, pointer: ["teams", entry.id],
          callQueue: configuration.queues.firstIndex { $0.id == entry.id },
          queues: (0..<queueCount).filter { $0 < serving.count && serving[$0].contains(team) },
          teams: [team]))
    }
    return scopes
  }
}
