import SimKernel
import Testing

@testable import ContactCentre
@testable import Reporting

/// What the report needs of the agents' changes of state is folded in as the run goes
/// (`RecordLog`): CC Pulse's counts at every interval end and each agent's longest ACW spell
/// equal what the report would find in the full log (here the trace's), and the list of
/// changes kept stays within the report's window (`StateChange.keptWindow`), whatever the
/// length of the run.
struct StateChangeDigestTests {
  /// A replication's statistics with `states`, and every change of state it logged (from the
  /// trace, which keeps them all).
  static func run(
    _ configuration: CentreConfiguration, replication: Int = 0
  ) -> (RunStatistics, [StateChange]) {
    final class Changes { var all: [StateChange] = [] }
    let changes = Changes()
    let statistics = CentreRun.run(
      configuration, replication: replication, intervals: true, states: true,
      trace: { record in
        guard record.kind == "state", let state = record.state else { return }
        changes.all.append(
          StateChange(
            time: record.time, agent: record.subject, state: state, reason: record.reason,
            onShift: record.onShift ?? false))
      })
    return (statistics, changes.all)
  }

  /// Every interval end of `configuration`: the run's end for the last.
  static func intervalEnds(_ configuration: CentreConfiguration) -> [SimInstant] {
    (1...configuration.intervalCount).map { index in
      SimInstant(since: min(configuration.interval * Int64(index), configuration.duration))
    }
  }

  /// The longest ACW spell per agent slot, found in a full log the way the report once did
  /// (`ReportHTML.agentRows`).
  static func longestSpells(_ changes: [StateChange], agents: Int) -> [SimDuration?] {
    var entered = [SimInstant?](repeating: nil, count: agents)
    var longest = [SimDuration?](repeating: nil, count: agents)
    for change in changes where change.agent < agents {
      if let start = entered[change.agent] {
        longest[change.agent] = max(longest[change.agent] ?? .zero, change.time - start)
      }
      entered[change.agent] = change.state == .afterCallWork ? change.time : nil
    }
    return longest
  }

  @Test(arguments: [0, 3])
  func theCountsAndSpellsAreTheFullLogs(days: Int) {
    let configuration = ReportScopeTests.configuration(days: days)
    let (statistics, changes) = Self.run(configuration)
    #expect(!changes.isEmpty)
    let counts = AgentStateLog.groupCounts(
      changes, at: Self.intervalEnds(configuration),
      agentTeams: configuration.roster.map(\.team), teams: configuration.teams.count)
    #expect(Array(statistics.pulseCounts) == counts)
    #expect(
      statistics.longestAfterCallWork
        == Self.longestSpells(changes, agents: statistics.longestAfterCallWork.count))
  }

  @Test func aLongRunKeepsOnlyTheChangesOfTheReportsWindow() {
    let configuration = ReportScopeTests.configuration(days: 3)
    let (statistics, changes) = Self.run(configuration)
    let window = SimInstant(since: StateChange.keptWindow)
    #expect(StateChange.keptWindow == AgentTimeline.longestWindow)
    #expect(statistics.stateChanges == changes.filter { $0.time <= window })
    #expect(statistics.stateChanges.count < changes.count)
    #expect(statistics.stateChanges.allSatisfy { $0.time <= window })
  }

  @Test func laterReplicationsKeepOnlyTheirSpells() {
    let configuration = ReportScopeTests.configuration()
    let (statistics, changes) = Self.run(configuration, replication: 1)
    #expect(statistics.stateChanges.isEmpty)
    #expect(statistics.pulseCounts.isEmpty)
    #expect(
      statistics.longestAfterCallWork
        == Self.longestSpells(changes, agents: statistics.longestAfterCallWork.count))
  }
}
