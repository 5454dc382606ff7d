import Foundation
import Testing

@testable import CCSimCLI

/// SHA-256 against the test vectors of FIPS 180-4 (NIST's examples) and `sha256sum`, given
/// whole or in pieces cut anywhere.
struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqr"
        + "lmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
    (
      "The quick brown fox jumps over the lazy dog",
      "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
    ),
  ])
  func knownDigests(_ text: String, _ digest: String) {
    #expect(SHA256.hex(Array(text.utf8)) == digest)
    #expect(SHA256.hex(text.utf8) == digest, "from a sequence without contiguous storage")
  }

  /// The processor's SHA instructions, where it has them, and the Swift code give the same
  /// digests, for any length and any bytes.
  @Test func theProcessorsInstructionsAndTheSwiftCodeAgree() {
    var seed: UInt64 = 16
    for length in [0, 63, 64, 65, 128, 1000, 4096, 100_003] {
      let bytes = (0..<length).map { _ in
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: seed >> 56)
      }
      var fast = SHA256()
      var plain = SHA256()
      plain.usesProcessorInstructions = false
      fast.update(bytes)
      plain.update(bytes)
      #expect(fast.hexDigest() == plain.hexDigest(), "length \(length)")
    }
  }

  @Test func aMillionAs() {
    let digest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == digest)
  }

  /// Every length around the block and padding edges, cut at every place, gives the digest of
  /// the whole.
  @Test func piecesGiveTheDigestOfTheWhole() {
    for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 200] {
      let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
      let whole = SHA256.hex(bytes)
      for cut in stride(from: 0, through: length, by: max(1, length / 13)) {
        var hash = SHA256()
        hash.update(bytes[..<cut])
        hash.update(bytes[cut...])
        let digest = hash.finalize().map { String(format: "%02x", $0) }.joined()
        #expect(digest == whole, "length \(length) cut at \(cut)")
      }
    }
    // Two lengths with the same bytes differ (the length is hashed).
    #expect(SHA256.hex([0]) != SHA256.hex([0, 0]))
  }
}
