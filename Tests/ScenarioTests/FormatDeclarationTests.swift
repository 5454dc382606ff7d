import Foundation
import Testing

@testable import Scenario

/// The format is declared once: the key tables of the docs are generated from the declarations,
/// and every declaration makes a schema.
///
/// After changing a declaration, regenerate the tables with
///
///     CCSIM_RECORD_DOCS=1 swift test --filter FormatDeclarationTests
///
/// and review the diff of docs/.
struct FormatDeclarationTests {
  static let recording = ProcessInfo.processInfo.environment["CCSIM_RECORD_DOCS"] == "1"

  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The documents that hold key tables, and the kind of file each describes.
  static let documents: [(path: String, format: FileFormat)] = [
    ("docs/scenario-format.md", .scenario), ("docs/sweeps.md", .sweep),
    ("docs/routing-tests.md", .routingTests), ("docs/snapshot.md", .snapshot),
  ]

  @Test(arguments: documents.map(\.path))
  func theDocsKeyTablesAreTheDeclarations(path: String) throws {
    let format = try #require(Self.documents.first { $0.path == path }?.format)
    let url = Self.repository.appendingPathComponent(path)
    let committed = try String(contentsOf: url, encoding: .utf8)
    let generated = try KeyTables.updated(committed, formats: format.objects)
    if Self.recording && generated != committed {
      try generated.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      generated == committed,
      "\(path) differs from the declarations: CCSIM_RECORD_DOCS=1 swift test --filter FormatDeclarationTests"
    )
  }

  /// Every declared object of every file has its key table in the docs, once.
  @Test func everyDeclaredObjectHasOneTable() throws {
    for (path, format) in Self.documents {
      let text = try String(
        contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
      let names = KeyTables.names(in: text)
      let declared = format.objects.map(\.name)
      #expect(names.count == Set(names).count, "\(path): a table twice")
      #expect(
        Set(declared).subtracting(names).isEmpty,
        "\(path): no table for \(Set(declared).subtracting(names).sorted())")
    }
  }

  @Test func markersNamingNoObjectAreRefused() {
    #expect(throws: KeyTables.MarkerError.self) {
      try KeyTables.updated("<!-- keys: nothing -->\n<!-- end keys -->", formats: [])
    }
    #expect(throws: KeyTables.MarkerError.self) {
      try KeyTables.updated("<!-- keys: scenario -->\n", formats: [ScenarioKeys.format])
    }
  }

  /// Every file's schema is JSON with a `$defs` entry for every `$ref` it makes.
  @Test(arguments: FileFormat.allCases)
  func everyReferenceOfTheSchemaResolves(format: FileFormat) throws {
    let schema = try JSONParser.parse(format.schema)
    let defined = Set(
      schema.schemaMembers.first { $0.0 == "$defs" }?.1.schemaMembers.map(\.0) ?? [])
    func references(_ node: JSONNode) -> [String] {
      switch node.value {
      case .object(let members):
        return members.flatMap { member -> [String] in
          if member.key == "$ref", case .string(let target) = member.value.value {
            return [String(target.dropFirst("#/$defs/".count))]
          }
          return references(member.value)
        }
      case .array(let elements): return elements.flatMap(references)
      default: return []
      }
    }
    let missing = Set(references(schema)).subtracting(defined)
    #expect(missing.isEmpty, "\(format): \(missing.sorted())")
  }

  @Test func markdownLinksBecomeTheirText() {
    #expect(Markdown.plain("see [section 7](#7-lines) and [x]") == "see section 7 and [x]")
    #expect(Markdown.sentence("the goal") == "The goal.")
  }
}
