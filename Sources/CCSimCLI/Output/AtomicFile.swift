import Foundation
import Scenario

/// Writes output files whole or not at all: to a temporary file beside the target (see
/// `TemporaryFiles`), synced, then renamed over it; a FIFO or a character device is written
/// through instead (`OutputTarget`).
enum AtomicFile {
  /// Writes `text` to `path`.
  ///
  /// - Parameter streams: whether `path` may be a FIFO or a character device.
  /// - Throws: exit 73 when `path` cannot be written or is not a file ccsim may write (a link,
  ///   a directory, …); 64 when it is a file the command read.
  static func write(
    _ text: String, to path: String, streams: Bool = true, finishing: Bool = false
  ) throws(CLIError) {
    try InputFiles.refuseOverwritingRead(path)
    var text = text
    switch try OutputTarget.of(path, streams: streams) {
    case .stream:
      let descriptor = try openStream(path)
      let failure = text.withUTF8 { writeAll(descriptor, $0) }
      let closed = close(descriptor) == 0
      if let failure = failure ?? (closed ? nil : errno) {
        throw CLIError(.cannotWrite, "\(path): cannot write (\(describe(failure)))")
      }
    case .file:
      let (temporary, descriptor) = try TemporaryFiles.create(beside: path)
      var failure = text.withUTF8 { writeAll(descriptor, $0) }
      if failure == nil && fsync(descriptor) != 0 { failure = errno }
      if close(descriptor) != 0 && failure == nil { failure = errno }
      if let failure {
        TemporaryFiles.remove(temporary)
        throw CLIError(.cannotWrite, "\(path): cannot write (\(describe(failure)))")
      }
      try install(temporary, as: path, finishing: finishing)
    }
  }

  /// Renames the written and synced `temporary` over `path`, checking again that `path` is
  /// still absent or a regular file; the temporary file is removed on failure.
  static func install(_ temporary: String, as path: String, finishing: Bool = false)
    throws(CLIError)
  {
    do {
      _ = try OutputTarget.of(path, streams: false)
    } catch {
      TemporaryFiles.remove(temporary)
      throw error
    }
    if let failure = TemporaryFiles.rename(temporary, to: path, finishing: finishing) {
      TemporaryFiles.remove(temporary)
      throw CLIError(.cannotWrite, "\(path): cannot write (\(describe(failure)))")
    }
    syncDirectory(of: path)
  }

  /// Opens the FIFO or character device at `path` for writing, never through a link (a FIFO
  /// waits for a reader, as with the shell's `>`).
  static func openStream(_ path: String) throws(CLIError) -> Int32 {
    let descriptor = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw CLIError(.cannotWrite, "\(path): cannot write (\(describe(errno)))")
    }
    var status = stat()
    let kind = fstat(descriptor, &status) == 0 ? status.st_mode & S_IFMT : 0
    guard kind == S_IFIFO || kind == S_IFCHR else {
      close(descriptor)
      throw CLIError(.cannotWrite, "\(path): cannot write (it changed while being opened)")
    }
    return descriptor
  }

  /// Writes all of `bytes` to `descriptor`: errno on failure.
  static func writeAll(_ descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }

  /// Makes the renames into the directory of `path` durable.
  static func syncDirectory(of path: String) {
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  /// An errno in words.
  static func describe(_ failure: Int32) -> String {
    String(cString: strerror(failure))
  }

  /// Creates `directory` if needed and checks that files can be written there.
  static func prepareDirectory(_ directory: String) throws(CLIError) {
    var status = stat()
    // stat: an output directory may be reached through a link (`out -> /scratch/out`).
    if stat(directory, &status) == 0 {
      guard status.st_mode & S_IFMT == S_IFDIR else {
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
