import ContactCentre
import SimKernel

/// Renders `intervals.csv`: per reporting interval, a row for every queue and a row for every
/// team (`level` is `queue` or `team`, `id` its id) — and for every line (`line`) when the
/// scenario has trunks or a queue limit, with the blocking columns — the columns a WFM tool imports — the calls,
/// the metrics, the agents by state, and the agents Erlang requires for the interval's
/// simulated load against those scheduled.
///
/// Column names are snake_case and say their unit: `_s` seconds, `sl`, `abandon_rate` and
/// `occupancy` shares from 0 to 1, `agents_` average numbers of agents over the interval,
/// `_hw95` a 95 % half-width over replications; the rest are counts. Counts are summed over
/// replications; metrics and agents are means over them. A column a level has no figure for
/// is empty (README, Outputs).
public enum IntervalsCSV {
  /// The columns every file has: the row's place, its calls, its metrics.
  public static let header = [
    "level", "id", "interval", "start", "offered", "answered", "abandoned", "short_abandoned",
    "answered_within_threshold", "abandoned_within_threshold", "missed_at_end",
    "unresolved_at_end", "handled", "sl", "asa_s", "aht_s", "abandon_rate", "occupancy",
  ]

  /// The metrics of an interval, in the order of their columns (occupancy from agent time).
  static let metrics: [MetricName] = [
    .serviceLevel, .averageSpeedOfAnswer, .averageHandleTime, .abandonRate, .occupancy,
  ]

  /// The 95 % half-width of each metric over replications, after the metrics when the run had
  /// more than one replication.
  public static let halfWidthColumns = [
    "sl_hw95", "asa_s_hw95", "aht_s_hw95", "abandon_rate_hw95", "occupancy_hw95",
  ]

  /// Erlang's requirement for the simulated load (queue rows only).
  public static let requirementColumns = ["load_erlangs", "agents_required"]

  /// Callers blocked, last, when the scenario has trunks or a queue limit: on `line` rows (one
  /// per line and interval, after the teams') the callers who rang, those blocked by busy
  /// trunks and by a full queue, and the blocking probability (mean over replications); on a
  /// queue row with a limit, the callers it turned away full (`IntervalsCSV+Blocking`).
  public static let blockingColumns = [
    "arrived", "blocked_trunks", "blocked_queue_full", "blocking_probability",
  ]

  /// The agents-by-state columns, before one per NotReady reason (`agents_not_ready_` and the
  /// reason's `columnName`).
  public static let agentColumns = [
    "agents_scheduled", "agents_logged_in", "agents_ready", "agents_on_calls", "agents_acw",
    "agents_not_ready",
  ]

  /// The columns of a run: `header`, the half-widths with several replications, the
  /// requirement, the agents when agent time was kept per interval (a column per NotReady
  /// reason of the vocabulary), an `outcome_` column per outcome when outcomes were counted
  /// per interval.
  public static func columns(_ summary: RunSummary) -> [String] {
    var columns = header
    if summary.replications > 1 { columns += halfWidthColumns }
    columns += requirementColumns
    let vocabulary = summary.configuration.vocabulary
    if summary.hasIntervalStates {
      columns += agentColumns
      columns += uniqueColumnNames(
        vocabulary.notReadyReasons.map(\.name), prefix: "agents_not_ready_")
    }
    if summary.hasIntervalOutcomes {
      columns += uniqueColumnNames(
        vocabulary.allOutcomes.map { vocabulary.name(of: $0) }, prefix: "outcome_")
    }
    if summary.hasVirtualHold { columns += virtualHoldColumns }
    if summary.countsBlocking { columns += blockingColumns }
    return columns
  }

  /// Per interval, one row per queue, then one per team.
  public static func render(_ summary: RunSummary) -> String {
    var text = ""
    render(summary, to: &text)
    return text
  }

  /// Writes the file to `output` a row at a time.
  public static func render(_ summary: RunSummary, to output: inout some TextOutputStream) {
    let configuration = summary.configuration
    let columns = columns(summary)
    let requirement = IntervalRequirement(configuration)
    // The teams of each queue, computed once (`queueTeams` works them out at each use).
    let serving = configuration.queueTeams.serving
    output.write(columns.map(CSVField.escape).joined(separator: ",") + "\n")
    for interval in 0..<configuration.intervalCount {
      let start = Formatting.clock(
        configuration.startOfDay + configuration.interval * Int64(interval))
      for (queue, scope) in summary.intervalScopes(interval).enumerated() {
        var row = queueRow(
          summary, scope, queue: queue, teams: serving[queue], interval: interval,
          requirement: requirement)
        if summary.countsBlocking {
          row += queueBlockingFields(summary, queue: queue, interval: interval)
        }
        output.write(Self.line(["queue", CSVField.text(scope.id), String(interval), start], row))
      }
      for (team, scope) in summary.intervalTeamScopes(interval).enumerated() {
        var row = teamRow(summary, scope, team: team, interval: interval)
        if summary.countsBlocking { row += ["", "", "", ""] }
        output.write(Self.line(["team", CSVField.text(scope.id), String(interval), start], row))
      }
      if summary.countsBlocking {
        for line in configuration.lines.indices {
          let row = lineRow(summary, line: line, interval: interval, columns: columns.count - 4)
          output.write(
            Self.line(
              ["line", CSVField.text(configuration.lines[line].id), String(interval), start], row))
        }
      }
    }
  }

