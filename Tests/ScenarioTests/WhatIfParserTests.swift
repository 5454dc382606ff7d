import ContactCentre
import Foundation
import SimKernel
import TestSupport
import Testing

@testable import Scenario

@Suite struct WhatIfParserTests {
  typealias Fixture = WhatIfFixture

  func parse(_ text: String) throws(ScenarioLoadError) -> WhatIf? {
    try WhatIfParser.parse(
      text, source: "changes.txt", line: 3, configuration: Fixture.configuration(),
      now: Fixture.now())
  }

  /// The one problem `text` has, as the CLI prints it.
  func problem(_ text: String) -> String? {
    do {
      _ = try parse(text)
      return nil
    } catch {
      return error.description
    }
  }

  static let at = SimInstant.zero

  @Test(arguments: [
    ("back G101, G103", WhatIf.bringBack(agents: [1, 3])),
    ("back \"ni agent 2\"", .bringBack(agents: [6])),
    ("back ni agent 2, G102  # after coaching", .bringBack(agents: [6, 2])),
    (
      "back 2 gich from Coaching",
      .bringBackFromTeam(team: 0, count: 2, reason: Fixture.reason("Coaching"))
    ),
    ("back 1 gich", .bringBackFromTeam(team: 0, count: 1, reason: nil)),
    (
      "break gich Lunch 13:00",
      .moveBreak(team: 0, reason: Fixture.reason("Lunch"), start: at + .hours(5))
    ),
    (
      "break gich \"Lunch\" 13:00:30",
      .moveBreak(team: 0, reason: Fixture.reason("Lunch"), start: at + .hours(5) + .seconds(30))
    ),
    ("overtime ni 2 until 15:00", .overtime(team: 1, agents: 2, from: nil, until: at + .hours(7))),
    (
      "overtime ni 2 from 11:00 until 15:00",
      .overtime(team: 1, agents: 2, from: at + .hours(3), until: at + .hours(7))
    ),
    ("route owner-first step 2 after 45s", .delayStep(plan: 0, step: 1, after: .seconds(45))),
    ("route owner-first step ni after 45", .delayStep(plan: 0, step: 1, after: .seconds(45))),
    ("route owner-first step 3 teams ni+wlu", .retargetStep(plan: 0, step: 2, teams: [1, 2])),
    ("route owner-first remove step 2", .removeStep(plan: 0, step: 1)),
  ])
  func eachFormReadsAsItsChange(text: String, change: WhatIf) throws {
    #expect(try parse(text) == change)
  }

  @Test(arguments: ["", "   ", "# gich is short today", "  # indented"])
  func blankLinesAndCommentsAreNoChange(text: String) throws {
    #expect(try parse(text) == nil)
  }

