import ContactCentre
import Foundation
import Planning
import Scenario
import TestSupport
import Testing

/// A staffed team's caseworkers whom the scenario names elsewhere — here a transfer target —
/// keep their identity on the staffing's roster, so the written scenario reads back and its
/// transfers still reach them.
struct StaffNamedAgentsTests {
  static func scenario(perHour: Int, targets: String) -> String {
    """
    {"name": "core day with named caseworkers", "seed": 5, "start": "08:00", "duration": "3h",
     "warmup": "1h", "interval": "1h",
     "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": \(perHour)}}],
     "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 180}},
       "outcomes": {"Call Resolved": 0.9, "Call Transferred": 0.1},
       "transfer": {"targets": [\(targets)], "consult": 30}}],
     "teams": [{"id": "gich", "handles": ["general"], "shifts": [
       {"start": "08:00", "end": "11:00", "agents": 8},
       {"start": "08:00", "end": "11:00", "agents": [
         {"staffNumber": "C102", "name": "Not referred to", "proficiency": 3},
         {"staffNumber": "C101", "name": "Transfer target", "proficiency": 7}]}]}]}
    """
  }

  @Test func aTransferTargetStaysOnTheWrittenRoster() throws {
    let input = CLI.write(Self.scenario(perHour: 200, targets: #"{"agent": "C101", "share": 1}"#))
    let output = CLI.temporaryDirectory().appendingPathComponent("staffed.json").path
    let result = CLI.run(
      ["staff", input, "--write-scenario", output, "--format", "json"] + StaffCommandTests.fast)
    try #require(result.code == 0, "\(result.err)")
    #expect(CLI.run("validate", output).code == 0)
    let written = try ScenarioLoader.load(path: output)
    let named = try #require(written.teams[0].shifts.last)
    #expect(named.agents.count == 1)
    #expect(named.agents[0].staffNumber == "C101" && named.agents[0].proficiency == 7)
    #expect(named.agents[0].name == "Transfer target")
    // The agent nobody refers to is one of the anonymous agents now.
    let numbers = written.teams[0].shifts.flatMap(\.agents).compactMap(\.staffNumber)
    #expect(Set(numbers) == ["C101"])
    let rows = try #require(
      (StaffCommandTests.json(result.out)["teams"] as? [[String: Any]])?.first?["intervals"]
        as? [[String: Any]])
    let agents = rows.map { $0["agents"] as! Int }
    #expect(
      written.teams[0].shifts
        == Staffing.shifts(agents, keeping: written.namedAgents(ofTeam: 0), in: written))
    #expect(CLI.run("run", output, "--replications", "2", "--check").code == 0)
  }

  /// Fewer agents at once than caseworkers to keep: the one last in roster order (C101) would
  /// be off the roster, so the file is not written.
  @Test func tooFewAgentsToKeepTheNamedOnesIsRefused() {
    let targets = #"{"agent": "C101", "share": 0.5}, {"agent": "C102", "share": 0.5}"#
    let input = CLI.write(Self.scenario(perHour: 1, targets: targets))
    let output = CLI.temporaryDirectory().appendingPathComponent("staffed.json").path
    let result = CLI.run(["staff", input, "--write-scenario", output] + StaffCommandTests.fast)
    #expect(result.code == 1, "\(result.err)")
    #expect(
      result.err.contains("too few to keep the caseworkers the scenario names (C101 would be off"))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  /// cms-day transfers to MN101 and orphans MN103's casegroups: staffing maintenance-north
  /// keeps both on its roster, and the written file reads back (it did not: exit 70).
  @Test func cmsDayMaintenanceNorthIsWritten() throws {
    let output = CLI.temporaryDirectory().appendingPathComponent("staffed.json").path
    let result = CLI.run(
      "staff", CLI.scenario("cms-day.json"), "--team", "maintenance-north", "--passes", "2",
      "--replications", "4", "--jobs", "2", "--quiet", "--write-scenario", output)
    try #require(result.code == 0, "\(result.err)")
    let written = try ScenarioLoader.load(path: output)
    let team = try #require(written.teams.first { $0.id == "maintenance-north" })
    let numbers = Set(team.shifts.flatMap(\.agents).compactMap(\.staffNumber))
    #expect(numbers.isSuperset(of: ["MN101", "MN103"]))
  }

  /// `ccsim schedule` keeps them the same way: the transfer target is the first person of the
  /// schedule, with their profile, and the written scenario reads back and runs.
  @Test func aTransferTargetStaysOnTheWrittenSchedule() throws {
    let scenario = Self.scenario(perHour: 200, targets: #"{"agent": "C101", "share": 1}"#)
      .replacingOccurrences(
        of: #"{"name": "core day with named caseworkers","#,
        with: #"""
          {"name": "core day with named caseworkers", "scheduling": {"templates": [
            {"id": "day", "length": "3h", "earliestStart": "08:00", "latestStart": "08:00",
             "startStep": "1h"}]},
          """#)
    let input = CLI.write(scenario)
    let output = CLI.temporaryDirectory().appendingPathComponent("scheduled.json").path
    let result = CLI.run(
      ["schedule", input, "--write-scenario", output, "--repairs", "1"] + StaffCommandTests.fast)
    try #require(result.code == 0, "\(result.err)")
    let written = try ScenarioLoader.load(path: output)
    let agents = written.teams[0].shifts.flatMap(\.agents)
    #expect(agents.compactMap(\.staffNumber) == ["C101"])
    let target = try #require(agents.first { $0.staffNumber == "C101" })
    #expect(target.proficiency == 7 && target.name == "Transfer target")
    #expect(CLI.run("run", output, "--replications", "2", "--check").code == 0)
  }
}
