import ContactCentre
import Foundation
import SimKernel
import Testing

@testable import Reporting

/// report.html from small simulated runs: one file needing nothing outside itself, every
/// scenario string escaped, the charts, timeline and replay present, and the headline figures
/// equal to summary.json's.
struct ReportHTMLTests {
  /// A two-hour day at 08:00 whose names try to break out of the page.
  static let hostile = "<script>alert(\"x\")</script> & 'Monday'"

  static func configuration(name: String = hostile, agents: Int = 6) -> CentreConfiguration {
    CentreConfiguration(
      name: name, seed: 11, startOfDay: .hours(8), duration: .hours(2),
      lines: [Line(id: "client", callType: 0, arrivals: .perHour(90))],
      callTypes: [
        CallType(
          id: "general", talk: .exponential(mean: 240), acw: .fixed(30),
          patience: .exponential(mean: 90))
      ],
      teams: [Team(id: "<b>gich</b>", agents: agents, handles: [0])])
  }

  /// The summary of `replications` runs, with the detail `--out` keeps.
  static func summary(
    _ configuration: CentreConfiguration = configuration(), replications: Int = 1,
    detail: Bool = true
  ) -> RunSummary {
    RunSummary(
      configuration: configuration,
      runs: (0..<replications).map {
        CentreRun.run(configuration, replication: $0, intervals: detail, states: detail)
      })
  }

  /// The JSON object embedded for the charts and the replay.
  static func replayData(_ html: String) throws -> [String: Any] {
    let open = "<script type=\"application/json\" id=\"report-data\">"
    let start = try #require(html.range(of: open))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    let text = String(html[start.upperBound..<end.lowerBound])
    #expect(!text.contains("<"), "no markup can hide in the data")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// Every `data-metric="POINTER" data-value="V"` pair of the page, the pointer unescaped.
  static func figures(_ html: String) -> [(pointer: String, value: String)] {
    html.components(separatedBy: "data-metric=\"").dropFirst().map { piece in
      let pointer = String(piece.prefix { $0 != "\"" })
        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&quot;", with: "\"")
        .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
      let rest = piece.components(separatedBy: "data-value=\"").dropFirst().first ?? ""
      return (pointer, String(rest.prefix { $0 != "\"" }))
    }
  }

  /// The replay colours a NotReady tile by its reason's thresholds, as `ccsim pulse` does: a
  /// lunch by the lunch's, a team leader's time never; ACW by ACW's.
  @Test func theReplayColoursEachReasonByItsOwnThresholds() throws {
    var configuration = Self.configuration()
    configuration.pulse.notReadyReasons["Lunch"] = NotReadyThresholds(
      amber: .after(.minutes(60)), red: .after(.minutes(65)))
    let data = try Self.replayData(ReportHTML.render(Self.summary(configuration)))
    let buckets = try #require(data["buckets"] as? [[Any]])
    let vocabulary = configuration.vocabulary
    let pulse = configuration.pulse
    func seconds(_ limit: PulseTimeLimit) -> Double? { limit.duration?.seconds }
    for (index, reason) in vocabulary.notReadyReasons.enumerated() {
      let bucket = buckets[AgentState.notReady.rawValue + index]
      let limits = pulse.notReady(NotReadyReason(index), in: vocabulary)
      #expect(bucket[2] as? String == "notReady", "\(reason.name)")
      #expect(bucket[3] as? Double == seconds(limits.amber), "\(reason.name) amber")
      #expect(bucket[4] as? Double == seconds(limits.red), "\(reason.name) red")
    }
    let lunch = try #require(vocabulary.notReadyReasons.firstIndex { $0.name == "Lunch" })
    #expect(buckets[AgentState.notReady.rawValue + lunch][3] as? Double == 3600)
    let leader = try #require(vocabulary.notReadyReasons.firstIndex { $0.name == "Team Leader" })
    #expect(buckets[AgentState.notReady.rawValue + leader][3] is NSNull)
    let acw = buckets[AgentState.afterCallWork.rawValue]
    #expect(acw[3] as? Double == pulse.afterCallWorkAmber.seconds)
  }

