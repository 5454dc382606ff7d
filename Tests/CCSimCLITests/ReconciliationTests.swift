import ContactCentre
import Foundation
import Planning
import Reporting
import Scenario
import SimKernel
import TestSupport
import Testing

/// Every output of a run reconciles with `summary.json` (PRODUCT §8): on random scenarios drawn
/// from the whole format, each run for three replications with everything `--out` keeps, the
/// files are rendered and read back as a user would read them, and each is summed and held to
/// summary.json — per queue, line, team and interval; agent state times add up; `calls.csv`
/// reproduces the counts, RONAs and outcomes; the report's replay counts the agents Pulse
/// shows. A failure names its seed: `RandomScenario(seed:).json` is the scenario.
struct ReconciliationTests {
  static let replications = 3

  @Test(arguments: 1...200)
  func everyOutputReconcilesWithTheSummary(seed: UInt64) throws {
    let text = RandomScenario(seed: seed).json
    let configuration = try ScenarioLoader.decode(
      Array(text.utf8), file: "random-\(seed).json", directory: "/nonexistent")
    try Self.reconcile(configuration, "seed \(seed)")
  }

  /// A centre speaking its own vocabulary reconciles in its own names.
  @Test func theOtherCentreReconciles() throws {
    let configuration = try ScenarioLoader.load(path: CLI.scenario("other-centre.json"))
    try Self.reconcile(configuration, "other-centre.json")
  }

  /// Runs `configuration` and holds every output to its summary.json (`place` names it).
  static func reconcile(_ configuration: CentreConfiguration, _ place: String) throws {
    // calls.csv as `run --out DIR --calls` writes it, as the calls end, replications side by
    // side: the file rendered from the calls kept.
    let (runs, streamed) = try CallsFileTests.runStreaming(
      configuration, replications: Self.replications, jobs: 2)
    for run in runs {
      try #require(run.violation == nil, "\(place): \(run.violation ?? "")")
    }
    let summary = RunSummary(configuration: configuration, runs: runs)
    let json = try Self.object(SummaryJSON.render(summary))
    #expect(streamed == CallsCSV.render(summary), "\(place): calls.csv streamed as rendered")
    let calls = try CSV(streamed)
    try Self.callsReconcile(calls, json, configuration, place)
    try Self.intervalsReconcile(try CSV(IntervalsCSV.render(summary)), calls, configuration, place)
    try Self.agentsReconcile(try CSV(AgentsCSV.render(summary)), json, calls, configuration, place)
    Self.stateTimesAddUp(runs, configuration, place)
    if configuration.aac != nil {
      let incidents = try CSV(IncidentsCSV.render(summary))
      let raised = try #require((json["incidents"] as? [String: Any])?["raised"] as? Int)
      #expect(incidents.rows.count == raised, "\(place): incidents.csv rows = incidents raised")
    }
    try Self.replayCountsArePulses(summary, configuration, place)
  }

  /// The reader of the CSV files reads quoted fields, doubled quotes and empty fields.
  @Test func theCSVReaderReadsQuotes() {
    let records = CSV.records("a,\"b,c\",\"say \"\"hi\"\"\",\n,x,\"\"\n")
    #expect(records == [["a", "b,c", "say \"hi\"", ""], ["", "x", ""]])
  }

  // MARK: calls.csv

