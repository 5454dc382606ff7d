import Foundation

/// A trace being written (`--trace FILE.jsonl`): lines go to a temporary file beside the target,
/// buffered, and the file is renamed into place when the run is done, so that it is whole or
/// absent. Written from the one thread that runs the traced replication.
final class TraceFile: @unchecked Sendable {
  let path: String
  private let temporary: String
  private let file: UnsafeMutablePointer<FILE>

  /// Opens the temporary file for `path`.
  init(path: String) throws(CLIError) {
    self.path = path
    let url = URL(fileURLWithPath: path)
    temporary =
      url.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
      ).path
    guard let file = fopen(temporary, "w") else {
      throw CLIError(.cannotWrite, "\(path): cannot write (\(String(cString: strerror(errno))))")
    }
    self.file = file
    TemporaryFiles.add(temporary)
  }

  /// Appends one line.
  func write(_ line: String) {
    fputs(line, file)
  }

  /// Closes the file and puts it in place.
  func commit() throws(CLIError) {
    defer { TemporaryFiles.remove(temporary) }
    let closed = fclose(file) == 0
    guard closed, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw CLIError(.cannotWrite, "\(path): cannot write (\(reason))")
    }
  }

  /// Closes and removes the temporary file (the run failed).
  func discard() {
    fclose(file)
    unlink(temporary)
    TemporaryFiles.remove(temporary)
  }
}
