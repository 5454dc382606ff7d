/// The xoshiro256** generator (Blackman and Vigna): fast, 256 bits of state, period 2^256 − 1.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
  @usableFromInline var s0: UInt64
  @usableFromInline var s1: UInt64
  @usableFromInline var s2: UInt64
  @usableFromInline var s3: UInt64

  /// Creates a generator whose state is four SplitMix64 outputs from `seed`.
  public init(seed: UInt64) {
    var mixer = SplitMix64(seed: seed)
    s0 = mixer.next()
    s1 = mixer.next()
    s2 = mixer.next()
    s3 = mixer.next()
  }

  /// Returns the next 64 random bits.
  @inlinable @inline(__always) public mutating func next() -> UInt64 {
    let result = rotate(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotate(s3, 45)
    return result
  }

  @inlinable @inline(__always) func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
  }
}

extension RandomNumberGenerator {
  /// A uniform double in the open interval (0, 1), from the top 53 bits of one draw.
  ///
  /// ccsim converts bits to doubles itself so that results never depend on how a standard
  /// library version implements `Double.random(in:)`.
  @inlinable @inline(__always)
  public mutating func nextUnitInterval() -> Double {
    // Above 2^52, `+ 0.5` is a tie that rounds to even, so the top draw would round up to
    // exactly 1: clamp to the largest double below 1 (every other draw is unchanged).
    Swift.min((Double(next() >> 11) + 0.5) * 0x1.0p-53, 0x1.fffffffffffffp-1)
  }
}
