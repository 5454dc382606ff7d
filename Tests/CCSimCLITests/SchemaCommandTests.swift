import Foundation
import Testing

@testable import Scenario

/// `ccsim schema` prints a JSON Schema that names exactly the keys the decoder accepts.
struct SchemaCommandTests {
  @Test func printsTheSchemaOfEveryTopLevelKey() throws {
    let result = CLI.run("schema")
    #expect(result.code == 0)
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect((schema["$schema"] as? String)?.contains("2020-12") == true)
    let properties = try #require(schema["properties"] as? [String: Any])
    #expect(Set(properties.keys) == Set(ScenarioDecoder.topLevelKeys))
    #expect(schema["additionalProperties"] as? Bool == false)
    #expect((schema["required"] as? [String])?.contains("duration") == true)
    #expect(result.out.contains("Customer Related Clerical Work"))
    #expect(result.out.contains("validScin") && result.out.contains("thirdParty"))
    for outcome in [
      "Bogus Call – Security Report", "Voicemail – Message left", "Call-back Request",
    ] {
      #expect(result.out.contains("\"\(outcome)\""))
    }
  }

  @Test func helpAndBadArguments() {
    #expect(CLI.run("schema", "--help").out.hasPrefix("Usage: ccsim schema"))
    #expect(CLI.run("schema", "extra").code == 64)
  }
}
