import Testing

/// Every malformed AAC, incidents or exceptions section exits 65 with the JSON path and the
/// problem.
struct MalformedBackOfficeTests {
  static let base = """
    {
      "name": "back office",
      "duration": "8h",
      "start": "08:00",
      "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 60}},
                {"id": "aac-ply", "kind": "aac", "callType": "incident"},
                {"id": "aac-has", "kind": "aac", "callType": "incident"}],
      "callTypes": [{"id": "general", "talk": 180}, {"id": "incident", "talk": "8m"}],
      "teams": [{"id": "maint-1", "agents": 3, "handles": ["general"]},
                {"id": "maint-2", "agents": 3, "handles": ["general"]},
                {"id": "aac-desk", "agents": 2, "handles": ["incident"]}],
      "aac": {
        "areas": [{"prefix": "PLY", "name": "Plymouth", "line": "aac-ply", "teams": ["maint-1"]},
                  {"prefix": "HAS", "name": "Hastings", "line": "aac-has", "teams": ["maint-2"]}],
        "evaluation": {
          "reject": {"share": 0.15, "reasons": {"Required information missing": 0.6,
                                                "Local IT matter": 0.4}},
          "resolve": {"share": 0.35, "success": 0.85},
          "callBack": {"share": 0.15, "after": "2h", "talk": "10m", "success": 0.8},
          "assign": {"share": 0.35,
                     "domains": [{"domain": "Policy", "share": 0.4, "delay": "1d"},
                                 {"domain": "Live Service Support", "share": 0.6, "delay": "2d"}],
                     "emailSuccess": 0.9, "response": "10m", "respondWithin": "24h"}
        }
      },
      "incidents": {
        "perCaseworkerHour": 0.03,
        "local": {"procedures": {"time": "5m", "solves": 0.3},
                  "teamLeader": {"time": "10m", "solves": 0.2}},
        "document": "10m", "approval": "30m"
      },
      "exceptions": {
        "at": "02:00", "reportsPerBatch": 40,
        "reasons": {"Transition date not set": 0.6, "CSA liability not ended": 0.4},
        "triage": {"technicalSkip": 0.4, "ams": 0.25, "caseworker": 0.35},
        "amsFixed": 0.7, "work": "20m", "teams": ["maint-1"],
        "reserve": [{"team": "maint-1", "agents": 1, "from": "14:00", "to": "15:00"}]
      }
    }
    """

  static func edit(_ from: String, _ to: String) -> String {
    precondition(base.contains(from), "the base has no \(from)")
    return base.replacingOccurrences(of: from, with: to)
  }

  /// The base with the text from `start` through `end` (the first `end` after it) replaced.
  static func cut(_ start: String, through end: String, with replacement: String = "") -> String {
    guard let from = base.range(of: start),
      let to = base.range(of: end, range: from.upperBound..<base.endIndex)
    else { preconditionFailure("the base has no \(start) … \(end)") }
    return base.replacingCharacters(in: from.lowerBound..<to.upperBound, with: replacement)
  }