  @Test func theFileNeedsNothingOutsideItself() {
    let html = ReportHTML.render(Self.summary())
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.hasSuffix("</html>\n"))
    for reference in ["http://", "https://", "src=", "@import", "url(", "<link rel=\"stylesheet\""]
    {
      #expect(!html.contains(reference), "the page refers to \(reference)")
    }
    #expect(html.components(separatedBy: "<script").count - 1 == 2, "the data and the script")
  }

  @Test func scenarioStringsAreEscaped() throws {
    let html = ReportHTML.render(Self.summary())
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("<b>gich"))
    #expect(
      html.contains(
        "<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Monday&#39;</h1>"))
    #expect(html.contains("&lt;b&gt;gich&lt;/b&gt;"))
    let data = try Self.replayData(html)
    #expect(data["teams"] as? [String] == ["<b>gich</b>"], "the data reads back unchanged")
  }

  @Test func chartsTimelineAndSlider() throws {
    let summary = Self.summary()
    let html = ReportHTML.render(summary)
    for chart in ["chart-calls", "chart-service", "chart-asa", "chart-agents"] {
      #expect(html.contains("<figure class=\"chart-card\" id=\"\(chart)\">"), "\(chart)")
    }
    #expect(html.contains("<svg class=\"timeline\""))
    #expect(html.contains("<input type=\"range\" id=\"replay-slider\" min=\"0\" max=\"7\""))
    let data = try Self.replayData(html)
    #expect(data["ends"] as? [Double] == (1...8).map { Double($0) * 900 })
    #expect(data["intervalsPerPoint"] as? Int == 1)
    let tiles = try #require(data["tiles"] as? [[Any]])
    #expect(tiles.count == 6, "a row per agent slot")
    let agents = try #require(data["agents"] as? [[[Double]]])
    #expect(agents.count == 3, "the centre, the queue, the team")
    for scope in agents {
      for point in 0..<8 {
        // Six agents logged in all day: the Pulse columns of every point add up to six.
        #expect(
          abs(scope.reduce(0) { $0 + $1[point] } - 6) <= 0.25 + 1e-9,
          "each of five columns rounded to 0.1")
      }
    }
  }

  /// The agents of the stacked chart are the interval's agent time over its length: six
  /// agents logged in all day average six agents in every interval.
  @Test func agentsByStateAddUpToTheAgentsLoggedIn() {
    let summary = Self.summary(replications: 2)
    let scopes = ReportScope.all(summary.configuration, serving: [[0]])
    let series = ReportSeries(summary, scopes: scopes)
    #expect(series.count == 8)
    for scope in series.agents {
      for point in 0..<series.count {
        #expect(abs(scope.reduce(0) { $0 + $1[point] } - 6) < 1e-9)
      }
    }
  }

  /// Each figure's `data-value` is the very text summary.json writes at its pointer (the
  /// shortest that reads back as the same double), or empty where the JSON has null.
  @Test(arguments: [1, 3])
  func headlineFiguresAreSummaryJSONs(replications: Int) throws {
    let summary = Self.summary(replications: replications)
    let html = ReportHTML.render(summary)
    let json = SummaryJSON.document(summary)
    let figures = Self.figures(html)
    #expect(figures.contains { $0.pointer == "/metrics/serviceLevel/mean" })
    #expect(figures.contains { $0.pointer == "/queues/<b>gich<~1b>/calls/offered" })
    #expect(
      figures.contains { $0.pointer == "/metrics/serviceLevel/halfWidth95" }
        == (replications > 1))
    for (pointer, text) in figures {
      let value = try Self.resolve(pointer, in: json)
      #expect((value == .null ? "" : value.rendered()) == text, "\(pointer)")
    }
  }

  @Test func largeRostersAreCappedWithANote() {
    let summary = Self.summary(Self.configuration(name: "big", agents: 520))
    let html = ReportHTML.render(summary)
    let timeline = AgentTimeline(summary)
    #expect(timeline.rows.count == AgentTimeline.rowLimit)
    #expect(html.contains("The first 200 of the 520 agent slots at work are shown."))
    #expect(html.contains("100 of 520 agent slots (an agent on one shift): the first 100 of each"))
    let agentTable = html.components(separatedBy: "<section id=\"agents\"").last ?? ""
    #expect(agentTable.components(separatedBy: "<tr data-team=\"0\"><td>").count - 1 == 100)
  }

  @Test func aRunWithoutDetailStillRenders() {
    let html = ReportHTML.render(Self.summary(detail: false))
    #expect(!html.contains("<script"), "no data, no replay script")
    #expect(!html.contains("<svg"))
    #expect(html.contains("Per-interval figures are kept with <code>--out</code>."))
    #expect(html.contains("data-metric=\"/metrics/serviceLevel/mean\""))
  }

  @Test(arguments: [
    (0.0, 1.0, 1.0), (1.0, 0.2, 1.0), (0.87, 0.2, 1.0), (9.0, 2.0, 10.0), (43.0, 10.0, 50.0),
    (86.0, 20.0, 100.0), (1234.0, 250.0, 1250.0),
  ])
  func axisSteps(maximum: Double, step: Double, top: Double) {
    let axis = SVGChart.axis(maximum: maximum)
    #expect(abs(axis.step - step) < 1e-12 && abs(axis.top - top) < 1e-9, "\(maximum)")
  }

  @Test func escaping() {
    #expect(HTML.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
    #expect(HTML.scriptSafeJSON("\"</script>&\"") == "\"\\u003c/script\\u003e\\u0026\"")
    #expect(HTML.pointer("queues", "a/b~c", "calls") == "/queues/a~1b~0c/calls")
    #expect(HTML.scriptSafeJSON("{\"é\":\"<👍>\"}") == "{\"é\":\"\\u003c👍\\u003e\"}")
    #expect(HTML.scriptSafeJSON("[1,2]") == "[1,2]")
  }

  /// An SVG coordinate is `Formatting.fixed`'s text with the trailing zeros (and a bare point)
  /// cut, and no sign on zero.
  @Test func coordinatesAreFixedDecimalsTrimmed() {
    func trimmed(_ value: Double, _ decimals: Int) -> String {
      var text = Formatting.fixed(value, decimals: decimals)
      guard text.contains(".") else { return text }
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
      return text == "-0" ? "0" : text
    }
    var generator = SplitMix64(seed: 67)
    var values: [Double] = [0, -0.0, 0.04, -0.04, 0.05, -0.05, 1, -1, 10.25, 1e9, .nan, .infinity]
    for _ in 0..<5_000 {
      let magnitude = Double(generator.next() % 10_000_000) / Double(1 << (generator.next() % 20))
      values.append(generator.next() % 2 == 0 ? magnitude : -magnitude)
    }
    for value in values {
      for decimals in 0...6 {
        #expect(HTML.coordinate(value, decimals: decimals) == trimmed(value, decimals), "\(value)")
      }
    }
  }

  /// The value at a JSON Pointer (RFC 6901).
  static func resolve(_ pointer: String, in json: JSONOutput) throws -> JSONOutput {
    var value = json
    for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
      let key = token.replacingOccurrences(of: "~1", with: "/")
        .replacingOccurrences(of: "~0", with: "~")
      guard case .object(let members) = value else {
        Issue.record("\(pointer): \(key) is not in an object")
        return .null
      }
      value = try #require(members.first { $0.0 == key }?.1, "\(pointer): no \(key)")
    }
    return value
  }
}
