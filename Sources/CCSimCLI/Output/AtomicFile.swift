import Foundation

/// Writes output files whole or not at all: to a temporary name beside the target, then renamed.
enum AtomicFile {
  /// Writes `text` to `path` atomically.
  static func write(_ text: String, to path: String) throws(CLIError) {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
      if FileManager.default.fileExists(atPath: url.path) {
        _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
      } else {
        try FileManager.default.moveItem(at: temporary, to: url)
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw CLIError(.cannotWrite, "\(path): cannot write (\(error.localizedDescription))")
    }
  }

  /// Creates `directory` if needed and checks that files can be written there.
  static func prepareDirectory(_ directory: String) throws(CLIError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw CLIError(.cannotWrite, "\(directory): exists and is not a directory")
      }
    } else {
      do {
        try FileManager.default.createDirectory(
          atPath: directory, withIntermediateDirectories: true)
      } catch {
        throw CLIError(.cannotWrite, "\(directory): cannot create the output directory")
      }
    }
    guard FileManager.default.isWritableFile(atPath: directory) else {
      throw CLIError(.cannotWrite, "\(directory): the output directory is not writable")
    }
  }
}
