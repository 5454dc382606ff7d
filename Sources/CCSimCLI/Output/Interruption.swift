import Dispatch
import Foundation

/// Ctrl-C, SIGTERM and SIGHUP stop a command cleanly: temporary output files are removed, files
/// already renamed into place stay whole, and the process exits with 130 — unless its output
/// set is already complete, when the command finishes and exits 0 (`TemporaryFiles.interrupt`).
/// A write to a closed pipe is an error of the write (exit 73), not a signal.
public enum Interruption {
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  /// Installs the handlers and checks the standard streams; call once, first thing in the
  /// executable's `main`.
  ///
  /// A closed standard output or standard error ends the process at once with 73, before
  /// anything is read or written: the results or the diagnostics would have nowhere to go,
  /// and the next file opened would take the stream's descriptor. A closed standard input is
  /// opened on `/dev/null`, for the same reason.
  public static func install() {
    if fcntl(STDIN_FILENO, F_GETFD) == -1 { _ = open("/dev/null", O_RDONLY) }
    let outputClosed = fcntl(STDOUT_FILENO, F_GETFD) == -1
    if outputClosed || fcntl(STDERR_FILENO, F_GETFD) == -1 {
      TemporaryFiles.endProcess(
        .cannotWrite,
        message: outputClosed ? "ccsim: standard output is closed: nowhere to write\n" : nil)
    }
    signal(SIGPIPE, SIG_IGN)
    for number in [SIGINT, SIGTERM, SIGHUP] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { TemporaryFiles.interrupt() }
      source.resume()
      sources.append(source)
    }
  }
}
