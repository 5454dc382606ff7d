import ContactCentre
import SimKernel

/// Agents' states through one replication, from its log of state changes
/// (`RunStatistics.stateChanges`, in time order): what CC Pulse would have counted at given
/// instants.
enum AgentStateLog {
  /// Per instant of `instants` (in time order), per team, per Pulse column
  /// (`PulseStateGroup`): the agents on shift or logged in then, after every change due by
  /// then — the counts CC Pulse shows (`PulseView.groups`).
  ///
  /// - Complexity: O(changes + instants × teams)
  static func groupCounts(
    _ changes: [StateChange], at instants: [SimInstant], agentTeams: [Int], teams: Int
  ) -> [[[Int]]] {
    let columns = PulseStateGroup.allCases.count
    var counts = Array(repeating: Array(repeating: 0, count: columns), count: teams)
    var current = Array(repeating: PulseStateGroup?.none, count: agentTeams.count)
    var next = 0
    var result: [[[Int]]] = []
    for instant in instants {
      while next < changes.count && changes[next].time <= instant {
        let change = changes[next]
        next += 1
        guard change.agent < agentTeams.count else { continue }
        let team = agentTeams[change.agent]
        if let old = current[change.agent] { counts[team][old.rawValue] -= 1 }
        let group = PulseStateGroup(change.state, onShift: change.onShift)
        if let group { counts[team][group.rawValue] += 1 }
        current[change.agent] = group
      }
      result.append(counts)
    }
    return result
  }
}
