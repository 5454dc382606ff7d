import CSHA256

/// SHA-256 (FIPS 180-4), for the manifest of an output set: each file's digest, so that any
/// reader can tell a whole set from a mixed one. ccsim has no dependencies, hence its own;
/// whole blocks go through the processor's SHA instructions where it has them (`CSHA256`, five
/// to ten times as fast: a calls.csv of gigabytes is hashed as fast as it is written).
struct SHA256 {
  private var state: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19,
  ]
  /// Bytes given but not yet hashed: less than one 64-byte block.
  private var pending: [UInt8] = []
  private var length: UInt64 = 0
  /// Whether whole blocks may go through the processor's SHA instructions (tests turn it off
  /// to check the Swift code against them).
  var usesProcessorInstructions = true

  /// The digest of `bytes`, as 64 lower-case hexadecimal digits.
  static func hex(_ bytes: some Sequence<UInt8>) -> String {
    var hash = SHA256()
    hash.update(bytes)
    return hash.hexDigest()
  }

  /// The digest of everything given, as 64 lower-case hexadecimal digits.
  mutating func hexDigest() -> String {
    finalize().map { byte in
      let digits = String(byte, radix: 16)
      return byte < 16 ? "0" + digits : digits
    }.joined()
  }

  /// Hashes `bytes` after those already given.
  ///
  /// - Complexity: O(*n*) in the bytes given.
  mutating func update(_ bytes: some Sequence<UInt8>) {
    let added = bytes.withContiguousStorageIfAvailable { buffer in
      update(buffer)
      return true
    }
    if added == nil { update(Array(bytes)) }
  }

  private mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { update($0) }
  }

  private mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
    length &+= UInt64(bytes.count)
    var start = 0
    if !pending.isEmpty {
      let taken = min(64 - pending.count, bytes.count)
      pending += bytes[0..<taken]
      start = taken
      guard pending.count == 64 else { return }
      pending.withUnsafeBufferPointer { compress(UnsafeRawBufferPointer($0)) }
      pending.removeAll(keepingCapacity: true)
    }
    let blocks = (bytes.count - start) / 64
    if blocks > 0 && usesProcessorInstructions
      && Self.hashesInHardware(&state, bytes.baseAddress! + start, blocks)
    {
      start += blocks * 64
    }
    while bytes.count - start >= 64 {
      compress(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<start + 64])))
      start += 64
    }
    pending += bytes[start...]
  }

  /// Hashes `count` blocks at `blocks` into `state` with the processor's SHA instructions
  /// (`CSHA256`): false, with nothing done, on a processor without them.
  private static func hashesInHardware(
    _ state: inout [UInt32], _ blocks: UnsafePointer<UInt8>, _ count: Int
  ) -> Bool {
    state.withUnsafeMutableBufferPointer { words in
      ccsim_sha256_blocks(words.baseAddress!, blocks, count) != 0
    }
  }

  /// The 32-byte digest of everything given.
  mutating func finalize() -> [UInt8] {
    let bits = length &* 8
    var tail: [UInt8] = [0x80]
    tail += [UInt8](repeating: 0, count: (119 - pending.count) % 64)
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)))
    }
    let counted = length
    update(tail)
    length = counted
    precondition(pending.isEmpty, "the padding ends a block")
    return state.flatMap { word in
      [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> UInt32($0)) }
    }
  }

  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  /// One 64-byte block into the state.
  private mutating func compress(_ block: UnsafeRawBufferPointer) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
      for index in 0..<16 {
        let base = index * 4
        words[index] =
          UInt32(block[base]) << 24 | UInt32(block[base + 1]) << 16
          | UInt32(block[base + 2]) << 8 | UInt32(block[base + 3])
      }
      for index in 16..<64 {
        let early = words[index - 15]
        let late = words[index - 2]
        let sigma0 = early.rotatedRight(7) ^ early.rotatedRight(18) ^ (early >> 3)
        let sigma1 = late.rotatedRight(17) ^ late.rotatedRight(19) ^ (late >> 10)
        words[index] = words[index - 16] &+ sigma0 &+ words[index - 7] &+ sigma1
      }
      var (a, b, c, d) = (state[0], state[1], state[2], state[3])
      var (e, f, g, h) = (state[4], state[5], state[6], state[7])
      for index in 0..<64 {
        let sum1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
        let choice = (e & f) ^ (~e & g)
        let first = h &+ sum1 &+ choice &+ Self.roundConstants[index] &+ words[index]
        let sum0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
        let majority = (a & b) ^ (a & c) ^ (b & c)
        (h, g, f, e) = (g, f, e, d &+ first)
        (d, c, b, a) = (c, b, a, first &+ sum0 &+ majority)
      }
      state[0] &+= a
      state[1] &+= b
      state[2] &+= c
      state[3] &+= d
      state[4] &+= e
      state[5] &+= f
      state[6] &+= g
      state[7] &+= h
    }
  }
}

extension UInt32 {
  fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
    self >> count | self << (32 - count)
  }
}
