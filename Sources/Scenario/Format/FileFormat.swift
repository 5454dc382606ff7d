/// The kinds of file ccsim reads whose format is declared field by field, each with its JSON
/// Schema (`ccsim schema KIND`) and its key tables in the docs.
public enum FileFormat: String, CaseIterable, Sendable {
  case scenario
  /// A sweep file (docs/sweeps.md).
  case sweep
  /// A routing tests file (docs/routing-tests.md).
  case routingTests = "routing-tests"
  /// A snapshot of the centre at one instant (docs/snapshot.md).
  case snapshot

  /// The version of the format this ccsim reads (`ccsim --version`, `ccsim validate`).
  public var version: Int {
    switch self {
    case .scenario: ScenarioKeys.currentVersion
    case .snapshot: SnapshotKeys.currentVersion
    case .sweep, .routingTests: 1
    }
  }

  /// The root object of files of this kind.
  var root: ObjectFormat {
    switch self {
    case .scenario: ScenarioKeys.format
    case .sweep: SweepKeys.format
    case .routingTests: RoutingTestKeys.format
    case .snapshot: SnapshotKeys.format
    }
  }

  /// The title of the schema.
  var title: String {
    switch self {
    case .scenario: "ccsim scenario"
    case .sweep: "ccsim sweep"
    case .routingTests: "ccsim routing tests"
    case .snapshot: "ccsim snapshot"
    }
  }

  /// The JSON Schema (draft 2020-12) of files of this kind, as JSON text ending with a newline.
  public var schema: String { SchemaDocument(title: title, root: root).text }

  /// The hint after `name`, which is no kind of file: ` (did you mean "sweep"?)`, else the
  /// list of kinds.
  public static func hint(forUnknown name: String) -> String {
    ObjectReader.hint(for: name, among: allCases.map(\.rawValue))
  }

  /// Every object of this kind of file, each once, the root first: the objects the key tables
  /// of the docs show.
  var objects: [ObjectFormat] { [root] + root.objects }
}

extension ObjectFormat {
  /// The objects the keys of this one hold, nested ones included, each once, in key order.
  var objects: [ObjectFormat] {
    var seen: Set<String> = [name]
    var found: [ObjectFormat] = []
    func visit(_ format: ObjectFormat) {
      for object in format.fields.flatMap(\.objects) where seen.insert(object.name).inserted {
        found.append(object)
        visit(object)
      }
    }
    visit(self)
    return found
  }
}
