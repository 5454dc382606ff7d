import ContactCentre
import SimKernel

/// Renders one row per call, replication by replication in the order the calls ended: who rang
/// (line, call type, IVR branch, SCIN as the casegroup number), where it waited and who took it,
/// its times in seconds from the start of the run (and the clock time it rang), wait, whether
/// it was offered to an agent at once on entering the queue, talk, hold
/// (a warm transfer's, by the transferring agent), ACW, RONAs, the outcome it closed with (and
/// whether it produced a bogus caller form, CMSF5550) and how it left: handled, unfinished
/// (answered, its wrap-up not done at the end), abandoned, IVR hang-up or unresolved (times so
/// far). Outbound calls are rows too.
public enum CallsCSV {
  static let header = [
    "replication", "call", "direction", "line", "callType", "ivrBranch", "scin", "redial",
    "transferLeg", "queue", "team", "agent", "arrivedClock", "arrivedSeconds", "queuedSeconds",
    "answeredSeconds", "endedSeconds", "waitSeconds", "offeredAtOnce", "talkSeconds", "holdSeconds",
    "acwSeconds",
    "redirectedOnNoAnswer", "outcome", "bogusCallerForm", "end",
  ]

  /// The rows, with a header.
  public static func render(_ summary: RunSummary) -> String {
    let configuration = summary.configuration
    let roster = configuration.roster
    let vocabulary = configuration.vocabulary
    var text = header.joined(separator: ",") + "\n"
    func seconds(_ instant: SimInstant?) -> String {
      instant.map { CSVField.number(Double($0.microseconds) / 1e6) } ?? ""
    }
    for run in summary.runs {
      for (index, call) in run.calls.enumerated() {
        // The scenario's names are neutralised, ccsim's own words and numbers are not.
        let named = CSVField.neutralised
        let agent = call.agent >= 0 ? named(configuration.agentLabel(roster[call.agent])) : ""
        let fields = [
          String(run.replication + 1), String(index + 1), call.direction.rawValue,
          call.line >= 0 ? named(configuration.lines[call.line].id) : "",
          named(configuration.callTypes[call.callType].id),
          call.branch.map { named(vocabulary.name(of: $0)) } ?? "",
          call.scin >= 0 ? String(call.scin) : "", call.isRedial ? "true" : "false",
          call.isTransferLeg ? "true" : "false",
          call.queue >= 0 ? named(configuration.queues[call.queue].id) : "",
          call.team >= 0 ? named(configuration.teams[call.team].id) : "", agent,
          Formatting.clock(
            configuration.startOfDay + SimDuration(microseconds: call.arrived.microseconds)),
          seconds(call.arrived), seconds(call.queued), seconds(call.answered),
          seconds(call.ended), call.wait.map { CSVField.number($0.seconds) } ?? "",
          call.queued == nil ? "" : call.offeredAtOnce ? "true" : "false",
          CSVField.number(call.talk.seconds), CSVField.number(call.hold.seconds),
          CSVField.number(call.acw.seconds),
          String(call.redirectedOnNoAnswer),
          call.outcome.map { named(vocabulary.name(of: $0)) } ?? "",
          call.bogusCallerForm ? "true" : "false", call.end.rawValue,
        ]
        text += fields.map(CSVField.escape).joined(separator: ",") + "\n"
      }
    }
    return text
  }
}
