import Foundation
import Scenario
import TestSupport
import Testing

/// `ccsim schema` holds a standard validator (Python's `jsonschema`, draft 2020-12) to what
/// `ccsim validate` decides, both ways: every scenario `validate` accepts — the examples and
/// random ones — the schema accepts; every malformed scenario `validate` refuses for a wrong
/// type, an unknown or missing key, or a value out of range, the schema refuses too. (Rules
/// between keys — references, sums, orderings — are `validate`'s alone.)
///
/// The validator: `JSONSchemaValidator` (python3 with jsonschema).
@Suite(.serialized) struct SchemaValidationTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func verdicts(schema: String, files: [String]) throws -> [String: String] {
    try JSONSchemaValidator.verdicts(schema: schema, files: files)
  }

  /// A standard validator, given the scenario schema, accepts `base` and refuses every one of
  /// `documents` (named for the messages).
  static func expectRefused(_ documents: [(name: String, document: String)], base: String)
    throws
  {
    let paths = documents.map { (name: $0.name, path: CLI.write($0.document)) }
    let basePath = CLI.write(base)
    let verdicts = try Self.verdicts(
      schema: FileFormat.scenario.schema, files: paths.map(\.path) + [basePath])
    #expect(verdicts[basePath] == "valid", "the base: \(verdicts[basePath] ?? "no verdict")")
    for (name, path) in paths {
      let verdict = verdicts[path] ?? "no verdict"
      #expect(verdict.hasPrefix("invalid"), "\(name): the schema says \(verdict)")
    }
  }

  static func skipUnlessAvailable() -> Bool {
    if JSONSchemaValidator.isAvailable { return false }
    if JSONSchemaValidator.isRequired {
      Issue.record("python3 with jsonschema is required (CCSIM_REQUIRE_JSONSCHEMA=1)")
    }
    return true
  }

  @Test func everyScenarioValidateAcceptsTheSchemaAccepts() throws {
    if Self.skipUnlessAvailable() { return }
    let scenarios = try FileManager.default.subpathsOfDirectory(
      atPath: Self.repository.appendingPathComponent("scenarios").path
    ).filter {
      $0.hasSuffix(".json") && !$0.hasPrefix("sweeps/") && !$0.hasPrefix("routing-tests/")
        && !$0.hasPrefix("data/")
    }.map { Self.repository.appendingPathComponent("scenarios/\($0)").path }
    var random: [String] = []
    for seed in 0..<40 {
      let text = RandomScenario(seed: UInt64(seed)).json
      let path = CLI.write(text)
      guard CLI.run("validate", path).code == 0 else { continue }
      random.append(path)
    }
    #expect(scenarios.count >= 10 && random.count >= 30)
    let verdicts = try Self.verdicts(schema: FileFormat.scenario.schema, files: scenarios + random)
    for path in scenarios + random {
      #expect(verdicts[path] == "valid", "\(path): \(verdicts[path] ?? "no verdict")")
    }
  }

  /// The codes of the problems `validate --format json` lists for `path`, with their messages.
  static func problems(_ path: String) -> [(code: String, message: String)] {
    let result = CLI.run("validate", path, "--format", "json")
    guard
      let object = try? JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any],
      let errors = object["errors"] as? [[String: Any]]
    else { return [] }
    return errors.map { ($0["code"] as? String ?? "", $0["message"] as? String ?? "") }
  }

  /// Whether a problem is one a schema states: a type, a key, a range.
  static func isSchemaProblem(_ problem: (code: String, message: String)) -> Bool {
    switch problem.code {
    case "wrongType", "unknownKey": return true
    // A key required because of another key's value ("… is missing: incidents are assigned")
    // is a rule between keys.
    case "missingKey": return problem.message.hasSuffix("is missing")
    case "invalidValue":
      return [
        "out of range", "is not a probability", "must not be negative",
        "must be longer than zero", "is not a usable name", "too long for a name",
        "is not a duration", "must not be empty",
      ].contains { problem.message.contains($0) }
    default: return false
    }
  }

  @Test func everyTypeKeyOrRangeProblemTheSchemaRefusesToo() throws {
    if Self.skipUnlessAvailable() { return }
    var schemaCases: [(name: String, path: String)] = []
    for testCase in MalformedScenarioTests.cases + MalformedBackOfficeTests.cases
    where testCase.files.isEmpty {
      let path = CLI.write(testCase.document)
      if Self.problems(path).contains(where: Self.isSchemaProblem) {
        schemaCases.append((testCase.name, path))
      }
    }
    #expect(schemaCases.count >= 40, "the table has cases of every kind")
    let verdicts = try Self.verdicts(
      schema: FileFormat.scenario.schema, files: schemaCases.map(\.path))
    for (name, path) in schemaCases {
      let verdict = verdicts[path] ?? "no verdict"
      #expect(verdict.hasPrefix("invalid"), "\(name): the schema says \(verdict)")
    }
  }
}
