import COutput
import Foundation

/// A file written as it is made, never held whole in memory: bytes go into a buffer, and the
/// buffer into a temporary file beside the target (`TemporaryFiles`) each time it fills, hashed
/// on the way (SHA-256, for the manifest) when asked. Installing it over its target is the
/// output set's (`OutputSet.install`, which `finish`es it); until then it can be discarded.
///
/// A file of gigabytes (calls.csv) can be written `uncached`: past the kernel's page cache
/// (O_DIRECT), in whole blocks from a block-aligned buffer, the last part block through the
/// cache as the file is finished. Copying into the cache is what costs the kernel time (about
/// a second per gigabyte here, more than SHA-256), and a file written once gains nothing from
/// it. Where the system or file system has no such writes, the file is written through the
/// cache, byte for byte the same.
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
  /// `bufferSize` bytes and a block more: after an uncached write, up to a block's tail stays.
  private var buffer: UnsafeMutablePointer<UInt8>?
  private var used = 0
  private var hash: SHA256?
  /// Whether writes bypass the page cache now (then in whole blocks only).
  private(set) var isUncached = false
  /// Whether the temporary file is now the target (then never removed).
  private var isInstalled = false

  /// Bytes gathered before a write to the file, by default: a file of gigabytes (calls.csv)
  /// is written in large pieces.
  static let defaultBufferSize = 1 << 20
  /// Bytes gathered before a write to this file.
  let bufferSize: Int
  /// What an uncached read or write aligns to (offset, length, address): a block of any file
  /// system Linux has (their logical blocks are 512 or 4,096 bytes).
  static let defaultBlock = 4096
  /// What this file's uncached writes align to (another only in tests, to see a write refused).
  let block: Int

  /// Starts the temporary file of `target`; `hashed` asks for the SHA-256 of what is written,
  /// `bufferSize` bytes (a multiple of `block`) gathered before each write, `uncached` for
  /// writes past the page cache where the file system has them.
  ///
  /// - Throws: exit 73 when the temporary file cannot be created.
  init(
    beside target: String, hashed: Bool, bufferSize: Int = defaultBufferSize,
    uncached: Bool = false, block: Int = defaultBlock
  ) throws(CLIError) {
    precondition(block > 0 && bufferSize > 0 && bufferSize % block == 0, "whole blocks")
    self.target = target
    self.bufferSize = bufferSize
    self.block = block
    (temporary, descriptor) = try TemporaryFiles.create(beside: target)
    buffer = UnsafeMutableRawPointer.allocate(
      byteCount: bufferSize + block, alignment: Self.defaultBlock
    ).bindMemory(to: UInt8.self, capacity: bufferSize + block)
    hash = hashed ? SHA256() : nil
    if uncached { isUncached = ccsim_set_uncached(descriptor, 1) != 0 }
  }

  deinit {
    buffer.map { UnsafeMutableRawPointer($0).deallocate() }
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

  /// Writes the buffer to the file (and into the hash): all of it, or while uncached its
  /// whole blocks, the rest moved to the buffer's start.
  func flush() {
    guard let buffer, used > 0 else { return }
    let count = isUncached ? used - used % block : used
    guard count > 0 else { return }
    let bytes = UnsafeBufferPointer(start: buffer, count: count)
    hash?.update(bytes)
    if failure == nil { failure = writeAll(bytes) }
    used -= count
    if used > 0 { memmove(buffer, buffer + count, used) }
  }

  /// Writes `bytes` at the end of the file: the errno of a failure, or nil. An uncached write
  /// the file system refuses (EINVAL: a block it did not expect) turns uncached writes off,
  /// and the bytes go through the cache.
  private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    AtomicFile.writeAll(descriptor, bytes) { failure in
      guard failure == EINVAL && isUncached else { return false }
      stopUncached()
      return true
    }
  }

  private func stopUncached() {
    guard isUncached else { return }
    isUncached = false
    _ = ccsim_set_uncached(descriptor, 0)
  }

  /// Writes what is buffered and lets the buffer go; with `closing`, closes the file too (it
  /// is then read back by path to be added to another). No byte may be written after.
  func finishWriting(closing: Bool) {
    flush()
    // The last part block goes through the cache.
    stopUncached()
    flush()
    buffer.map { UnsafeMutableRawPointer($0).deallocate() }
    buffer = nil
    if closing { closeFile() }
  }

  private func closeFile() {
    guard descriptor >= 0 else { return }
    if close(descriptor) != 0 && failure == nil { failure = errno }
    descriptor = -1
  }

  /// Adds the whole of `other`, written and closed (`finishWriting(closing: true)`), at the end
  /// of this file, which is still being written, then removes it. Read past the page cache
  /// when this file is written so (it was written so too, and is not in the cache).
  func append(_ other: StreamedFile) {
    precondition(buffer != nil, "a file still being written takes another")
    if failure == nil, let failed = other.failure { failure = failed }
    let source = open(other.temporary, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    if source < 0 && failure == nil { failure = errno }
    if source >= 0 {
      var uncachedSource = isUncached && ccsim_set_uncached(source, 1) != 0
      let chunk = UnsafeMutableRawBufferPointer.allocate(
        byteCount: bufferSize, alignment: Self.defaultBlock)
      defer { chunk.deallocate() }
      while failure == nil {
        let count = read(source, chunk.baseAddress, chunk.count)
        if count < 0 && errno == EINVAL && uncachedSource {
          uncachedSource = false
          _ = ccsim_set_uncached(source, 0)
          continue
        }
        if count < 0 && errno == EINTR { continue }
        if count < 0 { failure = errno }
        guard count > 0 else { break }
        write(UnsafeRawBufferPointer(start: chunk.baseAddress, count: count))
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
