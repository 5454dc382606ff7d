import Testing

@testable import SimKernel

/// A generator that always returns the same word, to reach the ends of `nextUnitInterval`.
private struct ConstantGenerator: RandomNumberGenerator {
  var word: UInt64

  mutating func next() -> UInt64 { word }
}

private func firstOutputs<G: RandomNumberGenerator>(_ rng: G, count: Int) -> [UInt64] {
  var rng = rng
  return (0..<count).map { _ in rng.next() }
}

@Suite struct RandomTests {
  @Test func splitMix64MatchesTheReferenceOutputsForSeedZero() {
    #expect(
      firstOutputs(SplitMix64(seed: 0), count: 3) == [
        0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F,
      ])
  }

  @Test func splitMix64MixIsTheFinaliserOfNext() {
    var rng = SplitMix64(seed: 41)
    #expect(rng.next() == SplitMix64.mix(41 &+ 0x9E37_79B9_7F4A_7C15))
    #expect(SplitMix64.mix(0) == 0)
  }

  /// The first outputs of xoshiro256** seeded through SplitMix64, from an independent
  /// implementation of Blackman and Vigna's reference code.
  @Test(
    arguments: [
      (0, [0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0]),
      (1, [0xB3F2_AF6D_0FC7_10C5, 0x853B_5596_4736_4CEA, 0x92F8_9756_082A_4514]),
    ] as [(UInt64, [UInt64])])
  func xoshiroMatchesTheReferenceAlgorithm(seed: UInt64, expected: [UInt64]) {
    #expect(firstOutputs(Xoshiro256StarStar(seed: seed), count: 3) == expected)
  }

  @Test func xoshiroIsReproducible() {
    #expect(
      firstOutputs(Xoshiro256StarStar(seed: 2_024), count: 1_000)
        == firstOutputs(Xoshiro256StarStar(seed: 2_024), count: 1_000))
  }

  @Test func xoshiroDiffersAcrossSeeds() {
    let seeds: [UInt64] = Array(0..<32) + [.max, 1 << 63, 0xDEAD_BEEF]
    let sequences = seeds.map { firstOutputs(Xoshiro256StarStar(seed: $0), count: 4) }
    #expect(Set(sequences).count == seeds.count)
    #expect(Set(sequences.map(\.[0])).count == seeds.count)
  }

  @Test(arguments: [0, 7, 123_456_789] as [UInt64])
  func unitIntervalIsStrictlyInsideWithMeanOneHalf(seed: UInt64) {
    var rng = Xoshiro256StarStar(seed: seed)
    let n = 100_000
    var sum = 0.0
    var low = 1.0
    var high = 0.0
    for _ in 0..<n {
      let u = rng.nextUnitInterval()
      sum += u
      low = min(low, u)
      high = max(high, u)
    }
    #expect(low > 0)
    #expect(high < 1)
    // The mean of n uniforms has standard error sqrt(1/12)/sqrt(n); allow 5 of them.
    let standardError = (1.0 / 12).squareRoot() / Double(n).squareRoot()
    #expect(abs(sum / Double(n) - 0.5) < 5 * standardError, "seed \(seed)")
  }

  /// The extreme words: all zero bits and all one bits must still land strictly inside (0, 1).
  @Test(arguments: [0, 1, 0x7FF, 0x800, 1 << 63, .max - 0x7FF, .max - 0x800, .max] as [UInt64])
  func unitIntervalStaysOpenAtTheExtremes(word: UInt64) {
    var rng = ConstantGenerator(word: word)
    let u = rng.nextUnitInterval()
    #expect(u > 0)
    #expect(u < 1)
    #expect(rng.nextUnitExponential() > 0)
  }

  @Test func streamsWithTheSameNameAgree() {
    let streams = RandomStreams(seed: 99)
    #expect(
      firstOutputs(streams.stream("talk/general"), count: 100)
        == firstOutputs(RandomStreams(seed: 99).stream("talk/general"), count: 100))
  }

  @Test func streamsDifferByNameReplicationAndSeed() {
    let names = ["arrivals/main", "arrivals/main2", "talk/general", "patience/general", "", "a"]
    var sequences: Set<[UInt64]> = []
    for seed: UInt64 in [0, 1, 2] {
      for replication in 0..<4 {
        let streams = RandomStreams(seed: seed, replication: replication)
        for name in names {
          sequences.insert(firstOutputs(streams.stream(name), count: 4))
        }
      }
    }
    #expect(sequences.count == 3 * 4 * names.count)
  }

  @Test func replicationSeedsDiffer() {
    let seeds = (0..<100).map { RandomStreams(seed: 5, replication: $0).seed }
    #expect(Set(seeds).count == 100)
  }

  /// Pins the derivation (replication mix, FNV-1a of the name, SplitMix64 seeding of
  /// xoshiro256**): if this changes, every published result changes with it.
  @Test func streamDerivationIsStable() {
    var arrivals = RandomStreams(seed: 1).stream("arrivals/main")
    #expect(arrivals.next() == 0x2D00_7064_F31E_9B67)
    #expect(RandomStreams.fingerprint("") == 0xCBF2_9CE4_8422_2325)
    #expect(RandomStreams.fingerprint("a") == 0xAF63_DC4C_8601_EC8C)
  }
}
