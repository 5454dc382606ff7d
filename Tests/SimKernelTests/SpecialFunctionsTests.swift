import Testing

@testable import SimKernel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct SpecialFunctionsTests {
  /// Reference values: Abramowitz and Stegun, and closed forms (ψ(1) = −γ, ψ′(1) = π²/6, …).
  @Test func gammaFamilyMatchesKnownValues() {
    #expect(abs(SpecialFunctions.logGamma(0.5) - 0.572_364_942_924_700_1) < 1e-14)
    #expect(abs(SpecialFunctions.logGamma(10) - log(362_880.0)) < 1e-12)
    #expect(abs(SpecialFunctions.digamma(1) + 0.577_215_664_901_532_9) < 1e-13)
    #expect(abs(SpecialFunctions.digamma(0.5) + 1.963_510_026_021_423_5) < 1e-13)
    #expect(abs(SpecialFunctions.digamma(10) - 2.251_752_589_066_721) < 1e-13)
    #expect(abs(SpecialFunctions.trigamma(1) - Double.pi * Double.pi / 6) < 1e-12)
    #expect(abs(SpecialFunctions.trigamma(0.5) - Double.pi * Double.pi / 2) < 1e-12)
    #expect(abs(SpecialFunctions.trigamma(10) - 0.105_166_335_681_685_75) < 1e-13)
  }

  /// For integer a, Q(a, x) = e^−x Σ_{j<a} x^j / j!; P(½, x) = erf(√x).
  @Test(arguments: [0.01, 0.5, 2.0, 7.5, 30.0, 80.0])
  func incompleteGammaMatchesClosedForms(x: Double) {
    for a in [1, 2, 3, 10, 25] {
      var term = exp(-x)
      var poisson = term
      for j in 1..<a {
        term *= x / Double(j)
        poisson += term
      }
      let q = SpecialFunctions.regularizedGammaQ(Double(a), x)
      let p = SpecialFunctions.regularizedGammaP(Double(a), x)
      #expect(abs(q - poisson) <= 1e-13 * max(poisson, 1e-300) + 1e-300, "a=\(a) x=\(x)")
      #expect(abs(p + q - 1) < 1e-14, "a=\(a) x=\(x)")
    }
    #expect(abs(SpecialFunctions.regularizedGammaP(0.5, x) - erf(x.squareRoot())) < 1e-14)
  }

  @Test func normalCDFAndQuantileMatchKnownValues() {
    #expect(abs(SpecialFunctions.normalCDF(1.959_963_984_540_054) - 0.975) < 1e-15)
    #expect(abs(SpecialFunctions.normalQuantile(0.975) - 1.959_963_984_540_054) < 1e-14)
    #expect(SpecialFunctions.normalQuantile(0.5) == 0)
    #expect(abs(SpecialFunctions.normalQuantile(1e-10) + 6.361_340_902_404_056) < 1e-11)
    #expect(abs(SpecialFunctions.normalQuantile(0.841_344_746_068_542_9) - 1) < 1e-14)
    for p in [1e-300, 1e-12, 0.001, 0.02425, 0.2, 0.6, 0.97575, 0.999, 1 - 1e-12] {
      let x = SpecialFunctions.normalQuantile(p)
      // Compared in the tail the level lies in, where the digits are.
      let tail = p > 0.5 ? 0.5 * erfc(x / 2.0.squareRoot()) : SpecialFunctions.normalCDF(x)
      let target = p > 0.5 ? 1 - p : p
      #expect(abs(tail - target) <= 1e-12 * target, "p=\(p)")
    }
  }

  /// Shape 1 is the exponential (−ln(1 − p)), shape ½ the square of a normal over 2; otherwise
  /// the quantile must invert P, over shapes and levels from the far tails to the middle.
  @Test func gammaQuantileInvertsTheCDF() {
    for p in [1e-6, 0.3, 0.9, 0.999_999] {
      #expect(
        abs(SpecialFunctions.gammaQuantile(p, shape: 1) + log1p(-p)) < 1e-12 * max(1, -log1p(-p)))
      let z = SpecialFunctions.normalQuantile((1 + p) / 2)
      let half = SpecialFunctions.gammaQuantile(p, shape: 0.5)
      #expect(abs(half - z * z / 2) < 1e-10 * max(1, half), "p=\(p)")
    }
    for shape in [0.1, 0.5, 2.5, 10, 100, 1_000] {
      for p in [1e-8, 0.01, 0.3, 0.5, 0.9, 1 - 1e-8] {
        let x = SpecialFunctions.gammaQuantile(p, shape: shape)
        let tail =
          p > 0.5
          ? SpecialFunctions.regularizedGammaQ(shape, x)
          : SpecialFunctions.regularizedGammaP(shape, x)
        let target = p > 0.5 ? 1 - p : p
        #expect(abs(tail - target) <= 1e-9 * target, "shape=\(shape) p=\(p) x=\(x)")
      }
    }
  }
}
