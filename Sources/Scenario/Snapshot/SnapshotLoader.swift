import ContactCentre
import SimKernel

/// Loads a snapshot file (docs/snapshot.md) against the scenario it is of, reporting every
/// problem at once with its line:column and JSON path.
public enum SnapshotLoader {
  /// Reads the snapshot at `path`; its names are resolved against `configuration`.
  ///
  /// - Throws: `ScenarioLoadError.unreadable` when the file cannot be read, `.invalid` with
  ///   every problem found otherwise.
  public static func load(path: String, configuration: CentreConfiguration)
    throws(ScenarioLoadError) -> CentreNow
  {
    let bytes = try ScenarioLoader.contents(of: path, what: "snapshot file")
    return try decode(bytes, file: path, configuration: configuration)
  }

  /// Decodes snapshot JSON; `file` names it in errors.
  public static func decode(
    _ bytes: [UInt8], file: String, configuration: CentreConfiguration
  ) throws(ScenarioLoadError) -> CentreNow {
    let root = try ScenarioLoader.parse(bytes, file: file)
    let diagnostics = Diagnostics(file: file)
    diagnostics.vocabulary = configuration.vocabulary
    let decoded = SnapshotDecoder(diagnostics: diagnostics, configuration: configuration)
      .decode(root)
    guard diagnostics.errors.isEmpty, let decoded else { throw .invalid(diagnostics.sortedErrors) }
    return decoded
  }

  /// Decodes snapshot JSON given as text; `file` names it in errors.
  public static func decode(
    text: String, file: String, configuration: CentreConfiguration
  ) throws(ScenarioLoadError) -> CentreNow {
    try decode(Array(text.utf8), file: file, configuration: configuration)
  }
}
