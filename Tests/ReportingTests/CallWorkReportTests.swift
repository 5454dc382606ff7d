import ContactCentre
import Foundation
import SimKernel
import TestSupport
import Testing

@testable import Reporting

/// Outcomes, security, transfers, interpretation, redials and outbound calls in every report,
/// from statistics filled by hand: counts summed over replications, averages as the mean over
/// replications, null for an empty denominator.
struct CallWorkReportTests {
  /// Two lines, two call types, two teams (gich of two, employer of one): queues `gich` and
  /// `employer`, three agent slots, four 15-minute intervals.
  static let configuration = CentreConfiguration(
    name: "call work", duration: .hours(1),
    lines: [
      Line(id: "client", callType: 0, arrivals: .perHour(10)),
      Line(id: "employer", kind: .employer, callType: 1, arrivals: .perHour(5)),
    ],
    callTypes: [
      CallType(id: "client", talk: .fixed(300), patience: nil),
      CallType(id: "employer", talk: .fixed(200), patience: nil),
    ],
    teams: [
      Team(id: "gich", agents: 2, handles: [0]),
      Team(id: "employer", agents: 1, handles: [1]),
    ],
    outbound: Outbound())

  static let names = Outcome.allCases.map(\.name)

  /// Outcome counts from a list of (outcome, count).
  static func counts(_ entries: [(Outcome, Int)]) -> OutcomeCounts {
    var counts = OutcomeCounts()
    for (outcome, count) in entries { counts[outcome] += count }
    return counts
  }

  /// One replication's statistics; `scale` makes the second differ from the first.
  static func run(_ replication: Int, scale: Int, intervals: Bool = true) -> RunStatistics {
    var run = RunStatistics(
      replication: replication, configuration: configuration, intervals: intervals)
    run.queues[0].offered = 10 * scale
    run.queues[0].answered = 10 * scale
    run.queues[0].redials = 2 * scale
    run.queues[0].handled = 10 * scale
    run.queues[0].handleTime = Int64(10 * scale) * 300_000_000
    run.queues[1].offered = 4 * scale
    run.queues[1].answered = 4 * scale
    run.queues[1].handled = 4 * scale
    run.queues[1].handleTime = Int64(4 * scale) * 200_000_000
    run.total = run.queues.reduce(into: CallTally()) { $0.merge($1) }
    run.lines = run.queues
    run.teamCalls = run.queues
    run.queueOutcomes = [
      counts([(.callResolved, 7 * scale), (.lostConnection, scale), (.failedSecurityCheck, 2)]),
      counts([(.callResolved, 3 * scale), (.unresolvedEscalated, scale)]),
    ]
    run.lineOutcomes = run.queueOutcomes
    run.teamOutcomes = run.queueOutcomes
    run.outboundTeamOutcomes = [
      counts([(.noAnswer, 3 * scale), (.callResolved, scale)]), OutcomeCounts(),
    ]
    run.outbound[0].callBacksRequested = scale
    run.outbound[0].planned = 5
    run.outbound[0].suppressed = 1
    run.outbound[0].dialled = 4 * scale
    run.outbound[0].connected = scale
    run.outbound[0].retries = 2
    run.outbound[0].handled = 4 * scale
    run.outbound[0].handleTime = Int64(4 * scale) * 60_000_000 * Int64(scale)
    run.security.failedChecks = 2
    // Both failed checks reported, and in replication 1 a bogus call too.
    run.security.sascReports = 2 + replication
    run.security.bogusCallerForms = [100 + replication]
    run.transfers.warm = 2 * scale
    run.transfers.cold = replication
    run.transfers.toFallback = 1
    run.transfers.consultTime = Int64(2 * scale) * 30_000_000 * Int64(scale)
    run.interpretation.answered = scale
    run.redials.afterAbandon = scale
    run.redials.afterOutcome[.lostConnection] = scale
    let slots = configuration.roster.count
    run.agents = Array(repeating: AgentTally(), count: slots)
    run.agents[0].outboundDialled = 4 * scale
    run.agents[0].outboundHandled = 4 * scale
    run.agents[0].outboundHandleTime = run.outbound[0].handleTime
    var times = Array(
      repeating: StateTimes(reasons: NotReadyReason.allCases.count), count: slots)
    times[0].microseconds[AgentState.talkingOutbound.rawValue] = 120_000_000
    times[0].microseconds[AgentState.consulting.rawValue] = 60_000_000
    run.agentTimes = StateTimeRows(times)
    run.teams[0] = times[0]
    var outcomes = Array(repeating: OutcomeCounts(), count: slots)
    outcomes[0] = run.queueOutcomes[0]
    run.agentOutcomes = OutcomeRows(outcomes)
    var outbound = Array(repeating: OutcomeCounts(), count: slots)
    outbound[0] = run.outboundTeamOutcomes[0]
    run.outboundAgentOutcomes = OutcomeRows(outbound)
    if intervals {
      var rows = Array(repeating: OutcomeCounts(), count: run.intervals.count)
      rows[1] = run.queueOutcomes[1]
      run.intervalOutcomes = OutcomeRows(rows)
    }
    return run
  }

