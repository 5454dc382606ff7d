/// A queue: calls that wait, first in first out, for the same set of teams.
///
/// With no routing plan a call type waits for every team whose `handles` lists it. Call types
/// served by the same set of teams share one queue, named after those teams (`"gich"`, or
/// `"employer+gich"` when two teams share the work).
public struct QueueDefinition: Sendable, Equatable {
  /// The queue's name in reports.
  public var id: String
  /// Indices of the teams whose agents answer this queue.
  public var teams: [Int]
  /// Indices of the call types that wait here.
  public var callTypes: [Int]

  /// Groups call types by the set of teams that handle them, in scenario order.
  static func derive(callTypes: [CallType], teams: [Team]) -> [QueueDefinition] {
    var queues: [QueueDefinition] = []
    for callType in callTypes.indices {
      let serving = teams.indices.filter { teams[$0].handles.contains(callType) }
      guard !serving.isEmpty else { continue }
      if let existing = queues.firstIndex(where: { $0.teams == serving }) {
        queues[existing].callTypes.append(callType)
      } else {
        var id = serving.map { teams[$0].id }.joined(separator: "+")
        let base = id
        var suffix = 2
        while queues.contains(where: { $0.id == id }) {  // team ids may themselves contain "+"
          id = "\(base)#\(suffix)"
          suffix += 1
        }
        queues.append(QueueDefinition(id: id, teams: serving, callTypes: [callType]))
      }
    }
    return queues
  }
}
