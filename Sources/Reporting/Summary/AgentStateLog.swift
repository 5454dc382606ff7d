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
    var tally = PulseGroupTally(agentTeams: agentTeams, teams: teams)
    var next = 0
    var result: [[[Int]]] = []
    for instant in instants {
      while next < changes.count && changes[next].time <= instant {
        tally.apply(changes[next])
        next += 1
      }
      result.append(tally.counts)
    }
    return result
  }
}
