import ContactCentre
import SimKernel
import Testing

@testable import Planning

/// Shards split a sweep's units into disjoint parts that cover it; the runner gives every unit
/// the numbers of its replication, whatever the shard and the number of threads.
struct SweepShardTests {
  @Test func theShardsOfASweepPartitionItsUnits() {
    for count in 1...12 {
      for units in 0...30 {
        let shards = (1...count).map { SweepShard(index: $0, count: count)! }
        let all = shards.flatMap { $0.units(of: units) }.sorted()
        #expect(all == Array(0..<units), "N = \(count), \(units) units")
        for shard in shards {
          #expect(shard.units(of: units).allSatisfy { shard.contains(unit: $0) })
        }
        #expect(SweepCoverage(shards, units: units).isExact)
      }
    }
  }

  @Test func shardsAreDealtInTurn() {
    #expect(SweepShard(index: 2, count: 3)!.units(of: 10) == [1, 4, 7])
    #expect(SweepShard(index: 5, count: 8)!.units(of: 3) == [])
    #expect(SweepShard.whole.units(of: 4) == [0, 1, 2, 3])
    #expect(SweepShard(index: 2, count: 3)!.description == "2/3")
  }

  @Test(arguments: [(0, 3), (4, 3), (1, 0), (-1, 2)])
  func aShardOutsideItsCountIsRefused(index: Int, count: Int) {
    #expect(SweepShard(index: index, count: count) == nil)
  }

  @Test func coverageNamesMissingShardsAndOverlaps() {
    let shard = { (index: Int, count: Int) in SweepShard(index: index, count: count)! }
    let missing = SweepCoverage([shard(1, 3), shard(3, 3)], units: 10)
    #expect(missing.missingShards == [shard(2, 3)])
    #expect(missing.missing == [1, 4, 7])
    #expect(missing.overlaps.isEmpty)

    let twice = SweepCoverage([shard(1, 2), shard(2, 2), shard(2, 2)], units: 5)
    #expect(twice.overlaps == [SweepCoverage.Overlap(first: 1, second: 2, unit: 1)])
    #expect(twice.missing.isEmpty && twice.missingShards.isEmpty)

    // An empty shard (N above the units) is still missing when left out.
    let empty = SweepCoverage([shard(1, 4), shard(2, 4)], units: 2)
    #expect(empty.missing.isEmpty)
    #expect(empty.missingShards == [shard(3, 4), shard(4, 4)])

    // Shard 2/2 re-run as 2/4 and 4/4 covers the sweep; 1/4 on top of 1/2 overlaps it.
    #expect(SweepCoverage([shard(1, 2), shard(2, 4), shard(4, 4)], units: 9).isExact)
    let mixed = SweepCoverage([shard(1, 2), shard(1, 4)], units: 9)
    #expect(mixed.overlaps == [SweepCoverage.Overlap(first: 0, second: 1, unit: 0)])
    #expect(mixed.missing == [1, 3, 5, 7])
    #expect(mixed.missingShards.isEmpty)
  }

  static let configurations = [0.5, 1.0].map { load in
    CentreConfiguration(
      name: "tiny", seed: 3, duration: .hours(1),
      lines: [
        Line(id: "main", callType: 0, arrivals: .perHour(60 * load))
      ],
      callTypes: [CallType(id: "general", talk: .exponential(mean: 120), patience: nil)],
      teams: [Team(id: "gich", agents: 2, handles: [0])])
  }

  @Test func aUnitGivesItsReplicationsNumbersInAnyShardAndWithAnyJobs() {
    let units = SweepShard(index: 2, count: 3).map { $0.units(of: 8) }!
    let direct = units.map { unit in
      CentreRun.run(Self.configurations[unit / 4], replication: unit % 4, intervals: false)
    }
    for jobs in [1, 2, 5] {
      let runs = SweepRunner.run(
        { Self.configurations[$0] }, replications: 4, units: units, jobs: jobs,
        keep: { point, replication, statistics in (point, replication, statistics) })
      #expect(runs.map(\.0) == units.map { $0 / 4 })
      #expect(runs.map(\.1) == units.map { $0 % 4 })
      #expect(runs.map(\.2) == direct, "jobs \(jobs)")
    }
  }
}
