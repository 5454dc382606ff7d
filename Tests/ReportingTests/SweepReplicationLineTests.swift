import ContactCentre
import SimKernel
import Testing

@testable import Reporting

/// A replication record survives its line exactly: results rebuilt from a shard's file are
/// the results of the runs, bit for bit.
struct SweepReplicationLineTests {
  static func randomTally(_ generator: inout some RandomNumberGenerator) -> CallTally {
    var tally = CallTally()
    tally.offered = Int.random(in: 0...1_000_000, using: &generator)
    tally.answered = Int.random(in: 0...tally.offered, using: &generator)
    tally.abandoned = tally.offered - tally.answered
    tally.shortAbandoned = Int.random(in: 0...tally.abandoned, using: &generator)
    tally.answeredWithinThreshold = Int.random(in: 0...tally.answered, using: &generator)
    tally.waited = Int.random(in: 0...9, using: &generator)
    tally.redirectedOnNoAnswer = Int.random(in: 0...99, using: &generator)
    tally.transferred = Int.random(in: 0...99, using: &generator)
    tally.redials = Int.random(in: 0...99, using: &generator)
    tally.transferLegs = Int.random(in: 0...99, using: &generator)
    tally.unresolvedAtEnd = Int.random(in: 0...99, using: &generator)
    tally.handled = Int.random(in: 0...99, using: &generator)
    tally.answeredWait = Int64.random(in: 0...Int64.max / 4, using: &generator)
    tally.handleTime = Int64.random(in: 0...Int64.max / 4, using: &generator)
    tally.longestWait = Int64.random(in: 0...1_000_000_000, using: &generator)
    return tally
  }

  static func randomOccupancy(_ generator: inout some RandomNumberGenerator) -> Double? {
    switch Int.random(in: 0..<5, using: &generator) {
    case 0: nil
    case 1: 1
    case 2: 0
    case 3: Double.random(in: 0..<1e-6, using: &generator)
    default: Double.random(in: 0...1, using: &generator)
    }
  }

  @Test func aRecordReadsBackExactly() throws {
    for seed in UInt64(0)..<200 {
      var generator = SplitMix64(seed: seed)
      let record = SweepReplication(
        point: Int.random(in: 0...10_000, using: &generator),
        replication: Int.random(in: 0...100, using: &generator),
        total: Self.randomTally(&generator), occupancy: Self.randomOccupancy(&generator),
        queues: (0..<Int.random(in: 0...4, using: &generator)).map { _ in
          Self.randomTally(&generator)
        },
        teamOccupancy: (0..<Int.random(in: 0...4, using: &generator)).map { _ in
          Self.randomOccupancy(&generator)
        })
      let line = record.line
      #expect(!line.contains("\n"))
      #expect(SweepReplication(line: line[...]) == record, "seed \(seed): \(line)")
    }
  }

  static let ones = Array(repeating: "1", count: 15).joined(separator: ",")
  static let malformed: [String] = [
    "", "0", "0\t0\t0.5\t\t1,2,3",
    "x\t0\t0.5\t\t" + ones,
    "0\t0\tnan\t\t" + ones,
    "0\t0\t0.5\t0.1,,0.2\t" + ones,
    "0\t0\t0.5\t\t" + Array(repeating: "-1", count: 15).joined(separator: ","),
    "0\t0\t0.5\t\t" + ones + "\t1,2",
  ]

  @Test(arguments: malformed)
  func aMalformedLineIsNoRecord(line: String) {
    #expect(SweepReplication(line: line[...]) == nil)
  }
}
