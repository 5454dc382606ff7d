import ContactCentre
import Foundation
import SimKernel
import TestSupport
import Testing

@testable import Reporting

/// The AAC desk, incidents and case-closure exceptions in every report, from statistics filled
/// by hand: counts summed over replications, per-replication figures as mean ± half-width,
/// backlogs as the mean over replications, and nothing at all for a scenario without them.
struct BackOfficeReportTests {
  /// 08:00–09:00: a client line to GICH (G1 and an unnamed caseworker) and two AAC area lines
  /// (Plymouth, Belfast) to the AAC desk's team; four 15-minute intervals.
  static let configuration: CentreConfiguration = {
    var configuration = CentreConfiguration(
      name: "aac day", startOfDay: .hours(8), duration: .hours(1),
      lines: [
        Line(id: "client", callType: 0, arrivals: .perHour(20)),
        Line(id: "aac-ply", kind: .aac, callType: 1, arrivals: .perHour(4)),
        Line(id: "aac-bel", kind: .aac, callType: 1, arrivals: .perHour(4)),
      ],
      callTypes: [
        CallType(id: "client", talk: .fixed(300), patience: nil),
        CallType(id: "incident", talk: .fixed(600), patience: nil),
      ],
      teams: [
        Team(
          id: "gich", handles: [0],
          shifts: [
            Shift(
              start: .zero, end: .hours(1),
              agents: [AgentProfile(staffNumber: "G1"), AgentProfile()])
          ]),
        Team(id: "aac-desk", agents: 2, handles: [1]),
      ])
    configuration.aac = AreaAdviceCentre(
      areas: [
        .init(prefix: "PLY", name: "Plymouth", line: 1, teams: [0]),
        .init(prefix: "BEL", name: "Belfast", line: 2),
      ],
      evaluation: IncidentEvaluation(
        reject: 0.2,
        rejectReasons: [
          .init(name: "Required information missing", share: 0.5),
          .init(name: "Team leader not consulted", share: 0.5),
        ],
        resolve: 0.3, callBack: 0.2, assign: 0.3,
        domains: [.init(domain: .policy, share: 1, delay: .fixed(3600))]))
    configuration.incidents = Incidents(perCaseworkerHour: 0.5)
    configuration.exceptions = CaseClosureExceptions(
      at: .hours(2), reportsPerBatch: 10,
      reasons: [
        .init(name: "Arrears outstanding", share: 0.6),
        .init(name: "Payment schedule open", share: 0.4),
      ],
      technicalSkip: 0.5, ams: 0.3, caseworker: 0.2, work: .fixed(900), teams: [0])
    return configuration
  }()

  static let hour: Int64 = 3_600_000_000

