import Scenario
import SimKernel
import Testing

@testable import ContactCentre
@testable import Reporting

/// On the example scenarios, CC Pulse's counts at every interval end taken as the run goes
/// (`RunStatistics.pulseCounts`) are those the report would find in the full log of changes
/// of state (the trace's, `AgentStateLog.groupCounts`), each agent's longest ACW spell is the
/// one found in that log (as `ReportHTML.agentRows` once did), and the list kept is that log
/// within the report's window.
struct ExampleStateDigestTests {
  @Test(arguments: ["cms-day.json", "aac-desk.json", "strike-day.json", "quickstart.json"])
  func theCountsAtIntervalEndsAreTheFullLogs(scenario: String) throws {
    let configuration = try ScenarioLoader.load(path: CLI.scenario(scenario))
    final class Changes { var all: [StateChange] = [] }
    let changes = Changes()
    let statistics = CentreRun.run(
      configuration, replication: 0, intervals: true, states: true,
      trace: { record in
        guard record.kind == "state", let state = record.state else { return }
        changes.all.append(
          StateChange(
            time: record.time, agent: record.subject, state: state, reason: record.reason,
            onShift: record.onShift ?? false))
      })
    let ends = (1...configuration.intervalCount).map { index in
      SimInstant(since: min(configuration.interval * Int64(index), configuration.duration))
    }
    let counts = AgentStateLog.groupCounts(
      changes.all, at: ends, agentTeams: configuration.roster.map(\.team),
      teams: configuration.teams.count)
    #expect(Array(statistics.pulseCounts) == counts)
    let window = SimInstant(since: min(configuration.duration, StateChange.keptWindow))
    #expect(statistics.stateChanges == changes.all.filter { $0.time <= window })
    var entered = [SimInstant?](repeating: nil, count: statistics.longestAfterCallWork.count)
    var longest = entered.map { _ in SimDuration?.none }
    for change in changes.all where change.agent < entered.count {
      if let start = entered[change.agent] {
        longest[change.agent] = max(longest[change.agent] ?? .zero, change.time - start)
      }
      entered[change.agent] = change.state == .afterCallWork ? change.time : nil
    }
    #expect(statistics.longestAfterCallWork == longest)
    #expect(longest.contains { $0 != nil })
  }
}
