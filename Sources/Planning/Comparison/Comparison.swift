import ContactCentre

/// Two scenarios run with common random numbers: the same seed and the same replications, so
/// replication r of each draws its callers from the same random streams.
///
/// Each source of randomness has its own named stream (arrivals and callers per line, talk and
/// ACW per call type, patience per caller), so scenarios that differ in routing or staffing see
/// the same callers arriving with the same needs, and the difference between their results
/// comes from the change rather than from luck.
public struct Comparison: Sendable {
  /// The base scenario as run (with the shared seed).
  public var base: CentreConfiguration
  /// The candidate scenario as run (with the shared seed).
  public var candidate: CentreConfiguration
  /// The base's replications, in replication order.
  public var baseRuns: [RunStatistics]
  /// The candidate's replications, in replication order.
  public var candidateRuns: [RunStatistics]

  /// Pairs of positions of the ids present on both sides, in the base's order.
  public typealias Matches = [(base: Int, candidate: Int)]

  /// Runs replications `0 ..< count` of `base` and of `candidate`, both with `seed`, on at most
  /// `jobs` threads each — from a snapshot each, when given (`Projection`: two variants of the
  /// rest of a day, drawing the same run-rate factors); the configurations kept are then those
  /// of the rest of the day (`CentreConfiguration.projected(from:)`).
  public static func run(
    base: CentreConfiguration, candidate: CentreConfiguration, seed: UInt64, count: Int,
    jobs: Int, baseFrom: Projection? = nil, candidateFrom: Projection? = nil
  ) -> Comparison {
    var base = base
    var candidate = candidate
    base.seed = seed
    candidate.seed = seed
    let baseRuns = Replications.run(
      base, count: count, jobs: jobs, from: baseFrom, intervals: false)
    let candidateRuns = Replications.run(
      candidate, count: count, jobs: jobs, from: candidateFrom, intervals: false)
    return Comparison(
      base: baseFrom.map { base.projected(from: $0.now.time) } ?? base,
      candidate: candidateFrom.map { candidate.projected(from: $0.now.time) } ?? candidate,
      baseRuns: baseRuns, candidateRuns: candidateRuns)
  }

  /// The number of replications of each side.
  public var replications: Int { baseRuns.count }

  /// The queues (routing plans) of the same id in both scenarios.
  public var queues: Matches {
    Self.match(base.queues.map(\.id), candidate.queues.map(\.id))
  }

  /// The teams of the same id in both scenarios.
  public var teams: Matches {
    Self.match(base.teams.map(\.id), candidate.teams.map(\.id))
  }

  /// The positions of the ids of `base` that `candidate` has too, in `base`'s order.
  ///
  /// - Complexity: O(*n* + *m*).
  public static func match(_ base: [String], _ candidate: [String]) -> Matches {
    var positions: [String: Int] = [:]
    for (index, id) in candidate.enumerated() where positions[id] == nil {
      positions[id] = index
    }
    return base.enumerated().compactMap { index, id in
      positions[id].map { (index, $0) }
    }
  }

  /// The comparison of a figure taken from each replication of both sides.
  public func difference(
    _ base: (RunStatistics) -> Double?, _ candidate: (RunStatistics) -> Double?
  ) -> PairedDifference {
    PairedDifference(base: baseRuns.map(base), candidate: candidateRuns.map(candidate))
  }
}
