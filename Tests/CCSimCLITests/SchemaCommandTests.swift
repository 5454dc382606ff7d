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
    let result = CLI.run("schema")
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    let defs = try #require(schema["$defs"] as? [String: Any])
    let sections = [AACKeys.format, IncidentsKeys.format, ExceptionsKeys.format]
    let formats = sections + sections.flatMap(\.objects)
    #expect(Set(formats.map(\.name)).count == 13, "\(formats.map(\.name))")
    for format in formats {
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
