import Scenario
import Testing

/// The rules between keys of `aac`, `incidents` and `exceptions` that a schema can state
/// (`if`/`then`, `dependentRequired`): a standard validator refuses what `validate` refuses.
struct BackOfficeSchemaTests {
  /// Cases of MalformedBackOfficeTests that break such a rule.
  static let ruleCases = [
    "assigned with no domains", "failed resolutions with nowhere to go",
    "emailed resolutions that never work", "caseworker triage with no teams",
    "incidents without AAC",
  ]

  @Test func theSchemaRefusesWhatTheRulesBetweenKeysRefuse() throws {
    if SchemaValidationTests.skipUnlessAvailable() { return }
    var paths: [(name: String, path: String)] = []
    for name in Self.ruleCases {
      let testCase = try #require(
        MalformedBackOfficeTests.cases.first { $0.name == name }, "\(name)")
      paths.append((name, CLI.write(testCase.document)))
    }
    let base = CLI.write(MalformedBackOfficeTests.base)
    let verdicts = try SchemaValidationTests.verdicts(
      schema: FileFormat.scenario.schema, files: paths.map(\.path) + [base])
    #expect(verdicts[base] == "valid", "the base: \(verdicts[base] ?? "no verdict")")
    for (name, path) in paths {
      let verdict = verdicts[path] ?? "no verdict"
      #expect(verdict.hasPrefix("invalid"), "\(name): the schema says \(verdict)")
    }
  }
}