  static let summary = RunSummary(
    configuration: configuration, runs: [run(0, scale: 1), run(1, scale: 2)])

  static func json(_ summary: RunSummary) throws -> [String: Any] {
    let text = SummaryJSON.render(summary)
    #expect(!text.contains("nan"))
    return try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// The keys of an object of the document, in their order.
  static func keys(_ value: JSONOutput?) -> [String] {
    guard case .object(let members)? = value else { return [] }
    return members.map(\.0)
  }

  static func member(_ value: JSONOutput, _ path: String...) -> JSONOutput? {
    path.reduce(value as JSONOutput?) { value, key in
      guard case .object(let members)? = value else { return nil }
      return members.first { $0.0 == key }?.1
    }
  }

  @Test func outcomesListAllNineteenNamesInTheSeedsOrderSummedOverReplications() throws {
    let document = SummaryJSON.document(Self.summary)
    #expect(Self.keys(Self.member(document, "outcomes")) == Self.names)
    #expect(Self.names.count == 19 && Self.names.contains("Unresolved – Escalated"))
    let outcomes = try #require(Self.json(Self.summary)["outcomes"] as? [String: Int])
    #expect(outcomes.count == 19)
    // Inbound (queues, both replications) plus outbound.
    #expect(outcomes["Call Resolved"] == (7 + 14) + (3 + 6) + (1 + 2))
    #expect(outcomes["Lost Connection"] == 1 + 2)
    #expect(outcomes["Failed Security Check"] == 2 + 2)
    #expect(outcomes["Unresolved – Escalated"] == 1 + 2)
    #expect(outcomes["No Answer"] == 3 + 6)
    #expect(outcomes["Wrong Number"] == 0, "zeros are listed")
    #expect(outcomes.values.reduce(0, +) == Self.summary.outcomes.total)
  }

  @Test func queuesLinesAndTeamsCarryTheirOutcomes() throws {
    let summary = try Self.json(Self.summary)
    let queues = try #require(summary["queues"] as? [String: [String: Any]])
    let gich = try #require(queues["gich"]?["outcomes"] as? [String: Int])
    #expect(gich.count == 19 && gich["Call Resolved"] == 21 && gich["Lost Connection"] == 3)
    #expect((queues["employer"]?["outcomes"] as? [String: Int])?["Call Resolved"] == 9)
    let lines = try #require(summary["lines"] as? [String: [String: Any]])
    #expect((lines["employer"]?["outcomes"] as? [String: Int])?["Unresolved – Escalated"] == 3)
    let teams = try #require(summary["teams"] as? [String: [String: Any]])
    let team = try #require(teams["gich"])
    #expect((team["outcomes"] as? [String: Int])?["Failed Security Check"] == 4)
    #expect((team["outboundOutcomes"] as? [String: Int])?["No Answer"] == 9)
    let outbound = try #require(team["outbound"] as? [String: Any])
    #expect(outbound["dialled"] as? Int == 12)
    #expect((outbound["outcomes"] as? [String: Int])?.count == 19)
    let employer = try #require(teams["employer"]?["outbound"] as? [String: Any])
    #expect(employer["dialled"] as? Int == 0)
    #expect((employer["averageHandleTime"] as? [String: Any])?["mean"] is NSNull)
  }

  @Test func callsSplitFirstAttemptsFromRedials() throws {
    let summary = try Self.json(Self.summary)
    let calls = try #require(summary["calls"] as? [String: Int])
    #expect(calls["offered"] == 42 && calls["redials"] == 6)
    #expect(
      calls["firstAttempts"] == calls["offered"]! - calls["redials"]! - calls["transferLegs"]!)
    let queues = try #require(summary["queues"] as? [String: [String: Any]])
    let employer = try #require(queues["employer"]?["calls"] as? [String: Int])
    #expect(employer["redials"] == 0 && employer["firstAttempts"] == 12)
    let redials = try #require(summary["redials"] as? [String: Any])
    #expect(redials["total"] as? Int == 6 && redials["afterAbandon"] as? Int == 3)
    let after = try #require(redials["afterOutcome"] as? [String: Int])
    #expect(after.count == 19 && after["Lost Connection"] == 3)
  }

