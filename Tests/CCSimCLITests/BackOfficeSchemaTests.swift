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
    let documents = try Self.ruleCases.map { name in
      (
        name: name,
        document: try #require(
          MalformedBackOfficeTests.cases.first { $0.name == name }, "\(name)"
        ).document
      )
    }
    try SchemaValidationTests.expectRefused(documents, base: MalformedBackOfficeTests.base)
  }
}
