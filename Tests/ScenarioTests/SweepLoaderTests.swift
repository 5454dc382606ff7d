import ContactCentre
import Foundation
import SimKernel
import TestSupport
import Testing

@testable import Scenario

/// Sweep files: the grid, the factors applied to the base scenario, patches and every error
/// at its JSON path.
struct SweepLoaderTests {
  static let scenario = """
    {
      "name": "two teams",
      "seed": 5,
      "duration": "2h",
      "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 100}},
                {"id": "peak", "callType": "general", "arrivals": {"perInterval": [4, 8]}}],
      "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 180}}}],
      "teams": [
        {"id": "gich", "agents": 5, "handles": ["general"]},
        {"id": "rota", "handles": ["general"], "shifts": [
          {"start": "00:00", "end": "01:00", "agents": [
            {"name": "Leader", "isTeamLeader": true},
            {"staffNumber": "R1", "teamLeader": "Leader"},
            {"staffNumber": "R2", "teamLeader": "Leader"},
            {"staffNumber": "R3", "teamLeader": "Leader"},
            {"staffNumber": "R4", "teamLeader": "Leader"}]},
          {"start": "01:00", "end": "02:00", "agents": 2}]}
      ]
    }
    """

  /// Writes `sweep` beside the scenario in a fresh directory and loads it.
  static func load(_ sweep: String, scenario: String = scenario) throws(ScenarioLoadError)
    -> Sweep
  {
    let directory = TestDirectory.fresh("ccsim-sweep")
    try! scenario.write(
      to: directory.appendingPathComponent("base.json"), atomically: true, encoding: .utf8)
    let path = directory.appendingPathComponent("sweep.json").path
    try! sweep.write(toFile: path, atomically: true, encoding: .utf8)
    return try SweepLoader.load(path: path)
  }

  static func errors(_ sweep: String) -> [String] {
    do {
      _ = try load(sweep)
      return []
    } catch .invalid(let errors) {
      return errors.map(\.description)
    } catch {
      return ["\(error)"]
    }
  }

  @Test func theGridRunsTheLastFactorFastest() throws {
    let sweep = try Self.load(
      """
      {"scenario": "base.json", "replications": 4,
       "factors": {"agents": {"gich": [3, 4]},
                   "variant": [{"name": "a"}, {"name": "b"}, {"name": "c"}],
                   "demand": [0.5, 2]}}
      """)
    #expect(sweep.factors.map(\.name) == ["agents:gich", "variant", "demand"])
    #expect(sweep.points.count == 12)
    #expect(sweep.units == 48)
    #expect(sweep.name == "sweep.json")
    #expect(sweep.scenario == "two teams")
    #expect(sweep.seed == 5)
    #expect(sweep.points[0].levels == [.agents(3), .variant("a"), .demand(0.5)])
    #expect(sweep.points[1].levels == [.agents(3), .variant("a"), .demand(2)])
    #expect(sweep.points[2].levels == [.agents(3), .variant("b"), .demand(0.5)])
    #expect(sweep.points[11].levels == [.agents(4), .variant("c"), .demand(2)])
    #expect(sweep.points.map(\.index) == Array(0..<12))
  }

