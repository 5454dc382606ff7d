import Foundation

/// A file written as it is made, never held whole in memory: bytes go into a buffer, and the
/// buffer into a temporary file beside the target (`TemporaryFiles`) each time it fills, hashed
/// on the way (SHA-256, for the manifest) when asked. Installing it over its target is the
/// output set's (`OutputSet.install`, which `finish`es it); until then it can be discarded.
/// A large file that nothing reads back (calls.csv) lets the page cache go as it is written
/// (`release`).
///
/// One thread writes it at a time. A failed write is kept (`failure`) and reported when the
/// file is finished; the bytes after it are dropped.
final class StreamedFile {
  /// The file it will become.
  let target: String
  /// The temporary file being written.
  let temporary: String
  /// The bytes written so far (buffered or not).
  private(set) var size = 0
  /// The errno of the first write that failed, if one did.
  private(set) var failure: Int32?
  private var descriptor: Int32
  private var buffer: UnsafeMutablePointer<UInt8>?
  private var used = 0
  private var hash: SHA256?
  /// From what size the file lets the page cache go as it is written (nil: never), and the
  /// bytes from the start of the file that it has let go of so far.
  private let releasesFrom: Int?
  private var released = 0
  /// Whether the temporary file is now the target (then never removed).
  private var isInstalled = false

  /// Bytes gathered before a write to the file, by default: a file of gigabytes (calls.csv)
  /// is written in large pieces.
  static let defaultBufferSize = 1 << 20
  /// Bytes gathered before a write to this file.
  let bufferSize: Int

  /// Starts the temporary file of `target`; `hashed` asks for the SHA-256 of what is written,
  /// `bufferSize` bytes gathered before each write, `releasingFrom` a size from which a file
  /// that nothing reads back while it is written lets its pages leave the cache as they reach
  /// the disk (`release`; calls.csv: `releaseFrom`).
  ///
  /// - Throws: exit 73 when the temporary file cannot be created.
  init(
    beside target: String, hashed: Bool, bufferSize: Int = defaultBufferSize,
    releasingFrom: Int? = nil
  ) throws(CLIError) {
    self.target = target
    self.bufferSize = bufferSize
    releasesFrom = releasingFrom
    (temporary, descriptor) = try TemporaryFiles.create(beside: target)
    buffer = .allocate(capacity: bufferSize)
    hash = hashed ? SHA256() : nil
  }

  deinit {
    buffer?.deallocate()
    if descriptor >= 0 { close(descriptor) }
  }

  /// Room for `count` bytes (at most `bufferSize`) at the end of the file: write them there,
  /// then `advance` by the number written.
  @inline(__always)
  func room(_ count: Int) -> UnsafeMutablePointer<UInt8> {
    precondition(count <= bufferSize && buffer != nil, "room within an open buffer")
    if used + count > bufferSize { flush() }
    return buffer! + used
  }

  /// Counts `count` bytes written at `room`.
  @inline(__always)
  func advance(_ count: Int) {
    used += count
    size += count
  }

  /// Adds `bytes` at the end of the file.
  func write(_ bytes: UnsafeRawBufferPointer) {
    var rest = bytes
    while !rest.isEmpty {
      let count = min(rest.count, bufferSize)
      let start = room(count)
      UnsafeMutableRawPointer(start).copyMemory(from: rest.baseAddress!, byteCount: count)
      advance(count)
      rest = UnsafeRawBufferPointer(rebasing: rest[count...])
    }
  }

  /// Adds `text` at the end of the file.
  func write(_ text: String) {
    var text = text
    text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
  }

  /// The file as a stream of text, for a renderer that writes to one.
  struct Text: TextOutputStream {
    let file: StreamedFile
    mutating func write(_ string: String) { file.write(string) }
  }

  /// Writes the buffer to the file (and into the hash).
  func flush() {
    guard let buffer, used > 0 else { return }
    let bytes = UnsafeBufferPointer(start: buffer, count: used)
    hash?.update(bytes)
    if failure == nil { failure = AtomicFile.writeAll(descriptor, bytes) }
    used = 0
    release(upTo: size)
  }

