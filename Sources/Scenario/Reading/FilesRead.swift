import Foundation

/// The files a command has read: every loader notes each file where it reads it (a scenario,
/// its forecast CSVs, a sweep file and its scenario, a routing tests file), so that the
/// command line can refuse to write over any of them without listing them per command.
///
/// Noted into the log bound to `current` for the task (or thread) that reads; nothing is noted
/// when none is bound.
public final class FilesRead: @unchecked Sendable {
  /// The log the loaders note into.
  @TaskLocal public static var current: FilesRead?

  private let lock = NSLock()
  private var noted: [String] = []

  /// An empty log.
  public init() {}

  /// The paths noted, in the order first read.
  public var paths: [String] {
    lock.lock()
    defer { lock.unlock() }
    return noted
  }

  /// Notes that `path` is read, in the current log if there is one.
  public static func note(_ path: String) {
    guard let log = current else { return }
    log.lock.lock()
    if !log.noted.contains(path) { log.noted.append(path) }
    log.lock.unlock()
  }
}