  @Test(arguments: [
    (
      "brek gich Lunch 13:00",
      "changes.txt:3:1: \"brek\" is not a change (did you mean \"break\" or \"back\"?); a change is one of: back AGENT[, AGENT…] | back N TEAM [from REASON] | break TEAM REASON HH:MM | overtime TEAM N until HH:MM [from HH:MM] | route PLAN step STEP after DURATION | route PLAN step STEP teams TEAM[+TEAM…] | route PLAN remove step STEP"
    ),
    ("back 2 gihc", "changes.txt:3:8: no team \"gihc\" in the scenario (did you mean \"gich\"?)"),
    (
      "back 2 gich from Coachin",
      "changes.txt:3:18: no NotReady reason \"Coachin\" in the scenario's vocabulary (did you mean \"Coaching\"?)"
    ),
    (
      "back G105",
      "changes.txt:3:6: no agent \"G105\" in the scenario (did you mean \"G100\", \"G101\" or \"G102\"?)"
    ),
    ("back G101, G104", "changes.txt:3:12: G104 is not NotReady at 10:30 (talking)"),
    ("back G101, G101", "changes.txt:3:12: G101 is named twice"),
    ("back 4 gich", "changes.txt:3:6: only 3 agents of gich are NotReady at 10:30, not 4"),
    (
      "back 2 gich Coaching",
      "changes.txt:3:13: expected from REASON, not \"Coaching\" (back N TEAM [from REASON])"
    ),
    (
      "back",
      "changes.txt:3:5: an agent to bring back is missing (back AGENT[, AGENT…] or back N TEAM [from REASON])"
    ),
    ("back \"gich agent 3", "changes.txt:3:6: a quoted name is not closed"),
    (
      "break gich Lunch 12:60",
      "changes.txt:3:18: \"12:60\" is not a clock time (HH:MM or HH:MM:SS, or dN HH:MM on day N of the run)"
    ),
    ("break gich Lunch 10:00", "changes.txt:3:18: 10:00 is before the snapshot's instant, 10:30"),
    ("break gich Lunch 07:00", "changes.txt:3:18: 07:00 is before the run's start, 08:00"),
    (
      "break gich Break 13:00",
      "changes.txt:3:12: gich has no Break period on its roster (it has: Lunch)"
    ),
    ("break gich Lunch", "changes.txt:3:17: the new start is missing (break TEAM REASON HH:MM)"),
    (
      "overtime ni 2",
      "changes.txt:3:14: until HH:MM is missing (overtime TEAM N until HH:MM [from HH:MM])"
    ),
    (
      "overtime ni two until 15:00",
      "changes.txt:3:13: \"two\" is not a number of agents (1 to 100000)"
    ),
    (
      "overtime ni 2 from 10:00 until 15:00",
      "changes.txt:3:20: overtime from 10:00 starts before the snapshot's instant, 10:30"
    ),
    (
      "overtime ni 2 until 10:30",
      "changes.txt:3:21: overtime until 10:30 ends before it starts (10:30:01)"
    ),
    (
      "route owner-frist step 2 after 30s",
      "changes.txt:3:7: no routing plan \"owner-frist\" in the scenario (did you mean \"owner-first\"?)"
    ),
    (
      "route owner-first step 2 after 90s",
      "changes.txt:3:32: steps must be in order of after: step 3 of owner-first would begin after 1m, sooner than step 2 (1m30s)"
    ),
    (
      "route owner-first step 2 after soon",
      "changes.txt:3:32: \"soon\" is not a duration (30s, 2m, 1m30s or seconds)"
    ),
    (
      "route owner-first step 7 after 30s", "changes.txt:3:24: owner-first has no step 7 (it has 3)"
    ),
    (
      "route owner-first step wlu#2 after 30s",
      "changes.txt:3:24: owner-first has no step \"wlu#2\" (a step is named by its number from 1 or by its target) (did you mean \"wlu\"?)"
    ),
    (
      "route owner-first step 2 teams ni+wul",
      "changes.txt:3:35: no team \"wul\" in the scenario (did you mean \"wlu\"?)"
    ),
    (
      "route owner-first remove step 1",
      "changes.txt:3:31: the first step of a plan cannot be removed"
    ),
    (
      "route owner-first step 2 after 30s now",
      "changes.txt:3:36: unexpected \"now\" after the change (route PLAN step STEP after DURATION)"
    ),
    (
      "route gich+ni+wlu step 1 teams gich",
      "changes.txt:3:7: queue gich+ni+wlu is made from the teams that handle its call types, not a routing plan of the scenario: only the scenario's plans can be changed"
    ),
  ])
  func eachProblemIsAtItsColumn(text: String, message: String) {
    #expect(problem(text) == message)
  }

