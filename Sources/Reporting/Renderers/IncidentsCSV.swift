import ContactCentre
import SimKernel

/// Renders one row per incident raised with AAC (`incidents.csv`), replication by replication
/// in the order they were raised: its number, area, the caseworker who raised it (named as
/// `calls.csv` names agents) and their team, the case's SCIN (casegroup number), when the
/// problem arose, when AAC logged it and when it closed (seconds from the start of the run),
/// how it stands, the rejection reason, the Expert Domains it went to and how it was resolved.
public enum IncidentsCSV {
  static let header = [
    "replication", "number", "area", "agent", "team", "scin", "raisedClock", "problemAtSeconds",
    "raisedAtSeconds", "state", "rejectReason", "domains", "resolvedBy", "closedAtSeconds",
  ]

  /// The rows, with a header.
  public static func render(_ summary: RunSummary) -> String {
    let configuration = summary.configuration
    let roster = configuration.roster
    let areas = configuration.aac?.areas ?? []
    let reasons = configuration.aac?.evaluation.rejectReasons ?? []
    var text = header.joined(separator: ",") + "\n"
    func seconds(_ microseconds: Int64?) -> String {
      microseconds.map { CSVField.number(Double($0) / 1e6) } ?? ""
    }
    for run in summary.runs {
      for incident in run.incidentRecords {
        // The scenario's names are neutralised, ccsim's own words and numbers are not.
        let named = CSVField.neutralised
        let fields = [
          String(run.replication + 1), named(incident.number),
          areas.indices.contains(incident.area) ? named(areas[incident.area].prefix) : "",
          roster.indices.contains(incident.agent)
            ? named(configuration.agentLabel(roster[incident.agent])) : "",
          configuration.teams.indices.contains(incident.team)
            ? named(configuration.teams[incident.team].id) : "",
          incident.casegroup >= 0 ? String(incident.casegroup) : "",
          Formatting.clock(configuration.startOfDay + SimDuration(microseconds: incident.raisedAt)),
          seconds(incident.problemAt), seconds(incident.raisedAt), incident.state.rawValue,
          reasons.indices.contains(incident.rejectReason)
            ? named(reasons[incident.rejectReason].name) : "",
          incident.domains.map(\.name).joined(separator: "; "), incident.resolvedBy,
          seconds(incident.closedAt),
        ]
        text += fields.map(CSVField.escape).joined(separator: ",") + "\n"
      }
    }
    return text
  }
}
