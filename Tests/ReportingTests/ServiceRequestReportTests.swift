import ContactCentre
import Foundation
import SimKernel
import Testing

@testable import Reporting

/// Service requests in summary.json, the text summary and the HTML report: every figure is
/// computed once, so the intervals sum to the team, the teams to the total and the types to the
/// total, over replications.
struct ServiceRequestReportTests {
  /// 08:00–12:00: a caseworker team owning casegroups, answering a client line, and a
  /// specialist team; a case owning and a functionally unique type.
  static let configuration: CentreConfiguration = {
    var configuration = CentreConfiguration(
      name: "sr day", startOfDay: .hours(8), duration: .hours(4),
      lines: [Line(id: "client", callType: 0, arrivals: .perHour(20))],
      callTypes: [CallType(id: "client", talk: .fixed(300), patience: nil)],
      teams: [
        Team(id: "maintenance", agents: 3, handles: [0]),
        Team(id: "specialists", agents: 2, handles: []),
      ])
    configuration.teams[0].casegroups = 90
    let plan: [ServiceRequestType.Activity] = [
      .init(name: "Review", work: .exponential(mean: 600)),
      .init(name: "Update", work: .fixed(600)),
    ]
    configuration.serviceRequests = ServiceRequests(types: [
      ServiceRequestType(
        name: "Case owning", arrivals: .perHour(6), routing: .caseOwning(teams: [0]),
        activities: plan),
      ServiceRequestType(
        name: "Functionally unique", arrivals: .perHour(3),
        routing: .functionallyUnique(areas: [.init(area: "Wales", share: 1, team: 1)]),
        activities: plan),
    ])
    return configuration
  }()

  static let summary = RunSummary(
    configuration: configuration,
    runs: (0..<2).map { CentreRun.run(configuration, replication: $0) })

  @Test func summaryJSONReconciles() throws {
    let text = SummaryJSON.render(Self.summary)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let requests = try #require(root["serviceRequests"] as? [String: Any])
    let types = try #require(requests["types"] as? [String: [String: Any]])
    let teams = try #require(requests["teams"] as? [String: [String: Any]])
    let total = try #require(requests["total"] as? [String: Any])
    #expect(Array(types.keys).sorted() == ["Case owning", "Functionally unique"])
    #expect(Array(teams.keys).sorted() == ["maintenance", "specialists"])
    for key in ["arrived", "closed", "activitiesDone", "openAtEnd"] {
      let byType = types.values.reduce(0) { $0 + ($1[key] as? Int ?? 0) }
      let byTeam = teams.values.reduce(0) { $0 + ($1[key] as? Int ?? 0) }
      #expect(byType == total[key] as? Int && byTeam == byType, "\(key)")
    }
    #expect((total["arrived"] as? Int ?? 0) > 20)
    for (id, team) in teams {
      let intervals = try #require(team["intervals"] as? [[String: Any]])
      #expect(intervals.count == 16)
      for key in ["arrived", "closed"] {
        // Means over the two replications.
        let sum = intervals.reduce(0.0) { $0 + ($1[key] as? Double ?? 0) }
        #expect(abs(sum * 2 - Double(team[key] as? Int ?? -1)) < 1e-9, "\(id) \(key)")
      }
      let last = try #require(intervals.last)
      #expect(
        abs((last["open"] as? Double ?? -1) * 2 - Double(team["openAtEnd"] as? Int ?? 0)) < 1e-9,
        "\(id): open at the last interval's end is open at the end")
      #expect(intervals.first?["intervalStart"] as? String == "08:00")
    }
    // The case owning SRs are the owning team's; the functionally unique ones the specialists'.
    #expect(types["Case owning"]?["arrived"] as? Int == teams["maintenance"]?["arrived"] as? Int)
  }

  @Test func theTextAndHTMLReportsShowEveryTeam() {
    let text = SummaryTable.render(Self.summary)
    #expect(text.contains("SR team"))
    for id in ["maintenance", "specialists", "All"] { #expect(text.contains(id)) }
    let html = ReportHTML.render(Self.summary)
    #expect(html.contains("<h2>Service requests</h2>"))
    #expect(html.contains("data-metric=\"/serviceRequests/teams/specialists/arrived\""))
    #expect(html.contains("data-metric=\"/serviceRequests/total/closed\""))
  }

  @Test func aScenarioWithoutServiceRequestsReportsNone() {
    var configuration = Self.configuration
    configuration.serviceRequests = nil
    let summary = RunSummary(
      configuration: configuration, runs: [CentreRun.run(configuration, replication: 0)])
    #expect(!SummaryJSON.render(summary).contains("serviceRequests"))
    #expect(!SummaryTable.render(summary).contains("SR team"))
    #expect(!ReportHTML.render(summary).contains("Service requests"))
  }
}
