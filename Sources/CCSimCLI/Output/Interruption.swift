import Dispatch
import Foundation

/// Ctrl-C and SIGTERM stop a run cleanly: temporary output files are removed, files already
/// renamed into place stay whole, and the process exits with 130.
public enum Interruption {
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  /// Installs the handlers; call once, from the executable's `main`.
  public static func install() {
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        TemporaryFiles.removeAll()
        FileHandle.standardError.write(Data("ccsim: interrupted\n".utf8))
        exit(ExitCode.interrupted.rawValue)
      }
      source.resume()
      sources.append(source)
    }
  }
}

/// The temporary files being written, so that an interruption can remove them.
enum TemporaryFiles {
  nonisolated(unsafe) private static var paths: Set<String> = []
  private static let lock = NSLock()

  static func add(_ path: String) {
    lock.lock()
    paths.insert(path)
    lock.unlock()
  }

  static func remove(_ path: String) {
    lock.lock()
    paths.remove(path)
    lock.unlock()
  }

  static func removeAll() {
    lock.lock()
    for path in paths { unlink(path) }
    paths.removeAll()
    lock.unlock()
  }
}
