/// The 64-bit FNV-1a hash: a stable digest (unlike `Hasher`, the same in every process) for
/// telling apart inputs that differ by accident, not an adversary.
struct FNV1a {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Mixes in `bytes`.
  mutating func combine(_ bytes: some Sequence<UInt8>) {
    for byte in bytes {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01b3
    }
  }

  /// Mixes in the eight bytes of `number`, least significant first.
  mutating func combine(_ number: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) {
      value ^= (number >> UInt64(shift)) & 0xff
      value = value &* 0x0000_0100_0000_01b3
    }
  }

  /// The digest as 16 lowercase hexadecimal digits.
  var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
