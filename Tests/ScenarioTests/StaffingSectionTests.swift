import ContactCentre
import SimKernel
import Testing

@testable import Scenario

/// Decoding a team's `staffing` (docs §9, Staffing by counts): counts per interval or per block
/// as changes from t = 0; `named` leaving as the stacked roster, `idleFirst` as one pool.
struct StaffingSectionTests {
  /// The outcome fixture with GICH's `"agents": 2` replaced by `"staffing": staffing`.
  static func scenario(_ staffing: String) -> String {
    OutcomeFixture.scenario().replacingOccurrences(
      of: #""agents": 2, "handles""#, with: #""staffing": \#(staffing), "handles""#)
  }

  @Test func blocksBecomeChangesFromTheRunsStart() throws {
    // The run starts at 08:00: a block from 07:00 is staffed from t = 0; a gap between blocks
    // and the time after the last have no one.
    let text = Self.scenario(
      """
      {"blocks": [{"from": "07:00", "to": "09:00", "agents": 3},
                  {"from": "09:00", "to": "10:00", "agents": 1},
                  {"from": "11:00", "to": "12:00", "agents": 2}], "leaving": "idleFirst"}
      """)
    let team = try OutcomeFixture.decode(text).teams[0]
    let changes = try #require(team.staffing).changes
    #expect(
      changes.map { [$0.time.seconds, Double($0.agents)] } == [
        [0, 3], [3600, 1], [7200, 0], [10800, 2], [14400, 0],
      ])
    #expect(team.shifts == [team.staffing!.pool] && team.shifts[0].agents.count == 3)
  }

  @Test func namedCountsAreTheStackedRoster() throws {
    let configuration = try OutcomeFixture.decode(Self.scenario(#"{"perInterval": [2, 3, 1]}"#))
    let team = configuration.teams[0]
    let interval = configuration.interval
    #expect(team.staffing == nil)
    // Agent 0 works all three intervals, agent 1 the first two, agent 2 the second only.
    #expect(
      team.shifts.map { [$0.start, $0.end, .seconds($0.agents.count)] } == [
        [.zero, interval * 2, .seconds(1)], [.zero, interval * 3, .seconds(1)],
        [interval, interval * 2, .seconds(1)],
      ])
  }

  static let rejected: [RejectedSection] = [
    RejectedSection(
      name: "blocks overlap", top: "",
      path: "teams[0].staffing.blocks[1]", message: "starts before the block before it ends"),
    RejectedSection(
      name: "a block ends before it starts",
      path: "teams[0].staffing.blocks[0].to", message: "the block ends before it starts"),
    RejectedSection(
      name: "perInterval and blocks", path: "teams[0].staffing",
      message: "give perInterval or blocks, not both"),
    RejectedSection(
      name: "neither", path: "teams[0].staffing.perInterval",
      message: "required key \"perInterval\" or \"blocks\" is missing"),
    RejectedSection(
      name: "an unknown leaving", path: "teams[0].staffing.leaving", message: "idleFirst"),
    RejectedSection(
      name: "staffing and agents", path: "teams[0]",
      message: "give one of agents, shifts or staffing, not two"),
  ]

  static let staffing: [String: String] = [
    "blocks overlap":
      #"{"blocks": [{"from": "08:00", "to": "10:00", "agents": 3}, "#
      + #"{"from": "09:59", "to": "11:00", "agents": 1}]}"#,
    "a block ends before it starts":
      #"{"blocks": [{"from": "10:00", "to": "10:00", "agents": 3}]}"#,
    "perInterval and blocks":
      #"{"perInterval": [1], "blocks": [{"from": "08:00", "to": "10:00", "agents": 3}]}"#,
    "neither": #"{"leaving": "named"}"#,
    "an unknown leaving": #"{"perInterval": [1], "leaving": "idle"}"#,
    "staffing and agents": #"{"perInterval": [1]}, "agents": 2"#,
  ]

  @Test(arguments: rejected) func aBadStaffingIsRejected(_ testCase: RejectedSection) {
    let errors = OutcomeFixture.errors(Self.scenario(Self.staffing[testCase.name]!))
    let found = errors.contains {
      $0.path == testCase.path && $0.message.contains(testCase.message)
    }
    #expect(found, "\(testCase.name): \(errors.map(\.description))")
    #expect(errors.count == 1, "\(testCase.name): one problem, one error: \(errors)")
  }
}
