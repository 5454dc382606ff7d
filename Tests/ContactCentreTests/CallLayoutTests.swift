import Testing

@testable import ContactCentre

/// The hot path copies calls and agents: they stay small enough to move without `memcpy`.
struct CallLayoutTests {
  @Test func aCallFitsIn128Bytes() {
    #expect(MemoryLayout<Call>.size <= 128)
  }

  /// Offers past the 256th of one call are numbered apart from the first 256 and their
  /// NotReady draws, which keep the numbers they always had.
  @Test func offerCountersNeverMeet() {
    var seen = Set<UInt64>()
    for ringOuts in 0...UInt16(1_000) {
      for after in [false, true] {
        #expect(seen.insert(Callers.offerCounter(ringOuts: ringOuts, after: after)).inserted)
      }
    }
    #expect(Callers.offerCounter(ringOuts: 3, after: false) == 3)
    #expect(Callers.offerCounter(ringOuts: 3, after: true) == 0x103)
  }
}
