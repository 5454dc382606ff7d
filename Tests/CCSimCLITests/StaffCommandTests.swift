import ContactCentre
import Foundation
import Planning
import Reporting
import Scenario
import Testing

/// `ccsim staff SCENARIO` end to end: the three formats, the scenario it writes, and the exit
/// codes. (The search itself is tested against Erlang C in PlanningTests.)
struct StaffCommandTests {
  /// A core day from 08:00: a warm-up hour, then two hours of 200 calls an hour, AHT 180 s.
  static let core = """
    {"name": "core day", "seed": 5, "start": "08:00", "duration": "3h", "warmup": "1h",
     "interval": "1h",
     "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 200}}],
     "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 180}}}],
     "teams": [{"id": "gich", "agents": 10, "handles": ["general"]}]}
    """

  static let fast = ["--replications", "6", "--passes", "8", "--jobs", "2", "--quiet"]

  static func json(_ text: String) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
  }

  @Test func theTableHasARowPerInterval() {
    let result = CLI.run(["staff", CLI.write(Self.core)] + Self.fast)
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.hasPrefix("Staffing: core day\n"))
    #expect(result.out.contains("Goal in every interval: service level ≥ 80.0 % within 20.0 s"))
    #expect(result.out.contains("Team gich — queues: gich"))
    let rows = result.out.split(separator: "\n").filter {
      $0.hasPrefix("08:00") || $0.hasPrefix("09:00") || $0.hasPrefix("10:00")
    }
    #expect(rows.count == 3)
    #expect(rows.first?.contains("=") == true, "the warm-up hour keeps Erlang's 14")
    #expect(result.out.contains("Agent-hours: Erlang 42.0, simulated"))
    #expect(result.err.isEmpty)
  }

  /// Callers with no patience: Erlang's loss system (Erlang B) gives the first estimate
  /// (it once stopped ccsim on a precondition, exit 132).
  @Test func callersWithNoPatienceAreStaffedByErlangB() {
    let scenario = Self.core.replacingOccurrences(
      of: "\"mean\": 180}}}", with: "\"mean\": 180}}, \"patience\": 0}")
    #expect(scenario.contains("\"patience\": 0"))
    let result = CLI.run(["staff", CLI.write(scenario), "--format", "csv"] + Self.fast)
    #expect(result.code == 0, "\(result.err)")
    let rows = result.out.split(separator: "\n").dropFirst()
    #expect(rows.count == 3)
    // SL ≥ 80 % is B ≤ 0.2: B(10, 10 erlangs) = 0.2146, B(11, 10) = 0.1632.
    #expect(rows.first?.hasPrefix("gich,0,08:00,200,180,11,") == true, "\(result.out)")
    // On service level alone those callers are invisible (every abandon is short): warned.
    let loud = CLI.run(["staff", CLI.write(scenario), "--replications", "2", "--passes", "1"])
    #expect(loud.err.contains("callers of general abandon within the short-abandon time"))
    #expect(loud.err.contains("give --max-abandon"))
  }

  @Test func csvAndJSONCarryTheSameRows() throws {
    let path = CLI.write(Self.core)
    let csv = CLI.run(["staff", path, "--format", "csv"] + Self.fast)
    #expect(csv.code == 0, "\(csv.err)")
    let lines = csv.out.split(separator: "\n").map(String.init)
    #expect(lines.first == StaffingCSV.header.joined(separator: ","))
    #expect(lines.count == 4)
    #expect(lines[1].hasPrefix("gich,0,08:00,200,180,14,"))

    let json = CLI.run(["staff", path, "--format", "json"] + Self.fast)
    #expect(json.code == 0, "\(json.err)")
    let document = Self.json(json.out)
    #expect(document["scenario"] as? String == "core day" && document["seed"] as? Int == 5)
    let goal = try #require(document["goal"] as? [String: Any])
    #expect(goal["target"] as? Double == 0.8 && goal["threshold"] as? Double == 20)
    #expect(goal["maxAbandon"] is NSNull)
    let teams = try #require(document["teams"] as? [[String: Any]])
    let intervals = try #require(teams.first?["intervals"] as? [[String: Any]])
    #expect(intervals.count == 3)
    for (index, interval) in intervals.enumerated().dropFirst() {
      let fields = lines[index + 1].split(separator: ",", omittingEmptySubsequences: false)
      #expect(interval["agents"] as? Int == Int(fields[7]))
      #expect((interval["erlang"] as? [String: Any])?["agents"] as? Int == 14)
      let level = try #require(interval["serviceLevel"] as? [String: Any])
      #expect((level["mean"] as? Double ?? 0) >= 0.8)
      #expect(level["halfWidth95"] is Double)
    }
  }

  /// The written scenario validates, has the staffing as shifts of the team, reads back as
  /// exactly what was simulated — so `ccsim run` with the same seed and replications meets
  /// the target in every interval — and carries the goal and seed the command was given.
  @Test func theWrittenScenarioValidatesAndMeetsTheTarget() throws {
    let input = CLI.write(Self.core)
    let output = CLI.temporaryDirectory().appendingPathComponent("staffed.json").path
    let arguments = [
      "--replications", "6", "--passes", "8", "--jobs", "2", "--target", "0.75",
      "--threshold", "30s", "--seed", "9",
    ]
    let result = CLI.run(
      ["staff", input, "--write-scenario", output, "--format", "json"] + arguments)
    #expect(result.code == 0, "\(result.err)")
    #expect(result.err.contains("wrote \(output)"))
    #expect(CLI.run("validate", output).code == 0)

    let written = try ScenarioLoader.load(path: output)
    #expect(written.seed == 9)
    #expect(written.serviceLevelTarget == 0.75 && written.serviceLevelThreshold == .seconds(30))
    let rows = try #require(
      (Self.json(result.out)["teams"] as? [[String: Any]])?.first?["intervals"]
        as? [[String: Any]])
    let agents = rows.map { $0["agents"] as! Int }
    #expect(written.teams[0].shifts == Staffing.shifts(agents, in: written))
    let text = try String(contentsOfFile: output, encoding: .utf8)
    #expect(text.contains(#""serviceLevel": {"threshold": "30s", "target": 0.75}"#))
    #expect(text.contains(#"{"start": "08:00", "end": "11:00", "agents": "#))

    let runs = Replications.run(written, count: 6, jobs: 2, intervals: true)
    let staffed = try #require(
      StaffingSearch.run(
        written, goal: StaffingGoal(target: 0.75, threshold: .seconds(30)),
        options: .init(replications: 6, jobs: 2, maxPasses: 1)
      ).teams.first?.team)
    let measured = IntervalPerformance.measure(
      runs, teams: [staffed], intervalCount: 3, teamCount: 1)[0]
    for (index, performance) in measured.enumerated().dropFirst() {
      #expect((performance.serviceLevel.mean ?? 0) >= 0.75, "hour \(index)")
      let reported = try #require(rows[index]["serviceLevel"] as? [String: Any])
      // JSONSerialization may read the last digit differently.
      #expect(abs(performance.serviceLevel.mean! - (reported["mean"] as! Double)) < 1e-12)
    }
    let run = CLI.run("run", output, "--replications", "6", "--format", "json")
    #expect(run.code == 0)
    let total = (Self.json(run.out)["metrics"] as? [String: Any])?["serviceLevel"]
    #expect(((total as? [String: Any])?["mean"] as? Double ?? 0) >= 0.75)
  }

  /// A staffed team keeps its team leaders: staffing counts the agents who take calls, and a
  /// direct-dial line rings the team leader by staff number, so the written scenario has the
  /// staffing's shifts and then the team leader's shift as it was (breaks included), validates
  /// and reads back as simulated.
  @Test func theStaffedTeamKeepsItsTeamLeader() throws {
    let input = CLI.write(
      """
      {"name": "core day with a team leader", "seed": 5, "start": "08:00", "duration": "3h",
       "warmup": "1h", "interval": "1h",
       "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 200}},
                 {"id": "leader", "kind": "directDial", "teamLeader": "G001",
                  "callType": "general", "arrivals": {"perHour": 2}}],
       "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 180}}}],
       "teams": [{"id": "gich", "handles": ["general"], "shifts": [
         {"start": "08:00", "end": "11:00", "agents": 10},
         {"start": "08:00", "end": "11:00",
          "agents": [{"staffNumber": "G001", "name": "Leader", "isTeamLeader": true}],
          "notReady": [{"reason": "Break", "start": "09:30", "duration": "15m"}]}]}]}
      """)
    let output = CLI.temporaryDirectory().appendingPathComponent("staffed.json").path
    let result = CLI.run(["staff", input, "--write-scenario", output] + Self.fast)
    #expect(result.code == 0, "\(result.err)")
    #expect(CLI.run("validate", output).code == 0)
    let written = try ScenarioLoader.load(path: output)
    let shifts = written.teams[0].shifts
    let leader = try #require(shifts.last)
    #expect(leader.agents.map(\.staffNumber) == ["G001"] && leader.agents[0].isTeamLeader)
    #expect(leader.notReady.count == 1 && leader.entry == shifts.count - 1)
    #expect(shifts.dropLast().allSatisfy { $0.agents.allSatisfy { $0 == AgentProfile() } })
  }

  @Test func theInputScenarioIsNeverOverwritten() throws {
    let input = CLI.write(Self.core)
    let before = try Data(contentsOf: URL(fileURLWithPath: input))
    let directory = URL(fileURLWithPath: input).deletingLastPathComponent()
    for target in [input, directory.appendingPathComponent("./sub/../scenario.json").path] {
      try? FileManager.default.createDirectory(
        at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
      let result = CLI.run(["staff", input, "--write-scenario", target] + Self.fast)
      #expect(result.code == 64, "\(target)")
      #expect(result.err.contains("is the input scenario"))
      #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
    }
  }

  @Test(arguments: [
    ["--target", "1"], ["--target", "0"], ["--target", "eighty"], ["--max-abandon", "0"],
    ["--max-occupancy", "1.5"], ["--replications", "0"], ["--passes", "0"],
    ["--format", "xml"], ["--threshold", "soon"], ["--threshold", "-5"], ["--bogus"],
    ["--team", "nobody"], ["second.json"], ["--seed", "-1"],
  ])
  func badArgumentsAreUsageErrors(_ arguments: [String]) {
    let result = CLI.run(["staff", CLI.write(Self.core)] + arguments)
    #expect(result.code == 64, "\(arguments): \(result.err)")
    #expect(result.err.contains("ccsim staff --help"))
    #expect(result.out.isEmpty)
  }

  @Test func missingAndInvalidScenarios() {
    #expect(CLI.run("staff").code == 64)
    let missing = CLI.run("staff", "/nonexistent/day.json")
    #expect(missing.code == 66 && missing.err.contains("/nonexistent/day.json"))
    let invalid = CLI.run("staff", CLI.write(#"{"duration": "1h"}"#))
    #expect(invalid.code == 65)
    let unwritable = CLI.run(
      ["staff", CLI.write(Self.core), "--write-scenario", "/nonexistent/out.json"] + Self.fast)
    #expect(unwritable.code == 73)
  }

  /// A queue offering its calls to two teams at once: without `--team` both are staffed
  /// jointly — a table per team with today's roster and the gap, and one for the queue; with
  /// `--team` one is, the other keeping its roster, as before.
  @Test func aSharedQueueIsStaffedJointlyOrOneTeamAtATime() throws {
    let shared = CLI.write(
      Self.core.replacingOccurrences(
        of: #"{"id": "gich", "agents": 10, "handles": ["general"]}"#,
        with: #"{"id": "gich", "agents": 10, "handles": ["general"]},"#
          + #" {"id": "flex", "agents": 2, "handles": ["general"]}"#))
    let joint = CLI.run(["staff", shared] + Self.fast)
    #expect(joint.code == 0, "\(joint.err)")
    #expect(joint.out.hasPrefix("Staffing: core day — every team, jointly\n"))
    #expect(joint.out.contains("Team gich — first for: gich+flex"))
    #expect(joint.out.contains("Team flex — first for: gich+flex"))
    #expect(joint.out.contains("Queue gich+flex — first to: gich, flex"))
    #expect(joint.out.contains("Needed  Roster  Gap"))
    // Erlang C needs 14 agents for 10 erlangs at 80 % in 20 s: split 10 : 2 by the roster,
    // 11.7 and 2.3, apportioned 12 and 2.
    let json = Self.json(
      CLI.run(["staff", shared, "--format", "json"] + Self.fast).out)
    #expect(json["joint"] as? Bool == true)
    let teams = try #require(json["teams"] as? [[String: Any]])
    let first = try #require((teams[0]["intervals"] as? [[String: Any]])?.first)
    #expect(first["erlangAgents"] as? Int == 12 && first["roster"] as? Double == 10)
    let second = try #require((teams[1]["intervals"] as? [[String: Any]])?.first)
    #expect(second["erlangAgents"] as? Int == 2 && second["roster"] as? Double == 2)
    let queues = try #require(json["queues"] as? [[String: Any]])
    #expect(queues.count == 1 && queues[0]["teams"] as? [String] == ["gich", "flex"])

    let chosen = CLI.run(["staff", shared, "--team", "gich"] + Self.fast)
    #expect(chosen.code == 0, "\(chosen.err)")
    #expect(chosen.out.contains("Team gich — queues: gich+flex"))
    #expect(!chosen.out.contains("Team flex"))
  }

  /// A goal out of reach within `--max-agents` is reported: a mark in the table, `unmet` in
  /// JSON and CSV, and a warning naming the intervals — the exit status stays 0, as when the
  /// search team by team misses the goal.
  @Test func anIntervalBeyondTheMaximumIsReportedUnmet() throws {
    let shared = CLI.write(
      Self.core.replacingOccurrences(
        of: #"{"id": "gich", "agents": 10, "handles": ["general"]}"#,
        with: #"{"id": "gich", "agents": 10, "handles": ["general"]},"#
          + #" {"id": "flex", "agents": 2, "handles": ["general"]}"#))
    let capped = ["--max-agents", "6", "--replications", "6", "--passes", "8", "--jobs", "2"]
    let table = CLI.run(["staff", shared] + capped)
    #expect(table.code == 0, "\(table.err)")
    #expect(
      table.err.contains(
        "warning: queue gich+flex misses the goal in 2 intervals (needs more than --max-agents):"
          + " 09:00, 10:00\n"))
    #expect(table.out.contains("At most 6 agents per team and interval."))
    #expect(table.out.contains("6 +"))
    #expect(table.out.contains("MISSED"))
    let json = Self.json(CLI.run(["staff", shared, "--format", "json"] + capped).out)
    #expect(json["meetsGoal"] as? Bool == false)
    let intervals = try #require(
      (json["teams"] as? [[String: Any]])?.first?["intervals"] as? [[String: Any]])
    #expect(intervals.map { $0["unmet"] as? String } == [nil, "atMaximum", "atMaximum"])
    #expect(intervals.dropFirst().allSatisfy { $0["agents"] as? Int == 6 })
    let csv = CLI.run(["staff", shared, "--format", "csv"] + capped).out
    #expect(csv.hasPrefix(StaffingCSV.jointHeader.joined(separator: ",") + "\n"))
    #expect(csv.contains(",atMaximum,false\n"))
  }

  /// A scenario reading a forecast CSV is written beside it (the path is relative) or not at
  /// all; shifts must start on whole minutes.
  @Test func filesTheWrittenScenarioCannotReadAreRefused() throws {
    let directory = CLI.temporaryDirectory()
    try "Interval,calls\n08:00,200\n09:00,200\n10:00,200\n".write(
      to: directory.appendingPathComponent("forecast.csv"), atomically: true, encoding: .utf8)
    let input = directory.appendingPathComponent("day.json").path
    try Self.core.replacingOccurrences(
      of: #"{"perHour": 200}"#, with: #"{"csv": "forecast.csv", "column": "calls"}"#
    ).write(toFile: input, atomically: true, encoding: .utf8)
    let elsewhere = CLI.temporaryDirectory().appendingPathComponent("staffed.json").path
    let refused = CLI.run(["staff", input, "--write-scenario", elsewhere] + Self.fast)
    #expect(refused.code == 64 && refused.err.contains("same directory"), "\(refused.err)")
    #expect(!FileManager.default.fileExists(atPath: elsewhere))
    let beside = directory.appendingPathComponent("staffed.json").path
    let written = CLI.run(["staff", input, "--write-scenario", beside] + Self.fast)
    #expect(written.code == 0, "\(written.err)")
    #expect(CLI.run("validate", beside).code == 0)

    let seconds = CLI.write(
      Self.core.replacingOccurrences(of: #""interval": "1h""#, with: #""interval": "90s""#))
    let output = CLI.temporaryDirectory().appendingPathComponent("staffed.json").path
    let odd = CLI.run(["staff", seconds, "--write-scenario", output] + Self.fast)
    #expect(odd.code == 64 && odd.err.contains("whole minutes"))
  }
}
