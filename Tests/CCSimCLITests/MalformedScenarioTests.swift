import Foundation
import Testing

/// Every malformed scenario exits 65 with a message naming the file, the JSON path and the
/// problem; every problem in a file is listed.
struct MalformedScenarioTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    /// A JSON edit of the valid base scenario (or a whole document when `replacing`).
    var document: String
    /// Text the message must contain: the JSON path and the problem.
    var expected: [String]
    /// Other files written beside the scenario (forecast CSVs), by name.
    var files: [String: String] = [:]

    var testDescription: String { name }

    /// `ccsim validate` refuses the document with exit 65, naming the file, with exactly the
    /// expected problems; returns the document's path.
    @discardableResult
    func expectRejectedByValidate() -> String {
      let path = CLI.write(document)
      let result = CLI.run("validate", path)
      #expect(result.code == 65, "\(name): exit \(result.code)\n\(result.err)")
      for fragment in expected {
        #expect(result.err.contains(fragment), "\(name): no \(fragment) in\n\(result.err)")
      }
      #expect(
        result.err.contains("\(expected.count) problem"),
        "\(name): exactly the expected problems\n\(result.err)")
      #expect(result.err.hasPrefix(path), "\(name): the message names the file")
      return path
    }
  }

  static let base = """
    {
      "name": "base",
      "duration": "2h",
      "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 100}}],
      "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 180}}}],
      "teams": [{"id": "gich", "agents": 5, "handles": ["general"]}]
    }
    """

  static func edit(_ from: String, _ to: String) -> String {
    base.replacingOccurrences(of: from, with: to)
  }

  /// The base with `keys` added to its call type.
  static func callType(_ keys: String) -> String {
    edit("{\"mean\": 180}}", "{\"mean\": 180}}, " + keys)
  }

  /// The base with `keys` added at the top level.
  static func topLevel(_ keys: String) -> String {
    edit("\"duration\"", keys + ", \"duration\"")
  }

  /// Outcomes with some calls transferred, and a transfer rule with `transfer`'s keys.
  static func transfer(_ transfer: String) -> String {
    callType(
      "\"outcomes\": {\"Call Resolved\": 0.9, \"Call Transferred\": 0.1}, \"transfer\": {"
        + transfer + "}")
  }

  /// The base whose team has a team leader G1 and a caseworker G2, and whose line, of `kind`,
  /// has `keys`.
  static func directDial(_ keys: String, kind: String = "directDial") -> String {
    team(
      "\"shifts\": [{\"start\": \"00:00\", \"end\": \"02:00\", \"agents\": ["
        + "{\"staffNumber\": \"G1\", \"isTeamLeader\": true}, {\"staffNumber\": \"G2\"}]}],"
        + " \"handles\": [\"general\"]"
    )
    .replacingOccurrences(
      of: "\"id\": \"main\"", with: "\"id\": \"main\", \"kind\": \"\(kind)\", " + keys)
  }

  /// The base with its team's `"agents": 5, "handles": ["general"]` replaced by `keys`.
  static func team(_ keys: String) -> String {
    edit("\"agents\": 5, \"handles\": [\"general\"]", keys)
  }

  /// The base with its line's `arrivals` replaced by `keys`.
  static func line(_ keys: String) -> String {
    edit("\"arrivals\": {\"perHour\": 100}", keys)
  }

  /// The base with a routing plan `p` (the team `gich`) and the line's IVR `branches`.
  static func ivr(_ branches: String) -> String {
    topLevel(
      "\"routing\": {\"plans\": [{\"id\": \"p\", \"steps\": [{\"target\": {\"teams\": [\"gich\"]}}]}]}"
    )
    .replacingOccurrences(
      of: "\"arrivals\": {\"perHour\": 100}",
      with: "\"arrivals\": {\"perHour\": 100}, \"ivr\": {\"branches\": [" + branches + "]}")
  }

  /// The base with a shift list for its team.
  static func shifts(_ shifts: String) -> String {
    team("\"shifts\": [" + shifts + "], \"handles\": [\"general\"]")
  }

  /// The base with one routing plan `p` of `steps`.
  static func plan(_ steps: String) -> String {
    topLevel("\"routing\": {\"plans\": [{\"id\": \"p\", \"steps\": [" + steps + "]}]}")
  }

  /// The base whose line reads `calls` from `f.csv`.
  static let forecastLine = line("\"arrivals\": {\"csv\": \"f.csv\", \"column\": \"calls\"}")

  static let cases: [Case] = basicCases + sectionCases + hygieneCases + leastValueCases

  /// Input that could reach places it should not: a path holding a control character (a NUL
  /// ends it where the system reads it), a name too long to quote whole.
  static let hygieneCases: [Case] = [
    Case(
      name: "forecast path with a NUL byte",
      document: line(#""arrivals": {"csv": "f.csv\u0000", "column": "calls"}"#),
      expected: [
        #"4:71: lines[0].arrivals.csv: "f.csv\u{0}" holds the control character U+0000: a path"#
          + " may not"
      ],
      files: ["f.csv": "Interval,calls\n00:00,SECRET\n"]),
    Case(
      name: "forecast path with an escape sequence",
      document: line(#""arrivals": {"csv": "f\u001b[2J.csv", "column": "calls"}"#),
      expected: [#"lines[0].arrivals.csv: "f\u{1B}[2J.csv" holds the control character U+001B"#]),
    Case(
      name: "AHT forecast path with a bidirectional override",
      document: callType(#""aht": {"csv": "f.csv\u202e.txt", "column": "aht"}"#),
      expected: [#"callTypes[0].aht.csv: "f.csv\u{202E}.txt" holds the control character U+202E"#]
    ),
    Case(
      name: "forecast path with a line break",
      document: line(#""arrivals": {"csv": "f.csv\nx", "column": "calls"}"#),
      expected: [#"lines[0].arrivals.csv: "f.csv\u{A}x" holds the control character U+000A"#]),
    Case(
      name: "name over the length limit",
      document: edit(#""name": "base""#, #""name": ""# + String(repeating: "a", count: 250) + "\""),
      expected: [
        #"2:11: name: ""# + String(repeating: "a", count: 40)
          + #"…" is too long for a name: 250 characters, at most 200"#
      ]),
    Case(
      name: "team id over the length limit",
      document: edit(#""id": "gich""#, #""id": "g"# + String(repeating: "é", count: 300) + "\""),
      expected: [
        #"teams[0].id: "gééé"#, #"…" is too long for a name: 301 characters, at most 200"#,
      ]),
  ]

  static let basicCases: [Case] = [
    Case(name: "not JSON", document: "{\"name\": \"x\",,}", expected: [":1:14:", "expected"]),
    Case(name: "empty file", document: "", expected: ["unexpected end of file"]),
    Case(
      name: "unknown top-level key", document: edit("\"duration\"", "\"durration\""),
      expected: ["3:3: durration: unknown key \"durration\" (did you mean \"duration\"?)"]),
    Case(
      name: "missing duration", document: edit("\"duration\": \"2h\",", ""),
      expected: ["duration: required key \"duration\" is missing"]),
    Case(
      name: "bad duration unit", document: edit("\"2h\"", "\"2 hours\""),
      expected: ["duration: \"2 hours\" is not a duration"]),
    Case(
      name: "zero duration", document: edit("\"2h\"", "0"),
      expected: ["duration: must be longer than zero"]),
    Case(
      name: "negative talk mean", document: edit("\"mean\": 180", "\"mean\": -5"),
      expected: ["callTypes[0].talk.exponential.mean: duration -5 must not be negative"]),
    Case(
      name: "unknown distribution", document: edit("\"exponential\"", "\"exponetial\""),
      expected: [
        "callTypes[0].talk.exponetial: unknown distribution", "did you mean \"exponential\"",
      ]),
    Case(
      name: "two distribution keys",
      document: edit(
        "{\"exponential\": {\"mean\": 180}}",
        "{\"exponential\": {\"mean\": 180}, \"uniform\": {\"min\": 1, \"max\": 2}}"),
      expected: ["callTypes[0].talk: a distribution object has exactly one key"]),
    Case(
      name: "unknown call type on a line",
      document: edit("\"callType\": \"general\"", "\"callType\": \"genral\""),
      expected: ["lines[0].callType: no call type \"genral\" (did you mean \"general\"?)"]),
    Case(
      name: "unknown call type in handles",
      document: edit("\"handles\": [\"general\"]", "\"handles\": [\"welsh\"]"),
      expected: ["teams[0].handles[0]: no call type \"welsh\""]),
    Case(
      name: "agents not a whole number", document: edit("\"agents\": 5", "\"agents\": 5.5"),
      expected: ["teams[0].agents: 5.5 is not a whole number"]),
    Case(
      name: "agents wrong type", document: edit("\"agents\": 5", "\"agents\": \"five\""),
      expected: ["teams[0].agents: expected a whole number, found string"]),
    Case(
      name: "negative arrival rate", document: edit("\"perHour\": 100", "\"perHour\": -1"),
      expected: ["lines[0].arrivals.perHour: -1 must not be negative"]),
    Case(
      name: "two arrival sources",
      document: edit("{\"perHour\": 100}", "{\"perHour\": 100, \"perInterval\": [1, 2]}"),
      expected: ["lines[0].arrivals: has perHour and perInterval; give exactly one"]),
    Case(
      name: "bad clock time", document: edit("\"duration\"", "\"start\": \"25:00\", \"duration\""),
      expected: ["start: \"25:00\" is not a clock time (HH:MM)"]),
    Case(
      name: "interval not dividing the day",
      document: edit("\"duration\"", "\"interval\": \"7m\", \"duration\""),
      expected: ["interval: 7m does not divide the day into whole intervals"]),
    Case(
      name: "warm-up longer than the run",
      document: edit("\"duration\"", "\"warmup\": \"3h\", \"duration\""),
      expected: ["warmup: must be shorter than duration"]),
    Case(
      name: "service-level target above 1",
      document: edit("\"duration\"", "\"serviceLevel\": {\"target\": 80}, \"duration\""),
      expected: ["serviceLevel.target: 80 is not a probability between 0 and 1"]),
    Case(
      name: "duplicate team id",
      document: edit(
        "[{\"id\": \"gich\", \"agents\": 5, \"handles\": [\"general\"]}]",
        "[{\"id\": \"gich\", \"agents\": 5, \"handles\": [\"general\"]}, {\"id\": \"gich\", \"agents\": 1, \"handles\": [\"general\"]}]"
      ),
      expected: ["teams[1].id: duplicate id \"gich\""]),
    Case(
      name: "uniform min above max",
      document: edit(
        "{\"exponential\": {\"mean\": 180}}", "{\"uniform\": {\"min\": \"5m\", \"max\": \"1m\"}}"),
      expected: ["callTypes[0].talk.uniform: min 5m is greater than max 1m"]),
    Case(
      name: "empirical lengths differ",
      document: edit(
        "{\"exponential\": {\"mean\": 180}}",
        "{\"empirical\": {\"values\": [60, 120], \"weights\": [1]}}"),
      expected: ["callTypes[0].talk.empirical: values has 2 entries but weights has 1"]),
    Case(
      name: "unknown rules key",
      document: edit("\"duration\"", "\"rules\": {\"ronaTimout\": \"15s\"}, \"duration\""),
      expected: ["rules.ronaTimout: unknown key", "did you mean \"ronaTimeout\"?"]),
    Case(
      name: "seed too large",
      document: edit("\"duration\"", "\"seed\": 18446744073709551616, \"duration\""),
      expected: ["seed: 18446744073709551616 is out of range (0 to 2^64 − 1)"]),
    Case(
      name: "csv escaping the scenario directory",
      document: edit(
        "{\"perHour\": 100}", "{\"csv\": \"../../etc/forecast.csv\", \"column\": \"calls\"}"),
      expected: ["lines[0].arrivals.csv: \"../../etc/forecast.csv\" must be a relative path inside"]
    ),
    Case(
      name: "missing csv file",
      document: edit("{\"perHour\": 100}", "{\"csv\": \"forecast.csv\", \"column\": \"calls\"}"),
      expected: ["lines[0].arrivals.csv: cannot read forecast file"]),
    Case(
      name: "absurd arrival rate", document: edit("\"perHour\": 100", "\"perHour\": 1e300"),
      expected: ["lines[0].arrivals.perHour: 1e300 calls is more than one line can bring"]),
    Case(
      name: "signed clock time",
      document: edit("\"duration\"", "\"start\": \"+1:00\", \"duration\""),
      expected: ["start: \"+1:00\" is not a clock time (HH:MM)"]),
    Case(
      name: "negative seed", document: edit("\"duration\"", "\"seed\": -1, \"duration\""),
      expected: ["seed: -1 is not a whole number from 0 to 2^64 − 1"]),
    Case(name: "not an object", document: "[1, 2]", expected: ["expected an object, found array"]),
    Case(
      name: "unknown outcome", document: callType("\"outcomes\": {\"Call Resolvd\": 1}"),
      expected: [
        "callTypes[0].outcomes[\"Call Resolvd\"]: \"Call Resolvd\" is not a call outcome (did"
          + " you mean \"Call Resolved\"?)"
      ]),
    Case(
      name: "outcome with a hyphen for an en dash",
      document: callType("\"outcomes\": {\"Bogus Call - Security Report\": 1}"),
      expected: [
        "callTypes[0].outcomes[\"Bogus Call - Security Report\"]:",
        "did you mean \"Bogus Call – Security Report\"?",
      ]),
    Case(
      name: "outcome mix not summing to 1",
      document: callType("\"outcomes\": {\"Call Resolved\": 0.5, \"Lost Connection\": 0.4}"),
      expected: ["callTypes[0].outcomes: the shares sum to 0.9, not 1"]),
    Case(
      name: "Failed Security Check in the inbound mix",
      document: callType(
        "\"outcomes\": {\"Call Resolved\": 0.9, \"Failed Security Check\": 0.1}"),
      expected: [
        "callTypes[0].outcomes[\"Failed Security Check\"]: \"Failed Security Check\" cannot be"
          + " in an outcome mix"
      ]),
    Case(
      name: "Call Transferred without a transfer",
      document: callType("\"outcomes\": {\"Call Resolved\": 0.9, \"Call Transferred\": 0.1}"),
      expected: [
        "callTypes[0].outcomes[\"Call Transferred\"]: calls closed as \"Call Transferred\" need"
          + " a \"transfer\""
      ]),
    Case(
      name: "cold transfer on a normal day",
      document: transfer("\"targets\": [{\"team\": \"gich\", \"share\": 1}], \"cold\": true"),
      expected: [
        "callTypes[0].transfer.cold: cold transfers are allowed only on an emergency day"
          + " (top-level \"emergency\")"
      ]),
    Case(
      name: "zero transfer hold",
      document: transfer(
        "\"targets\": [{\"team\": \"gich\", \"share\": 1}], \"consult\": \"1m\", \"hold\": 0"),
      expected: ["callTypes[0].transfer.hold:"]),
    Case(
      name: "hold on a cold transfer",
      document: topLevel("\"emergency\": \"strike day\"").replacingOccurrences(
        of: "{\"mean\": 180}}",
        with: "{\"mean\": 180}}, \"outcomes\": {\"Call Resolved\": 0.9, \"Call Transferred\":"
          + " 0.1}, \"transfer\": {\"targets\": [{\"team\": \"gich\", \"share\": 1}],"
          + " \"cold\": true, \"hold\": \"2m\"}"),
      expected: [
        "callTypes[0].transfer.hold: a cold transfer holds nobody: remove \"hold\" or make the"
          + " transfer warm"
      ]),
    Case(
      name: "unknown transfer team",
      document: transfer(
        "\"targets\": [{\"team\": \"gihc\", \"share\": 1}], \"consult\": \"1m\""),
      expected: ["callTypes[0].transfer.targets[0].team: no team \"gihc\" (did you mean \"gich\"?)"]
    ),
    Case(
      name: "retry after a connected outcome",
      document: topLevel(
        "\"outbound\": {\"retry\": {\"Call Resolved\": {\"after\": \"1h\", \"maxAttempts\": 3}}}"),
      expected: ["outbound.retry[\"Call Resolved\"]: \"Call Resolved\" is a call that connected"]),
    Case(
      name: "no attempts",
      document: topLevel(
        "\"outbound\": {\"retry\": {\"No Answer\": {\"after\": \"1h\", \"maxAttempts\": 0}}}"),
      expected: ["outbound.retry[\"No Answer\"].maxAttempts: 0 is out of range (1 to 100)"]),
    Case(
      name: "unknown activity-plan team",
      document: topLevel(
        "\"outbound\": {\"activityPlans\": [{\"team\": \"maint\", \"callType\": \"general\","
          + " \"perHour\": 6, \"from\": \"10:00\", \"to\": \"16:00\", \"due\": \"4h\"}]}"),
      expected: ["outbound.activityPlans[0].team: no team \"maint\""]),
    Case(
      name: "unknown redial key",
      document: topLevel(
        "\"redials\": {\"Lost Conection\": {\"probability\": 0.5, \"delay\": \"5m\"}}"),
      expected: [
        "redials[\"Lost Conection\"]: unknown key \"Lost Conection\"",
        "(did you mean \"Lost Connection\"?)",
      ]),
    Case(
      name: "suppressed share above 1",
      document: topLevel("\"outbound\": {\"suppressedShare\": 1.5}"),
      expected: ["outbound.suppressedShare: 1.5 is not a probability between 0 and 1"]),
    Case(
      name: "unknown Pulse threshold",
      document: topLevel("\"pulse\": {\"thresholds\": {\"serviceLvel\": {\"amber\": 0.8}}}"),
      expected: [
        "pulse.thresholds.serviceLvel: unknown key \"serviceLvel\"",
        "(did you mean \"serviceLevel\"?)",
      ]),
    Case(
      name: "Pulse red milder than amber",
      document: topLevel(
        "\"pulse\": {\"thresholds\": {\"longestWait\": {\"amber\": \"90s\", \"red\": \"60s\"}}}"),
      expected: [
        "pulse.thresholds.longestWait.red: red (1m) must not be below amber (1m30s)"
      ]),
    Case(
      name: "Pulse service level red above the default amber",
      document: topLevel("\"pulse\": {\"thresholds\": {\"serviceLevel\": {\"red\": 0.9}}}"),
      expected: [
        "pulse.thresholds.serviceLevel.red: red (0.9) must not be above amber (0.8, the default)"
      ]),
    Case(
      name: "Pulse abandon rate as a percentage",
      document: topLevel("\"pulse\": {\"thresholds\": {\"abandonRate\": {\"amber\": 5}}}"),
      expected: ["pulse.thresholds.abandonRate.amber: 5 is not a probability between 0 and 1"]),
    Case(
      name: "Pulse negative ACW threshold",
      document: topLevel("\"pulse\": {\"thresholds\": {\"afterCallWork\": {\"amber\": -1}}}"),
      expected: ["pulse.thresholds.afterCallWork.amber: duration -1 must not be negative"]),
    Case(
      name: "Pulse thresholds not an object",
      document: topLevel("\"pulse\": {\"thresholds\": true}"),
      expected: ["pulse.thresholds: expected an object"]),
  ]

  /// Every section of the format, and the syntax, types and numbers at their edges.
  static let sectionCases: [Case] = [
    Case(
      name: "missing comma between members (line:column)",
      document: edit("\"duration\": \"2h\",", "\"duration\": \"2h\""),
      expected: [":4:3: expected ',' or '}' after an object member (is a ',' missing?)"]),
    Case(
      name: "duplicate key",
      document: edit("\"duration\": \"2h\",", "\"duration\": \"2h\", \"duration\": \"3h\","),
      expected: [":3:21: duplicate key \"duration\" (first at 3:3)"]),
    Case(
      name: "trailing comma", document: edit("[\"general\"]}]", "[\"general\"],}]"),
      expected: [":6:63: trailing comma before '}'"]),
    Case(
      name: "nesting too deep",
      document: String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
      expected: [":1:257: nesting too deep: more than 256 levels"]),
    Case(
      name: "lines not an array",
      document: edit(
        "[{\"id\": \"main\", \"callType\": \"general\", \"arrivals\": {\"perHour\": 100}}]",
        "{\"id\": \"main\"}"),
      expected: ["lines: expected an array, found object"]),
    Case(
      name: "no lines",
      document: edit(
        "[{\"id\": \"main\", \"callType\": \"general\", \"arrivals\": {\"perHour\": 100}}]", "[]"),
      expected: ["lines: must not be empty"]),
    Case(
      name: "rate as a string", document: edit("\"perHour\": 100", "\"perHour\": \"100\""),
      expected: ["lines[0].arrivals.perHour: expected a number, found string"]),
    Case(
      name: "huge duration (1e308)", document: edit("\"2h\"", "1e308"),
      expected: ["duration: duration 1e308 s is too long"]),
    Case(
      name: "duration beyond a double (1e400)", document: edit("\"2h\"", "1e400"),
      expected: [":3:15: duration: number too large: 1e400 is beyond the range"]),
    Case(
      name: "rate beyond a double (1e400)",
      document: edit("\"perHour\": 100", "\"perHour\": 1e400"),
      expected: ["lines[0].arrivals.perHour: number too large: 1e400"]),
    Case(
      name: "agents beyond a double (-1e400)",
      document: edit("\"agents\": 5", "\"agents\": -1e400"),
      expected: ["teams[0].agents: number too large: -1e400"]),
    Case(
      name: "duration string too long", document: edit("\"2h\"", "\"11575d\""),
      expected: ["duration: duration \"11575d\" is too long"]),
    Case(
      name: "negative warm-up", document: topLevel("\"warmup\": -60"),
      expected: ["warmup: duration -60 must not be negative"]),
    Case(
      name: "interval of a fraction of a second", document: topLevel("\"interval\": 1.5"),
      expected: ["interval: 1.5s does not divide the day into whole intervals"]),
    Case(
      name: "zero ACW limit", document: topLevel("\"rules\": {\"acwLimit\": 0}"),
      expected: ["rules.acwLimit: 0s is shorter than 1s, the least ACW limit the format allows"]),
    Case(
      name: "seed with an exponent", document: topLevel("\"seed\": 1e3"),
      expected: ["seed: 1e3 is not a whole number from 0 to 2^64 − 1"]),
    Case(
      name: "empty emergency", document: topLevel("\"emergency\": \"\""),
      expected: ["emergency: \"\" is not a usable name (non-empty, no outer spaces)"]),
    Case(
      name: "unknown line kind",
      document: edit("\"id\": \"main\"", "\"id\": \"main\", \"kind\": \"Client\""),
      expected: [
        "lines[0].kind: \"Client\" is not a line kind (one of: client, employer, directDial, aac)"
      ]),
    Case(
      name: "line mix not summing to 1",
      document: edit("\"callType\": \"general\"", "\"callTypes\": {\"general\": 0.5}"),
      expected: ["lines[0].callTypes: the shares sum to 0.5, not 1"]),
    Case(
      name: "negative perInterval entry",
      document: line("\"arrivals\": {\"perInterval\": [3, -2]}"),
      expected: ["lines[0].arrivals.perInterval[1]: -2 must not be negative"]),
    Case(
      name: "absurd overdispersion",
      document: line("\"arrivals\": {\"perHour\": 100, \"overdispersion\": {\"cv\": 11}}"),
      expected: [
        "lines[0].arrivals.overdispersion.cv: a coefficient of variation over 10 is absurd"
      ]),
    Case(
      name: "column without csv",
      document: line("\"arrivals\": {\"perHour\": 100, \"column\": \"x\"}"),
      expected: ["lines[0].arrivals.column: column goes with csv only"]),
    Case(
      name: "forecast with a gap", document: forecastLine,
      expected: [
        "lines[0].arrivals.csv: f.csv:4: gap: no row for 00:30–00:45 between line 3 and this one"
      ],
      files: ["f.csv": "Interval,calls\n00:00,10\n00:15,12\n00:45,9\n"]),
    Case(
      name: "forecast separated by semicolons", document: forecastLine,
      expected: ["lines[0].arrivals.csv: f.csv:1: fields are separated by semicolons"],
      files: ["f.csv": "Interval;calls\n00:00;10\n"]),
    Case(
      name: "forecast value nan", document: forecastLine,
      expected: [
        "lines[0].arrivals.csv: f.csv:2: column \"calls\" has \"nan\", not a number of calls ≥ 0"
      ],
      files: ["f.csv": "Interval,calls\n00:00,nan\n00:15,12\n"]),
    Case(
      name: "forecast beside the run",
      document: forecastLine.replacingOccurrences(
        of: "\"duration\"", with: "\"start\": \"08:00\", \"duration\""),
      expected: [
        "lines[0].arrivals.csv: f.csv: the forecast (06:00–06:30) does not overlap the run (08:00–10:00)"
      ],
      files: ["f.csv": "Interval,calls\n06:00,1\n06:15,12\n"]),
    Case(
      name: "forecast at an absolute path",
      document: line("\"arrivals\": {\"csv\": \"/etc/passwd\", \"column\": \"calls\"}"),
      expected: [
        "lines[0].arrivals.csv: \"/etc/passwd\" must be a relative path inside the scenario's directory"
      ]),
    Case(
      name: "forecast path through ..",
      document: line("\"arrivals\": {\"csv\": \"a/../f.csv\", \"column\": \"calls\"}"),
      expected: ["lines[0].arrivals.csv: \"a/../f.csv\" must be a relative path inside"],
      files: ["f.csv": "Interval,calls\n00:00,10\n"]),
    Case(
      name: "AHT column missing",
      document: callType("\"aht\": {\"csv\": \"f.csv\", \"column\": \"AHT\"}"),
      expected: ["callTypes[0].aht.csv: f.csv:1: no column \"AHT\" (columns: Interval, calls)"],
      files: ["f.csv": "Interval,calls\n00:00,10\n00:15,12\n"]),
    Case(
      name: "IVR shares not summing to 1",
      document: ivr(
        "{\"branch\": \"hangUp\", \"share\": 0.1}, {\"branch\": \"noScin\", \"share\": 0.8, \"plan\": \"p\"}"
      ),
      expected: ["lines[0].ivr.branches: the shares sum to 0.9, not 1"]),
    Case(
      name: "IVR branch twice",
      document: ivr(
        "{\"branch\": \"noScin\", \"share\": 0.5, \"plan\": \"p\"}, {\"branch\": \"noScin\", \"share\": 0.5, \"plan\": \"p\"}"
      ),
      expected: ["lines[0].ivr.branches[1]: branch \"noScin\" is listed twice"]),
    Case(
      name: "IVR hang-up with a plan",
      document: ivr("{\"branch\": \"hangUp\", \"share\": 1, \"plan\": \"p\"}"),
      expected: ["lines[0].ivr.branches[0].plan: callers who hang up reach no plan"]),
    Case(
      name: "IVR branch of another kind of line",
      document: ivr("{\"branch\": \"validScin\", \"share\": 1, \"plan\": \"p\"}")
        .replacingOccurrences(
          of: "\"id\": \"main\"", with: "\"id\": \"main\", \"kind\": \"employer\""),
      expected: [
        "lines[0].ivr.branches[0].branch: \"validScin\" is not a branch of an employer line"
      ]),
    Case(
      name: "IVR branch to an unknown plan",
      document: ivr("{\"branch\": \"noScin\", \"share\": 1, \"plan\": \"q\"}"),
      expected: ["lines[0].ivr.branches[0].plan: no routing plan \"q\""]),
    Case(
      name: "IVR on a direct-dial line",
      document: ivr("{\"branch\": \"welsh\", \"share\": 1, \"plan\": \"p\"}")
        .replacingOccurrences(
          of: "\"id\": \"main\"", with: "\"id\": \"main\", \"kind\": \"directDial\""),
      expected: ["lines[0].ivr: direct-dial numbers have no IVR"]),
    Case(
      name: "a team leader rung by a client line",
      document: directDial("\"teamLeader\": \"G1\"", kind: "client"),
      expected: [
        "lines[0].teamLeader: only a direct-dial line (\"kind\": \"directDial\") rings a team"
          + " leader"
      ]),
    Case(
      name: "a caseworker's direct-dial number",
      document: directDial("\"teamLeader\": \"G2\""),
      expected: [
        "lines[0].teamLeader: \"G2\" is not a team leader (\"isTeamLeader\": true on the roster)"
      ]),
    Case(
      name: "a direct-dial number of nobody on the rosters",
      document: directDial("\"teamLeader\": \"G9\""),
      expected: ["lines[0].teamLeader: no agent with staff number \"G9\" on any team's roster"]),
    Case(
      name: "a ring time without a team leader",
      document: directDial("\"ringTime\": \"20s\""),
      expected: ["lines[0].ringTime: only a line that rings a team leader (\"teamLeader\") has"]),
    Case(
      name: "unanswered calls into a plan the line has not",
      document: directDial("\"teamLeader\": \"G1\", \"whenUnanswered\": \"plan\""),
      expected: [
        "lines[0].whenUnanswered: an unanswered call goes into the line's plan: give the line a"
          + " \"plan\""
      ]),
    Case(
      name: "a direct-dial ring time under a second",
      document: directDial("\"teamLeader\": \"G1\", \"ringTime\": \"0.5s\""),
      expected: ["lines[0].ringTime: 0.5s is shorter than 1s, the least direct-dial ring time"]),
    Case(
      name: "a share of caseworkers going NotReady above 1",
      document: topLevel("\"agentBehaviour\": {\"clericalNotReadyShare\": 1.5}"),
      expected: ["agentBehaviour.clericalNotReadyShare: 1.5 is not a probability"]),
    Case(
      name: "empty team list for a routed call type",
      document: edit("\"handles\": [\"general\"]", "\"handles\": []"),
      expected: ["lines[0]: no team handles this line's calls"]),
    Case(
      name: "shift ending before it starts",
      document: shifts("{\"start\": \"10:00\", \"end\": \"09:00\", \"agents\": 2}"),
      expected: ["teams[0].shifts[0].end: the shift ends before it starts"]),
    Case(
      name: "shift on day 0",
      document: shifts("{\"day\": 0, \"start\": \"08:00\", \"end\": \"16:00\", \"agents\": 2}"),
      expected: ["teams[0].shifts[0].day: 0 is out of range (1 to 3660)"]),
    Case(
      name: "shift ending at 24:01",
      document: shifts("{\"start\": \"08:00\", \"end\": \"24:01\", \"agents\": 2}"),
      expected: ["teams[0].shifts[0].end: \"24:01\" is not a clock time (HH:MM)"]),
    Case(
      name: "shift with an empty agent list",
      document: shifts("{\"start\": \"08:00\", \"end\": \"16:00\", \"agents\": []}"),
      expected: ["teams[0].shifts[0].agents: must not be empty"]),
    Case(
      name: "break with a misspelt reason",
      document: shifts(
        "{\"start\": \"08:00\", \"end\": \"16:00\", \"agents\": 2, \"notReady\": [{\"reason\": \"break\", \"start\": \"10:00\", \"duration\": \"15m\"}]}"
      ),
      expected: [
        "teams[0].shifts[0].notReady[0].reason: \"break\" is not a NotReady reason code (did you mean \"Break\"?)"
      ]),
    Case(
      name: "lunch outside the shift",
      document: shifts(
        "{\"start\": \"08:00\", \"end\": \"16:00\", \"agents\": 2, \"notReady\": [{\"reason\": \"Lunch\", \"start\": \"15:45\", \"duration\": \"30m\"}]}"
      ),
      expected: ["teams[0].shifts[0].notReady[0]: falls outside the shift"]),
    Case(
      name: "agents and shifts",
      document: team(
        "\"agents\": 5, \"shifts\": [{\"start\": \"08:00\", \"end\": \"16:00\", \"agents\": 2}], \"handles\": [\"general\"]"
      ),
      expected: ["teams[0]: give agents or shifts, not both"]),
    Case(
      name: "unknown segment",
      document: team("\"agents\": 5, \"handles\": [\"general\"], \"segment\": \"maint\""),
      expected: ["teams[0].segment: no segment \"maint\" (none is declared)"]),
    Case(
      name: "duplicate segment",
      document: topLevel("\"segments\": [{\"id\": \"a\"}, {\"id\": \"a\"}]"),
      expected: ["segments[1].id: duplicate id \"a\""]),
    Case(
      name: "miss probability above 1",
      document: topLevel("\"agentBehaviour\": {\"missProbability\": 1.5}"),
      expected: ["agentBehaviour.missProbability: 1.5 is not a probability between 0 and 1"]),
    Case(
      name: "shrinkage of the whole day",
      document: topLevel(
        "\"agentBehaviour\": {\"shrinkage\": [{\"reason\": \"Break\", \"share\": 0.6, \"meanLength\": \"5m\"}, {\"reason\": \"Lunch\", \"share\": 0.4, \"meanLength\": \"5m\"}]}"
      ),
      expected: ["agentBehaviour.shrinkage: the shares sum to 1.0, more than 0.5"]),
    Case(
      name: "shrinkage episodes of no length",
      document: topLevel(
        "\"agentBehaviour\": {\"shrinkage\": [{\"reason\": \"Break\", \"share\": 0.1, \"meanLength\": 0}]}"
      ),
      expected: [
        "agentBehaviour.shrinkage[0].meanLength: 0s is shorter than 1m, the least mean length of"
          + " an unscheduled NotReady episode the format allows"
      ]),
    Case(
      name: "after a miss without a duration",
      document: topLevel("\"agentBehaviour\": {\"afterMiss\": {\"reason\": \"Break\"}}"),
      expected: ["agentBehaviour.afterMiss.duration: required key \"duration\" is missing"]),
    Case(
      name: "team relog delay of the wrong type",
      document: team(
        "\"agents\": 5, \"handles\": [\"general\"], \"behaviour\": {\"relogDelay\": true}"),
      expected: [
        "teams[0].behaviour.relogDelay: expected a duration or a distribution object, found boolean"
      ]),
    Case(
      name: "steps out of order",
      document: plan(
        "{\"after\": \"1m\", \"target\": \"owner\"}, {\"after\": \"20s\", \"target\": \"ownerTeam\"}"
      ),
      expected: ["routing.plans[0].steps[1]: steps must be in order of \"after\""]),
    Case(
      name: "capitalised target", document: plan("{\"target\": \"Owner\"}"),
      expected: ["routing.plans[0].steps[0].target: \"Owner\" is not a target"]),
    Case(
      name: "target of no teams", document: plan("{\"target\": {\"teams\": []}}"),
      expected: ["routing.plans[0].steps[0].target.teams: must not be empty"]),
    Case(
      name: "65 steps",
      document: plan(
        Array(repeating: "{\"target\": \"owner\"}", count: 65).joined(separator: ", ")),
      expected: ["routing.plans[0].steps: a plan has at most 64 steps"]),
    Case(
      name: "casegroup skew of 1",
      document: topLevel("\"routing\": {\"casegroups\": {\"skew\": 1}}"),
      expected: ["routing.casegroups.skew: skew must be below 1"]),
    Case(
      name: "too many casegroups",
      document: edit("\"agents\": 5", "\"agents\": 5, \"casegroups\": 100000001"),
      expected: ["teams[0].casegroups: 100000001 is out of range (0 to 100000000)"]),
    Case(
      name: "Erlang of no stages",
      document: edit(
        "{\"exponential\": {\"mean\": 180}}", "{\"erlang\": {\"mean\": 180, \"k\": 0}}"),
      expected: ["callTypes[0].talk.erlang.k: 0 is out of range (1 to 1000)"]),
    Case(
      name: "lognormal of no spread",
      document: edit(
        "{\"exponential\": {\"mean\": 180}}", "{\"lognormal\": {\"mean\": 180, \"sd\": 0}}"),
      expected: ["callTypes[0].talk.lognormal.sd: must be greater than zero"]),
    Case(
      name: "empirical weights all zero",
      document: edit(
        "{\"exponential\": {\"mean\": 180}}",
        "{\"empirical\": {\"values\": [60], \"weights\": [0]}}"),
      expected: ["callTypes[0].talk.empirical.weights: weights must not all be zero"]),
    Case(
      name: "security failing more than everyone",
      document: callType("\"security\": {\"time\": \"30s\", \"failShare\": 2}"),
      expected: ["callTypes[0].security.failShare: 2 is not a probability between 0 and 1"]),
    Case(
      name: "negative interpretation share",
      document: callType(
        "\"interpretation\": {\"share\": -0.1, \"connect\": \"2m\", \"extraTalk\": \"5m\"}"),
      expected: ["callTypes[0].interpretation.share: -0.1 is not a probability between 0 and 1"]),
    Case(
      name: "an outbound outcome inbound", document: callType("\"outcomes\": {\"No Answer\": 1}"),
      expected: [
        "callTypes[0].outcomes[\"No Answer\"]: \"No Answer\" ends only a call the agent dialled"
      ]),
    Case(
      name: "outbound outcomes not summing to 1",
      document: callType("\"outboundOutcomes\": {\"Call Resolved\": 0.5}"),
      expected: ["callTypes[0].outboundOutcomes: the shares sum to 0.5, not 1"]),
    Case(
      name: "transfer shares not summing to 1",
      document: transfer(
        "\"targets\": [{\"team\": \"gich\", \"share\": 0.5}], \"consult\": \"1m\""),
      expected: ["callTypes[0].transfer.targets: the shares sum to 0.5, not 1"]),
    Case(
      name: "transfer to an unknown staff number",
      document: transfer("\"targets\": [{\"agent\": \"M010\", \"share\": 1}], \"consult\": \"1m\""),
      expected: [
        "callTypes[0].transfer.targets[0].agent: no agent with staff number \"M010\" on any team's roster"
      ]),
    Case(
      name: "warm transfer without a consultation",
      document: transfer("\"targets\": [{\"team\": \"gich\", \"share\": 1}]"),
      expected: ["callTypes[0].transfer.consult: required key \"consult\" is missing"]),
    Case(
      name: "redial probability above 1",
      document: topLevel("\"redials\": {\"abandoned\": {\"probability\": 1.2, \"delay\": \"5m\"}}"),
      expected: ["redials.abandoned.probability: 1.2 is not a probability between 0 and 1"]),
    Case(
      name: "redial by the same caller, not a boolean",
      document: topLevel(
        "\"redials\": {\"abandoned\": {\"probability\": 0.5, \"delay\": \"5m\","
          + " \"sameCaller\": \"yes\"}}"),
      expected: ["redials.abandoned.sameCaller: expected true or false, found string"]),
    Case(
      name: "shared busyness of an unknown line",
      document: topLevel("\"busyness\": [{\"id\": \"news\", \"cv\": 0.1, \"lines\": [\"mian\"]}]"),
      expected: ["busyness[0].lines[0]: no line \"mian\"", "(did you mean \"main\"?)"]),
    Case(
      name: "a line sharing two busyness factors",
      document: topLevel(
        "\"busyness\": [{\"id\": \"news\", \"cv\": 0.1, \"lines\": [\"main\"]},"
          + " {\"id\": \"weather\", \"cv\": 0.2, \"lines\": [\"main\"]}]"),
      expected: [
        "busyness[1].lines[0]: line \"main\" already shares busyness \"news\"; a line has at"
          + " most one shared factor"
      ]),
    Case(
      name: "two shared busyness factors of one id",
      document: topLevel(
        "\"busyness\": [{\"id\": \"news\", \"cv\": 0.1, \"lines\": [\"main\"]},"
          + " {\"id\": \"news\", \"cv\": 0.2, \"lines\": [\"second\"]}]"
      ).replacingOccurrences(
        of: "\"lines\": [{",
        with: "\"lines\": [{\"id\": \"second\", \"callType\": \"general\","
          + " \"arrivals\": {\"perHour\": 5}}, {"),
      expected: ["busyness[1].id: duplicate id \"news\""]),
    Case(
      name: "a line listed twice in a shared busyness",
      document: topLevel(
        "\"busyness\": [{\"id\": \"news\", \"cv\": 0.1, \"lines\": [\"main\", \"main\"]}]"),
      expected: ["busyness[0].lines[1]: line \"main\" is listed twice"]),
    Case(
      name: "a shared busyness of absurd cv",
      document: topLevel("\"busyness\": [{\"id\": \"news\", \"cv\": 12, \"lines\": [\"main\"]}]"),
      expected: ["busyness[0].cv: a coefficient of variation over 10 is absurd"]),
    Case(
      name: "a shared busyness with no line",
      document: topLevel("\"busyness\": [{\"id\": \"news\", \"cv\": 0.1, \"lines\": []}]"),
      expected: ["busyness[0].lines: must not be empty"]),
    Case(
      name: "call-backs due at once",
      document: topLevel("\"outbound\": {\"callBacks\": {\"due\": 0}}"),
      expected: ["outbound.callBacks.due: must be longer than zero"]),
    Case(
      name: "call-backs by nobody known",
      document: topLevel("\"outbound\": {\"callBacks\": {\"due\": \"2h\", \"by\": \"manager\"}}"),
      expected: [
        "outbound.callBacks.by: \"manager\" is not who makes call-backs (one of: caseworker, team)"
      ]),
    Case(
      name: "activity plan window backwards",
      document: topLevel(
        "\"outbound\": {\"activityPlans\": [{\"team\": \"gich\", \"callType\": \"general\", \"perHour\": 6, \"from\": \"16:00\", \"to\": \"10:00\", \"due\": \"4h\"}]}"
      ),
      expected: ["outbound.activityPlans[0].to: the window ends before it starts"]),
    Case(
      name: "reserve of no agents",
      document: topLevel(
        "\"outbound\": {\"reserve\": [{\"team\": \"gich\", \"agents\": 0, \"from\": \"10:00\", \"to\": \"12:00\"}]}"
      ),
      expected: ["outbound.reserve[0].agents: 0 is out of range (1 to 100000)"]),
    Case(
      name: "negative retry delay",
      document: topLevel(
        "\"outbound\": {\"retry\": {\"No Answer\": {\"after\": -1, \"maxAttempts\": 3}}}"),
      expected: ["outbound.retry[\"No Answer\"].after: duration -1 must not be negative"]),
    // Found by scripts/fuzz.sh: a reference to a segment (team, plan) whose declaration did not
    // decode pointed past the list and crashed building the configuration.
    Case(
      name: "transfer to a segment whose declaration is wrong",
      document: topLevel("\"segments\": [{\"id\": \" a\"}]").replacingOccurrences(
        of: "{\"mean\": 180}}",
        with: "{\"mean\": 180}}, \"outcomes\": {\"Call Resolved\": 0.9, \"Call Transferred\":"
          + " 0.1}, \"transfer\": {\"targets\": [{\"segment\": \" a\", \"share\": 1}],"
          + " \"consult\": \"1m\"}"),
      expected: ["segments[0].id: \" a\" is not a usable name"]),
    // Rang for ever at one instant: a hang, not a run.
    Case(
      name: "callers who always ring again at once",
      document: topLevel("\"redials\": {\"abandoned\": {\"probability\": 1, \"delay\": 0}}"),
      expected: [
        "redials.abandoned.delay: the mean, 0s, is shorter than 1s, the least mean delay before a"
          + " redial the format allows"
      ]),
    Case(
      name: "call-backs that beget call-backs in no time",
      document: topLevel("\"outbound\": {\"callBacks\": {\"due\": \"1h\"}}")
        .replacingOccurrences(
          of: "{\"exponential\": {\"mean\": 180}}",
          with: "0, \"outboundOutcomes\": {\"Call-back Request\": 1}"),
      expected: [
        "callTypes[0].outboundOutcomes: every call-back would end in a Call-back Request and"
          + " bring another at once"
      ]),
    Case(
      name: "gamma of an absurd spread",
      document: edit(
        "{\"exponential\": {\"mean\": 180}}", "{\"gamma\": {\"mean\": 1, \"sd\": 1e9}}"),
      expected: [
        "callTypes[0].talk.gamma.sd: sd 11574d1h46m40s is more than 100 times the mean 1s"
      ]),
    Case(
      name: "casegroups past 2^31 between the teams",
      document: edit(
        "[{\"id\": \"gich\", \"agents\": 5, \"handles\": [\"general\"]}]",
        "["
          + (0..<22).map {
            "{\"id\": \"t\($0)\", \"agents\": 1, \"casegroups\": 100000000, \"handles\": [\"general\"]}"
          }.joined(separator: ", ") + "]"),
      expected: [
        "teams[21].casegroups: the teams own 2200000000 casegroups up to this one, more than the"
          + " 2147483647"
      ]),
    Case(
      name: "rosters of more than ten million agents",
      document: edit(
        "[{\"id\": \"gich\", \"agents\": 5, \"handles\": [\"general\"]}]",
        "["
          + (0..<101).map { "{\"id\": \"t\($0)\", \"agents\": 100000, \"handles\": [\"general\"]}" }
          .joined(separator: ", ") + "]"),
      expected: [
        "teams: the rosters list 10100000 agents between them, more than the 10000000 a scenario"
          + " may have"
      ]),
  ]

  @Test(arguments: cases)
  func rejectedWithPath(_ testCase: Case) throws {
    let path = CLI.write(testCase.document)
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
    for (name, text) in testCase.files {
      try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let result = CLI.run("validate", path)
    #expect(result.code == 65, "\(testCase.name): exit \(result.code)\n\(result.err)")
    for fragment in testCase.expected {
      #expect(result.err.contains(fragment), "\(testCase.name): no \(fragment) in\n\(result.err)")
    }
    #expect(result.err.hasPrefix(path), "\(testCase.name): the message names the file")
    #expect(result.out.isEmpty)
    let run = CLI.run("run", path)
    #expect(run.code == 65 && run.out.isEmpty, "\(testCase.name): run must not start")
  }

  @Test func theTableCoversEverySection() {
    #expect(Self.cases.count >= 60)
    #expect(Set(Self.cases.map(\.name)).count == Self.cases.count, "case names are unique")
  }

  @Test func everyProblemIsListedAtOnce() {
    let document = Self.edit("\"agents\": 5", "\"agents\": -1").replacingOccurrences(
      of: "\"2h\"", with: "\"2x\"")
    let result = CLI.run("validate", CLI.write(document))
    #expect(result.code == 65)
    #expect(result.err.contains("duration:") && result.err.contains("teams[0].agents:"))
    #expect(result.err.contains("2 problems found"))
  }

  @Test func jsonFormatListsErrorsOnStdout() {
    let result = CLI.run(
      "validate", CLI.write(Self.edit("\"agents\": 5", "\"agnets\": 5")), "--format", "json")
    #expect(result.code == 65)
    #expect(result.out.contains("\"valid\": false"))
    #expect(result.out.contains("\"path\": \"teams[0].agnets\""))
    #expect(result.out.contains("\"code\": \"unknownKey\""))
  }
}
