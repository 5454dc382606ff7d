import ContactCentre
import SimKernel

/// Renders one row per agent slot (an agent on one shift): who, calls, AHT, RONAs, logouts,
/// seconds in each state (NotReady by reason), outbound calls, and the outcomes the agent closed
/// calls with: a column per outcome named exactly (inbound), then `outbound:` and the name.
/// Counts and seconds are summed over replications.
public enum AgentsCSV {
  /// The rows, with a header.
  public static func render(_ summary: RunSummary) -> String {
    let reasons = NotReadyReason.allCases
    var header = [
      "team", "shift", "staffNumber", "name", "teamLeader", "isTeamLeader", "answered", "handled",
      "averageHandleTime", "redirectedOnNoAnswer", "autoLogouts", "acwTimeouts",
      "idleLoggedOutSeconds", "loggedInSeconds", "occupancy",
    ]
    header += AgentState.allCases.filter { $0 != .notReady }.map { "\($0.reportName)Seconds" }
    header += reasons.map { "notReady:\($0.name)" }
    header += ["outboundDialled", "outboundHandled", "outboundAverageHandleTime"]
    header += Outcome.allCases.map(\.name)
    header += Outcome.allCases.map { "outbound:\($0.name)" }
    var text = header.map(CSVField.escape).joined(separator: ",") + "\n"
    let configuration = summary.configuration
    for (index, slot) in configuration.roster.enumerated() {
      var tally = AgentTally()
      var times = StateTimes()
      var inbound = OutcomeCounts()
      var outbound = OutcomeCounts()
      for run in summary.runs where index < run.agents.count {
        tally.merge(run.agents[index])
        if index < run.agentTimes.count { times.merge(run.agentTimes[index]) }
        if index < run.agentOutcomes.count { inbound.merge(run.agentOutcomes[index]) }
        if index < run.outboundAgentOutcomes.count {
          outbound.merge(run.outboundAgentOutcomes[index])
        }
      }
      let profile = slot.profile
      var fields = [
        CSVField.escape(configuration.teams[slot.team].id), String(slot.shift + 1),
        CSVField.escape(profile.staffNumber ?? ""), CSVField.escape(profile.name ?? ""),
        CSVField.escape(profile.teamLeader ?? ""), profile.isTeamLeader ? "true" : "false",
        String(tally.answered), String(tally.handled),
        CSVField.number(
          tally.handled > 0
            ? SimDuration(microseconds: tally.handleTime).seconds / Double(tally.handled) : nil),
        String(tally.redirectedOnNoAnswer), String(tally.autoLogouts), String(tally.acwTimeouts),
        CSVField.number(SimDuration(microseconds: tally.idleLoggedOut).seconds),
        CSVField.number(times.loggedIn.seconds), CSVField.number(times.occupancy),
      ]
      fields += AgentState.allCases.filter { $0 != .notReady }.map {
        CSVField.number(times[$0].seconds)
      }
      fields += reasons.map { CSVField.number(times[reason: $0].seconds) }
      fields += [
        String(tally.outboundDialled), String(tally.outboundHandled),
        CSVField.number(
          tally.outboundHandled > 0
            ? SimDuration(microseconds: tally.outboundHandleTime).seconds
              / Double(tally.outboundHandled) : nil),
      ]
      fields += Outcome.allCases.map { String(inbound[$0]) }
      fields += Outcome.allCases.map { String(outbound[$0]) }
      text += fields.joined(separator: ",") + "\n"
    }
    return text
  }
}
