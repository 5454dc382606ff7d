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

  /// Every object of `aac`, `incidents` and `exceptions` is in `$defs` under its name, with
  /// exactly its declared keys, each described, and its required keys.
  @Test func theBackOfficeSectionsAreTheirDeclarations() throws {
    let defs = try #require(try Self.schema()["$defs"] as? [String: Any])
    let sections = [AACKeys.format, IncidentsKeys.format, ExceptionsKeys.format]
    let formats = sections + sections.flatMap(\.objects)
    // 15 of their own (A&G's step and its response among them), and exceptions.reserve's
    // outboundReserve.
    #expect(Set(formats.map(\.name)).count == 16, "\(formats.map(\.name))")
    try Self.expectDeclared(sections, in: defs)
    #expect(
      Set(LocalStepsKeys.format.keys) == Set(Incidents.LocalStep.allCases.map(\.key)),
      "a local step for every step of the model")
    // Names are the vocabulary's: the schema offers the default's for completion.
    let domains = try #require(defs["expertDomain"] as? [String: Any])
    #expect(domains["examples"] as? [String] == Vocabulary.childMaintenance.expertDomains)
    let lineKind = try #require(
      ((defs["line"] as? [String: Any])?["properties"] as? [String: Any])?["kind"]
        as? [String: Any])
    #expect(lineKind["enum"] as? [String] == Line.Kind.allCases.map(\.rawValue))
    #expect((defs["line"] as? [String: Any])?["required"] as? [String] == ["id"])
  }

  /// `rules`, `agentBehaviour`, `teams` and `outbound` are their declarations; the keys of
  /// `outbound.retry` are the outcomes that did not connect, and a team gives agents or shifts.
  @Test func theTeamAndOutboundSectionsAreTheirDeclarations() throws {
    let schema = try Self.schema()
    let defs = try #require(schema["$defs"] as? [String: Any])
    try Self.expectDeclared(
      [RulesKeys.format, AgentBehaviourKeys.format, TeamKeys.format, OutboundKeys.format],
      in: defs)
    let reasons = try #require(defs["notReadyReason"] as? [String: Any])
    let standard = Vocabulary.childMaintenance
    #expect(reasons["examples"] as? [String] == standard.notReadyReasons.map(\.name))
    let retry = try #require(
      ((defs["outbound"] as? [String: Any])?["properties"] as? [String: Any])?["retry"]
        as? [String: Any])
    #expect((retry["propertyNames"] as? [String: Any])?["$ref"] as? String == "#/$defs/outcome")
    // A scenario speaking the CMG's outcomes: the keys are the outcomes that did not connect.
    let outcomes = try #require(
      (schema["allOf"] as? [[String: Any]])?.first?["then"] as? [String: Any])
    let retryKeys = (outcomes["allOf"] as? [[String: Any]])?.compactMap {
      ((($0["properties"] as? [String: Any])?["outbound"] as? [String: Any])?["properties"]
        as? [String: Any])?["retry"] as? [String: Any]
    }.first
    #expect(
      (retryKeys?["propertyNames"] as? [String: Any])?["enum"] as? [String]
        == standard.outcomes.filter { !$0.behaviour.isConnected }.map(\.name))
    let team = try #require(defs["team"] as? [String: Any])
    let either = try #require(team["oneOf"] as? [[String: Any]])
    #expect(
      either.map { $0["required"] as? [String] ?? [] } == [["agents"], ["shifts"], ["staffing"]])
    let rules = try #require(
      (schema["properties"] as? [String: Any])?["rules"] as? [String: Any])
    #expect(
      rules["default"] as? [String: String]
        == ["ronaTimeout": "15s", "acwLimit": "10m", "idleLogout": "90m"])
  }

  /// The schema `ccsim schema` prints, as JSON.
  static func schema() throws -> [String: Any] {
    let result = CLI.run("schema")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
  }

  /// `sections` and every object they hold are in `$defs` under their names, each with exactly
  /// its declared keys, each described, and its required keys.
  static func expectDeclared(_ sections: [ObjectFormat], in defs: [String: Any]) throws {
    for format in sections + sections.flatMap(\.objects) {
      let object = try #require(defs[format.name] as? [String: Any], "\(format.name)")
      let properties = try #require(object["properties"] as? [String: Any], "\(format.name)")
      #expect(Set(properties.keys) == Set(format.keys), "\(format.name)")
      for field in format.fields {
        let description = (properties[field.key] as? [String: Any])?["description"] as? String
        #expect(description?.isEmpty == false, "\(format.name).\(field.key) has no description")
      }
      let required = format.fields.filter {
        if case .required = $0.presence { return true }
        return false
      }
      #expect(Set(object["required"] as? [String] ?? []) == Set(required.map(\.key)))
      #expect(object["additionalProperties"] as? Bool == false, "\(format.name)")
    }
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
    #expect(help.hasPrefix("Usage: ccsim schema [scenario|sweep|routing-tests|snapshot]"))
    #expect(CLI.run("schema", "sweep", "extra").code == 64)
    let typo = CLI.run("schema", "routing-test")
    #expect(typo.code == 64)
    #expect(
      typo.err.contains(#"unknown kind of file 'routing-test' (did you mean "routing-tests"?)"#))
    #expect(
      CLI.run("schema", "other").err.contains("(one of: scenario, sweep, routing-tests, snapshot)"))
  }
}