  /// Per queue, line and team: the rows of calls.csv, counted as the model counts, are the
  /// summary's calls and outcomes; outbound rows are the teams' dials and outbound outcomes.
  static func callsReconcile(
    _ calls: CSV, _ json: [String: Any], _ configuration: CentreConfiguration, _ place: String
  ) throws {
    let inbound = calls.rows.filter { calls[$0, "direction"] == "inbound" }
    let queued = inbound.filter { !calls[$0, "queue"].isEmpty }
    let queues = try #require(json["queues"] as? [String: [String: Any]])
    for plan in configuration.queues {
      let rows = queued.filter { calls[$0, "queue"] == plan.id }
      let figures = try #require(queues[plan.id], "\(place): queue \(plan.id) in summary.json")
      let context = "\(place), queue \(plan.id)"
      expectCalls(Self.tally(rows, calls, configuration), figures["calls"], context)
      expectOutcomes(Self.outcomes(rows, calls), figures["outcomes"], context)
    }
    let lines = try #require(json["lines"] as? [String: [String: Any]])
    for line in configuration.lines {
      let rows = inbound.filter { calls[$0, "line"] == line.id }
      let figures = try #require(lines[line.id], "\(place): line \(line.id) in summary.json")
      let context = "\(place), line \(line.id)"
      let queuedRows = rows.filter { !calls[$0, "queue"].isEmpty }
      expectCalls(Self.tally(queuedRows, calls, configuration), figures["calls"], context)
      let arrived = rows.filter { calls[$0, "transferLeg"] == "false" }.count
      #expect(figures["arrived"] as? Int == arrived, "\(context): callers who rang")
      let hangUps = rows.filter { calls[$0, "end"] == "ivrHangUp" }.count
      #expect(figures["ivrHangUps"] as? Int == hangUps, "\(context): IVR hang-ups")
      let inIVR = rows.filter { calls[$0, "end"] == "unresolved" && calls[$0, "queue"].isEmpty }
      #expect(figures["inIVRAtEnd"] as? Int == inIVR.count, "\(context): still in the IVR")
    }
    let teams = try #require(json["teams"] as? [String: [String: Any]])
    for team in configuration.teams {
      let figures = try #require(teams[team.id], "\(place): team \(team.id) in summary.json")
      let context = "\(place), team \(team.id)"
      let answered = queued.filter {
        calls[$0, "team"] == team.id && ["handled", "unfinished"].contains(calls[$0, "end"])
      }
      let tally = try #require(figures["calls"] as? [String: Int])
      #expect(tally["answered"] == answered.count, "\(context): calls answered")
      #expect(
        tally["handled"] == answered.filter { calls[$0, "end"] == "handled" }.count,
        "\(context): calls handled")
      expectOutcomes(Self.outcomes(answered, calls), figures["outcomes"], context)
      let outbound = calls.rows.filter {
        calls[$0, "direction"] == "outbound" && calls[$0, "team"] == team.id
      }
      let dialled = try #require((figures["outbound"] as? [String: Any])?["dialled"] as? Int)
      #expect(dialled == outbound.count, "\(context): outbound rows = calls dialled")
      let handledOut = outbound.filter { calls[$0, "end"] == "handled" }
      expectOutcomes(Self.outcomes(handledOut, calls), figures["outboundOutcomes"], context)
    }
  }

  /// The calls of `rows`, counted as summary.json counts them.
  static func tally(_ rows: [Int], _ calls: CSV, _ configuration: CentreConfiguration)
    -> [String: Int]
  {
    let threshold = configuration.serviceLevelThreshold.microseconds
    let shortAbandon = configuration.shortAbandon.microseconds
    let vocabulary = configuration.vocabulary
    let transferring = Set(vocabulary.outcomes(.transfers).map(vocabulary.name(of:)))
    var tally: [String: Int] = [:]
    func add(_ key: String, _ amount: Int = 1) { tally[key, default: 0] += amount }
    for row in rows {
      add("offered")
      let end = calls[row, "end"]
      let wait = calls.microseconds(row, "waitSeconds")
      if end == "handled" || end == "unfinished" {
        add("answered")
        if wait <= threshold { add("answeredWithinThreshold") }
        if wait > 0 { add("waited") }
        if calls[row, "offeredAtOnce"] == "false" { add("notOfferedAtOnce") }
        if end == "handled" { add("handled") }
        if transferring.contains(calls[row, "outcome"]) && calls[row, "transferLeg"] == "false" {
          add("transferred")
        }
      } else if end == "abandoned" {
        add("abandoned")
        add("waited")
        if calls[row, "offeredAtOnce"] == "false" { add("notOfferedAtOnce") }
        if wait <= shortAbandon { add("shortAbandoned") }
      } else if end == "unresolved" {
        add("unresolvedAtEnd")
      }
      add("redirectedOnNoAnswer", Int(calls[row, "redirectedOnNoAnswer"])!)
      if calls[row, "redial"] == "true" { add("redials") }
      if calls[row, "transferLeg"] == "true" { add("transferLegs") }
    }
    return tally
  }

  static func outcomes(_ rows: [Int], _ calls: CSV) -> [String: Int] {
    var counts: [String: Int] = [:]
    for row in rows where !calls[row, "outcome"].isEmpty {
      counts[calls[row, "outcome"], default: 0] += 1
    }
    return counts
  }

  static func expectCalls(_ counted: [String: Int], _ figures: Any?, _ context: String) {
    guard let figures = figures as? [String: Int] else {
      Issue.record("\(context): no calls in summary.json")
      return
    }
    for key in [
      "offered", "answered", "abandoned", "shortAbandoned", "answeredWithinThreshold", "waited",
      "notOfferedAtOnce", "redirectedOnNoAnswer", "transferred", "unresolvedAtEnd", "handled",
      "redials",
      "transferLegs",
    ] {
      #expect(
        figures[key] == counted[key, default: 0],
        "\(context): \(key) is \(figures[key] ?? -1) in summary.json, \(counted[key, default: 0]) in calls.csv"
      )
    }
  }

  static func expectOutcomes(_ counted: [String: Int], _ figures: Any?, _ context: String) {
    guard let figures = figures as? [String: Int] else {
      Issue.record("\(context): no outcomes in summary.json")
      return
    }
    // summary.json names every outcome of the vocabulary, counted or not.
    #expect(Set(counted.keys).isSubset(of: figures.keys), "\(context): outcomes not in summary")
    for (name, figure) in figures {
      #expect(
        figure == counted[name, default: 0],
        "\(context): \(name) is \(figure) in summary.json, \(counted[name, default: 0]) in calls.csv"
      )
    }
  }

  // MARK: intervals.csv

  /// Per interval and queue: intervals.csv's calls are calls.csv's rows that entered the queue
  /// in that interval; per interval and team, the calls the team's agents answered of those.
  static func intervalsReconcile(
    _ intervals: CSV, _ calls: CSV, _ configuration: CentreConfiguration, _ place: String
  ) throws {
    let length = configuration.interval.microseconds
    var counted: [String: [String: Int]] = [:]
    for row in calls.rows where calls[row, "direction"] == "inbound" && !calls[row, "queue"].isEmpty
    {
      let interval = Int(calls.microseconds(row, "queuedSeconds") / length)
      let one = Self.tally([row], calls, configuration)
      for key in [
        "queue \(interval) \(calls[row, "queue"])", "team \(interval) \(calls[row, "team"])",
      ]
      where !key.hasSuffix(" ") {
        counted[key] = counted[key, default: [:]].merging(one, uniquingKeysWith: +)
      }
    }
    let levels = (configuration.queues.count + configuration.teams.count)
    #expect(
      intervals.rows.count == configuration.intervalCount * levels,
      "\(place): a row per interval and queue, and per interval and team")
    let columns = [
      ("offered", "offered"), ("answered", "answered"), ("abandoned", "abandoned"),
      ("short_abandoned", "shortAbandoned"),
      ("answered_within_threshold", "answeredWithinThreshold"),
      ("unresolved_at_end", "unresolvedAtEnd"), ("handled", "handled"),
    ]
    let teamColumns = ["answered", "answered_within_threshold", "handled"]
    for row in intervals.rows {
      let level = intervals[row, "level"]
      let key = "\(level) \(intervals[row, "interval"]) \(intervals[row, "id"])"
      let expected = counted[key, default: [:]]
      for (column, name) in columns where level == "queue" || teamColumns.contains(column) {
        #expect(
          Int(intervals[row, column]) == expected[name, default: 0],
          "\(place), \(key): \(column) is \(intervals[row, column]) in intervals.csv, \(expected[name, default: 0]) in calls.csv"
        )
      }
    }
  }

  // MARK: agents.csv

  /// Per team: agents.csv's rows add up to the team's calls, outcomes, state times and dials;
  /// each agent's state times add up to the time observed, logged-in time to the states'.
  static func agentsReconcile(
    _ agents: CSV, _ json: [String: Any], _ calls: CSV, _ configuration: CentreConfiguration,
    _ place: String
  ) throws {
    let teams = try #require(json["teams"] as? [String: [String: Any]])
    let observed =
      (configuration.duration - configuration.warmup).seconds * Double(Self.replications)
    let states = AgentState.allCases.filter { $0 != .notReady }.map { "\($0.reportName)Seconds" }
    let vocabulary = configuration.vocabulary
    let reasons = vocabulary.notReadyReasons.map { "notReady:" + $0.name }
    for team in configuration.teams {
      let rows = agents.rows.filter { agents[$0, "team"] == team.id }
      let figures = try #require(teams[team.id])
      let context = "\(place), team \(team.id)"
      let tally = try #require(figures["calls"] as? [String: Int])
      #expect(
        tally["answered"] == rows.reduce(0) { $0 + Int(agents[$1, "answered"])! },
        "\(context): agents' calls answered")
      #expect(
        tally["handled"] == rows.reduce(0) { $0 + Int(agents[$1, "handled"])! },
        "\(context): agents' calls handled")
      var outcomes: [String: Int] = [:]
      for row in rows {
        for outcome in vocabulary.outcomes {
          outcomes[outcome.name, default: 0] += Int(agents[row, outcome.name])!
        }
      }
      expectOutcomes(outcomes, figures["outcomes"], context + " (agents.csv)")
      let stateSeconds = try #require(figures["stateSeconds"] as? [String: Any])
      for state in AgentState.allCases where state != .notReady {
        let sum = rows.reduce(0.0) { $0 + agents.number($1, "\(state.reportName)Seconds") }
        let total = try #require(stateSeconds[state.reportName] as? Double)
        #expect(abs(sum - total) < 1e-6 * max(1, total), "\(context): \(state.reportName) seconds")
      }
      let dialled = try #require((figures["outbound"] as? [String: Any])?["dialled"] as? Int)
      #expect(
        dialled == rows.reduce(0) { $0 + Int(agents[$1, "outboundDialled"])! },
        "\(context): agents' outbound dials")
      for row in rows {
        let inStates = states.reduce(0.0) { $0 + agents.number(row, $1) }
        let notReady = reasons.reduce(0.0) { $0 + agents.number(row, $1) }
        let all = inStates + notReady + agents.number(row, "offShiftSeconds")
        #expect(abs(all - observed) < 1e-6 * observed, "\(context), agent row \(row): all time")
        let loggedIn =
          all - agents.number(row, "loggedOutSeconds")
          - agents.number(row, "offShiftSeconds")
        #expect(
          abs(loggedIn - agents.number(row, "loggedInSeconds")) < 1e-6 * observed,
          "\(context), agent row \(row): logged-in time")
      }
    }
    let ronas = calls.rows.reduce(0) { $0 + Int(calls[$1, "redirectedOnNoAnswer"])! }
    #expect(
      ronas == agents.rows.reduce(0) { $0 + Int(agents[$1, "redirectedOnNoAnswer"])! },
      "\(place): RONAs in calls.csv and agents.csv")
  }

  /// Per reporting interval and team, the agent time kept adds up to every slot of the team
  /// over the interval (after the warm-up).
  static func stateTimesAddUp(
    _ runs: [RunStatistics], _ configuration: CentreConfiguration, _ place: String
  ) {
    let slots = configuration.roster.reduce(
      into: Array(repeating: 0, count: configuration.teams.count)
    ) {
      $0[$1.team] += 1
    }
    let length = configuration.interval.microseconds
    let warmup = configuration.warmup.microseconds
    for run in runs {
      for interval in 0..<configuration.intervalCount {
        let start = Int64(interval) * length
        let end = min(start + length, configuration.duration.microseconds)
        let span = max(0, end - max(start, warmup))
        for team in configuration.teams.indices {
          let times = run.intervalStates[interval * configuration.teams.count + team]
          let total = times.microseconds.reduce(0, +)
          #expect(
            total == span * Int64(slots[team]),
            "\(place), interval \(interval), team \(configuration.teams[team].id): agent time \(total) µs, not \(span) µs × \(slots[team]) slots"
          )
        }
      }
    }
  }

  // MARK: The replay and Pulse

  /// At each interval's end, the report's replay counts the agents of each team by Pulse
  /// column as `ccsim pulse --at` that instant does: the agents on shift or logged in.
  static func replayCountsArePulses(
    _ summary: RunSummary, _ configuration: CentreConfiguration, _ place: String
  ) throws {
    let html = ReportHTML.render(summary)
    guard let data = try Self.replayData(html) else { return }
    let counts = try #require(data["counts"] as? [[[Int]]], "\(place): replay counts")
    let ends = try #require(data["ends"] as? [Double])
    #expect(counts.count == ends.count, "\(place): replay counts per interval")
    let sampled = Array(ends.indices).filter { $0 % max(1, ends.count / 6) == 0 }
    let instants = sampled.map { SimInstant(since: .seconds(ends[$0])) }
    var seen = 0
    _ = CentreRun.replay(configuration, replication: 0, at: instants) { snapshot, records in
      let view = PulseView(configuration: configuration, snapshot: snapshot, calls: records)
      let interval = sampled[seen]
      seen += 1
      for group in view.groups {
        #expect(
          group.agents == counts[interval][group.team],
          "\(place), interval \(interval) ending at \(ends[interval]) s, team \(group.id): Pulse counts \(group.agents), the replay \(counts[interval][group.team])"
        )
        // Pulse's counts are the agents it lists: on shift or logged in, by state.
        let listed = view.agentTeams.first { $0.team == group.team }?.agents ?? []
        #expect(group.total == listed.count, "\(place): team \(group.id) lists its agents")
      }
      return true
    }
    #expect(seen == instants.count, "\(place): every sampled instant visited")
  }

  static func replayData(_ html: String) throws -> [String: Any]? {
    let open = "<script type=\"application/json\" id=\"report-data\">"
    guard let start = html.range(of: open) else { return nil }
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    let text = String(html[start.upperBound..<end.lowerBound])
    return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
  }

  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }
}

