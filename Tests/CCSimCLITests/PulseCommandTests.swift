import Foundation
import Testing

/// `ccsim pulse`: the views at a clock time, a team's view, the replay without a terminal, and
/// every usage error.
struct PulseCommandTests {
  static let cmsDay = CLI.scenario("cms-day.json")

  @Test func theCentreAtHalfPastTen() {
    let result = CLI.run("pulse", Self.cmsDay, "--at", "10:30")
    #expect(result.code == 0, "\(result.err)")
    #expect(result.err.isEmpty)
    #expect(result.out.hasPrefix("CMS centre: a Monday — CC Pulse at 10:30, seed 2012\n"))
    for header in [
      "Queue", "Waiting", "Longest wait", "Entered", "Answered", "Abandoned", "SL", "ASA",
      "AHT", "Ready", "NotReady", "Talking", "ACW", "LoggedOut", "Time in state",
      "Agents — gich", "Agents — maintenance-north", "All queues", "owner-first",
    ] {
      #expect(result.out.contains(header), "\(header)")
    }
    #expect(!result.out.contains("\u{1B}["), "no colour when stdout is not a terminal")
    #expect(
      !result.out.contains("NaN") && !result.out.contains(" nan") && !result.out.contains("inf "))
  }

  @Test func oneTeam() {
    let result = CLI.run("pulse", Self.cmsDay, "--at", "10:30", "--team", "gich")
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("— team gich"))
    #expect(result.out.contains("Agents — gich"))
    #expect(!result.out.contains("Agents — employer"))
    #expect(result.out.contains("\ngich "))
    #expect(!result.out.contains("\nemployer "), "the employer queue never reaches GICH")
  }

  /// A team's view lists the queues it can take calls from: a transfer to a named caseworker
  /// reaches their team and segment (and GICH), not every team owning casegroups.
  @Test func aTeamSeesTheTransfersToItsOwnCaseworkersOnly() {
    let north = CLI.run("pulse", Self.cmsDay, "--at", "10:00", "--team", "maintenance-north")
    #expect(north.code == 0, "\(north.err)")
    #expect(north.out.contains("\ntransfer:MN101→gich "))
    #expect(!north.out.contains("\ntransfer:NC101→gich "), "NC101 is on new case")
    let newCase = CLI.run("pulse", Self.cmsDay, "--at", "10:00", "--team", "new-case")
    #expect(newCase.code == 0, "\(newCase.err)")
    #expect(newCase.out.contains("\ntransfer:NC101→gich "))
    #expect(!newCase.out.contains("\ntransfer:MN101→gich "), "MN101 is on maintenance north")
  }

  @Test(arguments: ["growing", "sliding", "interval"])
  func everyProfile(_ profile: String) {
    let result = CLI.run("pulse", Self.cmsDay, "--at", "10:30", "--profile", profile)
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("figures: \(profile)"))
  }

  @Test func theSameSeedGivesTheSameView() {
    let first = CLI.run("pulse", Self.cmsDay, "--at", "09:15", "--seed", "5")
    let second = CLI.run("pulse", Self.cmsDay, "--at", "09:15", "--seed", "5")
    #expect(first.code == 0 && first.out == second.out)
    #expect(first.out.contains("seed 5"))
  }

  @Test(arguments: [
    ("08:00", "CC Pulse at 08:00"), ("18:00", "CC Pulse at 18:00"), ("d1 12:00", "at 12:00"),
    ("1/12:00", "at 12:00"), ("9:05", "at 09:05"),
  ])
  func clockTimes(_ at: String, _ title: String) {
    let result = CLI.run("pulse", Self.cmsDay, "--at", at)
    #expect(result.code == 0, "\(at): \(result.err)")
    #expect(result.out.contains(title))
  }

  @Test func aLaterDayOfALongerRun() {
    let path = CLI.write(
      """
      {"start": "22:00", "duration": "12h",
       "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 30}}],
       "callTypes": [{"id": "general", "talk": 120}],
       "teams": [{"id": "gich", "agents": 3, "handles": ["general"]}]}
      """)
    for at in ["d2 06:30", "2/06:30"] {
      let result = CLI.run("pulse", path, "--at", at)
      #expect(result.code == 0, "\(at): \(result.err)")
      #expect(result.out.contains("CC Pulse at d2 06:30"))
    }
    let outside = CLI.run("pulse", path, "--at", "06:30")
    #expect(outside.code == 64)
    #expect(outside.err.contains("outside the run, which lasts from 22:00 to d2 10:00"))
  }

  @Test(arguments: [
    (["--at", "25:00"], "--at must be a clock time HH:MM"),
    (["--at", "10.30"], "not '10.30'"),
    (["--at", "d0 10:00"], "--at must be a clock time"),
    (["--at", "07:59"], "--at 07:59 is outside the run, which lasts from 08:00 to 18:00"),
    (["--at", "18:01"], "outside the run"),
    (["--at", "d2 08:00"], "outside the run"),
    (["--at", "10:30", "--team", "gihc"], "unknown team 'gihc' (the scenario's teams: gich, wlu"),
    (["--at", "10:30", "--profile", "rolling"], "--profile must be one of growing, sliding"),
    (["--at", "10:30", "--speed", "10"], "--speed goes with --live"),
    (["--live", "--speed", "0"], "--speed must be a number"),
    ([], "give the moment to show with --at HH:MM, or --live"),
    (["--at", "10:30", "--seed", "-1"], "--seed must be a whole number"),
    (["--at"], "--at needs a value"),
  ])
  func usageErrors(_ options: [String], _ message: String) {
    let result = CLI.run(["pulse", Self.cmsDay] + options)
    #expect(result.code == 64, "\(options): \(result.err)")
    #expect(result.err.contains(message), "\(options): \(result.err)")
    #expect(result.out.isEmpty)
  }

  /// `--aac` needs AAC lines; a scenario without them is a usage error, not an empty view.
  @Test func theAACViewNeedsAnAACDesk() {
    let result = CLI.run(["pulse", CLI.scenario("quickstart.json"), "--at", "10:30", "--aac"])
    #expect(result.code == 64, "\(result.err)")
    #expect(result.err.contains("the scenario has no AAC lines for --aac"), "\(result.err)")
    #expect(result.out.isEmpty)
  }

  @Test func missingAndInvalidScenarios() {
    let missing = CLI.run("pulse", "/nonexistent/day.json", "--at", "10:00")
    #expect(missing.code == 66)
    let invalid = CLI.run("pulse", CLI.write("{\"duration\": \"1x\"}"), "--at", "10:00")
    #expect(invalid.code == 65)
    #expect(invalid.err.contains("duration: \"1x\" is not a duration"))
    #expect(CLI.run("pulse").code == 64)
  }

  @Test func liveWithoutATerminalPrintsAViewPerIntervalAndEnds() {
    let started = Date()
    let result = CLI.run("pulse", Self.cmsDay, "--live", "--speed", "100000", "--team", "gich")
    #expect(result.code == 0, "\(result.err)")
    #expect(Date().timeIntervalSince(started) < 60)
    let titles = result.out.components(separatedBy: "CMS centre: a Monday — CC Pulse at ")
    // 08:00, then the end of each of the forty 15-minute intervals (the last at 18:00).
    #expect(titles.count - 1 == 41)
    #expect(result.out.contains("CC Pulse at 08:15, seed 2012 — team gich"))
    #expect(result.out.contains("CC Pulse at 18:00, seed 2012 — team gich"))
    #expect(!result.out.contains("\u{1B}["))
  }

  @Test func liveFromAMoment() {
    let result = CLI.run("pulse", Self.cmsDay, "--live", "--at", "17:10")
    #expect(result.code == 0, "\(result.err)")
    let times = result.out.components(separatedBy: "\n").filter { $0.contains("CC Pulse at") }
      .map { $0.components(separatedBy: "CC Pulse at ")[1].prefix(5) }
    #expect(times == ["17:10", "17:15", "17:30", "17:45", "18:00"])
  }

  @Test func helpAndTheCommandList() {
    let help = CLI.run("pulse", "--help")
    #expect(help.code == 0)
    #expect(help.out.hasPrefix("Usage: ccsim pulse SCENARIO --at HH:MM"))
    #expect(help.out.contains("--live") && help.out.contains("--speed X"))
    #expect(CLI.run("--help").out.contains("  pulse "))
  }
}
