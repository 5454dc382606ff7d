import ContactCentre
import SimKernel

extension SummaryTable {
  /// The AAC desk per area, the incident funnel with a line each on assignments and time, and
  /// a line on exception work: those the scenario has.
  static func backOffice(_ summary: RunSummary) -> String {
    var text = ""
    if let aac = summary.aac, !aac.areas.isEmpty {
      var table = TextTable(["AAC area", "Line", "Offered", "Answered", "Abandoned", "SL", "ASA"])
      for area in aac.areas {
        let calls = area.calls.calls
        table.add([
          "\(area.name) (\(area.prefix))", area.calls.id, Formatting.count(calls.offered),
          Formatting.count(calls.answered), Formatting.count(calls.abandoned),
          Formatting.percent(area.calls.metrics[.serviceLevel]?.mean),
          Formatting.seconds(area.calls.metrics[.averageSpeedOfAnswer]?.mean),
        ])
      }
      text += "\n" + table.rendered()
    }
    var lines: [String] = []
    if let incidents = summary.incidents {
      text += "\n" + funnel(incidents, problems: summary.configuration.incidents != nil)
      let tally = incidents.tally
      lines.append(
        "Expert Domains: \(Formatting.count(incidents.assigned)) assignments "
          + "(\(Formatting.count(tally.escalations)) after a resolution that did not work)")
      lines.append(
        "Incident time: average to resolve "
          + "\(Formatting.seconds(incidents.averageTimeToResolve.mean)), caseworker time lost "
          + "\(hours(incidents.caseworkerHours)), peak backlog "
          + "\(Formatting.fixed(incidents.backlog.peak, decimals: 1)) open")
      if summary.configuration.incidents?.parksWithAdvice == true {
        lines.append(
          "Advice and Guidance: \(Formatting.count(tally.adviceRequested)) requests "
            + "(\(Formatting.count(tally.adviceUrgent)) urgent), "
            + "\(Formatting.count(tally.adviceAnswered)) answered, "
            + "\(Formatting.count(tally.adviceOutstandingAtEnd)) awaiting the answer at the end")
      }
    }
    if let exceptions = summary.exceptions {
      let tally = exceptions.tally
      lines.append(
        "Case-closure exceptions: \(Formatting.count(exceptions.reports)) reports "
          + "(\(Formatting.count(tally.technicalSkips)) technical skips, "
          + "\(Formatting.count(tally.amsFixed + tally.amsClerical)) to AMS, "
          + "\(Formatting.count(tally.toCaseworker)) to caseworkers); "
          + "\(Formatting.count(tally.worked)) worked in \(hours(exceptions.caseworkerHours)), "
          + "\(Formatting.count(tally.openAtEnd)) open at the end")
    }
    if !lines.isEmpty { text += "\n" + lines.joined(separator: "\n") + "\n" }
    return text
  }

  /// The incident funnel, each step's rows adding up to it: this centre's problems (when its
  /// caseworkers meet any) solved locally, raised with AAC or not yet raised; other areas'
  /// incidents, rung in on the AAC lines; all the incidents raised, by what became of them.
  static func funnel(_ incidents: IncidentSummary, problems: Bool) -> String {
    let tally = incidents.tally
    var table = TextTable(["Incidents", "Count"])
    func add(_ label: String, _ count: Int) { table.add([label, Formatting.count(count)]) }
    if problems {
      add("Problems met by this centre's caseworkers", tally.problems)
      add("  solved locally", incidents.solvedLocally)
      add("  not yet raised at the end", tally.problemsOpenAtEnd)
      add("  raised with AAC", tally.raisedFromThisCentre)
    }
    add("Raised by other areas' calls to AAC", tally.raisedFromOtherAreas)
    let sum =
      problems
      ? " (\(Formatting.count(tally.raisedFromThisCentre)) + "
        + "\(Formatting.count(tally.raisedFromOtherAreas)))" : ""
    add("Incidents raised with AAC" + sum, tally.raised)
    add("  rejected", incidents.rejected)
    add("  resolved", tally.resolved)
    add("    in the call", tally.resolvedInCall)
    add("    by call-back", tally.resolvedByCallBack)
    add("    by email", tally.resolvedByEmail)
    add("  open at the end", tally.openAtEnd)
    return table.rendered()
  }

  /// Hours with one decimal: "12.5 h".
  private static func hours(_ value: Double) -> String {
    Formatting.fixed(value, decimals: 1) + " h"
  }
}
