import Foundation

/// The tests' temporary files, in one folder per test process that is removed as the process
/// exits: a run of the tests leaves nothing behind in the system's temporary folder.
public enum TestDirectory {
  /// This process's folder: made at first use (anything of an earlier process with the same id
  /// removed first), removed with all in it when the process exits.
  public static let root: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ccsim-tests-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(at: url)
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: TestDirectory.root) }
    return url
  }()

  /// A fresh, empty directory in `root`, its name starting with `prefix`.
  public static func fresh(_ prefix: String) -> URL {
    let url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A fresh path in `root` for a file (not made), its name `prefix`, a unique part and
  /// `suffix`.
  public static func file(_ prefix: String, suffix: String = ".json") -> URL {
    root.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
  }
}
