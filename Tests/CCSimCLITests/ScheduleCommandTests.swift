import ContactCentre
import Foundation
import Planning
import Reporting
import Scenario
import SimKernel
import Testing

/// `ccsim schedule SCENARIO` end to end: the formats, the files it writes, and that the
/// scenario it writes reads back and runs with its breaks.
struct ScheduleCommandTests {
  static let fast = ["--replications", "4", "--passes", "4", "--repairs", "3", "--jobs", "2"]

  @Test func theWrittenScenarioReadsBackAndRuns() throws {
    let directory = CLI.temporaryDirectory()
    let scenario = directory.appendingPathComponent("schedule-day.json").path
    try Data(contentsOf: URL(fileURLWithPath: CLI.scenario("schedule-day.json")))
      .write(to: URL(fileURLWithPath: scenario))
    let written = directory.appendingPathComponent("scheduled.json").path
    let shifts = directory.appendingPathComponent("shifts.csv").path
    let problems = directory.appendingPathComponent("covering.json").path
    let report = directory.appendingPathComponent("schedule.html").path
    let result = CLI.run(
      [
        "schedule", scenario, "--format", "json", "--write-scenario", written, "--shifts", shifts,
        "--covering-problem", problems, "--report", report, "--quiet",
      ] + Self.fast)
    #expect(result.code == 0, "\(result.err)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    let teams = try #require(document["teams"] as? [[String: Any]])
    #expect(teams.map { $0["id"] as? String } == ["gich", "employer"])

    // The written scenario decodes with the schedule: every shift of the scheduled teams has
    // its template's breaks, each inside its window; and `ccsim run` runs it.
    let configuration = try ScenarioLoader.load(path: written)
    let scheduling = try #require(configuration.scheduling)
    for team in configuration.teams {
      let agents = team.shifts.reduce(0) { $0 + $1.agents.count }
      let entry = teams.first { $0["id"] as? String == team.id }
      #expect(agents == entry?["agents"] as? Int, "team \(team.id)")
      for shift in team.shifts {
        let template = try #require(
          scheduling.templates.first { $0.length == shift.end - shift.start })
        #expect(shift.notReady.count == template.breaks.count)
        for (period, rule) in zip(shift.notReady, template.breaks) {
          #expect(period.start >= shift.start + rule.windowStart)
          #expect(period.start + period.duration <= shift.start + rule.windowEnd)
          #expect(period.duration == rule.length && period.reason == rule.reason)
        }
      }
    }
    let run = CLI.run(["run", written, "--format", "json"])
    #expect(run.code == 0, "\(run.err)")

    // The shifts CSV has one row per agent slot; the covering JSON decodes as the benchmark
    // reads it; the report has a chart per team.
    let rows = try String(contentsOfFile: shifts, encoding: .utf8).split(separator: "\n")
    #expect(rows.first == Substring(ShiftsCSV.header.joined(separator: ",")))
    #expect(rows.count - 1 == teams.reduce(0) { $0 + ($1["agents"] as? Int ?? 0) })
    struct Entry: Decodable {
      var team: String
      var problem: CoveringProblem
      var solution: CoveringSolution
    }
    struct Problems: Decodable { var teams: [Entry] }
    let decoded = try JSONDecoder().decode(
      Problems.self, from: Data(contentsOf: URL(fileURLWithPath: problems)))
    #expect(decoded.teams.map(\.team) == ["gich", "employer"])
    for entry in decoded.teams {
      let covered = entry.problem.demand.indices.map { period in
        zip(entry.solution.counts, entry.problem.columns).reduce(0) {
          $0 + ($1.1.covers.contains(period) ? $1.0 : 0)
        }
      }
      let short = entry.solution.shortfalls
      #expect(
        zip(covered, entry.problem.demand).enumerated().allSatisfy {
          $0.element.0 >= $0.element.1 || short[$0.offset] != nil
        })
    }
    let html = try String(contentsOfFile: report, encoding: .utf8)
    #expect(html.components(separatedBy: "<svg class=\"chart\"").count == 3)
  }

  @Test func aScenarioWithoutTemplatesIsRefused() {
    let result = CLI.run(["schedule", CLI.scenario("quickstart.json"), "--quiet"] + Self.fast)
    #expect(result.code == 64)
    #expect(result.err.contains("no \"scheduling\" section"))
  }

  @Test func anOpeningHourNoTemplateCoversIsRefused() throws {
    let text = try String(contentsOfFile: CLI.scenario("schedule-day.json"), encoding: .utf8)
      .replacingOccurrences(
        of: "\"earliestStart\": \"08:00\"", with: "\"earliestStart\": \"08:30\"")
    let result = CLI.run(["schedule", CLI.write(text), "--quiet"] + Self.fast)
    #expect(result.code == 64)
    #expect(result.err.contains("needs agents at 08:00, 08:15, but no shift template works then"))
  }
}