/// A CSV file as a reader sees it: a header and rows of fields (quoted fields unquoted).
struct CSV {
  let columns: [String: Int]
  let fields: [[String]]

  init(_ text: String) throws {
    var lines = Self.records(text)
    let header = try #require(lines.first, "a CSV has a header")
    lines.removeFirst()
    columns = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    fields = lines
    for line in lines { try #require(line.count == header.count, "a row of every column") }
  }

  var rows: Range<Int> { fields.indices }

  subscript(row: Int, column: String) -> String {
    guard let index = columns[column] else {
      Issue.record("no column \(column)")
      return ""
    }
    return fields[row][index]
  }

  func number(_ row: Int, _ column: String) -> Double { Double(self[row, column]) ?? 0 }

  /// A time in seconds, as whole microseconds (the model's unit).
  func microseconds(_ row: Int, _ column: String) -> Int64 {
    Int64((number(row, column) * 1e6).rounded())
  }

  /// Splits CSV text into records of fields (RFC 4180: quotes, doubled quotes).
  static func records(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var closedQuote = false  // the last character closed a quoted stretch
    for character in text {
      if quoted {
        if character == "\"" { quoted = false } else { field.append(character) }
        closedQuote = character == "\""
        continue
      }
      switch character {
      case "\"":
        if closedQuote { field.append("\"") }  // a doubled quote within quotes
        quoted = true
      case ",":
        record.append(field)
        field = ""
      case "\n":
        record.append(field)
        records.append(record)
        record = []
        field = ""
      default:
        field.append(character)
      }
      closedQuote = false
    }
    if !field.isEmpty || !record.isEmpty {
      record.append(field)
      records.append(record)
    }
    return records
  }
}