  @Test func securityTransfersAndInterpretation() throws {
    let summary = try Self.json(Self.summary)
    let security = try #require(summary["security"] as? [String: Any])
    #expect(security["failedChecks"] as? Int == 4)
    #expect(security["sascReports"] as? Int == 5, "counted apart from the failed checks")
    #expect(security["bogusCallerForms"] as? Int == 2)
    #expect(security["bogusCallerScins"] as? [Int] == [100, 101], "in replication order")
    let transfers = try #require(summary["transfers"] as? [String: Any])
    #expect(transfers["warm"] as? Int == 6 && transfers["cold"] as? Int == 1)
    #expect(transfers["toFallback"] as? Int == 2)
    // Replication means of 30 s and 60 s per warm transfer.
    let consult = try #require(transfers["averageConsultSeconds"] as? [String: Any])
    #expect(consult["mean"] as? Double == 45)
    #expect(consult["halfWidth95"] is Double)
    let interpretation = try #require(summary["interpretation"] as? [String: Any])
    #expect(interpretation["answered"] as? Int == 3 && interpretation["handled"] as? Int == 0)
    let handleTime = try #require(interpretation["averageHandleTime"] as? [String: Any])
    #expect(handleTime["mean"] is NSNull, "no handled call: null, not NaN")
  }

  @Test func outboundTotalsAndHandleTimeByDirection() throws {
    let summary = try Self.json(Self.summary)
    let outbound = try #require(summary["outbound"] as? [String: Any])
    let expected: [String: Int] = [
      "callBacksRequested": 3, "planned": 10, "suppressed": 2, "dialled": 12, "connected": 3,
      "retries": 4, "callBacksOnTime": 0, "callBacksLate": 0, "notMade": 0, "handled": 12,
    ]
    for (key, value) in expected { #expect(outbound[key] as? Int == value, "outbound.\(key)") }
    // Replication means of 60 s and 120 s per outbound call.
    let handleTime = try #require(outbound["averageHandleTime"] as? [String: Any])
    #expect(handleTime["mean"] as? Double == 90)
    let outcomes = try #require(outbound["outcomes"] as? [String: Int])
    #expect(outcomes["No Answer"] == 9 && outcomes["Call Resolved"] == 3)
    let metrics = try #require(summary["metrics"] as? [String: [String: Any]])
    let inbound = try #require(metrics["averageHandleTime"]?["mean"] as? Double)
    #expect(abs(inbound - Double(300 * 10 + 200 * 4) / 14) < 1e-9, "inbound AHT in metrics")
  }

  @Test func stateSecondsNameTheOutboundAndConsultStates() throws {
    let summary = try Self.json(Self.summary)
    let teams = try #require(summary["teams"] as? [String: [String: Any]])
    let seconds = try #require(teams["gich"]?["stateSeconds"] as? [String: Any])
    #expect(seconds["talkingOutbound"] as? Double == 240)
    #expect(seconds["consulting"] as? Double == 120)
    // Every state, and the time off shift (which is no state).
    #expect(seconds.count == AgentState.allCases.count + 1)
    #expect(seconds["offShift"] is Double)
  }

  @Test func agentsCSVHasOutboundAndOutcomeColumns() throws {
    let rows = AgentsCSV.render(Self.summary).split(separator: "\n").map(String.init)
    let header = rows[0].split(separator: ",").map(String.init)
    for column in [
      "talkingOutboundSeconds", "consultingSeconds", "outboundDialled", "outboundHandled",
      "outboundAverageHandleTime",
    ] {
      #expect(header.contains(column), "\(column)")
    }
    #expect(Array(header.suffix(38)) == Self.names + Self.names.map { "outbound:" + $0 })
    #expect(rows.count == 1 + Self.configuration.roster.count)
    let first = Dictionary(
      uniqueKeysWithValues: zip(
        header,
        rows[1].split(separator: ",", omittingEmptySubsequences: false)
          .map(String.init)))
    #expect(first["outboundDialled"] == "12" && first["outboundAverageHandleTime"] == "100")
    #expect(first["Call Resolved"] == "21" && first["outbound:No Answer"] == "9")
    #expect(first["talkingOutboundSeconds"] == "240" && first["consultingSeconds"] == "120")
  }

  @Test func intervalsCSVHasOutcomeColumnsOnlyWhenCounted() throws {
    let rows = IntervalsCSV.render(Self.summary).split(separator: "\n").map(String.init)
    let columns =
      IntervalsCSV.header + IntervalsCSV.halfWidthColumns + IntervalsCSV.requirementColumns
    let outcomes = IntervalsCSV.uniqueColumnNames(Self.names, prefix: "outcome_")
    #expect(rows[0] == (columns + outcomes).joined(separator: ","), "two replications")
    #expect(outcomes.contains("outcome_call_resolved"))
    let fields = rows[2].split(separator: ",", omittingEmptySubsequences: false)
    #expect(fields[0] == "queue" && fields[1] == "employer")
    let resolved = columns.count + Outcome.callResolved.index
    #expect(fields[resolved] == "9", "interval 0, queue employer, both replications")
    #expect(fields.count == columns.count + 19)

    let bare = RunSummary(
      configuration: Self.configuration,
      runs: [Self.run(0, scale: 1, intervals: true)].map { run in
        var run = run
        run.intervalOutcomes = OutcomeRows()
        return run
      })
    let header = IntervalsCSV.render(bare).split(separator: "\n")[0]
    #expect(
      header == (IntervalsCSV.header + IntervalsCSV.requirementColumns).joined(separator: ","))
  }