  /// One replication's statistics; the second (`scale` 2) differs from the first.
  static func run(_ replication: Int, scale: Int, resolved: Bool = true) -> RunStatistics {
    var run = RunStatistics(
      replication: replication, configuration: configuration, intervals: false)
    // Plymouth: SL 2/4 and ASA 10 s, then SL 6/8 and ASA 30 s; Belfast had no calls.
    run.lines[1].offered = 4 * scale
    run.lines[1].answered = replication == 0 ? 4 : 6
    run.lines[1].abandoned = replication == 0 ? 0 : 2
    run.lines[1].answeredWithinThreshold = replication == 0 ? 2 : 6
    run.lines[1].answeredWait = replication == 0 ? 40_000_000 : 180_000_000
    run.queues[1] = run.lines[1]
    run.total = run.queues[1]

    var incidents = IncidentTally(reasons: 2, domains: ExpertDomain.allCases.count)
    incidents.problems = 10 * scale
    incidents.fromEscalated = 2 * scale
    incidents.solvedLocally = [3 * scale, 1, 0, scale]
    incidents.raised = 5 * scale
    incidents.raisedFromOtherAreas = replication == 0 ? 1 : 0
    incidents.rejected = [scale, 0]
    if resolved {
      incidents.resolvedInCall = scale
      incidents.resolvedByEmail = replication
      // One resolved in 600 s, then three in 1,200 s each.
      incidents.timeToResolve = replication == 0 ? 600_000_000 : 3 * 1_200_000_000
    }
    incidents.callBacksArranged = scale
    incidents.callBacksMade = replication
    incidents.assigned[ExpertDomain.policy.index] = 2 * scale
    incidents.escalations = replication
    incidents.emailsAnswered = 2
    incidents.emailsAnsweredLate = replication
    incidents.caseworkerTime = Int64(scale) * hour
    incidents.lockedCalls = scale
    incidents.problemsOpenAtEnd = 1
    incidents.openAtEnd = scale
    run.incidents = incidents
    run.incidentBacklog = [1, 2, 3, 4].map { $0 * scale }

    var exceptions = ExceptionTally(reasons: 2)
    exceptions.reports = [3 * scale, 2 * scale]
    exceptions.technicalSkips = 2 * scale
    exceptions.amsFixed = scale
    exceptions.toCaseworker = 2 * scale
    exceptions.worked = scale
    exceptions.caseworkerTime = Int64(scale) * hour / 4
    exceptions.openAtEnd = scale
    run.exceptions = exceptions
    run.exceptionBacklog = [0, 1, 1, 0].map { $0 * scale }

    if replication == 0 {
      var rejected = IncidentRecord(
        number: "PLY00001", area: 0, agent: 0, team: 0, casegroup: 42, problemAt: 60_000_000,
        raisedAt: 300_000_000)
      rejected.state = .closedRejected
      rejected.rejectReason = 0
      rejected.closedAt = 900_000_000
      var assigned = IncidentRecord(
        number: "BEL00002", area: 1, agent: 1, team: 0, casegroup: -1, problemAt: 120_000_000,
        raisedAt: 1_500_500_000)
      assigned.state = .assigned
      assigned.domains = [.policy, .omc]
      run.incidentRecords = [rejected, assigned]
    }
    return run
  }

  static let summary = RunSummary(
    configuration: configuration, runs: [run(0, scale: 1), run(1, scale: 2)])

  static func json(_ summary: RunSummary) throws -> [String: Any] {
    let text = SummaryJSON.render(summary)
    #expect(!text.contains(": nan") && !text.contains(": inf"), "no NaN nor infinity")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func newObjectsComeLastAndOnlyWhenTheScenarioHasThem() {
    let keys = CallWorkReportTests.keys(SummaryJSON.document(Self.summary))
    #expect(Array(keys.suffix(4)) == ["teams", "aac", "incidents", "exceptions"])
    let core = CallWorkReportTests.keys(SummaryJSON.document(CallWorkReportTests.summary))
    #expect(core.last == "teams")
    for key in ["aac", "incidents", "exceptions"] { #expect(!core.contains(key), "\(key)") }

    var deskOnly = Self.configuration
    deskOnly.incidents = nil
    deskOnly.exceptions = nil
    let desk = RunSummary(configuration: deskOnly, runs: [Self.run(0, scale: 1)])
    let deskKeys = CallWorkReportTests.keys(SummaryJSON.document(desk))
    #expect(deskKeys.contains("aac") && deskKeys.contains("incidents"), "AAC evaluates calls")
    #expect(!deskKeys.contains("exceptions"))
  }

  @Test func aacGivesEachAreaItsLinesServiceLevelAndSpeedOfAnswer() throws {
    let aac = try #require(Self.json(Self.summary)["aac"] as? [String: [String: Any]])
    #expect(
      CallWorkReportTests.keys(
        CallWorkReportTests.member(SummaryJSON.document(Self.summary), "aac")) == ["PLY", "BEL"])
    let plymouth = try #require(aac["PLY"])
    #expect(plymouth["prefix"] as? String == "PLY" && plymouth["name"] as? String == "Plymouth")
    #expect(plymouth["line"] as? String == "aac-ply")
    #expect(plymouth["offered"] as? Int == 12 && plymouth["answered"] as? Int == 10)
    #expect(plymouth["abandoned"] as? Int == 2)
    let serviceLevel = try #require(plymouth["serviceLevel"] as? [String: Any])
    #expect(serviceLevel["mean"] as? Double == 0.625, "the mean of 0.5 and 0.75")
    // JSONSerialization reads the last digits back loosely: within 1e-12 of the estimate.
    let expected = try #require(Estimate(replications: [0.5, 0.75]).halfWidth95)
    #expect(abs(try #require(serviceLevel["halfWidth95"] as? Double) - expected) < 1e-12)
    let speed = try #require(plymouth["averageSpeedOfAnswer"] as? [String: Any])
    #expect(speed["mean"] as? Double == 20, "the mean of 10 s and 30 s")
    let belfast = try #require(aac["BEL"]?["serviceLevel"] as? [String: Any])
    #expect(belfast["mean"] is NSNull && belfast["halfWidth95"] is NSNull, "no calls: null")
  }

