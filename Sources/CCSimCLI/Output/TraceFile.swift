import Foundation

/// A trace being written (`--trace FILE.jsonl`): lines go, buffered, to a temporary file beside
/// the target, renamed into place when the run is done, so that it is whole or absent — or,
/// when the target is a FIFO or a character device, straight to it (`OutputTarget`). Written
/// from the one thread that runs the traced replication.
final class TraceFile: @unchecked Sendable {
  let path: String
  /// The temporary file; nil when writing through to a stream.
  private let temporary: String?
  private let file: UnsafeMutablePointer<FILE>

  /// Opens the temporary file for `path`, or `path` itself when it is a stream (a FIFO waits
  /// for its reader).
  init(path: String) throws(CLIError) {
    self.path = path
    try InputFiles.refuseOverwritingRead(path)
    let descriptor: Int32
    switch try OutputTarget.of(path, streams: true) {
    case .file:
      let created = try TemporaryFiles.create(beside: path)
      temporary = created.path
      descriptor = created.descriptor
    case .stream:
      temporary = nil
      descriptor = try AtomicFile.openStream(path)
    }
    guard let file = fdopen(descriptor, "w") else {
      close(descriptor)
      if let temporary { TemporaryFiles.remove(temporary) }
      throw CLIError(.cannotWrite, "\(path): cannot write (\(AtomicFile.describe(errno)))")
    }
    self.file = file
  }

  /// Appends one line.
  func write(_ line: String) {
    fputs(line, file)
  }

  /// Closes the file and puts it in place.
  func commit() throws(CLIError) {
    var failure: Int32?
    if fflush(file) != 0 {
      failure = errno
    } else if ferror(file) != 0 {
      failure = EIO
    }
    if failure == nil, temporary != nil, fsync(fileno(file)) != 0 { failure = errno }
    if fclose(file) != 0 && failure == nil { failure = errno }
    if let failure {
      if let temporary { TemporaryFiles.remove(temporary) }
      throw CLIError(.cannotWrite, "\(path): cannot write (\(AtomicFile.describe(failure)))")
    }
    if let temporary { try AtomicFile.install(temporary, as: path) }
  }

  /// Closes and removes the temporary file (the run failed).
  func discard() {
    fclose(file)
    if let temporary { TemporaryFiles.remove(temporary) }
  }
}