  @Test func withoutFactorsASweepIsTheScenarioItself() throws {
    let sweep = try Self.load(#"{"scenario": "base.json", "seed": 9}"#)
    let base = try ScenarioLoader.decode(
      Array(Self.scenario.utf8), file: "base.json", directory: "")
    #expect(sweep.points.count == 1)
    #expect(sweep.factors.isEmpty)
    var expected = base
    expected.seed = 9
    #expect(sweep.points[0].configuration == expected)
  }

  @Test func demandMultipliesEveryLinesArrivals() throws {
    let sweep = try Self.load(#"{"scenario": "base.json", "factors": {"demand": [1, 1.5]}}"#)
    let base = sweep.points[0].configuration
    let scaled = sweep.points[1].configuration
    #expect(base.lines[0].arrivals.ratePerSecond == [100.0 / 3600])
    for line in base.lines.indices {
      #expect(
        scaled.lines[line].arrivals.ratePerSecond
          == base.lines[line].arrivals.ratePerSecond.map { $0 * 1.5 })
    }
  }

  @Test func agentsOfATeamWithoutShiftsAreTheCount() throws {
    let sweep = try Self.load(
      #"{"scenario": "base.json", "factors": {"agents": {"gich": [0, 5, 12]}}}"#)
    #expect(sweep.points.map { $0.configuration.teams[0].headcount } == [0, 5, 12])
    let base = try ScenarioLoader.decode(
      Array(Self.scenario.utf8), file: "base.json", directory: "")
    #expect(sweep.points[1].configuration == base, "the scenario's own count changes nothing")
  }

  /// rota has four named caseworkers and a leader on its first shift, two on its second: six
  /// call-taking agents shared 4 : 2.
  @Test(arguments: [
    (count: 6, first: ["Leader", "R1", "R2", "R3", "R4"], second: 2),
    (count: 3, first: ["Leader", "R1", "R2"], second: 1),
    (count: 9, first: ["Leader", "R1", "R2", "R3", "R4", "+", "+"], second: 3),
    (count: 1, first: ["Leader", "R1"], second: 0),
    (count: 0, first: ["Leader"], second: 0),
  ])
  func agentsOfATeamOnShiftsKeepTheShiftPattern(
    count: Int, first: [String], second: Int
  ) throws {
    let sweep = try Self.load(
      "{\"scenario\": \"base.json\", \"factors\": {\"agents\": {\"rota\": [\(count)]}}}")
    let team = sweep.points[0].configuration.teams[1]
    let names = team.shifts[0].agents.map { $0.staffNumber ?? $0.name ?? "+" }
    #expect(names == first)
    #expect(team.shifts[1].agents.count == second)
    #expect(
      team.shifts[0].agents.filter { $0.name == nil && $0.staffNumber == nil }
        .allSatisfy { $0.teamLeader == "Leader" })
    #expect(team.shifts[0].agents[0].isTeamLeader, "the team leader stays")
  }

  @Test func variantsPatchTheScenarioBeforeItIsDecoded() throws {
    let sweep = try Self.load(
      """
      {"scenario": "base.json",
       "factors": {"variant": [
         {"name": "base"},
         {"name": "patched", "patches": [
           {"path": "teams[id=gich].agents", "value": 7},
           {"path": "lines[1].arrivals", "value": {"perHour": 30}},
           {"path": "callTypes[0].patience", "value": {"exponential": {"mean": 60}}},
           {"path": "serviceLevel", "value": {"threshold": "30s", "target": 0.9}}]}]}}
      """)
    let (base, patched) = (sweep.points[0].configuration, sweep.points[1].configuration)
    #expect(base.teams[0].headcount == 5)
    #expect(patched.teams[0].headcount == 7)
    #expect(patched.lines[1].arrivals == .perHour(30))
    #expect(base.callTypes[0].patience == nil)
    #expect(patched.callTypes[0].patience != nil)
    #expect(patched.serviceLevelThreshold == .seconds(30))
    #expect(patched.serviceLevelTarget == 0.9)
  }

  @Test(arguments: [
    (
      "teams[id=gich].agents",
      [JSONPatch.Step.key("teams"), .match(key: "id", value: "gich"), .key("agents")]
    ),
    ("a.b[3]", [.key("a"), .key("b"), .index(3)]),
    (#"outcomes["Call Resolved"]"#, [.key("outcomes"), .key("Call Resolved")]),
    ("third-party.x", [.key("third-party"), .key("x")]),
  ])
  func patchPathsParse(text: String, steps: [JSONPatch.Step]) throws {
    #expect(try JSONPatch.steps(text) == steps)
  }

  @Test(arguments: ["", ".a", "a..b", "a[", "a]", "a[x]", "a[-1]", "a[=b]", "a[0]b"])
  func malformedPatchPathsAreRefused(text: String) {
    #expect(throws: JSONPatch.Failure.self) { try JSONPatch.steps(text) }
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var sweep: String
    var expected: [String]
    var testDescription: String { name }
  }

  static let malformed: [Case] = [
    Case(
      name: "not JSON", sweep: "{\"scenario\": }",
      expected: ["sweep.json:1:14: unexpected"]),
    Case(
      name: "unknown key", sweep: #"{"scenario": "base.json", "replication": 3}"#,
      expected: [#"replication: unknown key "replication" (did you mean "replications"?)"#]),
    Case(
      name: "no scenario", sweep: #"{"replications": 3}"#,
      expected: [#": required key "scenario" is missing"#]),
    Case(
      name: "missing scenario file", sweep: #"{"scenario": "nope.json"}"#,
      expected: ["sweep.json:1:14: scenario: cannot read the scenario: /"]),
    Case(
      name: "zero replications", sweep: #"{"scenario": "base.json", "replications": 0}"#,
      expected: ["replications: 0 is out of range (1 to 100000)"]),
    Case(
      name: "unknown factor", sweep: #"{"scenario": "base.json", "factors": {"speed": [1]}}"#,
      expected: [#"factors.speed: unknown key "speed""#]),
    Case(
      name: "unknown team",
      sweep: #"{"scenario": "base.json", "factors": {"agents": {"gihc": [3]}}}"#,
      expected: [#"factors.agents.gihc: no team "gihc" in the scenario (did you mean "gich"?)"#]),
    Case(
      name: "bad count",
      sweep: #"{"scenario": "base.json", "factors": {"agents": {"gich": [3, -1]}}}"#,
      expected: ["factors.agents.gich[1]: -1 is out of range (0 to 100000)"]),
    Case(
      name: "repeated level",
      sweep: #"{"scenario": "base.json", "factors": {"demand": [1, 0.5, 1]}}"#,
      expected: ["factors.demand[2]: repeats factors.demand[0]"]),
    Case(
      name: "zero demand",
      sweep: #"{"scenario": "base.json", "factors": {"demand": [0]}}"#,
      expected: ["factors.demand[0]: 0 is not a demand factor"]),
    Case(
      name: "repeated variant name",
      sweep: #"{"scenario": "base.json", "factors": {"variant": [{"name": "a"}, {"name": "a"}]}}"#,
      expected: ["factors.variant[1].name: repeats factors.variant[0].name"]),
    Case(
      name: "malformed patch path",
      sweep: """
        {"scenario": "base.json", "factors": {"variant": [
          {"name": "a", "patches": [{"path": "teams[id=gich", "value": 1}]}]}}
        """,
      expected: [#"factors.variant[0].patches[0].path: "teams[id=gich" is not a path"#]),
    Case(
      name: "patch path to nowhere",
      sweep: """
        {"scenario": "base.json", "factors": {"variant": [
          {"name": "a", "patches": [{"path": "teams[id=nobody].agents", "value": 1}]},
          {"name": "b", "patches": [{"path": "teams[9]", "value": 1}]},
          {"name": "c", "patches": [{"path": "lines[0].arrivals.perHour.x", "value": 1}]}]}}
        """,
      expected: [
        #"2:38: factors.variant[0].patches[0].path: no element of teams has id "nobody" (gich, rota)"#,
        "3:38: factors.variant[1].patches[0].path: teams has 2 elements; there is no [9]",
        "4:38: factors.variant[2].patches[0].path: lines[0].arrivals.perHour is number, not an",
      ]),
    Case(
      name: "a variant that breaks the scenario",
      sweep: """
        {"scenario": "base.json", "factors": {"variant": [
          {"name": "late", "patches": [{"path": "teams[0].agents", "value": "many"}]}]}}
        """,
      expected: [
        #"base.json (variant "late"): teams[0].agents: expected a whole number, found string"#
      ]),
    Case(
      name: "scaling a team without call-takers",
      sweep: """
        {"scenario": "base.json", "factors": {
          "variant": [{"name": "none", "patches": [{"path": "teams[id=gich].agents", "value": 0}]}],
          "agents": {"gich": [0, 4]}}}
        """,
      expected: [
        #"factors.agents.gich[1]: team "gich" of variant "none" has no call-taking agents to scale to 4"#
      ]),
    Case(
      name: "too many runs",
      sweep:
        #"{"scenario": "base.json", "replications": 100000, "factors": {"demand": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]}}"#,
      expected: ["factors: the grid has more than 1000000 runs"]),
    Case(
      name: "too many points",
      sweep: """
        {"scenario": "base.json", "factors": {"agents": {"gich": [\(levels(1...101))]},
                                              "demand": [\(levels(1...100))]}}
        """,
      expected: ["factors: the grid has more than 10000 points"]),
    Case(
      // 100^10 points, past Int.max: refused before the scenario's teams are looked up.
      name: "points past counting",
      sweep: """
        {"scenario": "base.json", "factors": {"agents": {\(
          (0..<10).map { "\"t\($0)\": [\(levels(1...100))]" }.joined(separator: ", "))}}}
        """,
      expected: ["factors: the grid has more than 10000 points"]),
  ]

  /// "1, 2, …" for a factor's levels.
  static func levels(_ range: ClosedRange<Int>) -> String {
    range.map(String.init).joined(separator: ", ")
  }

  @Test(arguments: malformed)
  func malformedSweepsListEveryProblemAtItsPath(_ test: Case) {
    let errors = Self.errors(test.sweep)
    for expected in test.expected {
      #expect(
        errors.contains { $0.contains(expected) },
        "\(expected) not in \(errors.joined(separator: "\n"))")
    }
    #expect(errors.count == test.expected.count, "\(errors.joined(separator: "\n"))")
  }

  /// A grid of both teams' agents, a variant that changes the teams and the queues, and the
  /// demand.
  static let everyFactor = """
    {"scenario": "base.json", "seed": 77,
     "factors": {"agents": {"rota": [0, 3, 9], "gich": [2, 6]},
                 "variant": [
                   {"name": "base"},
                   {"name": "changed", "patches": [
                     {"path": "teams[id=gich].agents", "value": 7},
                     {"path": "teams[id=rota].shifts[1].agents", "value": 5},
                     {"path": "lines[1].arrivals", "value": {"perHour": 30}}]}],
                 "demand": [0.5, 1, 1.7]}}
    """

  /// What a point is, made the way the grid made every point before points were made when
  /// read: the variant's configuration, each agents level applied to its team, then the demand.
  static func reference(_ sweep: Sweep, _ point: Sweep.Point) -> CentreConfiguration {
    let variant = sweep.factors.firstIndex { $0.kind == .variant }
    var configuration = sweep.points.variants[
      variant.map { sweep.factors[$0].levels.firstIndex(of: point.levels[$0])! } ?? 0]
    for (factor, level) in zip(sweep.factors, point.levels) {
      switch (factor.kind, level) {
      case (.agents(let team), .agents(let count)):
        let position = configuration.teams.firstIndex { $0.id == team }!
        configuration.teams[position] = configuration.teams[position].withCallTakers(count)!
      case (.demand, .demand(let factor)):
        configuration = configuration.scalingDemand(by: factor)
      default:
        break
      }
    }
    return configuration
  }

  /// Each point's queues and headcounts, read off what the grid computed once per variant and
  /// level, are those of its configuration, which is the one the grid used to make.
  @Test func everyPointIsItsConfiguration() throws {
    let sweep = try Self.load(Self.everyFactor)
    #expect(sweep.points.count == 36)
    for point in sweep.points {
      let configuration = point.configuration
      #expect(configuration == Self.reference(sweep, point), "point \(point.index)")
      #expect(configuration.seed == 77)
      #expect(point.queues == configuration.queues.map(\.id), "point \(point.index)")
      #expect(
        point.teams.map(\.id) == configuration.teams.map(\.id)
          && point.teams.map(\.agents) == configuration.teams.map(\.headcount),
        "point \(point.index)")
    }
    let changed = try #require(
      sweep.points.first { $0.levels == [.agents(9), .agents(6), .variant("changed"), .demand(1)] })
    #expect(changed.teams.map(\.agents) == [6, 10], "gich 6; rota: the leader and 9 of 9")
  }

  /// The digest covers every point's arrival rates in grid order, as when every point was
  /// made up front.
  @Test func theFingerprintIsTheDigestOfEveryPointsArrivals() throws {
    let directory = TestDirectory.fresh("ccsim-sweep")
    try Self.scenario.write(
      to: directory.appendingPathComponent("base.json"), atomically: true, encoding: .utf8)
    let path = directory.appendingPathComponent("sweep.json").path
    try Self.everyFactor.write(toFile: path, atomically: true, encoding: .utf8)
    let sweep = try SweepLoader.load(path: path)
    var hash = FNV1a()
    hash.combine("ccsim sweep 1".utf8)
    for input in [Array(Self.everyFactor.utf8), Array(Self.scenario.utf8)] {
      hash.combine(UInt64(input.count))
      hash.combine(input)
    }
    for point in sweep.points {
      for line in Self.reference(sweep, point).lines {
        for rate in line.arrivals.ratePerSecond { hash.combine(rate.bitPattern) }
      }
    }
    #expect(sweep.fingerprint == hash.hex)
  }

  @Test func theFingerprintFollowsTheInputs() throws {
    let sweep = #"{"scenario": "base.json", "factors": {"demand": [1, 2]}}"#
    let one = try Self.load(sweep)
    let again = try Self.load(sweep)
    let otherSweep = try Self.load(#"{"scenario": "base.json", "factors": {"demand": [1, 3]}}"#)
    let otherScenario = try Self.load(
      sweep, scenario: Self.scenario.replacingOccurrences(of: "180", with: "181"))
    #expect(one.fingerprint.count == 16)
    #expect(one.fingerprint == again.fingerprint)
    #expect(one.fingerprint != otherSweep.fingerprint)
    #expect(one.fingerprint != otherScenario.fingerprint)
  }
}
