import Foundation
import Testing

/// Input that must not reach places it should not: a path with a control character opens no
/// file, an error about a file that is not the forecast quotes none of it, a name's control
/// characters never reach a terminal and a name never reaches a spreadsheet as a formula, and
/// thousands of unknown names are refused in linear time with bounded output.
struct InputHygieneTests {
  /// A scenario whose names hold escapes, a bell, a NUL and spreadsheet formulas.
  static let hostile = #"""
    {
      "name": "evil\u001b]0;pwned\u0007 day",
      "seed": 3,
      "duration": "1h",
      "lines": [{"id": "=HYPERLINK(\"http://x\")", "callType": "-3\u0000",
                 "arrivals": {"perHour": 120}}],
      "callTypes": [{"id": "-3\u0000", "talk": {"exponential": {"mean": 60}},
                     "patience": {"exponential": {"mean": 60}}}],
      "teams": [{"id": "@gich\u001b[31m", "handles": ["-3\u0000"],
                 "shifts": [{"start": "00:00", "end": "01:00",
                             "agents": [{"staffNumber": "+44\u009b2J", "name": "\u202Eevil"},
                                        {"staffNumber": "-7", "name": "=cmd|' /C calc'!A0"}]}]}]
    }
    """#

  /// Whether `text` holds a control character a terminal or a spreadsheet could act on: C0
  /// but line feed, DEL, C1, and the bidirectional overrides.
  static func hasRawControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      switch scalar.value {
      case 0x0A: false
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
      default: false
      }
    }
  }

  // MARK: Paths

  /// A forecast's content, so that its absence from every message can be checked.
  static let secret = "SECRET-HEADER-root:x:0:0,calls\n08:00,SECRET-ROW\n"

  /// The scenario of `line` with its arrivals read from `csv` (JSON text of a string).
  static func forecastScenario(_ csv: String) -> String {
    """
    {"name": "f", "duration": "1h", "start": "08:00",
     "lines": [{"id": "main", "callType": "general",
                "arrivals": {"csv": \(csv), "column": "calls"}}],
     "callTypes": [{"id": "general", "talk": 60}],
     "teams": [{"id": "gich", "agents": 2, "handles": ["general"]}]}
    """
  }

  @Test(arguments: [
    (#""outside/secret.csv""#, "outside the scenario's directory"),
    (#""outside/secret.csv\u0000""#, #"holds the control character U+0000: a path may not"#),
    (#""secret.csv\u0000""#, #""secret.csv\u{0}" holds the control character U+0000"#),
    (#""secret.csv\u0000.txt""#, "U+0000"),
    (#""secret\u001b[2J.csv""#, #""secret\u{1B}[2J.csv" holds the control character U+001B"#),
    (#""secret.csv\u202E""#, "U+202E"),
  ])
  func anErrorAboutAWrongFileNeverQuotesIt(_ csv: String, _ expected: String) throws {
    let directory = CLI.temporaryDirectory()
    let outside = CLI.temporaryDirectory()
    try Self.secret.write(
      to: outside.appendingPathComponent("secret.csv"), atomically: true, encoding: .utf8)
    try Self.secret.write(
      to: directory.appendingPathComponent("secret.csv"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      at: directory.appendingPathComponent("outside"), withDestinationURL: outside)
    let path = directory.appendingPathComponent("scenario.json").path
    try Self.forecastScenario(csv).write(toFile: path, atomically: true, encoding: .utf8)
    for format in ["text", "json"] {
      let result = CLI.run("validate", path, "--format", format)
      #expect(result.code == 65, "\(csv): exit \(result.code)")
      let output = result.out + result.err
      #expect(output.contains("lines[0].arrivals.csv"), "\(csv): \(output)")
      #expect(!output.contains("SECRET"), "\(csv) shows the file's content: \(output)")
      #expect(!Self.hasRawControl(output), "\(csv): a raw control character in \(output)")
      if format == "text" { #expect(output.contains(expected), "\(csv): \(output)") }
    }
    #expect(CLI.run("run", path).code == 65)
  }

  @Test func aForecastThatIsNotOneQuotesOnlyItsFirstLineCut() throws {
    let directory = CLI.temporaryDirectory()
    let header = (0..<50).map { "column-\($0)-" + String(repeating: "x", count: 60) }
    try (header.joined(separator: ",") + "\nnot,a,forecast\n").write(
      to: directory.appendingPathComponent("passwd"), atomically: true, encoding: .utf8)
    let path = directory.appendingPathComponent("scenario.json").path
    try Self.forecastScenario(#""passwd""#).write(toFile: path, atomically: true, encoding: .utf8)
    let result = CLI.run("validate", path)
    #expect(result.code == 65)
    #expect(result.err.contains("passwd:1: no interval start column"), "\(result.err)")
    #expect(result.err.contains("column-9-") && !result.err.contains("column-10-"))
    #expect(result.err.contains("and 40 more"), "\(result.err)")
    #expect(result.err.count < 1_000, "\(result.err.count) characters")
  }

  @Test func sweepsAndRoutingTestsRefuseControlCharactersInTheirScenarioPath() throws {
    let directory = CLI.temporaryDirectory()
    try Self.forecastScenario(#""f.csv""#).write(
      to: directory.appendingPathComponent("s.json"), atomically: true, encoding: .utf8)
    let sweep = directory.appendingPathComponent("sweep.json").path
    try #"{"scenario": "s.json\u0000", "replications": 1}"#.write(
      toFile: sweep, atomically: true, encoding: .utf8)
    let swept = CLI.run("sweep", sweep, "--out", directory.appendingPathComponent("out").path)
    #expect(swept.code == 65, "\(swept.err)")
    #expect(
      swept.err.contains(#"sweep.json:1:14: scenario: "s.json\u{0}" holds the control character"#),
      "\(swept.err)")
    let tests = directory.appendingPathComponent("routing.json").path
    try #"{"scenario": "s.json\u001b[2J", "cases": []}"#.write(
      toFile: tests, atomically: true, encoding: .utf8)
    let checked = CLI.run("check", tests)
    #expect(checked.code == 65, "\(checked.err)")
    #expect(
      checked.err.contains(#"scenario: "s.json\u{1B}[2J" holds the control character U+001B"#),
      "\(checked.err)")
    #expect(!Self.hasRawControl(swept.err + checked.err))
  }

  // MARK: Terminals

  @Test func controlCharactersInNamesNeverReachTheTerminal() throws {
    let path = CLI.write(Self.hostile)
    let validated = CLI.run("validate", path)
    #expect(validated.code == 0, "\(validated.err)")
    let run = CLI.run("run", path)
    #expect(run.code == 0, "\(run.err)")
    #expect(run.out.hasPrefix(#"evil\u{1B}]0;pwned\u{7} day — seed 3"#), "\(run.out)")
    let pulse = CLI.run("pulse", path, "--at", "00:30")
    #expect(pulse.code == 0, "\(pulse.err)")
    #expect(pulse.out.contains("\n" + #"@gich\u{1B}[31m        0"#), "\(pulse.out)")
    #expect(pulse.out.contains(#"Agents — @gich\u{1B}[31m (2 on shift"#), "\(pulse.out)")
    #expect(pulse.out.contains(#"+44\u{9B}2J"#) && pulse.out.contains(#"\u{202E}evil"#))
    let compare = CLI.run("compare", path, path, "--replications", "2")
    #expect(compare.code == 0, "\(compare.err)")
    for (command, result) in [("run", run), ("pulse", pulse), ("compare", compare)] {
      #expect(!Self.hasRawControl(result.out + result.err), "\(command): \(result.out)")
    }

    // A problem quoting such names shows them too, one problem to a line.
    let broken = Self.hostile.replacingOccurrences(
      of: #""handles": ["-3\u0000"]"#, with: #""handles": ["-3\u0000", "x\u001b[2J\nforged"]"#)
    let refused = CLI.run("validate", CLI.write(broken))
    #expect(refused.code == 65)
    #expect(
      refused.err.contains(#"no call type "x\u{1B}[2J\u{A}forged" (one of: -3\u{0})"#),
      "\(refused.err)")
    #expect(!Self.hasRawControl(refused.err))
    #expect(refused.err.split(separator: "\n").count == 3, "\(refused.err)")
    #expect(refused.err.hasSuffix("\n2 problems found.\n"), "\(refused.err)")
  }

  @Test func jsonKeepsTheNamesExactly() throws {
    let result = CLI.run("run", CLI.write(Self.hostile), "--format", "json")
    #expect(result.code == 0, "\(result.err)")
    #expect(!Self.hasRawControl(result.out))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["scenario"] as? String == "evil\u{1B}]0;pwned\u{7} day")
    let teams = try #require(object["teams"] as? [String: Any])
    #expect(teams.keys.contains("@gich\u{1B}[31m"), "\(teams.keys)")
  }

  // MARK: Spreadsheets

  @Test func csvCellsFromTheScenarioAreNeutralised() throws {
    let path = CLI.write(Self.hostile)
    let out = CLI.temporaryDirectory().appendingPathComponent("out").path
    let result = CLI.run("run", path, "--out", out, "--calls")
    #expect(result.code == 0, "\(result.err)")
    func read(_ name: String) throws -> String {
      try String(contentsOfFile: out + "/" + name, encoding: .utf8)
    }
    let calls = try read("calls.csv")
    #expect(calls.contains(#","'=HYPERLINK(""http://x"")",'-3\u{0},"#), "\(calls.prefix(600))")
    #expect(calls.contains(#",'@gich\u{1B}[31m,'+44\u{9B}2J,"#), "\(calls.prefix(600))")
    #expect(calls.contains(#",'@gich\u{1B}[31m,'-7,"#), "\(calls.prefix(600))")
    let agents = try read("agents.csv")
    #expect(agents.contains(#"'@gich\u{1B}[31m,1,'+44\u{9B}2J,\u{202E}evil,"#), "\(agents)")
    #expect(agents.contains(#"'@gich\u{1B}[31m,1,'-7,'=cmd|' /C calc'!A0,"#), "\(agents)")
    let intervals = try read("intervals.csv")
    #expect(intervals.contains(#"queue,'@gich\u{1B}[31m,0,00:00,"#), "\(intervals.prefix(400))")
    for name in ["calls.csv", "agents.csv", "intervals.csv"] {
      let text = try read(name)
      #expect(!Self.hasRawControl(text), "\(name) holds a raw control character")
      // Only the scenario's text is neutralised: no cell of ccsim's own starts with a quote.
      let header = text.prefix { $0 != "\n" }
      #expect(!header.contains("'"), "\(name): \(header)")
    }
    let csv = CLI.run("run", path, "--format", "csv")
    #expect(csv.out.contains(#"queue:@gich\u{1B}[31m,serviceLevel,"#), "\(csv.out.prefix(300))")
    #expect(!Self.hasRawControl(csv.out))

    let staff = CLI.run(
      "staff", path, "--format", "csv", "--replications", "2", "--passes", "2")
    #expect(staff.code == 0, "\(staff.err)")
    #expect(staff.out.contains("\n'@gich\\u{1B}[31m,0,00:00,"), "\(staff.out.prefix(400))")
    let compare = CLI.run("compare", path, path, "--replications", "2", "--format", "csv")
    #expect(compare.out.contains(#"team:@gich\u{1B}[31m,"#), "\(compare.out.prefix(400))")
    #expect(!Self.hasRawControl(staff.out + compare.out))

    let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
    let sweep = directory.appendingPathComponent("sweep.json").path
    try
      #"{"scenario": "scenario.json", "replications": 1, "factors": {"variant": [{"name": "=1+1"}]}}"#
      .write(toFile: sweep, atomically: true, encoding: .utf8)
    let swept = CLI.run("sweep", sweep, "--out", directory.appendingPathComponent("sweep").path)
    #expect(swept.code == 0, "\(swept.err)")
    #expect(swept.out.contains(#"evil\u{1B}]0;pwned\u{7} day"#), "\(swept.out)")
    let results = try String(
      contentsOf: directory.appendingPathComponent("sweep/results.csv"), encoding: .utf8)
    #expect(results.contains("\n0,'=1+1,1,"), "\(results)")
    #expect(!Self.hasRawControl(swept.out + swept.err + results))
  }

  // MARK: Scale

  /// 3,000 call types and teams, each team handling its own and an unknown call type, and a
  /// routing plan naming 3,000 unknown teams: 6,000 unknown references among 3,000 ids each.
  static func manyUnknownReferences(_ count: Int) -> String {
    let callTypes = (0..<count).map { #"{"id": "type-\#($0)", "talk": 60}"# }
    let teams = (0..<count).map {
      #"{"id": "team-\#($0)", "agents": 1, "handles": ["type-\#($0)", "typo-\#($0)"]}"#
    }
    let unknownTeams = (0..<count).map { #""taem-\#($0)""# }
    return """
      {"name": "big", "duration": "1h",
       "lines": [{"id": "main", "callType": "type-0", "arrivals": {"perHour": 60}}],
       "callTypes": [\(callTypes.joined(separator: ",\n"))],
       "teams": [\(teams.joined(separator: ",\n"))],
       "routing": {"plans": [{"id": "p", "steps": [{"target": {"teams": [
         \(unknownTeams.joined(separator: ", "))]}}]}]}}
      """
  }

  @Test func thousandsOfUnknownNamesAreRefusedInLinearTime() {
    let path = CLI.write(Self.manyUnknownReferences(3_000))
    let result = CLI.run("validate", path)
    #expect(result.code == 65)
    #expect(result.err.hasSuffix("6001 problems found.\n"), "\(result.err.suffix(200))")
    // The work is bounded by counting, not by a clock: once the file's budget of comparisons
    // is spent, later names get no suggestion (3,000 × 3,000 comparisons would be 9 million).
    #expect(result.err.contains(#"no team "taem-2999""#))
    #expect(!result.err.contains(#"no team "taem-2999" (did you mean"#))
    // At most three suggestions a name, never the list of every id: about 80 bytes a problem.
    #expect(result.err.utf8.count < 1_000_000, "\(result.err.utf8.count) bytes")
    #expect(
      result.err.contains(
        #"teams[0].handles[1]: no call type "typo-0" (did you mean "type-0", "type-1" or"#
          + #" "type-2"?)"#), "\(result.err.prefix(600))")
    #expect(!result.err.contains("type-0, type-1"))
  }
}
