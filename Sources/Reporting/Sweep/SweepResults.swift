import SimKernel

/// A sweep's results: per point, counts summed and metrics as mean ± half-width over its
/// replications, exactly as `ccsim run` summarises the same point.
public struct SweepResults: Sendable {
  /// One point's results.
  public struct Point: Sendable {
    /// The point's factor levels, queues and teams.
    public var outline: SweepOutline.Point
    /// Every call that entered a queue, with the run metrics (occupancy over all teams).
    public var total: RunSummary.Scope
    /// Per queue.
    public var queues: [RunSummary.Scope]
    /// Per team: occupancy over the replications.
    public var teamOccupancy: [Estimate]
  }

  /// The grid.
  public var outline: SweepOutline
  /// The points' results, in grid order.
  public var points: [Point]

  /// Summarises `replications`, which must hold every unit of `outline` exactly once (in any
  /// order: each point's replications are taken in replication order).
  public init(outline: SweepOutline, replications: [SweepReplication]) {
    precondition(replications.count == outline.units, "a sweep's results need every unit")
    var byPoint = Array(
      repeating: [SweepReplication?](repeating: nil, count: outline.replications),
      count: outline.points.count)
    for record in replications {
      precondition(byPoint[record.point][record.replication] == nil, "a unit given twice")
      byPoint[record.point][record.replication] = record
    }
    self.outline = outline
    points = outline.points.indices.map { index in
      let runs = byPoint[index].map { $0! }
      let point = outline.points[index]
      return Point(
        outline: point,
        total: RunSummary.scope(
          "", runs.map(\.total), occupancy: Estimate(replications: runs.map(\.occupancy)),
          conventions: point.conventions),
        queues: point.queues.indices.map { queue in
          RunSummary.scope(
            point.queues[queue], runs.map { $0.queues[queue] }, occupancy: nil,
            conventions: point.conventions)
        },
        teamOccupancy: point.teams.indices.map { team in
          Estimate(replications: runs.map { $0.teamOccupancy[team] })
        })
    }
  }
}
