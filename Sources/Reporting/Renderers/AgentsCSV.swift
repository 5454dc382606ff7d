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
    header += [
      "offShiftSeconds", "outboundDialled", "outboundHandled", "outboundAverageHandleTime",
    ]
    header += Outcome.allCases.map(\.name)
    header += Outcome.allCases.map { "outbound:\($0.name)" }
    var text = header.map(CSVField.escape).joined(separator: ",") + "\n"
    let configuration = summary.configuration
    for agent in summary.agentScopes() {
      let (slot, tally, times) = (agent.slot, agent.tally, agent.times)
      let profile = slot.profile
      var fields = [
        CSVField.text(configuration.teams[slot.team].id), String(slot.shift + 1),
        CSVField.text(profile.staffNumber ?? ""), CSVField.text(profile.name ?? ""),
        CSVField.text(profile.teamLeader ?? ""), profile.isTeamLeader ? "true" : "false",
        String(tally.answered), String(tally.handled), CSVField.number(tally.averageHandleTime),
        String(tally.redirectedOnNoAnswer), String(tally.autoLogouts), String(tally.acwTimeouts),
        CSVField.number(SimDuration(microseconds: tally.idleLoggedOut).seconds),
        CSVField.number(times.loggedIn.seconds), CSVField.number(times.occupancy),
      ]
      fields += AgentState.allCases.filter { $0 != .notReady }.map {
        CSVField.number(times[$0].seconds)
      }
      fields += reasons.map { CSVField.number(times[reason: $0].seconds) }
      fields += [
        CSVField.number(times.offShift.seconds), String(tally.outboundDialled),
        String(tally.outboundHandled), CSVField.number(tally.outboundAverageHandleTime),
      ]
      fields += Outcome.allCases.map { String(agent.inbound[$0]) }
      fields += Outcome.allCases.map { String(agent.outbound[$0]) }
      text += fields.joined(separator: ",") + "\n"
    }
    return text
  }
}
