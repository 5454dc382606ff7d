/// Independent random streams derived from one master seed, one per named source of randomness.
///
/// A stream is identified by a name such as `"arrivals/main"` or `"talk/general"`, not by its
/// position, so two scenarios that differ only in routing still draw the same callers, talk
/// times and patience: common random numbers.
public struct RandomStreams: Sendable {
  /// The seed of this replication.
  public let seed: UInt64

  /// Creates the streams of the replication `replication` (0-based) of a run seeded `seed`.
  public init(seed: UInt64, replication: Int = 0) {
    self.seed = SplitMix64.mix(seed &+ SplitMix64.mix(UInt64(truncatingIfNeeded: replication)))
  }

  /// The seed of the counter-based draws called `name`: `SplitMix64(seed: SplitMix64.mix(key
  /// &+ n))` is the n-th draw, whatever order the draws are made in.
  public func key(_ name: String) -> UInt64 {
    SplitMix64.mix(seed ^ Self.fingerprint(name) ^ 0x6B65_7965_645F_6472)
  }

  /// The stream called `name`.
  public func stream(_ name: String) -> Xoshiro256StarStar {
    Xoshiro256StarStar(seed: SplitMix64.mix(seed ^ Self.fingerprint(name)))
  }

  /// FNV-1a of the name's UTF-8 bytes: stable across runs, platforms and Swift versions.
  static func fingerprint(_ name: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in name.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