  static let cases: [MalformedScenarioTests.Case] = [
    .init(
      name: "AAC line with an IVR",
      document: edit(
        "\"aac-ply\", \"kind\": \"aac\", \"callType\": \"incident\"}",
        "\"aac-ply\", \"kind\": \"aac\", \"callType\": \"incident\", \"ivr\": {}}"),
      expected: ["lines[1].ivr: AAC lines have no IVR"]),
    .init(
      name: "line kind in capitals",
      document: edit("\"aac-ply\", \"kind\": \"aac\"", "\"aac-ply\", \"kind\": \"AAC\""),
      expected: [
        "lines[1].kind: \"AAC\" is not a line kind (one of: client, employer, directDial, aac)"
      ]),
    .init(
      name: "nobody answers AAC",
      document: edit("\"handles\": [\"incident\"]", "\"handles\": [\"general\"]"),
      expected: [
        "lines[1]: no team handles this line's calls: give the line a \"plan\", or list its call"
          + " type in the \"handles\" of AAC's team",
        "lines[2]: no team handles this line's calls",
      ]),
    .init(
      name: "prefix not in capitals", document: edit("\"PLY\"", "\"Ply\""),
      expected: [
        "aac.areas[0].prefix: \"Ply\" is not an incident-number prefix (three capital letters,"
          + " e.g. \"PLY\")"
      ]),
    .init(
      name: "prefix used twice", document: edit("\"HAS\"", "\"PLY\""),
      expected: ["aac.areas[1].prefix: duplicate prefix \"PLY\" (also areas[0])"]),
    .init(
      name: "area on a client line", document: edit("\"line\": \"aac-ply\"", "\"line\": \"main\""),
      expected: [
        "aac.areas[0].line: line \"main\" is a client line: an area's line has \"kind\": \"aac\"",
        "lines[1].kind: no AAC area has this line: name it as the \"line\" of an area in"
          + " aac.areas",
      ]),
    .init(
      name: "two areas on one line",
      document: edit("\"line\": \"aac-has\"", "\"line\": \"aac-ply\""),
      expected: [
        "aac.areas[1].line: this line is already the line of area \"PLY\": each area has its own"
          + " line",
        "lines[2].kind: no AAC area has this line",
      ]),
    .init(
      name: "unknown area line", document: edit("\"line\": \"aac-has\"", "\"line\": \"aac-hs\""),
      expected: ["aac.areas[1].line: no line \"aac-hs\" (did you mean \"aac-has\"?)"]),
    .init(
      name: "team in two areas",
      document: edit("\"teams\": [\"maint-2\"]", "\"teams\": [\"maint-1\"]"),
      expected: [
        "aac.areas[1].teams[0]: this team is already in area \"PLY\": a team's caseworkers ring"
          + " one area's line"
      ]),
    .init(
      name: "unknown area team",
      document: edit("\"teams\": [\"maint-2\"]", "\"teams\": [\"maint2\"]"),
      expected: [
        "aac.areas[1].teams[0]: no team \"maint2\" (did you mean \"maint-2\" or \"maint-1\"?)"
      ]),
    .init(
      name: "evaluation key misspelt", document: edit("\"callBack\"", "\"callback\""),
      expected: [
        "aac.evaluation.callback: unknown key \"callback\" (did you mean \"callBack\"?)",
        "aac.evaluation: the shares sum to 0.85, not 1",
      ]),
    .init(
      name: "evaluation shares short of 1",
      document: edit("\"share\": 0.15, \"after\"", "\"share\": 0.05, \"after\""),
      expected: ["aac.evaluation: the shares sum to 0.9, not 1"]),
    .init(
      name: "rejections without reasons",
      document: cut("\"reasons\": {\"Required", through: "0.4}", with: "\"reason\": \"IT\""),
      expected: [
        "aac.evaluation.reject.reason: unknown key \"reason\" (did you mean \"reasons\"?)",
        "aac.evaluation.reject.reasons: required key \"reasons\" is missing (incidents are"
          + " rejected: share > 0)",
      ]),
    .init(
      name: "rejection reasons short of 1",
      document: edit("\"Local IT matter\": 0.4", "\"Local IT matter\": 0.3"),
      expected: ["aac.evaluation.reject.reasons: the shares sum to 0.8999999999999999, not 1"]),
    .init(
      name: "Expert Domain misspelt",
      document: edit("\"Live Service Support\"", "\"Live Service Suport\""),
      expected: [
        "aac.evaluation.assign.domains[1].domain: \"Live Service Suport\" is not an Expert Domain"
          + " (did you mean \"Live Service Support\"?)"
      ]),
    .init(
      name: "Expert Domain twice",
      document: edit("\"Live Service Support\"", "\"Policy\""),
      expected: ["aac.evaluation.assign.domains[1].domain: \"Policy\" is listed twice"]),
    .init(
      name: "domain shares over 1", document: edit("\"share\": 0.6", "\"share\": 0.7"),
      expected: ["aac.evaluation.assign.domains: the shares sum to 1.1, not 1"]),
    .init(
      name: "emailed resolutions that never work",
      document: edit("\"emailSuccess\": 0.9", "\"emailSuccess\": 0"),
      expected: [
        "aac.evaluation.assign.emailSuccess: must be at least 0.01 when incidents are assigned"
          + " (assign.share is 0.35): an incident whose emailed resolutions (almost) never work"
          + " would be escalated for ever"
      ]),
    .init(
      name: "assigned with no domains",
      document: cut("\"domains\": [", through: "\"2d\"}],"),
      expected: [
        "aac.evaluation.assign.domains: required key \"domains\" is missing: incidents are"
          + " assigned to an Expert Domain (assign.share is 0.35)"
      ]),
    .init(
      name: "failed resolutions with nowhere to go",
      document: cut(",\n      \"assign\": {", through: "\"respondWithin\": \"24h\"}")
        .replacingOccurrences(
          of: "\"share\": 0.35, \"success\"", with: "\"share\": 0.7, \"success\""),
      expected: [
        "aac.evaluation.assign: required key \"assign\" is missing: incidents are assigned to an"
          + " Expert Domain (resolve.success is 0.85)"
      ]),
    .init(
      name: "respond within no time",
      document: edit("\"respondWithin\": \"24h\"", "\"respondWithin\": 0"),
      expected: ["aac.evaluation.assign.respondWithin: must be longer than zero"]),
    .init(
      name: "incidents without AAC",
      document: cut("\"aac\": {", through: "\"24h\"}\n    }\n  },\n").replacingOccurrences(
        of: "\"kind\": \"aac\", \"callType\": \"incident\"}",
        with: "\"callType\": \"incident\", \"arrivals\": {\"perHour\": 1}}"),
      expected: [
        "incidents: incidents are raised with AAC: the scenario needs an \"aac\" section"
      ]),
    .init(
      name: "incidents but no team in an area",
      document: edit("\"teams\": [\"maint-1\"]}", "\"teams\": []}").replacingOccurrences(
        of: "\"teams\": [\"maint-2\"]}", with: "\"teams\": []}"),
      expected: [
        "incidents: no team is in an AAC area, so no caseworker could raise an incident: list the"
          + " teams in aac.areas[].teams"
      ]),
    .init(
      name: "local step misspelt", document: edit("\"teamLeader\": {", "\"teamleader\": {"),
      expected: [
        "incidents.local.teamleader: unknown key \"teamleader\" (did you mean \"teamLeader\"?)"
      ]),
    .init(
      name: "local step solves more than all", document: edit("\"solves\": 0.3", "\"solves\": 3"),
      expected: ["incidents.local.procedures.solves: 3 is not a probability between 0 and 1"]),
    .init(
      name: "incident NotReady reason unknown",
      document: edit("\"approval\": \"30m\"", "\"approval\": \"30m\", \"reason\": \"Clerical\""),
      expected: ["incidents.reason: \"Clerical\" is not a NotReady reason code"]),
    .init(
      name: "batch at no clock time", document: edit("\"at\": \"02:00\"", "\"at\": \"2am\""),
      expected: ["exceptions.at: \"2am\" is not a clock time (HH:MM)"]),
    .init(
      name: "exceptions key misspelt",
      document: edit("\"reportsPerBatch\"", "\"reportPerBatch\""),
      expected: [
        "exceptions.reportPerBatch: unknown key \"reportPerBatch\" (did you mean"
          + " \"reportsPerBatch\"?)",
        "exceptions.reportsPerBatch: required key \"reportsPerBatch\" is missing",
      ]),
    .init(
      name: "triage short of 1", document: edit("\"ams\": 0.25", "\"ams\": 0.2"),
      expected: ["exceptions.triage: the shares sum to 0.9500000000000001, not 1"]),
    .init(
      name: "caseworker triage with no teams",
      document: edit(", \"teams\": [\"maint-1\"],\n    \"reserve\"", ",\n    \"reserve\""),
      expected: [
        "exceptions.teams: required key \"teams\" is missing (exception work goes to caseworkers:"
          + " triage.caseworker > 0)"
      ]),
    .init(
      name: "reserve of a team without exception work",
      document: edit(
        "[{\"team\": \"maint-1\", \"agents\": 1", "[{\"team\": \"maint-2\", \"agents\": 1"),
      expected: [
        "exceptions.reserve[0].team: this team takes no exception work: list it in"
          + " exceptions.teams"
      ]),
  ]

  @Test(arguments: cases)
  func rejectedWithPath(_ testCase: MalformedScenarioTests.Case) {
    let path = testCase.expectRejectedByValidate()
    let run = CLI.run("run", path)
    #expect(run.code == 65 && run.out.isEmpty, "\(testCase.name): run must not start")
  }

  @Test func theBaseIsValid() {
    let result = CLI.run("validate", CLI.write(Self.base))
    #expect(result.code == 0, "\(result.err)")
  }
}
