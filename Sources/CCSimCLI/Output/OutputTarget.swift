import Foundation

/// What an output path names, and so how ccsim writes there. ccsim never replaces a link, a
/// directory, a device, a FIFO or a socket, and never writes through a link.
enum OutputTarget: Equatable {
  /// Nothing yet, or a regular file: written to a temporary file beside it, then renamed over
  /// it, so that it is whole or untouched.
  case file
  /// A FIFO or a character device (a pipe to another program, a terminal): written through,
  /// as the shell's `>` would, and nothing renamed.
  case stream

  /// What stands at `path`.
  ///
  /// - Parameter streams: whether a FIFO or a character device may be written through (a
  ///   trace, a scenario, a JUnit file); the files of an output set are regular files.
  /// - Throws: exit 73 for a link, a directory, a block device or a socket, and for a FIFO or
  ///   a character device unless `streams`.
  static func of(_ path: String, streams: Bool) throws(CLIError) -> OutputTarget {
    var status = stat()
    // lstat: a link is seen as a link, not as what it points to.
    guard lstat(path, &status) == 0 else { return .file }
    let kind: String
    switch status.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFIFO where streams, S_IFCHR where streams: return .stream
    case S_IFIFO: kind = "a FIFO"
    case S_IFCHR: kind = "a character device"
    case S_IFLNK: kind = "a symbolic link"
    case S_IFDIR: kind = "a directory"
    case S_IFBLK: kind = "a block device"
    default: kind = "a socket"
    }
    let allowed =
      streams
      ? "write to a new name or a regular file (replaced whole), a FIFO or a character device"
        + " (written through)"
      : "the files of an output set are regular files, replaced whole"
    let link = kind == "a symbolic link" ? " (nor writes through one)" : ""
    throw CLIError(
      .cannotWrite, "\(path): is \(kind): ccsim never replaces one\(link); \(allowed)")
  }
}
