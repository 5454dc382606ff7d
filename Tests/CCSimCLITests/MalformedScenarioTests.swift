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

    var testDescription: String { name }
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

  static let cases: [Case] = [
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

  @Test(arguments: cases)
  func rejectedWithPath(_ testCase: Case) {
    let path = CLI.write(testCase.document)
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
