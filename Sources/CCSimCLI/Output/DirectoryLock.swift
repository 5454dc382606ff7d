import Foundation

/// An exclusive lock (`flock`) on an output directory for as long as a command may write there:
/// two commands writing one set at once would interleave their files, so the second is refused
/// at once rather than made to wait (a run may take hours).
final class DirectoryLock {
  private let descriptor: Int32

  /// Locks `directory`, which exists.
  ///
  /// - Throws: exit 73 when another command holds the lock, or the directory cannot be opened.
  ///   On a file system without locks the command goes on unlocked: the manifest still tells a
  ///   whole set from a mixed one.
  init(_ directory: String) throws(CLIError) {
    // The lock is the object's only once taken: a class whose init throws after setting every
    // property is deinitialized, and `deinit` would close the descriptor a second time — by
    // then perhaps another file's (another thread's, in one process).
    let opened = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard opened >= 0 else {
      throw CLIError(
        .cannotWrite, "\(directory): cannot open (\(String(cString: strerror(errno))))")
    }
    if flock(opened, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK {
      close(opened)
      throw CLIError(
        .cannotWrite,
        "\(directory): another ccsim command is writing there: wait for it to finish, or"
          + " choose another --out")
    }
    descriptor = opened
  }

  deinit { close(descriptor) }
}
