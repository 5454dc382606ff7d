import Foundation
import Testing

@testable import CCSimCLI

/// A `StreamedFile` holds exactly the bytes written to it, in order, and its size and SHA-256
/// are theirs — with pieces of every size across the buffer's edges (buffers of a few pieces
/// to one larger than the file), with other files appended, and letting the page cache go as it
/// is written (from its first byte here, behind the end and at it) or not.
struct StreamedFileTests {
  static let modes: [(bufferSize: Int, releasing: Bool)] = [
    (8_000, false), (65_536, false), (1 << 20, false), (8_000, true), (65_536, true),
  ]

  /// Pseudo-random bytes (a fixed seed), of text as calls.csv has.
  static func bytes(_ count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: 32 + (state >> 33) % 95)
    }
  }

  /// Writes `data` into `file` in pieces of sizes 0 to `largest` bytes, through `room` and
  /// `advance` and through `write` in turn.
  static func write(_ data: [UInt8], into file: StreamedFile, largest: Int) {
    var offset = 0
    var piece = 0
    while offset < data.count {
      let count = min(data.count - offset, (piece * 7_919) % (largest + 1))
      if piece % 2 == 0 {
        let start = file.room(count)
        for index in 0..<count { start[index] = data[offset + index] }
        file.advance(count)
      } else {
        data[offset..<offset + count].withUnsafeBytes { file.write($0) }
      }
      offset += count
      piece += 1
    }
  }

  @Test(arguments: modes)
  func holdsWhatWasWritten(bufferSize: Int, releasing: Bool) throws {
    let directory = CLI.temporaryDirectory().path
    // The last is larger than `StreamedFile.releaseLag`: the cache is let go behind the end.
    let sizes = [0, 1, 4_095, 4_096, 4_097, 8_192, 70_001, 1_000_003, 9_000_011]
    for (index, size) in sizes.enumerated() {
      let data = Self.bytes(size, seed: UInt64(index))
      let file = try StreamedFile(
        beside: directory + "/calls-\(index).csv", hashed: true, bufferSize: bufferSize,
        releasingFrom: releasing ? 0 : nil)
      Self.write(data, into: file, largest: 5_000)
      let (written, sha256) = try file.finish()
      let read = try #require(FileManager.default.contents(atPath: file.temporary))
      #expect(written == size && read.count == size, "\(size) bytes")
      #expect([UInt8](read) == data, "\(size) bytes")
      #expect(sha256 == SHA256.hex(data), "\(size) bytes")
      file.discard()
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
  }

  /// Files appended one after another (as calls.csv's replications are joined) make one file
  /// of all their bytes, hashed as one.
  @Test(arguments: modes)
  func appendsInOrder(bufferSize: Int, releasing: Bool) throws {
    let directory = CLI.temporaryDirectory().path
    let parts = [12_345, 0, 4_096, 300_001, 77].enumerated().map { index, size in
      Self.bytes(size, seed: 100 + UInt64(index))
    }
    var files: [StreamedFile] = []
    for (index, part) in parts.enumerated() {
      let file = try StreamedFile(
        beside: directory + "/calls.csv", hashed: index == 0, bufferSize: bufferSize,
        releasingFrom: releasing && index == 0 ? 0 : nil)
      Self.write(part, into: file, largest: 5_000)
      if index > 0 { file.finishWriting(closing: true) }
      files.append(file)
    }
    for file in files.dropFirst() { files[0].append(file) }
    let (written, sha256) = try files[0].finish()
    let whole = parts.flatMap { $0 }
    let read = try #require(FileManager.default.contents(atPath: files[0].temporary))
    #expect(written == whole.count)
    #expect([UInt8](read) == whole)
    #expect(sha256 == SHA256.hex(whole))
    files[0].discard()
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
  }
}