  @Test func summaryCSVGivesOutcomeShares() {
    let rows = SummaryCSV.render(Self.summary).split(separator: "\n").map(String.init)
    #expect(rows.contains("total,outcomeShare:Wrong Number,0,0"))
    #expect(rows.contains("queue:employer,outcomeShare:Call Resolved,0.75,0"))
    #expect(rows.filter { $0.hasPrefix("outbound,outcomeShare:") }.count == 19)
    #expect(rows.contains { $0.hasPrefix("queue:gich,outcomeShare:Unresolved – Escalated,0,") })
  }

  @Test func tableShowsCallWorkOnlyWhenThereIsSome() {
    let text = SummaryTable.render(Self.summary)
    #expect(text.contains("Outcome"))
    #expect(text.contains("Failed Security Check"))
    #expect(!text.contains("Wrong Number"), "only outcomes with a count")
    #expect(
      text.contains("Security: 4 failed checks, 5 reports to SASC, 2 bogus caller forms (CMSF5550)")
    )
    #expect(text.contains("Transfers: 7 (6 warm, 1 cold; 2 waited with nobody Ready)"))
    #expect(
      text.contains(
        "Redials: 6 of 42 calls offered; rang again: 3 after abandoning, 3 after an outcome"))
    #expect(text.contains("First attempts: 36 (29 callers and 7 transfer legs)"))
    #expect(
      text.contains("Outbound: 12 dialled (4 retries), 3 connected, 2 suppressed, AHT 90.0 s"))
    #expect(text.contains("Call-backs: 3 requested"))

    var plain = RunStatistics(replication: 0, configuration: Self.configuration, intervals: false)
    plain.queues[0].offered = 5
    plain.queues[0].answered = 5
    plain.total = plain.queues[0]
    plain.queueOutcomes[0][.callResolved] = 5
    let core = SummaryTable.render(RunSummary(configuration: Self.configuration, runs: [plain]))
    for word in ["Outcome", "Security", "Transfers", "Interpretation", "Redials", "Outbound"] {
      #expect(!core.contains(word), "\(word) is left out when nothing happened")
    }
  }
}
