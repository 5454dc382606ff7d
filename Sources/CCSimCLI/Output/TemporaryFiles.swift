import Foundation

/// The temporary files of outputs being written, and the one way the process ends early.
///
/// A temporary file sits beside its target under a name nobody can guess (64 random bits from
/// the system), is created exclusively and never through a link (`O_CREAT | O_EXCL |
/// O_NOFOLLOW`), mode 0644 less the umask, and is renamed over its target once written and
/// synced. Creating one, renaming one and ending the process take one lock, so an interruption
/// (or a failed write to standard output) can never run between the creation of a file and its
/// registration, nor between its rename and its removal from the list: when the process ends
/// early every temporary file is removed, and every rename has happened whole or not at all.
enum TemporaryFiles {
  nonisolated(unsafe) private static var paths: Set<String> = []
  /// Whether the command's output set is complete (its manifest in place).
  nonisolated(unsafe) private static var finished = false
  private static let lock = NSLock()

  /// Creates a temporary file beside `target`, open for writing: the path and the descriptor.
  ///
  /// - Parameter names: the random part of the name, tried until one is free (tests plant
  ///   files under the names they give).
  static func create(
    beside target: String, names: () -> String = randomName
  ) throws(CLIError) -> (path: String, descriptor: Int32) {
    let url = URL(fileURLWithPath: target)
    let directory = url.deletingLastPathComponent().path
    var name = url.lastPathComponent
    // The name plus its prefix and suffix stays within NAME_MAX.
    if name.utf8.count > 200 { name = "ccsim" }
    for _ in 0..<100 {
      let path = directory + "/." + name + "." + names() + ".tmp"
      lock.lock()
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
      let failure = errno
      if descriptor >= 0 { paths.insert(path) }
      lock.unlock()
      if descriptor >= 0 { return (path, descriptor) }
      guard failure == EEXIST else {
        let reason =
          failure == ENOENT || failure == ENOTDIR
          ? "no such directory \(directory)" : String(cString: strerror(failure))
        throw CLIError(.cannotWrite, "\(target): cannot write (\(reason))")
      }
    }
    throw CLIError(.cannotWrite, "\(target): cannot write (no free temporary name)")
  }

  /// 16 hexadecimal digits from the system's random source.
  static func randomName() -> String {
    var generator = SystemRandomNumberGenerator()
    let digits = String(generator.next() as UInt64, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// Renames `temporary` over `target` and forgets it, in one step; errno on failure. With
  /// `finishing` (an output set's complete manifest), the command's outputs are in place from
  /// that very rename: a signal no longer ends it with 130 (`interrupt`).
  static func rename(_ temporary: String, to target: String, finishing: Bool = false) -> Int32? {
    lock.lock()
    defer { lock.unlock() }
    guard Foundation.rename(temporary, target) == 0 else { return errno }
    paths.remove(temporary)
    if finishing { finished = true }
    return nil
  }

  /// A signal (Ctrl-C, SIGTERM, SIGHUP): ends the process with 130, as `endProcess` does —
  /// unless the command's output set is already complete, when the signal is let go and the
  /// command finishes (its table, exit 0). So exit 130 always means the earlier set is
  /// untouched, and a complete new set always comes with exit 0.
  static func interrupt() {
    lock.lock()
    guard !finished else {
      lock.unlock()
      return
    }
    end(.interrupted, message: "ccsim: interrupted\n")
  }

  /// Removes `temporary` and forgets it.
  static func remove(_ temporary: String) {
    lock.lock()
    defer { lock.unlock() }
    unlink(temporary)
    paths.remove(temporary)
  }

  /// Ends the process with `code`: removes every temporary file, puts the terminal back,
  /// writes `message` on standard error and exits at once — holding the lock, so that no
  /// file is created or renamed meanwhile.
  static func endProcess(_ code: ExitCode, message: String?) -> Never {
    lock.lock()
    end(code, message: message)
  }

  /// `endProcess` with the lock held.
  private static func end(_ code: ExitCode, message: String?) -> Never {
    for path in paths { unlink(path) }
    RawTerminal.restore()
    if let message {
      let bytes = Array(message.utf8)
      _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
    _exit(code.rawValue)
  }
}
