import ContactCentre
import SimKernel

extension SummaryTable {
  /// The AAC desk per area, then a line each for incidents and exception work: those the
  /// scenario has.
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
      let tally = incidents.tally
      lines.append(
        "Incidents: \(Formatting.count(tally.problems)) problems, "
          + "\(Formatting.count(incidents.solvedLocally)) solved locally, "
          + "\(Formatting.count(tally.raised)) raised with AAC, "
          + "\(Formatting.count(tally.openAtEnd)) open at the end")
      lines.append(
        "Incident outcomes: \(Formatting.count(incidents.rejected)) rejected, "
          + "\(Formatting.count(tally.resolved)) resolved "
          + "(\(Formatting.count(tally.resolvedInCall)) in the call, "
          + "\(Formatting.count(tally.resolvedByCallBack)) by call-back, "
          + "\(Formatting.count(tally.resolvedByEmail)) by email), "
          + "\(Formatting.count(incidents.assigned)) assigned")
      lines.append(
        "Incident time: average to resolve "
          + "\(Formatting.seconds(incidents.averageTimeToResolve.mean)), caseworker time lost "
          + "\(hours(incidents.caseworkerHours)), peak backlog "
          + "\(Formatting.fixed(incidents.backlog.peak, decimals: 1)) open")
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

  /// Hours with one decimal: "12.5 h".
  private static func hours(_ value: Double) -> String {
    Formatting.fixed(value, decimals: 1) + " h"
  }
}
