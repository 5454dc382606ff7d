/// Orphaned and moved casegroups, and the calls that met them (seed 003's orphaned cases and
/// case movement): summed over replications like every count.
public struct CasegroupTally: Sendable, Equatable {
  /// Casegroups orphaned before the run (`CasegroupRules.orphanedShare`).
  public var orphanedAtStart = 0
  /// Per orphaning event (`CasegroupRules.orphanings`): the casegroups it orphaned, and those
  /// of them local IT recovered within the run.
  public var orphaned: [Int] = []
  public var recovered: [Int] = []
  /// Per movement (`CasegroupRules.movements`): the casegroups it moved.
  public var moved: [Int] = []
  /// Counted callers whose casegroup was orphaned when they rang (routed as if it could not be
  /// found), and whose casegroup had been moved (routed to the new owner).
  public var callsToOrphans = 0
  public var callsToMoved = 0

  public init(orphanings: Int = 0, movements: Int = 0) {
    orphaned = Array(repeating: 0, count: orphanings)
    recovered = orphaned
    moved = Array(repeating: 0, count: movements)
  }

  public mutating func merge(_ other: CasegroupTally) {
    orphanedAtStart += other.orphanedAtStart
    for index in other.orphaned.indices {
      orphaned[index] += other.orphaned[index]
      recovered[index] += other.recovered[index]
    }
    for index in other.moved.indices { moved[index] += other.moved[index] }
    callsToOrphans += other.callsToOrphans
    callsToMoved += other.callsToMoved
  }
}
