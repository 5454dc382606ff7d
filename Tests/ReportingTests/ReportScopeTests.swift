import ContactCentre
import Foundation
import SimKernel
import Testing

@testable import Reporting

/// The report switched to one queue or one team: every scope's figures, headline and series,
/// are the summary's own (`summary.json`, `intervals.csv`), and a long run is embedded in
/// merged points within the budget.
struct ReportScopeTests {
  /// Two queues (gich, employer), their teams, and a team of leaders taking no queue's calls.
  static func configuration(days: Int = 0) -> CentreConfiguration {
    CentreConfiguration(
      name: "scopes", seed: 5, startOfDay: .hours(8),
      duration: days > 0 ? .hours(24 * days) : .hours(3),
      lines: [
        Line(id: "client", callType: 0, arrivals: .perHour(days > 0 ? 4 : 60)),
        Line(id: "employer", kind: .employer, callType: 1, arrivals: .perHour(days > 0 ? 2 : 20)),
      ],
      callTypes: [
        CallType(id: "client", talk: .exponential(mean: 200), patience: .exponential(mean: 90)),
        CallType(id: "employer", talk: .exponential(mean: 150), patience: .exponential(mean: 120)),
      ],
      teams: [
        Team(id: "gich", agents: 4, handles: [0]), Team(id: "employer", agents: 2, handles: [1]),
        Team(id: "leaders", agents: 1, handles: []),
      ])
  }

  static func summary(_ configuration: CentreConfiguration, replications: Int) -> RunSummary {
    RunSummary(
      configuration: configuration,
      runs: (0..<replications).map {
        CentreRun.run(configuration, replication: $0, intervals: true, states: true)
      })
  }

  static func scopes(_ summary: RunSummary) -> [ReportScope] {
    ReportScope.all(summary.configuration, serving: summary.configuration.queueTeams.serving)
  }

  @Test func theScopesAreTheCentreEachQueueAndEachTeam() {
    let configuration = Self.configuration()
    let scopes = ReportScope.all(configuration, serving: configuration.queueTeams.serving)
    #expect(
      scopes.map(\.key) == [
        "centre", "queue/gich", "queue/employer", "team/gich", "team/employer", "team/leaders",
      ])
    #expect(scopes[1].teams == [0] && scopes[2].teams == [1], "a queue's serving teams")
    #expect(scopes[3].callQueue == 0, "a team shows the calls of the queue of its name")
    #expect(scopes[5].callQueue == nil && scopes[5].queues.isEmpty)
    #expect(scopes[0].teams == [0, 1, 2])
  }

  /// Each scope's embedded calls and agents at every interval are the figures `intervals.csv`
  /// is made of, rounded as the page shows them; summed over the day they are the summary's.
  @Test(arguments: [1, 3])
  func everyScopesEmbeddedFiguresEqualTheSummarys(replications: Int) throws {
    let summary = Self.summary(Self.configuration(), replications: replications)
    let configuration = summary.configuration
    let html = ReportHTML.render(summary)
    let data = try ReportHTMLTests.replayData(html)
    let calls = try #require(data["calls"] as? [[[Any]]])
    let agents = try #require(data["agents"] as? [[[Double]]])
    let scopes = try #require(data["scopes"] as? [[String: Any]])
    let r = Double(replications)
    func number(_ value: Any) -> Double? { (value as? NSNumber)?.doubleValue }
    func rounded(_ value: Double?, _ decimals: Double) -> Double? {
      value.map { ($0 * pow(10, decimals)).rounded() / pow(10, decimals) }
    }
    for queue in configuration.queues.indices {
      var offered = 0.0
      for interval in 0..<configuration.intervalCount {
        let scope = summary.intervalScopes(interval)[queue]
        let shown = calls[queue + 1]
        #expect(number(shown[0][interval]) == rounded(Double(scope.calls.offered) / r, 3))
        #expect(number(shown[1][interval]) == rounded(Double(scope.calls.answered) / r, 3))
        #expect(number(shown[3][interval]) == rounded(scope.metrics[.serviceLevel]?.mean, 3))
        #expect(number(shown[5][interval]) == rounded(scope.metrics[.abandonRate]?.mean, 3))
        offered += Double(scope.calls.offered)
      }
      #expect(Int(offered) == summary.queues[queue].calls.offered, "the day adds up")
    }
    let series = ReportSeries(summary, scopes: Self.scopes(summary))
    let centreOffered = series.calls[0].offered.reduce(0, +) * r
    #expect(abs(centreOffered - Double(summary.total.calls.offered)) < 1e-9)
    for (index, scope) in scopes.enumerated() {
      let teams = try #require(scope["teams"] as? [Int])
      for interval in 0..<configuration.intervalCount {
        let average = try #require(summary.averageAgents(interval: interval, teams: teams))
        for (group, column) in PulseStateGroup.allCases.enumerated() {
          let states = AgentState.allCases.filter { PulseStateGroup($0) == column }
          #expect(agents[index][group][interval] == rounded(average.agents(in: states), 1))
        }
      }
      // The headline of every scope is there, tied to the scope's place in summary.json.
      let key = try #require(scope["key"] as? String)
      #expect(html.contains("<div class=\"scope-figures\" data-scope=\"\(key)\""))
    }
    #expect(scopes.map { $0["calls"] as? Int } == [0, 1, 2, 1, 2, -1])
    // The timeline's rows are grouped by team, for the script to keep the scope's teams.
    for team in 0..<2 {
      #expect(html.contains("<g class=\"team-rows\" data-team=\"\(team)\" data-top=\""))
    }
    let figures = ReportHTMLTests.figures(html)
    #expect(figures.contains { $0.pointer == "/teams/leaders/metrics/occupancy/mean" })
    #expect(figures.contains { $0.pointer == "/queues/employer/metrics/serviceLevel/mean" })
    let json = SummaryJSON.document(summary)
    for (pointer, text) in figures {
      let value = try ReportHTMLTests.resolve(pointer, in: json)
      #expect((value == .null ? "" : value.rendered()) == text, "\(pointer)")
    }
  }

  /// A run longer than the budget merges intervals into points: each holds `stride` intervals'
  /// tallies, the whole stays within the budget, and the days still add up to the summary.
  @Test func longRunsAreMergedIntoPointsWithinTheBudget() throws {
    let summary = Self.summary(Self.configuration(days: 3), replications: 1)
    let scopes = Self.scopes(summary)
    let perPoint = ReportSeries.valuesPerPoint(summary.configuration, scopes: scopes.count)
    let whole = ReportSeries(summary, scopes: scopes)
    #expect(whole.stride == 1 && whole.count == 288)
    let budget = 100 * perPoint
    let merged = ReportSeries(summary, scopes: scopes, budget: budget)
    #expect(merged.stride == 3 && merged.count == 96)
    #expect(merged.count * perPoint <= budget)
    #expect(merged.ends.last == summary.configuration.duration)
    for queue in 0..<summary.configuration.queues.count {
      let offered = merged.calls[queue + 1].offered.reduce(0, +)
      #expect(Int(offered) == summary.queues[queue].calls.offered)
    }
    let html = ReportHTML.render(summary)
    #expect(html.contains("<select id=\"day\"><option value=\"all\">Whole run</option>"))
    #expect(html.contains("<option value=\"3\">Day 3</option></select>"))
  }
}