  /// How far behind the end a file lets the page cache go: what was written this
  /// long ago is on disk by now.
  static let releaseLag = 8 << 20
  /// From what size calls.csv lets the page cache go. Below it the cache costs the
  /// kernel little (W1 at 1 M calls: a calls.csv of 177 MB, 0.05 s of system time), and
  /// letting it go would cost more (0.03 s); past it the cost grows faster than the file.
  static let releaseFrom = 256 << 20

  /// Once the file is past `releasesFrom` (if it has one): sends the bytes written up to
  /// `end` towards the disk now and lets the page cache drop those written `releaseLag`
  /// before (POSIX_FADV_DONTNEED: it starts the writing of dirty pages and drops the clean
  /// ones). A file of gigabytes written once then keeps tens of megabytes in the cache, not
  /// all of it: the kernel reuses the same pages, and its own writing of the file does not
  /// pile up (W1 at 10 M calls, a calls.csv of 1.8 GB: 2.0 s less system time, 0.5 s more
  /// user time, 3.2 s less wall time). Where the system has no such advice, nothing changes.
  private func release(upTo end: Int) {
    #if os(Linux)
      guard let releasesFrom, end > releasesFrom else { return }
      let start = max(end - bufferSize, released)
      _ = posix_fadvise(descriptor, off_t(start), off_t(end - start), POSIX_FADV_DONTNEED)
      let lagged = end - Self.releaseLag
      guard lagged > released else { return }
      _ = posix_fadvise(
        descriptor, off_t(released), off_t(lagged - released), POSIX_FADV_DONTNEED)
      released = lagged
    #endif
  }

  /// Writes what is buffered and lets the buffer go; with `closing`, closes the file too (it
  /// is then read back by path to be added to another). No byte may be written after.
  func finishWriting(closing: Bool) {
    flush()
    buffer?.deallocate()
    buffer = nil
    if closing { closeFile() }
  }

  private func closeFile() {
    guard descriptor >= 0 else { return }
    if close(descriptor) != 0 && failure == nil { failure = errno }
    descriptor = -1
  }

  /// Adds the whole of `other`, written and closed (`finishWriting(closing: true)`), at the end
  /// of this file, then removes it.
  func append(_ other: StreamedFile) {
    finishWriting(closing: false)
    if failure == nil, let failed = other.failure { failure = failed }
    let source = open(other.temporary, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    if source < 0 && failure == nil { failure = errno }
    if source >= 0 {
      let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 16)
      defer { chunk.deallocate() }
      while failure == nil {
        let count = read(source, chunk.baseAddress, chunk.count)
        if count < 0 && errno == EINTR { continue }
        if count < 0 { failure = errno }
        guard count > 0 else { break }
        let bytes = UnsafeBufferPointer(
          start: chunk.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
        hash?.update(bytes)
        failure = AtomicFile.writeAll(descriptor, bytes)
        size += count
        release(upTo: size)
      }
      close(source)
    }
    other.discard()
  }

  /// Writes what is left, syncs and closes the file: its size and SHA-256 (hexadecimal; the
  /// file must have been `hashed`).
  ///
  /// - Throws: exit 73 when a write failed (the temporary file is then removed).
  func finish() throws(CLIError) -> (size: Int, sha256: String) {
    finishWriting(closing: false)
    if failure == nil && descriptor >= 0 && fsync(descriptor) != 0 { failure = errno }
    closeFile()
    if let failure {
      discard()
      throw CLIError(
        .cannotWrite, "\(target): cannot write (\(AtomicFile.describe(failure)))")
    }
    precondition(hash != nil, "a file of the set is hashed")
    return (size, hash!.hexDigest())
  }

  /// Notes that the temporary file was renamed over the target.
  func installed() { isInstalled = true }

  /// Removes the temporary file, unless installed: the target is left as it was.
  func discard() {
    finishWriting(closing: true)
    if !isInstalled { TemporaryFiles.remove(temporary) }
  }
}

@available(*, unavailable)
extension StreamedFile: Sendable {}
