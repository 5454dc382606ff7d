import ContactCentre
import Foundation
import Scenario
import Testing

/// `ccsim schedule` on a week (scenarios/week.json: `scheduling.week` and a run of 7 days from
/// midnight): each agent's week in the shifts CSV keeps the rules, and the written scenario
/// names each person by a staff number on every day they work.
struct WeekScheduleCommandTests {
  static let fast = ["--replications", "4", "--jobs", "2", "--quiet"]

  @Test("A week's schedule: two consecutive rest days, one start, 40 h at most, one person")
  func weekOfTheExample() throws {
    let directory = CLI.temporaryDirectory()
    let written = directory.appendingPathComponent("week-scheduled.json").path
    let shifts = directory.appendingPathComponent("shifts.csv").path
    let result = CLI.run(
      ["schedule", CLI.scenario("week.json"), "--write-scenario", written, "--shifts", shifts]
        + Self.fast)
    #expect(result.code == 0, "\(result.err)")
    let rows = try String(contentsOfFile: shifts, encoding: .utf8).split(separator: "\n")
      .dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    #expect(!rows.isEmpty)
    // agent → (day, start clock, paid hours)
    let weeks = Dictionary(grouping: rows, by: { String($0[1]) })
    for (agent, week) in weeks {
      let days = week.map { Int($0[3])! }
      #expect(days.count == 5 && Set(days).count == 5, "agent \(agent)")
      let rest = Set(1...7).subtracting(days).sorted()
      #expect(rest[1] - rest[0] == 1 || rest == [1, 7], "agent \(agent) rests \(rest)")
      // The clock of the start, without its day ("d4 08:00" → "08:00").
      let starts = Set(week.map { $0[4].split(separator: " ").last! })
      #expect(starts.count == 1, "agent \(agent) starts \(starts)")
      #expect(week.map { Double($0[6])! }.reduce(0, +) <= 40)
    }
    // The table counts people and their shifts.
    #expect(result.out.contains("Week: \(weeks.count) people, \(rows.count) shifts over 7 days"))
    // The written scenario: each person one staff number, on 5 shifts of the week.
    let configuration = try ScenarioLoader.load(path: written)
    let team = configuration.teams[0]
    let people = Dictionary(grouping: team.shifts.flatMap(\.agents), by: { $0.staffNumber! })
    #expect(people.count == weeks.count)
    #expect(people.values.allSatisfy { $0.count == 5 })
    #expect(team.headcount == weeks.count)
  }

  /// The week rules apply to a week: on a one-day run the day is scheduled on its own, with
  /// anonymous agents, and a warning says so.
  @Test("Week rules on a run that is not a week: the day is scheduled on its own")
  func notAWeek() throws {
    let text = try String(contentsOfFile: CLI.scenario("week.json"), encoding: .utf8)
      .replacingOccurrences(of: "\"duration\": \"7d\"", with: "\"duration\": \"1d\"")
    #expect(text.contains("\"1d\""))
    let input = CLI.write(text)
    let written = URL(fileURLWithPath: input).deletingLastPathComponent()
      .appendingPathComponent("day.json").path
    let result = CLI.run(
      ["schedule", input, "--write-scenario", written, "--replications", "4", "--jobs", "2"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.err.contains("warning: the week rules (scheduling.week) apply to a run of 7"))
    let configuration = try ScenarioLoader.load(path: written)
    #expect(
      configuration.teams[0].shifts.allSatisfy { $0.agents.allSatisfy { $0.staffNumber == nil } })
  }
}
