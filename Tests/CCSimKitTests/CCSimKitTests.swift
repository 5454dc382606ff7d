import CCSimKit
import Foundation
import Testing

/// The library as a Swift program uses it: load, run, read; the same figures as `ccsim run`
/// (the command line runs on it), whatever the threads; errors with their places.
@Suite struct CCSimKitTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func path(_ relative: String) -> String {
    root.appendingPathComponent(relative).path
  }

  @Test func loadRunAndReadTheFigures() throws {
    let scenario = try CCSimKit.loadScenario(path: Self.path("scenarios/quickstart.json"))
    let summary = CCSimKit.run(scenario, replications: 4, jobs: 2)
    #expect(summary.replications == 4)
    let level = try #require(summary.total.metrics[.serviceLevel])
    let mean = try #require(level.mean)
    #expect(mean > 0 && mean <= 1)
    #expect(level.halfWidth95 != nil)
    #expect(summary.total.calls.offered > 0)
    // The threads change the speed, never the numbers.
    #expect(CCSimKit.run(scenario, replications: 4, jobs: 1).json == summary.json)
    #expect(summary.json.hasPrefix("{"))
    #expect(summary.table.contains("Service level"))
  }

  @Test func aScenarioFromTextAndItsErrors() throws {
    let text = try String(
      contentsOfFile: Self.path("scenarios/erlang-c.json"), encoding: .utf8)
    let fromText = try CCSimKit.loadScenario(json: text, file: "erlang-c.json")
    let fromFile = try CCSimKit.loadScenario(path: Self.path("scenarios/erlang-c.json"))
    #expect(CCSimKit.run(fromText).json == CCSimKit.run(fromFile).json)
    #expect(throws: ScenarioLoadError.self) {
      try CCSimKit.loadScenario(json: #"{"duration": "1h", "lines": 3}"#, file: "bad.json")
    }
    do {
      _ = try CCSimKit.loadScenario(json: #"{"duration": "1h", "lines": 3}"#, file: "bad.json")
    } catch .invalid(let errors) {
      #expect(errors.contains { $0.path == "lines" && $0.location?.line == 1 })
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  /// The DocC article shows the example program as it is in Examples/.
  @Test func theArticleShowsTheExampleProgramAsItIs() throws {
    let article = try String(
      contentsOfFile: Self.path("Sources/CCSimKit/CCSimKit.docc/CCSimKit.md"), encoding: .utf8)
    let program = try String(
      contentsOfFile: Self.path("Examples/EmbedCCSim/main.swift"), encoding: .utf8)
    #expect(article.contains("```swift\n" + program + "```"))
  }
}
