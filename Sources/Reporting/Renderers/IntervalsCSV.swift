import ContactCentre
import SimKernel

/// Renders per-interval, per-queue figures as CSV, the columns a WFM tool imports: the calls,
/// the metrics and, when agent time per interval was kept, the agents by state of the teams
/// serving the queue (`QueueTeams.serving`), as average numbers of agents over the interval:
/// staffed (logged in), Ready, Talking (ringing, inbound, outbound and consults), in ACW and
/// NotReady.
public enum IntervalsCSV {
  /// Column names.
  public static let header = [
    "interval", "start", "queue", "offered", "answered", "abandoned", "shortAbandoned",
    "answeredWithinThreshold", "unresolvedAtEnd", "serviceLevel", "averageSpeedOfAnswer",
    "averageHandleTime", "abandonRate",
  ]

  /// The metrics of an interval, in the order of their columns.
  static let metrics: [MetricName] = [
    .serviceLevel, .averageSpeedOfAnswer, .averageHandleTime, .abandonRate,
  ]

  /// The 95 % half-width of each metric over replications, after the metrics when the run had
  /// more than one replication.
  public static let halfWidthColumns = metrics.map { $0.rawValue + "HalfWidth95" }

  /// The agents-by-state columns.
  public static let agentColumns = [
    "agentsStaffed", "agentsReady", "agentsTalking", "agentsAfterCallWork", "agentsNotReady",
  ]

  /// One row per interval and queue; counts are summed over replications, metrics and agents
  /// are means, each metric with its Student-t 95 % half-width over replications when there
  /// are several. When the run counted outcomes per interval, a column per outcome follows.
  public static func render(_ summary: RunSummary) -> String {
    let outcomes = summary.hasIntervalOutcomes
    let configuration = summary.configuration
    let states = summary.hasIntervalStates
    let serving = states ? configuration.queueTeams.serving : []
    let halfWidths = summary.replications > 1
    var columns = header
    if halfWidths { columns += halfWidthColumns }
    if states { columns += agentColumns }
    if outcomes { columns += Outcome.allCases.map(\.name) }
    var text = columns.map(CSVField.escape).joined(separator: ",") + "\n"
    for interval in 0..<configuration.intervalCount {
      let start = configuration.startOfDay + configuration.interval * Int64(interval)
      for (queue, scope) in summary.intervalScopes(interval).enumerated() {
        let calls = scope.calls
        var fields = [
          String(interval), Formatting.clock(start), CSVField.text(scope.id),
          String(calls.offered), String(calls.answered), String(calls.abandoned),
          String(calls.shortAbandoned), String(calls.answeredWithinThreshold),
          String(calls.unresolvedAtEnd),
        ]
        fields += metrics.map { CSVField.number(scope.metrics[$0]?.mean) }
        if halfWidths {
          fields += metrics.map { CSVField.number(scope.metrics[$0]?.halfWidth95) }
        }
        if states, let agents = summary.averageAgents(interval: interval, teams: serving[queue]) {
          fields += agentGroups(agents).map { CSVField.number($0) }
        }
        if outcomes, let counts = scope.outcomes {
          fields += Outcome.allCases.map { String(counts[$0]) }
        }
        text += fields.joined(separator: ",") + "\n"
      }
    }
    return text
  }

  /// The agent columns from the average agents (`RunSummary.averageAgents`): staffed (logged
  /// in), Ready, Talking (ringing, inbound, outbound and consults), ACW and NotReady.
  static func agentGroups(_ agents: RunSummary.AverageAgents) -> [Double] {
    [
      agents.times.loggedIn.seconds / agents.span, agents[.ready],
      agents.agents(in: [.reserved, .talking, .talkingOutbound, .consulting]),
      agents[.afterCallWork], agents[.notReady],
    ]
  }
}
