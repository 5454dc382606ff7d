import ContactCentre
import SimKernel
import Testing

@testable import Scenario

/// Scenario JSON written back: what is not edited reads as it was written, and a new roster
/// decodes to the shifts it was made from.
struct ScenarioDocumentTests {
  static let scenario = """
    {"name": "Tab\\there \\"quoted\\" \\u00e9", "seed": 18446744073709551615,
     "start": "22:00", "duration": "4h", "interval": "30m",
     "lines": [{"id": "main", "callType": "general",
                "arrivals": {"perInterval": [1e1, 10.50, -0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
                                             14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]}}],
     "callTypes": [{"id": "general", "talk": {"exponential": {"mean": "3m"}}, "acw": 0.5}],
     "teams": [{"id": "gich", "agents": 4, "handles": ["general"], "leadersTakeCalls": false},
               {"id": "other", "shifts": [{"start": "22:00", "end": "24:00", "agents": 1}]}]}
    """

  static func document(_ text: String = scenario) throws -> ScenarioDocument {
    try ScenarioDocument(bytes: Array(text.utf8))
  }

  static func decode(_ text: String) throws -> CentreConfiguration {
    try ScenarioLoader.decode(Array(text.utf8), file: "day.json", directory: "")
  }

  /// Numbers exactly as written, strings escaped again, keys in order; short values on one
  /// line, long lists of numbers wrapped within 100 columns; and written text reads back to
  /// the same text.
  @Test func textReadsBackAsItself() throws {
    let text = try Self.document().text
    #expect(text.contains(#""seed": 18446744073709551615"#))
    #expect(text.contains("\n          1e1, 10.50, -0, 3, 4,"))
    #expect(text.contains(#""name": "Tab\there \"quoted\" é""#))
    #expect(text.contains(#""talk": {"exponential": {"mean": "3m"}}, "acw": 0.5}"#))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= JSONNode.lineWidth })
    #expect(try Self.document(text).text == text)
    #expect(try Self.decode(text) == Self.decode(Self.scenario))
  }

  /// A roster of shifts written as entries of anonymous agents: in the place of `agents`,
  /// with `day` from the second day and "24:00" for a shift ending at midnight; the file
  /// decodes to exactly those shifts.
  @Test func aRosterDecodesToItsShifts() throws {
    var document = try Self.document()
    let hour = SimDuration.hours(1)
    let shifts = [
      Shift(start: .zero, end: hour * 2, agents: [AgentProfile(), AgentProfile()], entry: 0),
      Shift(start: hour * 2, end: hour * 4, agents: [AgentProfile()], entry: 1),
      Shift(start: .minutes(30), end: hour, agents: [AgentProfile()], entry: 2),
    ]
    try document.setRoster(team: "gich", shifts: shifts, startOfDay: .hours(22))
    let text = document.text
    #expect(
      text.contains(
        """
              "id": "gich",
              "shifts": [
                {"start": "22:00", "end": "24:00", "agents": 2},
                {"day": 2, "start": "00:00", "end": "02:00", "agents": 1},
                {"start": "22:30", "end": "23:00", "agents": 1}
              ],
              "handles": ["general"],
        """))
    #expect(!text.contains(#""agents": 4"#))
    var expected = try Self.decode(Self.scenario)
    expected.teams[0].shifts = shifts
    #expect(try Self.decode(text) == expected)
  }

  @Test func rostersThatCannotBeWritten() throws {
    var document = try Self.document()
    let odd = [Shift(start: .seconds(90), end: .hours(1), agents: [AgentProfile()])]
    #expect(throws: ScenarioDocument.EditError.notWholeMinutes(team: "gich")) {
      try document.setRoster(team: "gich", shifts: odd, startOfDay: .zero)
    }
    #expect(throws: ScenarioDocument.EditError.noSuchTeam("nobody")) {
      try document.setRoster(team: "nobody", shifts: [], startOfDay: .zero)
    }
  }

  /// The service level replaced where it is, or added after `interval`; the seed likewise.
  @Test func serviceLevelAndSeed() throws {
    var document = try Self.document()
    document.setServiceLevel(threshold: .seconds(30), target: 0.75)
    document.setSeed(7)
    let text = document.text
    #expect(
      text.contains(#""interval": "30m",\#n  "serviceLevel": {"threshold": "30s", "target": 0.75}"#)
    )
    #expect(text.contains(#""seed": 7,"#))
    let configuration = try Self.decode(text)
    #expect(configuration.serviceLevelThreshold == .seconds(30))
    #expect(configuration.serviceLevelTarget == 0.75 && configuration.seed == 7)
    document.setServiceLevel(threshold: .seconds(20), target: 0.8)
    #expect(try Self.decode(document.text).serviceLevelThreshold == .seconds(20))
  }

  @Test func aForecastFileIsNoticed() throws {
    #expect(try !Self.document().readsFiles)
    let csv = Self.scenario.replacingOccurrences(
      of: #"{"perInterval": [1e1"#, with: #"{"csv": "f.csv", "column": "c", "x": [1e1"#)
    #expect(try Self.document(csv).readsFiles)
  }
}