  /// A row of the file: its place (level, id, interval, start) and its fields, separated by
  /// commas, and the line's end — gathered as bytes, the row's size known ahead.
  static func line(_ place: [String], _ fields: [String]) -> String {
    var bytes: [UInt8] = []
    // Each field and the comma or line's end after it.
    bytes.reserveCapacity(
      place.reduce(0) { $0 + $1.utf8.count + 1 } + fields.reduce(0) { $0 + $1.utf8.count + 1 })
    for field in place {
      bytes += field.utf8
      bytes.append(UInt8(ascii: ","))
    }
    for (index, field) in fields.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      bytes += field.utf8
    }
    bytes.append(UInt8(ascii: "\n"))
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A queue's fields after its place: every column; `teams` those serving the queue.
  static func queueRow(
    _ summary: RunSummary, _ scope: RunSummary.Scope, queue: Int, teams: [Int], interval: Int,
    requirement: IntervalRequirement
  ) -> [String] {
    let calls = scope.calls
    var metrics = scope.metrics
    metrics[.occupancy] = summary.intervalOccupancy(interval, teams: teams)
    var fields = [
      calls.offered, calls.answered, calls.abandoned, calls.shortAbandoned,
      calls.answeredWithinThreshold, calls.abandonedWithinThreshold, calls.missedAtEnd,
      calls.unresolvedAtEnd, calls.handled,
    ].map(String.init)
    fields += metricFields(metrics, replications: summary.replications)
    let figures = requirement.figures(
      queue: queue, interval: interval, seconds: summary.intervalLength(interval).seconds,
      offered: Double(calls.offered) / Double(max(summary.replications, 1)),
      averageHandleTime: scope.metrics[.averageHandleTime]?.mean)
    fields += [CSVField.number(figures?.load), figures.map { String($0.agents) } ?? ""]
    fields += agentFields(summary, interval: interval, teams: teams)
    if summary.hasIntervalOutcomes, let counts = scope.outcomes {
      fields += summary.configuration.vocabulary.allOutcomes.map { String(counts[$0]) }
    }
    if summary.hasVirtualHold {
      fields += virtualHoldFields(summary, queue: queue, interval: interval)
    }
    return fields
  }

  /// A team's fields after its place: the calls its agents answered and handled, their speed
  /// of answer and handle time, the team's occupancy and agents; the queue-only columns
  /// (offered, abandons, unresolved, the service level, the abandon rate, the requirement and
  /// the outcomes) empty.
  static func teamRow(
    _ summary: RunSummary, _ scope: RunSummary.Scope, team: Int, interval: Int
  ) -> [String] {
    let calls = scope.calls
    var metrics = scope.metrics
    metrics[.serviceLevel] = nil
    metrics[.abandonRate] = nil
    metrics[.occupancy] = summary.intervalOccupancy(interval, teams: [team])
    var fields = [
      "", String(calls.answered), "", "", String(calls.answeredWithinThreshold), "", "", "",
      String(calls.handled),
    ]
    fields += metricFields(metrics, replications: summary.replications)
    fields += ["", ""]
    fields += agentFields(summary, interval: interval, teams: [team])
    if summary.hasIntervalOutcomes {
      fields += Array(repeating: "", count: summary.configuration.vocabulary.allOutcomes.count)
    }
    if summary.hasVirtualHold { fields += Array(repeating: "", count: virtualHoldColumns.count) }
    return fields
  }

  /// The metrics' means, then their half-widths with several replications.
  static func metricFields(_ metrics: [MetricName: Estimate], replications: Int) -> [String] {
    var fields = Self.metrics.map { CSVField.number(metrics[$0]?.mean) }
    if replications > 1 { fields += Self.metrics.map { CSVField.number(metrics[$0]?.halfWidth95) } }
    return fields
  }

  /// The agents of `teams` by state, average numbers over the interval; none without agent
  /// time per interval.
  static func agentFields(_ summary: RunSummary, interval: Int, teams: [Int]) -> [String] {
    guard let agents = summary.averageAgents(interval: interval, teams: teams) else { return [] }
    let reasons = (0..<agents.times.reasons).map {
      agents.span > 0 ? agents.times[reason: NotReadyReason($0)].seconds / agents.span : 0
    }
    return (agentGroups(agents) + reasons).map { CSVField.number($0) }
  }

  /// The agent columns from the average agents (`RunSummary.averageAgents`): scheduled (on
  /// shift: logged in, or logged out by the idle timer), logged in, Ready, on calls (ringing,
  /// talking inbound and outbound, consulting), ACW and NotReady.
  static func agentGroups(_ agents: RunSummary.AverageAgents) -> [Double] {
    [
      agents.times.loggedIn.seconds / agents.span + agents[.loggedOut],
      agents.times.loggedIn.seconds / agents.span, agents[.ready],
      agents.agents(in: [.reserved, .talking, .talkingOutbound, .consulting]),
      agents[.afterCallWork], agents[.notReady],
    ]
  }

  /// A column name for each of `names` (the vocabulary's): `prefix` and the name in lower case,
  /// every run of other characters than ASCII letters and digits an underscore
  /// (`Team Leader` → `agents_not_ready_team_leader`); a name that would repeat an earlier one
  /// takes `_2`, `_3`, ….
  public static func uniqueColumnNames(_ names: [String], prefix: String) -> [String] {
    var used: Set<String> = []
    return names.enumerated().map { index, name in
      let base = prefix + columnName(name, index: index)
      var column = base
      var suffix = 2
      while !used.insert(column).inserted {
        column = base + "_\(suffix)"
        suffix += 1
      }
      return column
    }
  }

  /// `name` in snake case: ASCII letters and digits kept in lower case, every run of other
  /// characters one underscore, none at either end; the position `index` + 1 if nothing is
  /// left.
  static func columnName(_ name: String, index: Int) -> String {
    var column = ""
    var gap = false
    for scalar in name.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if gap && !column.isEmpty { column += "_" }
        column += String(scalar).lowercased()
        gap = false
      } else {
        gap = true
      }
    }
    return column.isEmpty ? String(index + 1) : column
  }
}
