import ContactCentre
import Foundation

/// A routing tests file read and checked: the scenario it names, loaded, and its cases.
public struct RoutingTestSuite: Sendable {
  /// The tests file, as named on the command line.
  public var file: String
  /// The scenario file, as found from the working directory (`..` taken out where the text
  /// allows, for reports).
  public var scenario: String
  /// The scenario's centre.
  public var configuration: CentreConfiguration
  /// The cases that run, in file order.
  public var cases: [RoutingTestCase]
  /// The cases that name what the scenario does not have (a step or a queue a routing change
  /// removed, say): each fails with what is missing, without running.
  public var unresolved: [RoutingUnresolvedCase] = []

  /// Reads the routing tests file at `path` and the scenario it names (relative to the tests
  /// file's directory).
  ///
  /// A case naming what the scenario does not have is not an error of the file: it is
  /// `unresolved`, and fails on its own (`RoutingTestSuite+Unresolved.swift`).
  ///
  /// - Throws: `ScenarioLoadError.unreadable` when the tests file or its scenario cannot be
  ///   read, `.invalid` with every problem found in the one that is malformed.
  public static func load(path: String) throws(ScenarioLoadError) -> RoutingTestSuite {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .unreadable(file: path, reason: "no such file")
    }
    FilesRead.note(path)
    guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(file: path, reason: "cannot be read (a directory, or permission denied?)")
    }
    let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
    return try decode(Array(data), file: path, directory: directory.isEmpty ? "/" : directory)
  }

  /// `path` with `.` parts and `folder/..` pairs taken out, as far as the text allows:
  /// `scenarios/routing-tests/../cms-day.json` is `scenarios/cms-day.json`.
  static func normalised(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: false) {
      switch part {
      case "." where !parts.isEmpty, "" where !parts.isEmpty:
        continue
      case "..":
        if let last = parts.last, last != "..", last != "", last != "." {
          parts.removeLast()
        } else if parts.last != "" {
          parts.append(part)
        }
      default:
        parts.append(part)
      }
    }
    if parts.first == "." && parts.count > 1 { parts.removeFirst() }
    let text = parts.joined(separator: "/")
    return text.isEmpty ? "/" : text
  }

  /// Decodes a routing tests file; `file` names it in errors and `directory` anchors the
  /// scenario's path.
  public static func decode(_ bytes: [UInt8], file: String, directory: String)
    throws(ScenarioLoadError) -> RoutingTestSuite
  {
    let root = try ScenarioLoader.parse(bytes, file: file)
    let diagnostics = Diagnostics(file: file)
    guard let reader = ObjectReader(root, at: .root, diagnostics, format: RoutingTestKeys.format)
    else { throw .invalid(diagnostics.sortedErrors) }
    _ = reader.read(RoutingTestKeys.description)
    guard let scenario = reader.read(RoutingTestKeys.scenario) else {
      throw .invalid(diagnostics.sortedErrors)
    }
    let scenarioPath =
      scenario.hasPrefix("/") || directory.isEmpty ? scenario : directory + "/" + scenario
    let configuration: CentreConfiguration
    do {
      configuration = try ScenarioLoader.load(path: scenarioPath)
    } catch {
      if case .unreadable(let name, let reason) = error {
        throw .unreadable(file: name, reason: "\(reason) (the scenario of \(file))")
      }
      throw error
    }
    // Reason codes and branch names are the scenario's.
    diagnostics.vocabulary = configuration.vocabulary
    let decoder = RoutingTestDecoder(diagnostics: diagnostics, configuration: configuration)
    let cases = decoder.decode(reader)
    let missing = missingNames(diagnostics.errors)
    guard diagnostics.errors.count == missing.values.joined().count, let cases else {
      throw .invalid(diagnostics.sortedErrors)
    }
    var suite = RoutingTestSuite(
      file: file, scenario: normalised(scenarioPath), configuration: configuration, cases: [])
    for (position, decoded) in cases.enumerated() {
      if let problems = missing[position] {
        suite.unresolved.append(
          RoutingUnresolvedCase(
            name: decoded.name, position: position,
            missing: problems.map { failure($0, position: position) }, line: decoded.line))
      } else if let testCase = decoded.testCase {
        suite.cases.append(testCase)
      }
    }
    return suite
  }
}
