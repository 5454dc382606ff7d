#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard normal deviates by Marsaglia and Tsang's ziggurat (2000) with 256 layers: one
/// 64-bit draw, a table look-up and a comparison in about 99 % of cases; the wedges are
/// accepted by the density and the tail beyond `r` by Marsaglia's exponential method, so the
/// deviates are exactly normal.
@usableFromInline
enum NormalZiggurat {
  /// The right edge of the base layer and the area of every layer.
  static let r = 3.6541528853610088
  static let area = 0.00492867323399

  /// Layer edges: `x[0]` is the base layer's width as a rectangle of the common area, `x[1]`
  /// is `r`, down to `x[256]` = 0; `f[i]` is the density (unnormalised) at `x[i]`.
  @usableFromInline static let tables: (x: [Double], f: [Double]) = {
    var x = Array(repeating: 0.0, count: 257)
    x[0] = area / density(r)
    x[1] = r
    for i in 1..<255 {
      x[i + 1] = (-2 * log(area / x[i] + density(x[i]))).squareRoot()
    }
    x[256] = 0
    return (x, x.map(density))
  }()

  @usableFromInline @inline(__always)
  static func density(_ x: Double) -> Double { exp(-0.5 * x * x) }

  @inlinable
  static func sample<G: RandomNumberGenerator>(using rng: inout G) -> Double {
    let (x, f) = tables
    while true {
      let bits = rng.next()
      let layer = Int(bits & 0xff)
      // A symmetric uniform in (−1, 1) from the top 53 bits (disjoint from the layer's 8).
      let u = 2 * ((Double(bits >> 11) + 0.5) * 0x1.0p-53) - 1
      let candidate = u * x[layer]
      if abs(candidate) < x[layer + 1] { return candidate }
      if layer == 0 { return tail(negative: u < 0, using: &rng) }
      let height = f[layer + 1] + (f[layer] - f[layer + 1]) * rng.nextUnitInterval()
      if height < density(candidate) { return candidate }
    }
  }

  /// A deviate from the tail beyond `r`.
  @usableFromInline
  static func tail<G: RandomNumberGenerator>(negative: Bool, using rng: inout G) -> Double {
    while true {
      let x = log(rng.nextUnitInterval()) / r
      let y = log(rng.nextUnitInterval())
      if -2 * y >= x * x { return negative ? x - r : r - x }
    }
  }
}
