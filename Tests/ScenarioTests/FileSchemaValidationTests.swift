import Foundation
import SimKernel
import TestSupport
import Testing

@testable import Scenario

/// `ccsim schema sweep` and `ccsim schema routing-tests` held to their decoders by a standard
/// validator (`JSONSchemaValidator`), both ways: every file the decoder accepts — the examples
/// and the tests' files — the schema accepts; every malformed file the decoder refuses for a
/// wrong type, an unknown or missing key or a value out of range, the schema refuses too. (Rules
/// between keys and what a file names in its scenario are the decoders' alone.)
@Suite(.serialized) struct FileSchemaValidationTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func skipUnlessAvailable() -> Bool {
    if JSONSchemaValidator.isAvailable { return false }
    if JSONSchemaValidator.isRequired {
      Issue.record("python3 with jsonschema is required (CCSIM_REQUIRE_JSONSCHEMA=1)")
    }
    return true
  }

  /// `text` in a fresh file, for the validator; its path.
  static func write(_ text: String) -> String {
    let url = TestDirectory.file("ccsim-file-schema")
    try! text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  /// The example files of `folder` under scenarios/.
  static func examples(_ folder: String) throws -> [String] {
    let directory = repository.appendingPathComponent("scenarios/\(folder)")
    return try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".json") }.sorted()
      .map { directory.appendingPathComponent($0).path }
  }

  /// Whether a problem is one a schema states: a type, a key, a range, an enumerated value, or
  /// one of the rules between keys that the schemas state too.
  static func isSchemaProblem(_ error: ScenarioError) -> Bool {
    switch error.code {
    case .wrongType, .unknownKey: return true
    // "required key "branch" is missing: the IVR branch …" depends on the line.
    case .missingKey: return error.message.hasSuffix("is missing")
    case .invalidValue:
      // A casegroup's number goes up to the scenario's last; a schema compares whole
      // variants, not their names; reason codes are the scenario's vocabulary's, which the
      // routing tests' schema cannot see.
      if error.path.hasSuffix("caller.casegroup") || error.path.hasSuffix(".name") {
        return false
      }
      return [
        "out of range", "is not a whole number", "is not a clock time", "must not be empty",
        "is not a usable name", "is not a duration",
        "must be longer than zero", "is not a demand factor", "must name at least one team",
        "each level must be different", "is not a path", "is not an agent state",
        "expects nothing", "goes with", "give one of",
        "offered to nobody", "never queues",
        // The schema refuses more than a day as a number, or as days; not "25h".
        "a check waits at most a day",
      ].contains { error.message.contains($0) }
    default: return false
    }
  }

  /// The problems of the sweep file itself (not those of its scenario or of a variant).
  static func sweepErrors(_ text: String) -> [ScenarioError] {
    do {
      _ = try SweepLoaderTests.load(text)
      return []
    } catch .invalid(let errors) {
      return errors.filter { $0.file.hasSuffix("/sweep.json") }
    } catch {
      return []
    }
  }

  static func routingErrors(_ cases: String, top: String) -> [ScenarioError] {
    do {
      _ = try RoutingTestFileTests.decode(cases, top: top)
      return []
    } catch .invalid(let errors) {
      return errors.filter { $0.file == "tests.json" }
    } catch {
      return []
    }
  }

  /// Sweeps that use every key, beside the examples and SweepLoaderTests.everyFactor.
  static let validSweeps = [
    SweepLoaderTests.everyFactor,
    #"{"scenario": "base.json"}"#,
    """
    {"name": "every key", "description": "d", "scenario": "base.json",
     "seed": 18446744073709551615, "replications": 2,
     "factors": {"agents": {"gich": [0, 5], "rota": [3]},
                 "variant": [{"name": "a", "description": "as it is"},
                             {"name": "b", "patches": [
                               {"path": "teams[id=gich].agents", "value": 7},
                               {"path": "serviceLevel", "value": {"threshold": "30s", "target": 0.9}},
                               {"path": "lines[+1].arrivals", "value": {"perHour": 30}}]}],
                 "demand": [0.5, 1000]}}
    """,
  ]

  /// Malformed sweeps beyond SweepLoaderTests.malformed: a type or range at every level.
  static let moreMalformedSweeps = [
    #"{"scenario": "base.json", "replications": "3"}"#,
    #"{"scenario": "base.json", "seed": -1}"#,
    #"{"scenario": " base.json"}"#,
    #"{"scenario": "base.json", "factors": []}"#,
    #"{"scenario": "base.json", "factors": {"agents": {}}}"#,
    #"{"scenario": "base.json", "factors": {"agents": {"gich": []}}}"#,
    #"{"scenario": "base.json", "factors": {"agents": {"gich": [1.5]}}}"#,
    #"{"scenario": "base.json", "factors": {"demand": [1001]}}"#,
    #"{"scenario": "base.json", "factors": {"variant": []}}"#,
    #"{"scenario": "base.json", "factors": {"variant": [{"description": "no name"}]}}"#,
    #"{"scenario": "base.json", "factors": {"variant": [{"name": "a", "patches": []}]}}"#,
    #"{"scenario": "base.json", "factors": {"variant": [{"name": "a", "patches": [{"path": "x"}]}]}}"#,
    #"{"scenario": "base.json", "factors": {"variant": [{"name": "a", "patches": [{"path": "a..b", "value": 1}]}]}}"#,
  ]

  @Test func everySweepTheDecoderAcceptsTheSchemaAccepts() throws {
    if Self.skipUnlessAvailable() { return }
    let examples = try Self.examples("sweeps")
    for path in examples { #expect(throws: Never.self) { try SweepLoader.load(path: path) } }
    for text in Self.validSweeps { #expect(Self.sweepErrors(text).isEmpty, "\(text)") }
    let files = examples + Self.validSweeps.map(Self.write)
    #expect(examples.count >= 1)
    let verdicts = try JSONSchemaValidator.verdicts(schema: FileFormat.sweep.schema, files: files)
    for path in files {
      #expect(verdicts[path] == "valid", "\(path): \(verdicts[path] ?? "no verdict")")
    }
  }

  @Test func everyTypeKeyOrRangeProblemOfASweepTheSchemaRefusesToo() throws {
    if Self.skipUnlessAvailable() { return }
    var cases: [(name: String, path: String)] = []
    for test in SweepLoaderTests.malformed
    where Self.sweepErrors(test.sweep).contains(where: Self.isSchemaProblem) {
      cases.append((test.name, Self.write(test.sweep)))
    }
    #expect(cases.count >= 8, "the table has cases of every kind")
    for text in Self.moreMalformedSweeps {
      #expect(Self.sweepErrors(text).contains(where: Self.isSchemaProblem), "\(text)")
      cases.append((text, Self.write(text)))
    }
    let verdicts = try JSONSchemaValidator.verdicts(
      schema: FileFormat.sweep.schema, files: cases.map(\.path))
    for (name, path) in cases {
      let verdict = verdicts[path] ?? "no verdict"
      #expect(verdict.hasPrefix("invalid"), "\(name): the schema says \(verdict)")
    }
  }

  /// Tests files of cms-day.json that use every key, beside the examples.
  static let validRoutingTests: [(cases: String, top: String)] = [
    (RoutingTestFileTests.testCase(), ""),
    (
      RoutingTestFileTests.testCase(
        caller:
          #"{"line": "client-maintenance", "callType": "payment-query", "branch": "validScin", "casegroup": 3}"#,
        agents:
          #"{"maintenance-north": "ready", "MN101": {"state": "busy", "for": "45s"}, "MN102": {"state": "notReady"}, "MN103": "loggedOut"}"#,
        expect:
          #"{"queue": "owner-first", "waits": false, "agent": "MN101", "team": "maintenance-north", "step": "owner", "path": ["owner"], "skipped": [], "wait": "0s"}"#,
        extra: #", "description": "d", "time": "10:30", "day": 1, "within": 86400"#),
      #" "description": "d", "defaults": {"time": "10:30", "day": 1, "within": "1d", "otherAgents": {"state": "notReady", "reason": "Lunch", "for": "5m"}},"#
    ),
    (
      RoutingTestFileTests.testCase(
        caller: #"{"line": "employer", "branch": "hangUp"}"#, expect: #"{"hangsUp": true}"#),
      #" "defaults": {"otherAgents": "notReady", "within": "23h59m"},"#
    ),
    (
      RoutingTestFileTests.testCase(
        caller:
          #"{"line": "client-payments", "branch": "validScin", "orphaned": "maintenance-south"}"#,
        expect: #"{"waits": true, "queue": "gich", "path": ["gich"]}"#),
      ""
    ),
  ]

  /// Malformed tests files beyond RoutingTestFileTests.cases: a type or range at every level.
  static let moreMalformedRoutingTests: [(cases: String, top: String)] = [
    (RoutingTestFileTests.testCase(), #" "defaults": {"day": 0},"#),
    (RoutingTestFileTests.testCase(), #" "defaults": {"within": 0},"#),
    (RoutingTestFileTests.testCase(), #" "defaults": {"within": 86401},"#),
    (RoutingTestFileTests.testCase(), #" "defaults": {"time": "25:00"},"#),
    (RoutingTestFileTests.testCase(), #" "scenario2": 1,"#),
    (RoutingTestFileTests.testCase(extra: #", "within": "1d1s""#), ""),
    (RoutingTestFileTests.testCase(agents: #"{"MN101": 3}"#), ""),
    (RoutingTestFileTests.testCase(agents: #"{"MN101": {"reason": "Lunch"}}"#), ""),
    (RoutingTestFileTests.testCase(agents: #"{"MN101": {"state": "ready", "mood": 1}}"#), ""),
    (RoutingTestFileTests.testCase(caller: #"{"line": 7, "branch": "noScin"}"#), ""),
    (RoutingTestFileTests.testCase(caller: #"{"branch": "noScin"}"#), ""),
    (RoutingTestFileTests.testCase(expect: #"{"waits": "yes"}"#), ""),
    (RoutingTestFileTests.testCase(expect: #"{"path": "owner"}"#), ""),
    (RoutingTestFileTests.testCase(expect: #"{"wait": "soon"}"#), ""),
    (#"{"caller": {"line": "employer", "branch": "hangUp"}, "expect": {"hangsUp": true}}"#, ""),
  ]

  @Test func everyRoutingTestsFileTheDecoderAcceptsTheSchemaAccepts() throws {
    if Self.skipUnlessAvailable() { return }
    let examples = try Self.examples("routing-tests")
    for path in examples {
      #expect(throws: Never.self) { try RoutingTestSuite.load(path: path) }
    }
    for (cases, top) in Self.validRoutingTests {
      #expect(Self.routingErrors(cases, top: top).isEmpty, "\(cases)")
    }
    let files =
      examples
      + Self.validRoutingTests.map { Self.write(RoutingTestFileTests.document($0, top: $1)) }
    #expect(examples.count >= 1)
    let verdicts = try JSONSchemaValidator.verdicts(
      schema: FileFormat.routingTests.schema, files: files)
    for path in files {
      #expect(verdicts[path] == "valid", "\(path): \(verdicts[path] ?? "no verdict")")
    }
  }

  @Test func everyTypeKeyOrRangeProblemOfARoutingTestTheSchemaRefusesToo() throws {
    if Self.skipUnlessAvailable() { return }
    var cases: [(name: String, path: String)] = []
    for test in RoutingTestFileTests.cases
    where Self.routingErrors(test.cases, top: test.top).contains(where: Self.isSchemaProblem) {
      cases.append(
        (test.name, Self.write(RoutingTestFileTests.document(test.cases, top: test.top))))
    }
    #expect(cases.count >= 10, "the table has cases of every kind")
    for (text, top) in Self.moreMalformedRoutingTests {
      let errors = Self.routingErrors(text, top: top)
      #expect(errors.contains(where: Self.isSchemaProblem), "\(text) \(top): \(errors)")
      cases.append((text + top, Self.write(RoutingTestFileTests.document(text, top: top))))
    }
    let verdicts = try JSONSchemaValidator.verdicts(
      schema: FileFormat.routingTests.schema, files: cases.map(\.path))
    for (name, path) in cases {
      let verdict = verdicts[path] ?? "no verdict"
      #expect(verdict.hasPrefix("invalid"), "\(name): the schema says \(verdict)")
    }
  }

  /// The schema's pattern of patch paths accepts exactly the paths `JSONPatch.steps` parses:
  /// every string of up to 5 characters from the characters that matter, and random longer
  /// ones.
  @Test func thePatchPathPatternIsTheParsersGrammar() throws {
    let schema = try JSONParser.parse(FileFormat.sweep.schema)
    func member(_ node: JSONNode, _ key: String) -> JSONNode? {
      node.schemaMembers.first { $0.0 == key }?.1
    }
    let path = try #require(
      member(schema, "$defs").flatMap { member($0, "patch") }
        .flatMap { member($0, "properties") }.flatMap { member($0, "path") }
        .flatMap { member($0, "pattern") })
    guard case .string(let pattern) = path.value else {
      Issue.record("no pattern")
      return
    }
    let regex = try NSRegularExpression(pattern: pattern)
    func matches(_ text: String) -> Bool {
      regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
    let alphabet = Array("a.[]=0+\"-")
    var texts: [String] = [""]
    var frontier = [""]
    for _ in 1...5 {
      frontier = frontier.flatMap { prefix in alphabet.map { prefix + String($0) } }
      texts += frontier
    }
    for seed in 0..<2000 {
      var random = SplitMix64(seed: UInt64(seed))
      let length = Int(random.next() % 16) + 6
      texts.append(
        String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
    }
    for text in texts {
      let parses = (try? JSONPatch.steps(text)) != nil
      #expect(matches(text) == parses, "\"\(text)\": the parser says \(parses)")
    }
  }
}
