import ContactCentre
import Foundation
import SimKernel

/// Loads a scenario file into the model's configuration, reporting every problem at once.
public enum ScenarioLoader {
  /// Reads and decodes the scenario at `path`.
  ///
  /// - Throws: `ScenarioLoadError.unreadable` when the file cannot be read,
  ///   `.invalid` with every problem found otherwise.
  public static func load(path: String) throws(ScenarioLoadError) -> CentreConfiguration {
    let bytes = try contents(of: path, what: "scenario file")
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return try decode(bytes, file: path, directory: directory)
  }

  /// The bytes of the file at `path` (`what` it should be names it when it is a directory).
  static func contents(of path: String, what: String) throws(ScenarioLoadError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .unreadable(file: path, reason: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw .unreadable(file: path, reason: "is a directory, not a \(what)")
    }
    FilesRead.note(path)
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(file: path, reason: "cannot be read (permission denied?)")
    }
    return Array(data)
  }

  /// Parses JSON read from `file`: a syntax error becomes the file's one problem, with its
  /// line:column (scenarios, sweeps and routing tests alike).
  static func parse(_ bytes: [UInt8], file: String) throws(ScenarioLoadError) -> JSONNode {
    do {
      return try JSONParser.parse(bytes)
    } catch {
      throw .invalid([
        ScenarioError(
          code: .syntax, file: file, path: error.path, location: error.location,
          message: error.message)
      ])
    }
  }

  /// Decodes scenario JSON; `file` names it in errors and `directory` anchors relative paths.
  public static func decode(_ bytes: [UInt8], file: String, directory: String)
    throws(ScenarioLoadError) -> CentreConfiguration
  {
    let root = try parse(bytes, file: file)
    let diagnostics = Diagnostics(file: file)
    let decoder = ScenarioDecoder(diagnostics: diagnostics, directory: directory, file: file)
    let configuration = decoder.decode(root)
    guard diagnostics.errors.isEmpty, let configuration else {
      throw .invalid(diagnostics.sortedErrors)
    }
    return configuration
  }
}
