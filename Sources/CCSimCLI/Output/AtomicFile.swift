import Foundation

/// Writes output files whole or not at all: to a temporary name beside the target, then renamed.
enum AtomicFile {
  /// Writes `text` to `path` atomically.
  static func write(_ text: String, to path: String) throws(CLIError) {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    TemporaryFiles.add(temporary.path)
    defer { TemporaryFiles.remove(temporary.path) }
    do {
      try Data(text.utf8).write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw CLIError(.cannotWrite, "\(path): cannot write (\(reason(writing: url, error)))")
    }
    // rename(2) replaces the target in one step: readers see the old file or the new one.
    guard rename(temporary.path, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw CLIError(.cannotWrite, "\(path): cannot write (\(reason))")
    }
  }

  /// Why `url` could not be written, in words: Foundation's own are vague on Linux.
  private static func reason(writing url: URL, _ error: any Error) -> String {
    let directory = url.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return "no such directory \(directory)" }
    guard FileManager.default.isWritableFile(atPath: directory) else {
      return "the directory \(directory) is not writable"
    }
    return error.localizedDescription
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