  /// Each line is read against the scenario and snapshot the lines before it leave: after
  /// one overtime agent for ni, wlu's first agent is roster slot 9.
  @Test func linesApplyInOrder() throws {
    let changes = try WhatIfParser.parse(
      lines: ["# short-staffed", "overtime ni 1 until 15:00", "", "back \"wlu agent 1\""],
      source: "--change", configuration: Fixture.configuration(), now: Fixture.now())
    #expect(
      changes == [
        .overtime(team: 1, agents: 1, from: nil, until: .zero + .hours(7)),
        .bringBack(agents: [9]),
      ])
  }

  @Test func everyLinesProblemIsReported() {
    #expect(throws: ScenarioLoadError.self) {
      try WhatIfParser.parse(
        lines: ["back G104", "back G101", "brek"], source: "what-if.txt",
        configuration: Fixture.configuration(), now: Fixture.now())
    }
    do {
      _ = try WhatIfParser.parse(
        lines: ["back G104", "back G101", "back G101"], source: "what-if.txt",
        configuration: Fixture.configuration(), now: Fixture.now())
    } catch {
      #expect(
        error.description == """
          what-if.txt:1:6: G104 is not NotReady at 10:30 (talking)
          what-if.txt:3:6: G101 is not NotReady at 10:30 (ready)
          """)
    }
  }

  @Test func aFileOfChanges() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("what-if-\(UUID().uuidString).txt").path
    try "# 10:30 decision\nback 2 gich from Coaching\r\nbreak gich Lunch 13:00\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let changes = try WhatIfParser.parseFile(
      path: path, configuration: Fixture.configuration(), now: Fixture.now())
    #expect(
      changes == [
        .bringBackFromTeam(team: 0, count: 2, reason: Fixture.reason("Coaching")),
        .moveBreak(team: 0, reason: Fixture.reason("Lunch"), start: .zero + .hours(5)),
      ])
    #expect(throws: ScenarioLoadError.unreadable(file: path + ".none", reason: "no such file")) {
      try WhatIfParser.parseFile(
        path: path + ".none", configuration: Fixture.configuration(), now: Fixture.now())
    }
  }

  /// The parser's names for agents are the routing tests' (`agentName(slot:)`).
  @Test func agentNamesAreTheScenarios() {
    let configuration = Fixture.configuration()
    #expect(
      WhatIfReader.agentNames(configuration)
        == configuration.roster.indices.map { configuration.agentName(slot: $0) })
  }
}

/// What-if changes on the example day, cms-day.json, at 10:30.
struct WhatIfOfCMSDayTests {
  @Test func changesOnTheExampleDayRun() throws {
    let configuration = QueueTeamsOfScenariosTests.cmsDay
    let time = SimInstant.zero + (.minutes(10 * 60 + 30) - configuration.startOfDay)
    let now = try #require(CentreRun.now(configuration, replication: 0, at: time))
    let changes = try WhatIfParser.parse(
      lines: [
        "route owner-first step ownerTeam after 30s", "route owner-first step 4 teams gich+wlu",
        "break gich Lunch 13:30", "break gich Break 11:00", "overtime gich 2 until 16:00",
      ], source: "--change", configuration: configuration, now: now)
    let (changed, after) = try WhatIf.apply(changes, to: configuration, now: now)
    let plan = try #require(changed.plans.firstIndex { $0.id == "owner-first" })
    #expect(
      changed.plans[plan].steps.map(\.after) == [.zero, .seconds(30), .minutes(1), .minutes(3)])
    let gich = try #require(changed.teams.firstIndex { $0.id == "gich" })
    let before = configuration.teams[gich].shifts
    // The Break under way at 10:30 moves; the afternoon's stays.
    #expect(before[0].notReady.map(\.start) == [.hours(2), .hours(4), .minutes(390)])
    #expect(
      changed.teams[gich].shifts[0].notReady.map(\.start) == [
        .hours(3), .minutes(330), .minutes(390),
      ])
    #expect(changed.teams[gich].shifts.count == before.count + 1)
    for slot in now.agents.indices {
      #expect(
        changed.agentName(slot: after.agents[slot].agent)
          == configuration.agentName(slot: now.agents[slot].agent))
    }
    let run = CentreRun.run(changed.projected(from: after.time), replication: 0, from: after)
    #expect(run.violation == nil)
    #expect(run.total.answered > 0)
  }
}