  @Test func incidentsAreSummedWithEveryReasonAndDomainNamed() throws {
    let incidents = try #require(Self.json(Self.summary)["incidents"] as? [String: Any])
    let counts: [String: Int] = [
      "problems": 30, "fromEscalated": 6, "raised": 15, "raisedFromThisCentre": 14,
      "raisedFromOtherAreas": 1, "resolvedInCall": 3,
      "resolvedByCallBack": 0, "resolvedByEmail": 1, "callBacksArranged": 3, "callBacksMade": 1,
      "escalations": 1, "emailsAnswered": 4, "emailsAnsweredLate": 1, "lockedCalls": 3,
      "problemsOpenAtEnd": 2, "openAtEnd": 3,
    ]
    for (key, value) in counts { #expect(incidents[key] as? Int == value, "incidents.\(key)") }
    #expect(
      incidents["solvedLocally"] as? [String: Int]
        == ["procedures": 9, "colleagues": 2, "teamLeader": 0, "adviceAndGuidance": 3])
    let local = CallWorkReportTests.member(
      SummaryJSON.document(Self.summary), "incidents", "solvedLocally")
    #expect(
      CallWorkReportTests.keys(local)
        == ["procedures", "colleagues", "teamLeader", "adviceAndGuidance"])
    #expect(
      incidents["rejected"] as? [String: Int]
        == ["Required information missing": 3, "Team leader not consulted": 0, "total": 3])
    let assigned = try #require(incidents["assigned"] as? [String: Int])
    #expect(assigned.count == 8 && assigned["Policy"] == 6 && assigned["OMC"] == 0)
    #expect(assigned["total"] == 6)
    let order = CallWorkReportTests.keys(
      CallWorkReportTests.member(SummaryJSON.document(Self.summary), "incidents", "assigned"))
    #expect(order == ExpertDomain.allCases.map(\.name) + ["total"])
  }

  @Test func incidentTimesArePerReplicationMeans() throws {
    let incidents = try #require(Self.json(Self.summary)["incidents"] as? [String: Any])
    let raised = try #require(incidents["raisedPerReplication"] as? [String: Any])
    #expect(raised["mean"] as? Double == 7.5)
    let raisedWidth = try #require(Estimate(replications: [5, 10]).halfWidth95)
    #expect(abs(try #require(raised["halfWidth95"] as? Double) - raisedWidth) < 1e-9)
    let resolve = try #require(incidents["averageTimeToResolveSeconds"] as? [String: Any])
    #expect(resolve["mean"] as? Double == 900, "the mean of 600 s and 1,200 s")
    #expect(incidents["caseworkerHours"] as? Double == 3)
    let hours = try #require(incidents["caseworkerHoursPerReplication"] as? [String: Any])
    #expect(hours["mean"] as? Double == 1.5)

    let unresolved = RunSummary(
      configuration: Self.configuration,
      runs: [Self.run(0, scale: 1, resolved: false), Self.run(1, scale: 2, resolved: false)])
    let none = try #require(Self.json(unresolved)["incidents"] as? [String: Any])
    let average = try #require(none["averageTimeToResolveSeconds"] as? [String: Any])
    #expect(average["mean"] is NSNull && average["halfWidth95"] is NSNull, "none resolved")
  }

  @Test func backlogsAreMeansPerIntervalWithClockLabels() throws {
    let summary = try Self.json(Self.summary)
    let incidents = try #require(
      (summary["incidents"] as? [String: Any])?["backlog"] as? [[String: Any]])
    #expect(
      incidents.map { $0["intervalStart"] as? String } == ["08:00", "08:15", "08:30", "08:45"])
    #expect(incidents.map { $0["open"] as? Double } == [1.5, 3, 4.5, 6])
    let exceptions = try #require(
      (summary["exceptions"] as? [String: Any])?["backlog"] as? [[String: Any]])
    #expect(exceptions.map { $0["open"] as? Double } == [0, 1.5, 1.5, 0])
  }

  @Test func exceptionsAreSummedByReasonAndTriage() throws {
    let exceptions = try #require(Self.json(Self.summary)["exceptions"] as? [String: Any])
    #expect(
      exceptions["reports"] as? [String: Int]
        == ["Arrears outstanding": 9, "Payment schedule open": 6, "total": 15])
    let counts: [String: Int] = [
      "technicalSkips": 6, "amsFixed": 3, "amsClerical": 0, "toCaseworker": 6, "worked": 3,
      "openAtEnd": 3,
    ]
    for (key, value) in counts { #expect(exceptions[key] as? Int == value, "exceptions.\(key)") }
    #expect(exceptions["caseworkerHours"] as? Double == 0.75)
    let hours = try #require(exceptions["caseworkerHoursPerReplication"] as? [String: Any])
    #expect(hours["mean"] as? Double == 0.375)
  }

  @Test func tableHasTheDeskAndALineEachForIncidentsAndExceptions() {
    let text = SummaryTable.render(Self.summary)
    #expect(text.contains("AAC area"))
    #expect(text.contains("Plymouth (PLY)  aac-ply"))
    #expect(text.contains("62.5 %"))
    let funnel = [
      "Incidents                                  Count",
      "─────────────────────────────────────────  ─────",
      "Problems met by this centre's caseworkers     30",
      "  solved locally                              14",
      "  not yet raised at the end                    2",
      "  raised with AAC                             14",
      "Raised by other areas' calls to AAC            1",
      "Incidents raised with AAC (14 + 1)            15",
      "  rejected                                     3",
      "  resolved                                     4",
      "    in the call                                3",
      "    by call-back                               0",
      "    by email                                   1",
      "  open at the end                              3",
    ]
    #expect(text.contains(funnel.joined(separator: "\n") + "\n"), "\(text)")
    #expect(text.contains("Expert Domains: 6 assignments (1 after a resolution that did not work)"))
    #expect(text.contains("caseworker time lost 3.0 h, peak backlog 6.0 open"))
    #expect(
      text.contains(
        "Case-closure exceptions: 15 reports (6 technical skips, 3 to AMS, 6 to caseworkers); "
          + "3 worked in 0.8 h, 3 open at the end"))
    let core = SummaryTable.render(CallWorkReportTests.summary)
    for word in ["AAC", "Incidents", "exceptions"] { #expect(!core.contains(word), "\(word)") }
  }

  @Test func summaryCSVEndsWithTheDeskAndTheBackOfficeFigures() {
    let rows = SummaryCSV.render(Self.summary).split(separator: "\n").map(String.init)
    #expect(rows.contains { $0.hasPrefix("aac:PLY,serviceLevel,0.625,") })
    #expect(rows.contains { $0.hasPrefix("aac:PLY,averageSpeedOfAnswer,20,") })
    #expect(rows.contains("aac:BEL,serviceLevel,,"), "no calls: empty cells, as for a queue")
    #expect(rows.contains { $0.hasPrefix("incidents,raisedPerReplication,7.5,") })
    #expect(rows.contains { $0.hasPrefix("incidents,averageTimeToResolveSeconds,900,") })
    let hours = Self.summary.exceptions?.caseworkerHoursPerReplication.halfWidth95
    #expect(
      rows.last == "exceptions,caseworkerHoursPerReplication,0.375," + CSVField.number(hours))
    let core = SummaryCSV.render(CallWorkReportTests.summary)
    #expect(!core.contains("aac:") && !core.contains("incidents,") && !core.contains("exceptions,"))
  }

  @Test func incidentsCSVHasOneRowPerIncident() {
    let rows = IncidentsCSV.render(Self.summary).split(separator: "\n").map(String.init)
    #expect(rows[0] == IncidentsCSV.header.joined(separator: ","))
    #expect(rows.count == 3, "the second replication kept no records")
    #expect(
      rows[1]
        == "1,PLY00001,PLY,G1,gich,42,08:05,60,300,Closed Rejected,Required information missing,,,900"
    )
    #expect(
      rows[2] == "1,BEL00002,BEL,gich/1/2,gich,,08:25,120,1500.5,Open – Assigned,,Policy; OMC,,")
    let core = IncidentsCSV.render(CallWorkReportTests.summary)
    #expect(core == IncidentsCSV.header.joined(separator: ",") + "\n")
  }

  @Test func reportHasTheSectionWithFiguresEqualToSummaryJSON() throws {
    let html = ReportHTML.render(Self.summary)
    #expect(html.contains("<section id=\"aac\" class=\"panel\">"))
    #expect(html.contains("Area Advice Centre and back-office work"))
    #expect(html.contains("href=\"#aac\""))
    #expect(html.contains("Backlog at the end of each interval"))
    #expect(html.contains("Open exception work items"))
    let json = SummaryJSON.document(Self.summary)
    let figures = ReportHTMLTests.figures(html)
    for pointer in [
      "/aac/PLY/serviceLevel/mean", "/aac/BEL/offered", "/incidents/raised",
      "/incidents/rejected/Required information missing", "/incidents/assigned/OMC",
      "/incidents/caseworkerHours", "/exceptions/caseworkerHours", "/exceptions/reports/total",
      "/incidents/averageTimeToResolveSeconds/mean",
    ] {
      #expect(figures.contains { $0.pointer == pointer }, "\(pointer)")
    }
    for (pointer, text) in figures {
      let value = try ReportHTMLTests.resolve(pointer, in: json)
      #expect((value == .null ? "" : value.rendered()) == text, "\(pointer)")
    }
    let core = ReportHTML.render(CallWorkReportTests.summary)
    #expect(!core.contains("id=\"aac\"") && !core.contains("#aac"))
  }

  @Test func deskQueuesAndTeamsAreThoseOfTheAreaLines() {
    #expect(Self.configuration.aacLines == [1, 2])
    #expect(Self.configuration.aacQueues.map { Self.configuration.queues[$0].id } == ["aac-desk"])
    #expect(Self.configuration.aacTeams == [1])
    #expect(CallWorkReportTests.configuration.aacQueues.isEmpty)
  }

  @Test func pulseAACViewListsOnlyTheDesk() throws {
    var views: [PulseView] = []
    _ = CentreRun.replay(Self.configuration, replication: 0, at: [SimInstant(since: .minutes(40))])
    {
      snapshot, calls in
      for (team, desk) in [(nil, false), (nil, true), (0, true)] as [(Int?, Bool)] {
        views.append(
          PulseView(
            configuration: Self.configuration, snapshot: snapshot, calls: calls, team: team,
            aacDesk: desk))
      }
      return false
    }
    try #require(views.count == 3)
    #expect(
      views[0].queues.map(\.id) == ["gich", "aac-desk", "lock-assigned"],
      "the desk is in the centre view")
    #expect(views[0].groups.map(\.id) == ["gich", "aac-desk"])
    #expect(views[1].queues.map(\.id) == ["aac-desk"] && views[1].total == nil)
    #expect(views[1].groups.map(\.id) == ["aac-desk"])
    #expect(views[1].agentTeams.map(\.id) == ["aac-desk"])
    #expect(views[1].agents.count == 2)
    #expect(views[2].queues.isEmpty && views[2].groups.isEmpty, "gich does not answer AAC")
    let text = PulseTerminal.render(views[1], colour: false)
    #expect(text.contains("— AAC desk"))
    #expect(!text.contains("gich"))
  }
}
