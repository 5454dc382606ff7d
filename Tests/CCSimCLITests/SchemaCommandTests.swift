import ContactCentre
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
    #expect(Set(properties.keys) == Set(ScenarioKeys.format.keys))
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

  /// The properties of the object schema at `path` (keys through `properties` and `$defs`).
  static func propertyNames(_ schema: [String: Any], _ path: [String]) -> Set<String>? {
    var node: Any = schema
    for key in path {
      guard let object = node as? [String: Any], let next = object[key] else { return nil }
      node = next
    }
    return ((node as? [String: Any])?["properties"] as? [String: Any]).map { Set($0.keys) }
  }

  @Test func theBackOfficeSectionsNameExactlyTheDecodersKeys() throws {
    let result = CLI.run("schema")
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    let defs = try #require(schema["$defs"] as? [String: Any])
    let evaluation = ["$defs", "aac", "properties", "evaluation"]
    let expected: [([String], [String])] = [
      (["$defs", "aac"], ScenarioDecoder.aacKeys),
      (["$defs", "aacArea"], ScenarioDecoder.areaKeys),
      (evaluation, ScenarioDecoder.evaluationKeys),
      (evaluation + ["properties", "reject"], ScenarioDecoder.rejectKeys),
      (evaluation + ["properties", "resolve"], ScenarioDecoder.resolveKeys),
      (evaluation + ["properties", "callBack"], ScenarioDecoder.callBackKeys),
      (evaluation + ["properties", "assign"], ScenarioDecoder.assignKeys),
      (["$defs", "domainShare"], ScenarioDecoder.domainKeys),
      (["$defs", "incidents"], ScenarioDecoder.incidentKeys),
      (
        ["$defs", "incidents", "properties", "local"],
        Incidents.LocalStep.allCases.map(\.key)
      ),
      (["$defs", "localStep"], ScenarioDecoder.localStepKeys),
      (["$defs", "exceptions"], ScenarioDecoder.exceptionKeys),
      (["$defs", "exceptions", "properties", "triage"], ScenarioDecoder.triageKeys),
    ]
    for (path, keys) in expected {
      #expect(Self.propertyNames(schema, path) == Set(keys), "\(path.joined(separator: "."))")
    }
    let domains = try #require(defs["expertDomain"] as? [String: Any])
    #expect(domains["enum"] as? [String] == ExpertDomain.allCases.map(\.name))
    let lineKind = try #require(
      ((defs["line"] as? [String: Any])?["properties"] as? [String: Any])?["kind"]
        as? [String: Any])
    #expect(lineKind["enum"] as? [String] == Line.Kind.allCases.map(\.rawValue))
    #expect((defs["line"] as? [String: Any])?["required"] as? [String] == ["id"])
  }

  /// `ccsim schema sweep` and `ccsim schema routing-tests` print their files' schemas, whose
  /// top-level keys are the decoders'; `ccsim schema scenario` is `ccsim schema`.
  @Test(arguments: [FileFormat.sweep, .routingTests])
  func printsTheSchemaOfEachKindOfFile(format: FileFormat) throws {
    let result = CLI.run("schema", format.rawValue)
    #expect(result.code == 0)
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(schema["title"] as? String == format.title)
    let properties = try #require(schema["properties"] as? [String: Any])
    #expect(Set(properties.keys) == Set(format.root.keys))
    #expect((schema["required"] as? [String])?.contains("scenario") == true)
    #expect(!result.out.contains("serviceLevel"), "no definitions of the scenario's")
    let defined = try #require(schema["$defs"] as? [String: Any])
    #expect(Set(format.objects.dropFirst().map(\.name)).isSubset(of: defined.keys))
  }

  @Test func theScenarioIsTheDefaultKind() {
    #expect(CLI.run("schema", "scenario").out == CLI.run("schema").out)
  }

  @Test func helpAndBadArguments() {
    let help = CLI.run("schema", "--help").out
    #expect(help.hasPrefix("Usage: ccsim schema [scenario|sweep|routing-tests]"))
    #expect(CLI.run("schema", "sweep", "extra").code == 64)
    let typo = CLI.run("schema", "routing-test")
    #expect(typo.code == 64)
    #expect(
      typo.err.contains(#"unknown kind of file 'routing-test' (did you mean "routing-tests"?)"#))
    #expect(CLI.run("schema", "other").err.contains("(one of: scenario, sweep, routing-tests)"))
  }
}
