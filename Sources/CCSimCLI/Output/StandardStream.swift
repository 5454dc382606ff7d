import Foundation

/// Standard output or standard error, written with `write(2)`: a write that fails (a closed
/// pipe, a full disk, `/dev/full`) ends the process with 73 — after removing any temporary
/// file, as an interruption does — instead of trapping in Foundation. Files already in place
/// stay whole.
enum StandardStream {
  /// Writes `text` whole to `descriptor` (standard output or standard error).
  static func write(_ text: String, to descriptor: Int32) {
    var text = text
    let failure: Int32? = text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Foundation.write(
          descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          guard errno == EAGAIN else { return errno }
          // A descriptor left non-blocking by another program: wait until it takes more.
          var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
          _ = poll(&ready, 1, -1)
          continue
        }
        offset += written
      }
      return nil
    }
    guard let failure else { return }
    // Nothing to say on standard error about itself, nor about a reader that stopped reading
    // (`ccsim schema | head`).
    let silent = descriptor == STDERR_FILENO || failure == EPIPE
    TemporaryFiles.endProcess(
      .cannotWrite,
      message: silent
        ? nil : "ccsim: cannot write to standard output (\(String(cString: strerror(failure))))\n")
  }
}
