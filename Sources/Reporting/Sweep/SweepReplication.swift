import ContactCentre

/// What a sweep keeps of one replication of one point: enough to rebuild the point's results
/// exactly, wherever the replication ran.
public struct SweepReplication: Sendable, Equatable {
  /// The point of the grid, from 0.
  public var point: Int
  /// The replication, from 0.
  public var replication: Int
  /// Every call that entered a queue.
  public var total: CallTally
  /// Occupancy over all teams; nil when no agent was available or busy.
  public var occupancy: Double?
  /// Per queue, in the order of the configuration's queues.
  public var queues: [CallTally]
  /// Per team, in the order of the configuration's teams.
  public var teamOccupancy: [Double?]

  /// Creates a record from its parts.
  public init(
    point: Int, replication: Int, total: CallTally, occupancy: Double?, queues: [CallTally],
    teamOccupancy: [Double?]
  ) {
    self.point = point
    self.replication = replication
    self.total = total
    self.occupancy = occupancy
    self.queues = queues
    self.teamOccupancy = teamOccupancy
  }

  /// The record of `statistics`, replication `replication` of point `point`.
  public init(point: Int, replication: Int, statistics: RunStatistics) {
    self.init(
      point: point, replication: replication, total: statistics.total,
      occupancy: statistics.allTeams.occupancy, queues: statistics.queues,
      teamOccupancy: statistics.teams.map(\.occupancy))
  }
}
